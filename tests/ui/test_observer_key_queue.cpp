// Every press counts: key events reach the Observe tab through the queue the window's GLFW
// callbacks fill, in order, each with its own modifiers, however many fall inside one frame.
#include <catch_compat.hpp>

#include <cctype>

#include "observer_fixture.h"
#include "ui/observer_panel.h"

using namespace coachscope;
using namespace coachscope::ui;
using test::FakeTime;
using Observe = test::ObserveTab;
using test::HeadlessUi;

namespace {

// As GLFW reports typing: for each character its key down, the character, its key up.
void queueTyping(HeadlessUi& ui, const std::string& text) {
  for (char c : text) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    Key key = Key::Space;
    if (lower >= 'a' && lower <= 'z') key = static_cast<Key>(static_cast<int>(Key::A) + (lower - 'a'));
    if (lower >= '0' && lower <= '9') key = static_cast<Key>(static_cast<int>(Key::Num0) + (lower - '0'));
    const int mods = std::isupper(static_cast<unsigned char>(c)) ? Shift : None;
    ui.queue(session::KeyEvent::keyEvent(static_cast<int>(key), session::KeyAction::Press, mods));
    ui.queue(session::KeyEvent::character(static_cast<unsigned char>(c), mods));
    ui.queue(session::KeyEvent::keyEvent(static_cast<int>(key), session::KeyAction::Release, mods));
  }
}

}  // namespace

TEST_CASE("observer keys: twenty presses and releases inside one frame are twenty marker events") {
  Observe t("queue-twenty");
  std::vector<std::string> expected;
  for (int i = 0; i < 20; ++i) {
    const std::size_t marker = static_cast<std::size_t>(i % 7);  // keys repeat within the frame
    t.ui.tap(t.key(marker).key, t.key(marker).mods);
    expected.push_back(test::icf(t.state).markers[marker].code);
  }
  t.ui.frame();  // one frame for all of them
  REQUIRE(t.obs().events.size() == 20);
  for (std::size_t i = 0; i < expected.size(); ++i) CHECK(t.obs().events[i].markerCode == expected[i]);
  t.ui.settle();
  CHECK(t.obs().events.size() == 20);
}

TEST_CASE("observer keys: at 200 ms a frame, quick taps are all counted") {
  Observe t("queue-slow-frames");
  t.ui.setDeltaTime(0.2f);
  for (int frame = 0; frame < 5; ++frame) {
    t.ui.tap(t.key(0).key, t.key(0).mods);  // five taps 40 ms apart land in each 200 ms frame
    t.ui.tap(t.key(1).key, t.key(1).mods);
    t.ui.frame();
  }
  t.ui.settle();
  CHECK(t.obs().events.size() == 10);
}

TEST_CASE("observer keys: Ctrl+Z pressed and released inside one frame undoes, in order with the markers") {
  Observe t("queue-undo");
  for (std::size_t m = 0; m < 3; ++m) t.ui.tap(t.key(m).key, t.key(m).mods);
  t.ui.tap(Key::Z, Ctrl);
  t.ui.frame();
  // The three markers, then the undo of the third: z is not a marker here.
  REQUIRE(t.obs().events.size() == 2);
  CHECK(t.obs().events[0].markerCode == test::icf(t.state).markers[0].code);
  CHECK(t.obs().events[1].markerCode == test::icf(t.state).markers[1].code);
  t.ui.settle();
  REQUIRE(t.obs().events.size() == 2);
  CHECK(t.state.observer.stack.canRedo());

  // Ctrl+Y redoes; Ctrl+Z then a marker inside one frame: the marker comes after the undo.
  t.ui.tap(Key::Y, Ctrl);
  t.ui.tap(Key::Z, Ctrl);
  t.ui.tap(t.key(5).key, t.key(5).mods);
  t.ui.settle();
  REQUIRE(t.obs().events.size() == 3);
  CHECK(t.obs().events[2].markerCode == test::icf(t.state).markers[5].code);
}

TEST_CASE("observer keys: a modifier held across frames applies to each key pressed under it") {
  Observe t("queue-held-ctrl");
  for (std::size_t m = 0; m < 3; ++m) t.ui.press(t.key(m).key, t.key(m).mods);
  REQUIRE(t.obs().events.size() == 3);
  t.ui.keyDown(Key::LeftControl);
  t.ui.frame(3);
  t.ui.tap(Key::Z);  // Ctrl is still down: Ctrl+Z
  t.ui.settle();
  CHECK(t.obs().events.size() == 2);
  t.ui.frame(2);
  t.ui.tap(Key::Z);
  t.ui.settle();
  CHECK(t.obs().events.size() == 1);
  t.ui.keyUp(Key::LeftControl);
  // Released: the same key is a marker key again, if one is bound to it.
  const Shortcut zKey{Key::Z};
  bool zIsMarker = false;
  for (const MarkerKey& k : markerKeys(test::icf(t.state), t.state.observer.settings)) {
    zIsMarker = zIsMarker || (k.shortcut.key == zKey.key && k.shortcut.mods == None);
  }
  t.ui.press(Key::Z);
  CHECK(t.obs().events.size() == (zIsMarker ? 2u : 1u));
}

TEST_CASE("observer keys: typing into the note box records no marker, even all inside one frame") {
  Observe t("queue-typing");
  t.ui.press(Key::F2);
  REQUIRE(t.ui.wantsTextInput());
  queueTyping(t.ui, "Asked 3 open questions");
  t.ui.frame();
  t.ui.settle();
  CHECK(t.obs().events.empty());
  REQUIRE(t.obs().notes.size() == 1);
  CHECK(t.obs().notes[0].text == "Asked 3 open questions");

  // F2, typing and Enter queued together: the note box takes the keyboard before the keys are read.
  t.ui.press(Key::Escape);
  t.ui.settle();
  REQUIRE_FALSE(t.ui.wantsTextInput());
  t.ui.tap(Key::F2);
  queueTyping(t.ui, "Silence");
  t.ui.tap(Key::Enter);
  t.ui.tap(t.key(0).key, t.key(0).mods);  // after Enter: a marker again
  t.ui.settle();
  REQUIRE(t.obs().notes.size() == 2);
  CHECK(t.obs().notes[1].text == "Silence");
  REQUIRE(t.obs().events.size() == 1);
  CHECK(t.obs().events[0].markerCode == test::icf(t.state).markers[0].code);
}
