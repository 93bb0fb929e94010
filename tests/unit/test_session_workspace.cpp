// The one workspace and its one learner list, as every tab and command sees them.
#include <catch_compat.hpp>

#include <chrono>
#include <filesystem>

#include "session/progress_session.h"
#include "session/workspace_session.h"
#include "store/workspace.h"
#include "test_paths.h"

namespace fs = std::filesystem;
using namespace coachscope;

namespace {

fs::path sessionWorkspace(const std::string& name) {
  const fs::path dir = fs::path(COACHSCOPE_TEST_TMP) / "session-workspace" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("session: a learner created from one tab is in the one learner list at once") {
  const fs::path ws = sessionWorkspace("learner-lists");
  session::AppSession state;
  state.workspace = ws;
  auto created = session::createLearner(state, "Noor", "ilm-coaching-level7");
  REQUIRE(created.ok());
  auto named = [](const std::vector<store::LearnerSummary>& list) {
    for (const auto& l : list) {
      if (l.name == "Noor") return true;
    }
    return false;
  };
  CHECK(named(state.learners));
  CHECK(fs::exists(*store::recordPath(ws, created->learnerId)));
}

TEST_CASE("session: a learner added by another program appears in the list without a reload") {
  const fs::path ws = sessionWorkspace("learner-lists-outside");
  session::AppSession state;
  state.workspace = ws;
  session::refreshLearners(state);
  const std::size_t before = state.learners.size();
  // Another process (a merge, a sync, a second window) adds a record; folder times have a
  // coarse resolution on some file systems, so make the change unmistakable.
  auto other = store::createLearner(ws, "Priya", "ilm-coaching-level5");
  REQUIRE(other.ok());
  fs::last_write_time(store::learnersFolder(ws), fs::last_write_time(store::learnersFolder(ws)) + std::chrono::seconds(2));
  state.learnersCheckCountdown = 0;
  session::refreshLearnersIfChanged(state);
  CHECK(state.learners.size() == before + 1);
}

TEST_CASE("session: the workspace is resolved once, from the command line before the environment") {
  session::AppSession state;
  session::useWorkspace(state, "/tmp/coachscope-flag-workspace");
  CHECK(session::workspaceOf(state) == fs::path("/tmp/coachscope-flag-workspace"));
  session::AppSession unset;
  CHECK(session::workspaceOf(unset) == store::resolveWorkspace());
}
