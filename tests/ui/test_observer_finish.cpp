// Finish from the window, headlessly: the header button and Ctrl+Enter put the session into the
// learner's record, the header says where the record stands, the Progress tab shows the session
// at once, and a learner created on one tab is on the other without a reload.
#include <catch_compat.hpp>

#include "observer_fixture.h"
#include "session/progress_session.h"
#include "store/record_codec.h"
#include "store/workspace.h"
#include "ui/observer_panel.h"
#include "ui/progress_panel.h"

using namespace coachscope;
using namespace coachscope::ui;
using test::FakeTime;
using test::HeadlessUi;

namespace {

bool noticeSays(const AppState& state, const std::string& text) {
  for (const Notice& n : state.notices) {
    if (n.text.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("finish: the header's Finish session merges the scored session, and Progress shows it at once") {
  AppState state;
  FakeTime time;
  test::prepareObserver(state, test::observerWorkspace("finish-button"), time);
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  ui.frame(2);
  CHECK(ui.shows("Not in the learner's record yet"));
  ui.press(Key::F5);
  time.advance(75);
  const Shortcut key = test::keyOf(state, test::icf(state).markers[0].code);
  ui.press(key.key, key.mods);
  ui.frame();
  ui.click("coachscope/panels/Observe/Finish session");
  ui.frame(2);
  INFO(ui.frameText());
  CHECK(noticeSays(state, "Sample Learner's record has this session now."));
  CHECK(ui.shows("Continue (F5)"));  // the clock stopped with the session, and says so
  const std::string id = state.observer.stack.observation().id;
  REQUIRE(state.progress.record);
  CHECK(state.progress.record->sessions.contains(id));
  auto onDisk = store::loadRecordFile(state.progress.recordPath, state.catalog);
  REQUIRE(onDisk.ok());
  CHECK(onDisk->sessions.current(id)->data.markerCounts.at(test::icf(state).markers[0].code) == 1);
  state.observer.standingCountdown = 0;
  ui.frame();
  CHECK(ui.shows("In the learner's record"));

  // A later edit: the header says the record lags; Ctrl+Enter brings it up to date.
  ui.press(key.key, key.mods);
  state.observer.standingCountdown = 0;
  ui.frame();
  CHECK(ui.shows("The record lags behind: Finish to update it"));
  ui.press(Key::Enter, Ctrl);
  CHECK(noticeSays(state, "has this session's latest version now."));
  auto updated = store::loadRecordFile(state.progress.recordPath, state.catalog);
  REQUIRE(updated.ok());
  CHECK_FALSE(updated->sessions.inConflict(id));
  CHECK(updated->sessions.current(id)->data.markerCounts.at(test::icf(state).markers[0].code) == 2);

  // The Progress tab, opened now, shows this learner's record with the session.
  state.requestedTab = kProgressTabTitle;
  ui.frame(2);
  CHECK(ui.shows("Sample Learner"));
  CHECK(state.progress.record->sessions.contains(id));
}

TEST_CASE("finish: refused without a record, saying why, and F1 lists the shortcut") {
  AppState state;
  FakeTime time;
  const auto workspace = test::observerWorkspace("finish-no-record");
  test::prepareObserver(state, workspace, time);
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  ui.frame(2);
  for (const auto& learner : state.learners) std::filesystem::remove(learner.file);
  ui.press(Key::Enter, Ctrl);
  CHECK(noticeSays(state, "has no record in this workspace"));
  ui.press(Key::F1);
  ui.frame();
  CHECK(ui.shows("Finish the session: save it and merge it into the learner's record"));
}

TEST_CASE("workspace: a learner created while the window is open is in the Progress tab's list at once") {
  AppState state;
  FakeTime time;
  test::prepareObserver(state, test::observerWorkspace("one-learner-list"), time);
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  ui.frame(2);
  state.requestedTab = kProgressTabTitle;
  ui.frame(2);
  CHECK_FALSE(ui.shows("Noor Haddad"));
  const auto created = session::createLearner(state, "Noor Haddad", "ilm-coaching-level7");
  REQUIRE(created.ok());
  ui.frame();
  CHECK(ui.shows("Noor Haddad"));  // no F5
  // Both tabs read the one workspace: the record is where --workspace put it.
  CHECK(std::filesystem::exists(*store::recordPath(state.workspace, created->learnerId)));
}
