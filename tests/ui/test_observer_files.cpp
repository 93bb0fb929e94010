// Saving, the journal and recovery after a crash, the unsaved-changes question, and bad files.
#include <catch_compat.hpp>

#include "builtin_catalog.h"

#include <fstream>

#include "observer_fixture.h"
#include "store/journal.h"
#include "store/observation_codec.h"
#include "ui/observer_panel.h"

using namespace coachscope;
using namespace coachscope::ui;
using test::FakeTime;
using test::HeadlessUi;
namespace fs = std::filesystem;

namespace {

std::string snapshot(const AppState& state) {
  return store::observationToJson(state.observer.stack.observation()).dump();
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void scoreALittle(HeadlessUi& ui, AppState& state, FakeTime& time) {
  ui.press(Key::F5);
  for (int i = 0; i < 5; ++i) {
    time.advance(20);
    const Shortcut key = test::keyOf(state, test::icf(state).markers[static_cast<std::size_t>(i)].code);
    ui.press(key.key, key.mods);
  }
  ui.press(Key::F2);
  ui.type("Contract agreed");
  ui.press(Key::Enter);
  ui.press(Key::F2);
  ui.type("Half-typed note");  // the crash comes before Enter
}

}  // namespace

TEST_CASE("observer: each change is in the journal at once, and a restart recovers it exactly") {
  const fs::path workspace = test::observerWorkspace("recover");
  std::string before;
  std::string id;
  {
    AppState state;
    FakeTime time;
    test::prepareObserver(state, workspace, time);
    HeadlessUi ui([&] { drawShell(state); });
    ui.frame(2);
    scoreALittle(ui, state, time);
    ui.press(Key::Num4, Ctrl);  // nothing selected: no rating
    ui.press(Key::Z, Ctrl);     // undo the half-typed note, then redo it: history must survive too
    ui.press(Key::Y, Ctrl);
    before = snapshot(state);
    id = state.observer.stack.observation().id;
    REQUIRE(fs::exists(*store::journalPath(workspace, id)));
    auto journal = store::readJournal(*store::journalPath(workspace, id));
    REQUIRE(journal.ok());
    CHECK(store::observationToJson(store::replayJournal(*journal).observation()).dump() == before);
  }  // "killed": no save, no quit
  AppState state;
  FakeTime time;
  test::prepareObserver(state, workspace, time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  CHECK(ui.shows("Recover unsaved session"));
  CHECK(ui.shows("5 marker events, 2 notes"));
  ui.press(Key::Enter);
  CHECK(snapshot(state) == before);
  CHECK(state.observer.stack.dirty());
  CHECK(state.observer.clock->now() == Approx(100));  // the clock continues where it was
  ui.press(Key::Z, Ctrl);
  CHECK(state.observer.stack.observation().notes.size() == 1);

  // Saving writes the file and discards the journal.
  ui.press(Key::S, Ctrl);
  const fs::path saved = store::observationsFolder(workspace) / (id + ".observation.json");
  REQUIRE(fs::exists(saved));
  CHECK_FALSE(fs::exists(*store::journalPath(workspace, id)));
  CHECK_FALSE(state.observer.stack.dirty());
  auto loaded = store::loadObservationFile(saved, coachscope::testing::builtInCatalog());
  REQUIRE(loaded.ok());
  CHECK(loaded->events.size() == 5);
  CHECK_FALSE(loaded->updatedAt.empty());
  CHECK(state.observer.settings.recentFiles.front() == fs::absolute(saved).string());
  // A change after the save starts a new journal holding the history: undo still reaches past it.
  ui.press(Key::Z, Ctrl);
  CHECK(state.observer.stack.dirty());
  CHECK(fs::exists(*store::journalPath(workspace, id)));
}

TEST_CASE("observer: discarding a recoverable session asks once more, and keeping it is the default") {
  const fs::path workspace = test::observerWorkspace("recover-discard");
  std::string id;
  {
    AppState state;
    FakeTime time;
    test::prepareObserver(state, workspace, time);
    HeadlessUi ui([&] { drawShell(state); });
    ui.frame(2);
    scoreALittle(ui, state, time);
    id = state.observer.stack.observation().id;
  }  // "killed"
  const fs::path journal = *store::journalPath(workspace, id);
  REQUIRE(fs::exists(journal));
  AppState state;
  FakeTime time;
  test::prepareObserver(state, workspace, time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  REQUIRE(ui.shows("Recover unsaved session"));
  ui.click("Recover unsaved session/Discard it…");
  ui.frame();
  CHECK(ui.shows("Discard this session for good?"));
  CHECK(fs::exists(journal));  // one click deletes nothing
  ui.press(Key::Enter);        // Enter keeps it
  ui.frame();
  CHECK_FALSE(ui.shows("Discard this session for good?"));
  CHECK(ui.shows("Recover unsaved session"));
  CHECK(fs::exists(journal));
  ui.click("Recover unsaved session/Discard it…");
  ui.frame();
  REQUIRE(ui.shows("Discard this session for good?"));
  ui.click("Recover unsaved session/Yes, discard it");
  ui.frame();
  CHECK_FALSE(fs::exists(journal));
  CHECK_FALSE(ui.shows("Recover unsaved session"));
}

TEST_CASE("observer: quitting with unsaved work asks first: cancel, discard or save") {
  const fs::path workspace = test::observerWorkspace("quit");
  AppState state;
  FakeTime time;
  test::prepareObserver(state, workspace, time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  CHECK(readyToQuit(state));  // nothing done yet
  const Shortcut key = test::keyOf(state, test::icf(state).markers[0].code);
  ui.press(key.key, key.mods);
  state.quitRequested = true;
  CHECK_FALSE(readyToQuit(state));
  ui.frame();
  CHECK(ui.shows("has changes that are not saved"));
  ui.press(Key::Escape);  // cancel
  CHECK_FALSE(state.quitRequested);
  CHECK_FALSE(readyToQuit(state));  // still unsaved: asks again
  ui.frame();
  ui.press(Key::Enter);  // save
  CHECK(state.quitRequested);
  CHECK(readyToQuit(state));
  CHECK(fs::exists(store::observationsFolder(workspace) / (state.observer.stack.observation().id + ".observation.json")));

  AppState other;
  test::prepareObserver(other, test::observerWorkspace("quit-discard"), time);
  HeadlessUi ui2([&] { drawShell(other); });
  ui2.frame(2);
  ui2.press(key.key, key.mods);
  const fs::path journal = *store::journalPath(other.workspace, other.observer.stack.observation().id);
  REQUIRE(fs::exists(journal));
  other.quitRequested = true;
  CHECK_FALSE(readyToQuit(other));
  ui2.frame();
  ui2.click("Unsaved changes/Discard changes");
  CHECK(readyToQuit(other));
  CHECK_FALSE(fs::exists(journal));
}

TEST_CASE("observer: a malformed or future-version file is refused with a clear error, changing nothing") {
  const fs::path workspace = test::observerWorkspace("bad-files");
  AppState state;
  FakeTime time;
  test::prepareObserver(state, workspace, time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  const Shortcut key = test::keyOf(state, test::icf(state).markers[0].code);
  ui.press(key.key, key.mods);
  ui.press(Key::S, Ctrl);
  const std::string before = snapshot(state);

  nlohmann::json good = store::observationToJson(state.observer.stack.observation());
  nlohmann::json future = good;
  future["format"] = "coachscope.observation/9";
  nlohmann::json broken = good;
  broken["events"][0]["time"] = -4;
  const fs::path futureFile = workspace / "future.observation.json";
  const fs::path brokenFile = workspace / "broken.observation.json";
  std::ofstream(futureFile) << future.dump();
  std::ofstream(brokenFile) << broken.dump();
  const std::string brokenText = slurp(brokenFile);

  state.droppedFiles = {futureFile.string()};
  ui.frame(2);
  CHECK(snapshot(state) == before);
  REQUIRE_FALSE(state.notices.empty());
  CHECK(state.notices.back().text.find("future.observation.json") != std::string::npos);
  CHECK(state.notices.back().text.find("/format") != std::string::npos);

  state.droppedFiles = {brokenFile.string()};
  ui.frame(2);
  CHECK(snapshot(state) == before);
  CHECK(state.notices.back().text.find("/events/0/time") != std::string::npos);
  CHECK(ui.shows("/events/0/time"));
  CHECK(slurp(brokenFile) == brokenText);

  // A good file opens (dropped, the way a tutor would), replacing the saved session.
  good["context"]["coacheePseudonym"] = "Robin";
  const fs::path goodFile = workspace / "good.observation.json";
  std::ofstream(goodFile) << good.dump();
  state.droppedFiles = {goodFile.string()};
  ui.frame(2);
  CHECK(state.observer.stack.observation().context.coacheePseudonym == "Robin");
  CHECK(state.observer.filePath == fs::absolute(goodFile));
}
