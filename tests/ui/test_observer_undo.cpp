// Undo (Ctrl+Z) and redo (Ctrl+Shift+Z, Ctrl+Y) of every command kind, through the panel's one
// command path; and a recorded-session clock: notes pause it while typed, clicks seek it.
#include <catch_compat.hpp>

#include "observer_fixture.h"
#include "store/observation_codec.h"
#include "ui/observer_panel.h"

using namespace coachscope;
using namespace coachscope::ui;
using test::FakeTime;
using test::HeadlessUi;

namespace {

std::string snapshot(const AppState& state) {
  return store::observationToJson(state.observer.stack.observation()).dump();
}

// Makes one change, then checks Ctrl+Z restores the state before, and redo brings it back.
template <typename Change>
void checkUndoRedo(HeadlessUi& ui, AppState& state, Change change, bool useCtrlY) {
  const std::string before = snapshot(state);
  change();
  ui.frame();
  const std::string after = snapshot(state);
  REQUIRE(after != before);
  ui.press(Key::Z, Ctrl);
  CHECK(snapshot(state) == before);
  if (useCtrlY) {
    ui.press(Key::Y, Ctrl);
  } else {
    ui.press(Key::Z, Ctrl | Shift);
  }
  CHECK(snapshot(state) == after);
}

}  // namespace

TEST_CASE("observer: every command kind undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y") {
  AppState state;
  FakeTime time;
  test::prepareObserver(state, test::observerWorkspace("undo-all"), time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  session::ObserverState& o = state.observer;
  const core::Framework& f = test::icf(state);
  const Shortcut key = test::keyOf(state, f.markers[2].code);
  time.advance(3);
  ui.press(Key::F5);

  SECTION("marker event, quote, delete") {
    checkUndoRedo(ui, state, [&] { ui.press(key.key, key.mods); }, false);
    o.selectedId = o.stack.observation().events[0].id;
    checkUndoRedo(ui, state, [&] { ui.press(Key::Right, Alt); }, true);
    checkUndoRedo(ui, state, [&] {
      ui.press(Key::E, Ctrl);
      ui.type("what else?");
      ui.press(Key::Enter);
    }, false);
    o.selectedId = o.stack.observation().events[0].id;
    checkUndoRedo(ui, state, [&] { ui.press(Key::Delete); }, true);
  }
  SECTION("note, typed as one step, and its deletion") {
    checkUndoRedo(ui, state, [&] {
      ui.press(Key::F2);
      ui.type("Reflects feelings");
      ui.press(Key::Enter);
    }, false);
    CHECK(o.stack.observation().notes.size() == 1);
    o.selectedId = o.stack.observation().notes[0].id;
    checkUndoRedo(ui, state, [&] { ui.press(Key::Num3, Alt); }, true);
    o.selectedId = o.stack.observation().notes[0].id;
    checkUndoRedo(ui, state, [&] { ui.press(Key::Delete); }, false);
  }
  SECTION("rating, not observed, rationale, judgement, sheet text, setup, duration") {
    const core::Competency* rated = nullptr;
    const core::Competency* judged = nullptr;
    for (const auto& c : f.competencies) {
      if (c.evidence != core::EvidenceKind::Judgement && !rated) rated = &c;
      if (c.evidence == core::EvidenceKind::Judgement && !judged) judged = &c;
    }
    REQUIRE(rated);
    REQUIRE(judged);
    o.selectedCompetency = rated->id;
    checkUndoRedo(ui, state, [&] { ui.press(Key::Num3, Ctrl); }, false);
    checkUndoRedo(ui, state, [&] { ui.press(Key::Num0, Ctrl); }, true);
    checkUndoRedo(ui, state, [&] {
      ui.press(Key::R, Ctrl);
      ui.type("Held the agreement");
    }, false);
    checkUndoRedo(ui, state, [&] { setJudgement(o, judged->id, judged->judgementOptions.back().id); }, true);
    checkUndoRedo(ui, state, [&] { setSheetText(o, core::SheetText::CoacheeFeedback, "Felt heard"); }, false);
    checkUndoRedo(ui, state, [&] {
      const core::Observation& obs = o.stack.observation();
      core::SetSetup setup{obs.frameworkId, obs.frameworkVersion, obs.context};
      setup.context.coacheePseudonym = "Sam";
      applyChange(o, setup);
    }, true);
    time.advance(60);
    checkUndoRedo(ui, state, [&] { ui.press(Key::F5, Shift); }, false);
  }
  // The Edit menu names what it will undo.
  if (o.stack.canUndo()) CHECK_FALSE(o.stack.undoLabel().empty());
}

namespace {

// A media-like clock: seeks, and counts the typing pauses a note asks for.
struct RecordedClock : core::SessionClock {
  double position = 0;
  bool playing = false;
  int started = 0, finished = 0;
  double now() const override { return position; }
  bool running() const override { return playing; }
  void start() override { playing = true; }
  void pause() override { playing = false; }
  bool canSeek() const override { return true; }
  void seek(double seconds) override { position = seconds; }
  void noteStarted() override { ++started; }
  void noteFinished() override { ++finished; }
};

}  // namespace

TEST_CASE("observer: with an installed media clock, notes tell it about typing and clicks seek it") {
  AppState state;
  FakeTime time;
  test::prepareObserver(state, test::observerWorkspace("media-clock"), time);
  auto owned = std::make_unique<RecordedClock>();
  RecordedClock* clock = owned.get();
  useClock(state.observer, std::move(owned));
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  REQUIRE(state.observer.clock.get() == clock);  // a new session keeps the installed clock
  clock->position = 754;
  ui.press(Key::F2);
  ui.type("Client names the real issue");
  CHECK(clock->started == 1);
  CHECK(clock->finished == 0);
  ui.press(Key::Enter);
  CHECK(clock->finished == 1);
  const core::Note note = state.observer.stack.observation().notes.at(0);
  CHECK(note.time == Approx(754));

  // With autopause off (settings.json), typing leaves playback alone.
  state.observer.settings.autopause = false;
  ui.press(Key::F2);
  ui.type("Second note");
  ui.press(Key::Enter);
  CHECK(clock->started == 1);
  CHECK(clock->finished == 1);
  state.observer.selectedId.clear();

  clock->position = 900;
  ui.press(Key::Up, Ctrl);  // selecting an entry seeks the recording to it: the last, at 754
  CHECK(clock->position == Approx(754));
  clock->position = 10;
  ui.click("coachscope/panels/Observe/timeline/entries/" + note.id + "/##row");
  ui.click("coachscope/panels/Observe/timeline/entries/" + note.id + "/##row");
  CHECK(clock->position == Approx(754));
}
