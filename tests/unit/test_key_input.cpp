// The key queue (session/key_input.h): what each frame takes, in order, so that no press is lost
// however many fall between two frames, and a key that moves the keyboard gets a frame to settle.
#include <catch_compat.hpp>

#include "session/key_input.h"

using namespace coachscope::session;

namespace {

constexpr int kQ = 81, kW = 87, kZ = 90, kF2 = 291, kEnter = 257, kLeftCtrl = 341, kLeftShift = 340;

KeyEvent down(int key, int mods = 0) { return KeyEvent::keyEvent(key, KeyAction::Press, mods); }
KeyEvent up(int key, int mods = 0) { return KeyEvent::keyEvent(key, KeyAction::Release, mods); }

int presses(const std::vector<KeyEvent>& events, int key) {
  int n = 0;
  for (const KeyEvent& e : events) n += e.kind == KeyEvent::Kind::Key && e.key == key && e.action == KeyAction::Press;
  return n;
}

}  // namespace

TEST_CASE("key input: twenty taps between two frames are all in the next frame, in order") {
  KeyInput input;
  for (int i = 0; i < 20; ++i) {
    input.push(down(i % 2 ? kQ : kW));
    input.push(up(i % 2 ? kQ : kW));
  }
  const auto& frame = input.beginFrame();
  REQUIRE(frame.size() == 40);
  CHECK(presses(frame, kQ) == 10);
  CHECK(presses(frame, kW) == 10);
  CHECK(frame[0].key == kW);
  CHECK(frame[2].key == kQ);
  // The UI library polls key state: each key shows down this frame and is released the next.
  CHECK(input.releaseHeldBack(1));
  CHECK_FALSE(input.releaseHeldBack(0));
  CHECK(input.lateReleases().empty());
  CHECK_FALSE(input.idle());
  input.beginFrame();
  CHECK(input.lateReleases().size() == 2);
  CHECK(input.frame().empty());
  CHECK(input.idle());
}

TEST_CASE("key input: a command press ends the frame and the next frame takes nothing") {
  KeyInput input;
  input.push(down(kQ));
  input.push(up(kQ));
  input.push(down(kLeftCtrl));
  input.push(down(kZ, kModCtrl));
  input.push(up(kZ, kModCtrl));
  input.push(up(kLeftCtrl, kModCtrl));
  input.push(down(kF2));
  input.push(KeyEvent::character('h'));

  const auto first = input.beginFrame();
  REQUIRE(first.size() == 4);  // q, q up, Ctrl, Ctrl+Z
  CHECK(first.back().key == kZ);
  CHECK(first.back().mods == kModCtrl);
  CHECK(input.beginFrame().empty());  // settling: the undo left any text field
  const auto third = input.beginFrame();
  REQUIRE(third.size() == 3);  // Z up, Ctrl up, F2
  CHECK_FALSE(input.releaseHeldBack(0));  // Z went down in an earlier frame
  CHECK(third.back().key == kF2);
  CHECK(input.beginFrame().empty());  // settling: the note box takes the keyboard
  const auto fifth = input.beginFrame();
  REQUIRE(fifth.size() == 1);
  CHECK(fifth[0].kind == KeyEvent::Kind::Char);
  CHECK(fifth[0].codepoint == 'h');
  CHECK(input.idle());
}

TEST_CASE("key input: which presses are commands") {
  CHECK_FALSE(isCommandPress(down(kQ)));
  CHECK_FALSE(isCommandPress(down(kQ, kModShift)));  // the Shift layer of marker keys
  CHECK_FALSE(isCommandPress(down(32)));             // Space types
  CHECK_FALSE(isCommandPress(down(kLeftShift)));
  CHECK_FALSE(isCommandPress(up(kEnter)));
  CHECK_FALSE(isCommandPress(KeyEvent::character('x')));
  CHECK(isCommandPress(down(kQ, kModCtrl)));
  CHECK(isCommandPress(down(50, kModAlt)));  // Alt+2
  CHECK(isCommandPress(down(kEnter)));
  CHECK(isCommandPress(down(kF2)));
  CHECK(isCommandPress(down(256)));  // Esc
  CHECK(isModifierKey(kLeftCtrl));
  CHECK_FALSE(isModifierKey(kQ));
  CHECK(isCharacterKey(59));   // ;
  CHECK(isCharacterKey(320));  // keypad 0
  CHECK_FALSE(isCharacterKey(335));  // keypad Enter
}
