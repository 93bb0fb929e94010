// Each note starts fresh, in the window: Alt+2 and Alt+M while typing set that note's kind and
// tag; the next note is an untagged observation unless the Session details setting keeps them;
// a selected entry's kind and tag change that entry only.
#include <catch_compat.hpp>

#include "observer_fixture.h"
#include "store/settings.h"
#include "ui/observer_panel.h"

using namespace coachscope;
using namespace coachscope::ui;
using test::FakeTime;
using Observe = test::ObserveTab;
using test::HeadlessUi;

TEST_CASE("observer notes: Alt+2 and Alt+M while typing, then the next note is an untagged observation") {
  Observe t("fresh-notes");
  const std::string code = t.pressMarker(0);
  t.ui.press(Key::F2);
  t.ui.type("Clear contracting question");
  REQUIRE(t.ui.wantsTextInput());
  t.ui.press(Key::Num2, Alt);
  t.ui.press(Key::M, Alt);
  CHECK(t.ui.wantsTextInput());  // still typing: Alt did not take the keyboard away
  t.ui.type("!");
  t.ui.press(Key::Enter);
  REQUIRE(t.obs().notes.size() == 1);
  CHECK(t.obs().notes[0].text == "Clear contracting question!");
  CHECK(t.obs().notes[0].kind == core::NoteKind::Strength);
  CHECK(t.obs().notes[0].tag == code);

  // The note box shows the fresh kind and tag for the next note before it is typed.
  const std::string shown = t.ui.frameText();
  CHECK(shown.find("no tag") != std::string::npos);
  t.note("Coach interrupted Sam twice");
  REQUIRE(t.obs().notes.size() == 2);
  CHECK(t.obs().notes[1].kind == core::NoteKind::Observation);
  CHECK(t.obs().notes[1].tag.empty());
}

TEST_CASE("observer notes: a selected entry's kind and tag change that entry only, and undo") {
  Observe t("entry-edit");
  const std::string code = t.pressMarker(1);
  t.note("Strong open question");
  REQUIRE(t.obs().notes.size() == 1);
  t.state.observer.selectedId = t.obs().notes[0].id;
  t.ui.frame();
  t.ui.press(Key::Num2, Alt);  // the note box is idle: the selected note
  t.ui.press(Key::M, Alt);
  CHECK(t.obs().notes[0].kind == core::NoteKind::Strength);
  CHECK(t.obs().notes[0].tag == code);
  CHECK(t.state.observer.noteKind == core::NoteKind::Observation);
  CHECK(t.state.observer.noteTag.empty());
  t.state.observer.selectedId.clear();
  t.note("Next note");
  REQUIRE(t.obs().notes.size() == 2);
  CHECK(t.obs().notes[1].kind == core::NoteKind::Observation);
  CHECK(t.obs().notes[1].tag.empty());

  t.ui.press(Key::Z, Ctrl);  // the second note
  t.ui.press(Key::Z, Ctrl);  // the tag
  REQUIRE(t.obs().notes.size() == 1);
  CHECK(t.obs().notes[0].tag.empty());
  CHECK(t.obs().notes[0].kind == core::NoteKind::Strength);
  t.ui.press(Key::Z, Ctrl);  // the kind
  CHECK(t.obs().notes[0].kind == core::NoteKind::Observation);
}

TEST_CASE("observer notes: Session details keeps kind and tag for the next note when asked, in settings.json") {
  Observe t("keep-setting");
  CHECK_FALSE(t.state.observer.settings.keepNoteKindAndTag);
  t.ui.press(Key::F3);
  REQUIRE(t.ui.shows("Keep kind and tag for the next note"));
  t.ui.click("Session details/Keep kind and tag for the next note");
  CHECK(t.state.observer.settings.keepNoteKindAndTag);
  auto saved = store::loadSettings(store::settingsPath(t.state.workspace));
  REQUIRE(saved.ok());
  CHECK(saved->keepNoteKindAndTag);
  t.ui.press(Key::Escape);
  REQUIRE_FALSE(t.ui.shows("Keep kind and tag for the next note"));

  const std::string code = t.pressMarker(2);
  t.ui.press(Key::F2);
  t.ui.type("Why now?");
  t.ui.press(Key::Num4, Alt);
  t.ui.press(Key::M, Alt);
  t.ui.press(Key::Enter);
  t.note("And what else?");
  REQUIRE(t.obs().notes.size() == 2);
  CHECK(t.obs().notes[1].kind == core::NoteKind::Question);
  CHECK(t.obs().notes[1].tag == code);
}
