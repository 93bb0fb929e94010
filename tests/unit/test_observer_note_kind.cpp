// Each note starts fresh (session/observer_session.h): after a note is added the next one is an
// untagged observation unless settings keep the kind and tag; a timeline entry's kind and tag
// change that entry only, as an undo step of its own.
#include <catch_compat.hpp>

#include <chrono>
#include <filesystem>

#include "core/live_clock.h"
#include "session/observer_session.h"
#include "store/settings.h"
#include "test_paths.h"

using namespace coachscope;

namespace {

struct Session {
  session::AppSession state;
  core::LiveClock::TimePoint now{};
  explicit Session(const std::string& name, bool keep = false) {
    const auto workspace = std::filesystem::path(COACHSCOPE_TEST_TMP) / "note-kind" / name;
    std::filesystem::remove_all(workspace);
    std::filesystem::create_directories(workspace);
    if (keep) {
      store::Settings settings;
      settings.keepNoteKindAndTag = true;
      REQUIRE(store::saveSettings(store::settingsPath(workspace), settings).ok());
    }
    state.catalog.addBuiltIns();
    state.frameworkKey = state.catalog.defaultFramework()->key();
    state.workspace = workspace;
    session::useClock(state.observer, std::make_unique<core::LiveClock>([this] { return now; }));
    session::initialiseObserver(state);
  }
  session::ObserverState& o() { return state.observer; }
  const core::Observation& obs() { return state.observer.stack.observation(); }
  std::string marker(std::size_t i) { return state.catalog.defaultFramework()->markers[i].code; }
  void note(const std::string& text) {
    session::typeNote(o(), text.substr(0, 1));
    session::typeNote(o(), text);
    session::finishNote(o());
  }
};

}  // namespace

TEST_CASE("notes: after a note is added the next starts as an untagged observation") {
  Session s("fresh");
  REQUIRE_FALSE(s.o().settings.keepNoteKindAndTag);  // off by default
  session::setNoteKind(s.o(), core::NoteKind::Strength);
  session::setNoteTag(s.o(), s.marker(0));
  s.note("Clear contracting question");
  session::typeNote(s.o(), "C");
  session::typeNote(s.o(), "Coach interrupted Sam twice");
  // The kind and tag shown for the note being typed are already the fresh ones.
  CHECK(s.o().noteKind == core::NoteKind::Observation);
  CHECK(s.o().noteTag.empty());
  session::finishNote(s.o());
  REQUIRE(s.obs().notes.size() == 2);
  CHECK(s.obs().notes[0].kind == core::NoteKind::Strength);
  CHECK(s.obs().notes[0].tag == s.marker(0));
  CHECK(s.obs().notes[1].kind == core::NoteKind::Observation);
  CHECK(s.obs().notes[1].tag.empty());
}

TEST_CASE("notes: a kind chosen before the first keystroke survives until a note is added") {
  Session s("before-typing");
  session::setNoteKind(s.o(), core::NoteKind::Question);
  session::finishNote(s.o());  // nothing typed (Esc, a save): nothing was added
  CHECK(s.o().noteKind == core::NoteKind::Question);
  s.note("Why now?");
  CHECK(s.obs().notes.back().kind == core::NoteKind::Question);
  CHECK(s.o().noteKind == core::NoteKind::Observation);
}

TEST_CASE("notes: with the setting on, the next note keeps the last one's kind and tag") {
  Session s("keep", true);
  REQUIRE(s.o().settings.keepNoteKindAndTag);
  session::setNoteKind(s.o(), core::NoteKind::Development);
  session::setNoteTag(s.o(), s.marker(2));
  s.note("Closed question");
  s.note("Another closed question");
  REQUIRE(s.obs().notes.size() == 2);
  CHECK(s.obs().notes[1].kind == core::NoteKind::Development);
  CHECK(s.obs().notes[1].tag == s.marker(2));
}

TEST_CASE("notes: changing a timeline entry's kind or tag changes that entry only, undoably") {
  Session s("entry");
  s.note("Strong open question");
  const std::string id = s.obs().notes[0].id;
  session::setEntryKind(s.o(), id, core::NoteKind::Strength);
  session::setEntryTag(s.o(), id, s.marker(4));
  CHECK(s.obs().notes[0].kind == core::NoteKind::Strength);
  CHECK(s.obs().notes[0].tag == s.marker(4));
  // The note being typed next is untouched.
  CHECK(s.o().noteKind == core::NoteKind::Observation);
  CHECK(s.o().noteTag.empty());
  s.note("Next one");
  CHECK(s.obs().notes[1].kind == core::NoteKind::Observation);
  CHECK(s.obs().notes[1].tag.empty());
  // Each edit is its own undo step: undo the note, then the tag, then the kind.
  session::undoChange(s.o());
  REQUIRE(s.obs().notes.size() == 1);
  session::undoChange(s.o());
  CHECK(s.obs().notes[0].tag.empty());
  CHECK(s.obs().notes[0].kind == core::NoteKind::Strength);
  session::undoChange(s.o());
  CHECK(s.obs().notes[0].kind == core::NoteKind::Observation);
}

TEST_CASE("notes: the keep setting is kept in settings.json, off by default") {
  const auto dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "note-kind" / "settings";
  std::filesystem::remove_all(dir);
  const auto file = store::settingsPath(dir);
  auto defaults = store::loadSettings(file);
  REQUIRE(defaults.ok());
  CHECK_FALSE(defaults->keepNoteKindAndTag);
  store::Settings s;
  s.keepNoteKindAndTag = true;
  REQUIRE(store::saveSettings(file, s).ok());
  auto loaded = store::loadSettings(file);
  REQUIRE(loaded.ok());
  CHECK(loaded->keepNoteKindAndTag);
  CHECK_FALSE(loaded->other.contains("keepNoteKindAndTag"));
}
