// Sync from the window as a state machine, with a stand-in for git that the test holds back: the
// window's frame never waits on it, its progress lines arrive while it runs, a second sync is
// refused meanwhile, and its end is a summary (or a clear error) with the learner list read again.
#include <catch_compat.hpp>

#include <chrono>
#include <fstream>

#include "session/sync_session.h"
#include "store/settings.h"
#include "store/workspace.h"
#include "test_paths.h"

using namespace coachscope;
using Phase = session::SyncState::Phase;

namespace {

// A workspace that looks joined (a .git folder), with no git behind it: the stand-in does the work.
session::AppSession joinedWorkspace(const std::string& name) {
  session::AppSession state;
  state.catalog.addBuiltIns();
  state.workspace = std::filesystem::path(COACHSCOPE_TEST_TMP) / "sync-session" / name;
  std::filesystem::remove_all(state.workspace);
  std::filesystem::create_directories(state.workspace / ".git");
  return state;
}

struct HeldSync {
  std::promise<void> posted;   // the stand-in said its first step
  std::promise<core::Result<store::SyncReport>> release;
};

}  // namespace

TEST_CASE("sync session: runs on its worker, never holding up a frame, and ends in the command's summary") {
  session::AppSession state = joinedWorkspace("held");
  auto held = std::make_shared<HeldSync>();
  auto releaseResult = held->release.get_future().share();
  state.sync.run = [held, releaseResult](const std::filesystem::path& workspace, const store::SyncOptions& options) {
    options.progress("fetching from /srv/git/centre.git");
    held->posted.set_value();
    core::Result<store::SyncReport> result = releaseResult.get();
    // What "came in" is on disk before the sync returns, as with git (checked on the test's thread).
    if (result) (void)store::createLearner(workspace, "Ann Example", "ilm-coaching-level5");
    return result;
  };
  REQUIRE(session::syncUnavailable(state).empty());
  REQUIRE(session::startSync(state));
  CHECK(state.sync.phase == Phase::Running);
  held->posted.get_future().wait();

  // A hundred frames' worth of updates while git is busy: each returns at once.
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 100; ++i) session::updateSync(state);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(50));
  CHECK(state.sync.phase == Phase::Running);
  CHECK(state.sync.steps == std::vector<std::string>{"fetching from /srv/git/centre.git"});
  CHECK_FALSE(session::syncUnavailable(state).empty());
  CHECK_FALSE(session::startSync(state));  // one at a time
  CHECK(state.notices.back().text.find("a sync is running") != std::string::npos);

  store::SyncReport report;
  report.remote = "/srv/git/centre.git";
  report.branch = "main";
  report.recordsCommitted = 1;
  report.incoming.push_back({"id-1", "Ann Example", true, 3});
  report.pushed = true;
  report.attempts = 1;
  held->release.set_value(report);
  REQUIRE(session::finishSync(state));
  CHECK(state.sync.phase == Phase::Done);
  CHECK(state.sync.summary == session::syncSummary(report));
  CHECK(state.sync.summary == std::vector<std::string>{"committed: 1 record, 0 observations",
                                                       "came in: new learner Ann Example, 3 sessions added",
                                                       "sent to /srv/git/centre.git (main)"});
  CHECK_FALSE(state.sync.problems);
  CHECK(state.sync.finished == 1);
  REQUIRE(state.learners.size() == 1);  // read again: what came in is listed
  CHECK(state.learners.front().name == "Ann Example");
}

TEST_CASE("sync session: a failed sync says why, and the next one can start") {
  session::AppSession state = joinedWorkspace("fails");
  state.sync.run = [](const std::filesystem::path&, const store::SyncOptions&) -> core::Result<store::SyncReport> {
    return core::Error{"", "", "cannot reach the centre's repository /nowhere.git: does not exist"};
  };
  REQUIRE(session::startSync(state));
  REQUIRE(session::finishSync(state));
  CHECK(state.sync.phase == Phase::Failed);
  CHECK(state.sync.error.find("cannot reach the centre's repository") != std::string::npos);
  CHECK(state.notices.back().level == session::Notice::Level::Error);
  CHECK(session::startSync(state));
  REQUIRE(session::finishSync(state));
  CHECK(state.sync.finished == 2);
}

TEST_CASE("sync session: refused on a workspace that has not joined a centre, and in review mode") {
  session::AppSession state = joinedWorkspace("not-joined");
  std::filesystem::remove_all(state.workspace / ".git");
  CHECK(session::syncUnavailable(state).find("sync --clone URL") != std::string::npos);
  CHECK_FALSE(session::startSync(state));
  CHECK(state.sync.phase == Phase::Idle);
}

TEST_CASE("sync session: \"sync when a session is finished\" is off by default, saved, and starts a sync") {
  session::AppSession state = joinedWorkspace("after-finish");
  int runs = 0;
  state.sync.run = [&runs](const std::filesystem::path&, const store::SyncOptions&) -> core::Result<store::SyncReport> {
    ++runs;
    return store::SyncReport{};
  };
  session::syncAfterFinish(state);
  CHECK(state.sync.phase == Phase::Idle);  // off: nothing

  REQUIRE(session::setSyncAfterFinish(state, true));
  auto saved = store::loadSettings(store::settingsPath(state.workspace));
  REQUIRE(saved);
  CHECK(saved->syncAfterFinish);
  session::syncAfterFinish(state);
  CHECK(state.sync.phase == Phase::Running);
  CHECK(state.sync.afterFinish);
  REQUIRE(session::finishSync(state));
  CHECK(runs == 1);

  REQUIRE(session::setSyncAfterFinish(state, false));
  CHECK_FALSE(store::loadSettings(store::settingsPath(state.workspace))->syncAfterFinish);
}
