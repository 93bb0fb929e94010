// The Observe tab driven headlessly: opening state, marker keys, first-keystroke note timing,
// ratings with suggestions, the F1 list, key bindings from settings.json.
#include <catch_compat.hpp>

#include <fstream>

#include "core/clock_text.h"
#include "core/ids.h"
#include "observer_fixture.h"
#include "store/settings.h"
#include "ui/observer_panel.h"

using namespace coachscope;
using namespace coachscope::ui;
using test::FakeTime;
using test::HeadlessUi;

TEST_CASE("observer: the app opens on the Observe tab, ICF framework and the sample learner ready") {
  AppState state;
  FakeTime time;
  test::prepareObserver(state, test::observerWorkspace("opens"), time);
  REQUIRE(std::string(panels().front().title) == kObserveTab);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  INFO(ui.frameText());
  const core::Observation& o = state.observer.stack.observation();
  CHECK(o.frameworkKey() == test::icf(state).key());
  CHECK(o.context.learnerName == store::kSampleLearnerName);
  CHECK(core::looksLikeId(o.id));
  CHECK(ui.shows("Sample Learner"));
  CHECK(ui.shows("Start (F5)"));
  CHECK(ui.shows("0:00"));
  const core::Marker& first = test::icf(state).markers.front();
  CHECK(ui.shows(first.code + " " + first.shortLabel));
  CHECK(ui.shows(test::icf(state).competencies.front().title));
}

TEST_CASE("observer: a marker key records the marker at the clock time, never while typing") {
  AppState state;
  FakeTime time;
  test::prepareObserver(state, test::observerWorkspace("marker-keys"), time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  ui.press(Key::F5);  // start
  REQUIRE(state.observer.clock->running());
  time.advance(65);
  const std::string code = test::icf(state).markers[3].code;
  const Shortcut key = test::keyOf(state, code);
  ui.press(key.key, key.mods);
  const core::Observation& o = state.observer.stack.observation();
  REQUIRE(o.events.size() == 1);
  CHECK(o.events[0].markerCode == code);
  CHECK(o.events[0].time == Approx(65));
  CHECK(ui.shows("1:05"));  // in the timeline

  ui.press(Key::F2);  // into the note box: the same key now types
  ui.frame();
  REQUIRE(ui.wantsTextInput());
  ui.press(key.key, key.mods);
  ui.type(std::string(1, static_cast<char>(std::tolower(static_cast<int>(key.key)))));
  CHECK(o.events.size() == 1);
  REQUIRE(o.notes.size() == 1);

  ui.press(Key::Enter);
  ui.frame();
  ui.press(Key::F5);  // pause: time no longer moves
  time.advance(100);
  ui.press(key.key, key.mods);
  REQUIRE(o.events.size() == 2);
  CHECK(o.events[1].time == Approx(65));
}

TEST_CASE("observer: a note's time is the clock at its first keystroke, not at Enter") {
  AppState state;
  FakeTime time;
  test::prepareObserver(state, test::observerWorkspace("first-keystroke"), time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  ui.press(Key::F5);
  time.advance(10);
  ui.press(Key::F2);
  time.advance(2);  // thinking before typing does not count
  ui.type("G");
  time.advance(30);  // typing slowly
  ui.type("ood contract");
  ui.press(Key::Enter);
  ui.frame();
  const core::Observation& o = state.observer.stack.observation();
  REQUIRE(o.notes.size() == 1);
  CHECK(o.notes[0].time == Approx(12));
  CHECK(o.notes[0].text == "Good contract");
  CHECK_FALSE(ui.wantsTextInput());  // Enter hands the keyboard back to the marker keys

  // The next note starts at its own first keystroke; Esc keeps what was typed.
  ui.press(Key::F2);
  time.advance(5);
  ui.type("Silence");
  ui.press(Key::Escape);
  ui.frame();
  REQUIRE(o.notes.size() == 2);
  CHECK(o.notes[1].time == Approx(47));
  CHECK(o.notes[1].text == "Silence");
  CHECK(ui.shows("0:47"));

  // Kind and tag while typing: Alt+2 makes it a strength, Alt+M tags the last marker.
  const std::string code = test::icf(state).markers[0].code;
  const Shortcut key = test::keyOf(state, code);
  ui.press(key.key, key.mods);
  ui.press(Key::F2);
  ui.type("Ask");
  ui.press(Key::Num2, Alt);
  ui.press(Key::M, Alt);
  ui.press(Key::Enter);
  REQUIRE(o.notes.size() == 3);
  CHECK(o.notes[2].kind == core::NoteKind::Strength);
  CHECK(o.notes[2].tag == code);
  CHECK(o.notes[2].text == "Ask");
}

TEST_CASE("observer: ratings show descriptors and the suggestion, which applies only when asked") {
  AppState state;
  FakeTime time;
  test::prepareObserver(state, test::observerWorkspace("ratings"), time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  const core::Framework& f = test::icf(state);
  const core::Competency* markers = nullptr;
  for (const auto& c : f.competencies) {
    if (c.evidence == core::EvidenceKind::Markers && !markers) markers = &c;
  }
  REQUIRE(markers);
  CHECK_FALSE(ui.shows("Suggested:"));  // nothing is suggested before the session has begun
  for (const core::Marker* m : f.markersOf(markers->id)) {
    const Shortcut key = test::keyOf(state, m->code);
    ui.press(key.key, key.mods);
  }
  const auto suggested = state.observer.evidence.of(markers->id)->suggestedLevel;
  REQUIRE(suggested);
  const std::string suggestion = "Suggested: " + std::to_string(*suggested) + " · " + f.scale.level(*suggested)->label;
  CHECK(ui.shows(suggestion));
  CHECK(state.observer.stack.observation().ratings.empty());  // never applied by itself

  // Alt+Down walks the competencies; Ctrl+G takes the suggestion; Ctrl+2 rates level 2.
  while (state.observer.selectedCompetency != markers->id) ui.press(Key::Down, Alt);
  ui.press(Key::G, Ctrl);
  CHECK(state.observer.stack.observation().ratings.at(markers->id).level == suggested);
  CHECK(ui.shows(f.scale.level(*suggested)->descriptor.substr(0, 40)));
  ui.press(Key::Num2, Ctrl);
  CHECK(state.observer.stack.observation().ratings.at(markers->id).level == f.scale.levels[1].value);
  ui.press(Key::Num0, Ctrl);
  CHECK(state.observer.stack.observation().ratings.at(markers->id).notObserved);
  CHECK_FALSE(state.observer.stack.observation().ratings.at(markers->id).level);

  // The rationale: Ctrl+R focuses it; typing is one undo step.
  ui.press(Key::R, Ctrl);
  ui.type("Clear agreement");
  CHECK(state.observer.stack.observation().ratings.at(markers->id).rationale == "Clear agreement");
  ui.press(Key::Z, Ctrl);
  CHECK(state.observer.stack.observation().ratings.at(markers->id).rationale.empty());
}

TEST_CASE("observer: F1 lists the observer's shortcuts") {
  AppState state;
  FakeTime time;
  test::prepareObserver(state, test::observerWorkspace("help"), time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  ui.press(Key::F1);
  CHECK(ui.shows("Type a note: its time is the clock at the first keystroke"));
  CHECK(ui.shows("Start, pause or resume the session clock"));
}

TEST_CASE("observer: marker keys come from settings.json when bound there") {
  const auto workspace = test::observerWorkspace("bindings");
  AppState state;
  FakeTime time;
  test::prepareObserver(state, workspace, time);
  const core::Framework& f = test::icf(state);
  const std::string code = f.markers[5].code;
  store::Settings settings;
  settings.markerKeys[f.id][code] = "Shift+k";
  REQUIRE(store::saveSettings(store::settingsPath(workspace), settings).ok());
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  CHECK(test::keyOf(state, code).mods == Shift);
  ui.press(Key::K, Shift);
  REQUIRE(state.observer.stack.observation().events.size() == 1);
  CHECK(state.observer.stack.observation().events[0].markerCode == code);
}

TEST_CASE("observer: entries can be selected, quoted, re-timed, filtered and deleted") {
  AppState state;
  FakeTime time;
  test::prepareObserver(state, test::observerWorkspace("entries"), time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  session::ObserverState& o = state.observer;
  ui.press(Key::F5);
  time.advance(30);
  const Shortcut key = test::keyOf(state, test::icf(state).markers[0].code);
  ui.press(key.key, key.mods);
  time.advance(30);
  ui.press(Key::F2);
  ui.type("Strong question");
  ui.press(Key::Num2, Alt);
  ui.press(Key::Enter);

  ui.press(Key::Up, Ctrl);  // selects the last entry, the note
  CHECK(o.selectedId == o.stack.observation().notes[0].id);
  ui.press(Key::Up, Ctrl);  // then the event
  REQUIRE(o.selectedId == o.stack.observation().events[0].id);
  ui.press(Key::E, Ctrl);
  ui.type("so what matters most?");
  CHECK(o.stack.observation().events[0].quote == "so what matters most?");
  ui.press(Key::Escape);
  ui.frame();
  ui.press(Key::Right, Alt);
  CHECK(o.stack.observation().events[0].time == Approx(31));
  ui.press(Key::Right, Alt | Shift);
  CHECK(o.stack.observation().events[0].time == Approx(41));

  const std::string eventId = o.selectedId;
  o.selectedId.clear();  // the selection editor would show the quote too
  o.filter = session::TimelineFilter::Strengths;
  CHECK(ui.shows("Strong question"));
  CHECK_FALSE(ui.shows("so what matters most?"));
  o.filter = session::TimelineFilter::All;
  o.filterText = "matters";
  CHECK(ui.shows("so what matters most?"));
  CHECK_FALSE(ui.shows("Strong question"));
  o.filterText.clear();

  o.selectedId = eventId;
  ui.press(Key::Delete);
  CHECK(o.stack.observation().events.empty());
  ui.press(Key::Z, Ctrl);
  CHECK(o.stack.observation().events.size() == 1);
}
