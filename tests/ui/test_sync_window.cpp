// Sync from the window with a real git and a local bare remote, as a new centre's is (empty at
// first): File > Sync with the centre runs on its worker while frames go on, says what came in and
// lists the new learner at once; an unreachable remote is a clear error and nothing is lost.
#include <catch_compat.hpp>

#include <algorithm>
#include <cstdlib>

#include "harness.h"
#include "session/centre_session.h"
#include "session/sync_session.h"
#include "store/child_process.h"
#include "store/workspace.h"
#include "store/workspace_sync.h"
#include "ui/app_state.h"
#include "ui/centre_panel.h"
#include "ui/shell.h"
#include "ui/sync_panel.h"
#include "test_paths.h"

using coachscope::test::HeadlessUi;
using namespace coachscope;
using namespace coachscope::ui;
using Phase = session::SyncState::Phase;

namespace {

// A bare repository, as a centre's server holds: empty, as a new centre's is.
void bareRemote(const std::filesystem::path& remote) {
  auto made = store::runChildProcess({{"git", "init", "-q", "--bare", "-b", "main", remote.string()}});
  REQUIRE(made);
  REQUIRE(made->exitCode == 0);
}

std::filesystem::path scratch(const std::string& name) {
  const auto dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "sync-ui" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

store::SyncOptions options(const core::Catalog& catalog) {
  store::SyncOptions o;
  o.catalog = catalog;
  return o;
}

// Frames until the sync is done, as the window runs them; true when it finished in time.
bool framesUntilSynced(HeadlessUi& ui, AppState& state) {
  for (int i = 0; i < 2000 && state.sync.phase == Phase::Running; ++i) {
    ui.frame();
    session::finishSync(state, std::chrono::milliseconds(10));
  }
  ui.frame(2);
  return state.sync.phase != Phase::Running;
}

}  // namespace

TEST_CASE("sync window: File > Sync brings in another tutor's learner, shown at once on the Centre tab") {
  const auto dir = scratch("two-tutors");
  ::setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
  const auto remote = dir / "centre.git";
  bareRemote(remote);
  core::Catalog catalog;
  catalog.addBuiltIns();
  // Both tutors join the empty repository; the first adds a learner and shares it.
  REQUIRE(store::cloneWorkspace(remote.string(), dir / "first", options(catalog)));
  REQUIRE(store::cloneWorkspace(remote.string(), dir / "second", options(catalog)));
  REQUIRE(store::createLearner(dir / "first", "Ann Example", "ilm-coaching-level5"));
  REQUIRE(store::syncWorkspace(dir / "first", options(catalog)));

  AppState state;
  state.catalog = catalog;
  state.frameworkKey = catalog.defaultFramework()->key();
  state.workspace = dir / "second";
  state.requestedTab = kCentreTabTitle;
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  ui.frame(2);
  REQUIRE(session::finishCentreRead(state));
  ui.frame();

  ui.click("coachscope/##menubar/File");
  ui.click("##Menu_00/Sync with the centre");
  CHECK(state.sync.phase == Phase::Running);  // the click returned; git works on its own thread
  REQUIRE(framesUntilSynced(ui, state));
  CHECK(state.sync.phase == Phase::Done);
  INFO(state.sync.error);
  CHECK(state.showSync);
  const std::string text = ui.frameText();
  INFO(text);
  CHECK(ui.shows("came in: new learner Ann Example"));
  // What came in is listed at once (beside the sample learner a first start makes here).
  auto named = [](const auto& list) {
    return std::count_if(list.begin(), list.end(), [](const auto& l) { return l.name == "Ann Example"; });
  };
  CHECK(named(state.learners) == 1);
  REQUIRE(session::finishCentreRead(state));
  ui.frame();
  CHECK(named(state.centre.rows) == 1);

  ui.click(std::string(kSyncWindowName) + "/Close");
  CHECK_FALSE(state.showSync);
}

TEST_CASE("sync window: an unreachable remote is a clear error in the window, and the work stays") {
  const auto dir = scratch("unreachable");
  ::setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
  const auto remote = dir / "centre.git";
  bareRemote(remote);
  core::Catalog catalog;
  catalog.addBuiltIns();
  REQUIRE(store::cloneWorkspace(remote.string(), dir / "tutor", options(catalog)));
  REQUIRE(store::createLearner(dir / "tutor", "Kept Learner", "ilm-coaching-level7"));
  std::filesystem::remove_all(remote);  // the server is gone

  AppState state;
  state.catalog = catalog;
  state.frameworkKey = catalog.defaultFramework()->key();
  state.workspace = dir / "tutor";
  state.requestedTab = kCentreTabTitle;
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  ui.frame(2);
  REQUIRE(session::finishCentreRead(state));
  ui.frame();
  ui.click("coachscope/panels/Centre/Sync##centre");
  REQUIRE(framesUntilSynced(ui, state));
  CHECK(state.sync.phase == Phase::Failed);
  CHECK(state.sync.error.find("cannot reach") != std::string::npos);
  CHECK(ui.shows("The sync did not finish. Nothing is lost."));
  CHECK(ui.shows("Sync failed"));  // in the menu bar too
  const auto kept = store::listLearners(state.workspace);
  CHECK(std::any_of(kept.begin(), kept.end(), [](const auto& l) { return l.name == "Kept Learner"; }));
}
