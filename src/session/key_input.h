// The keyboard as a queue of events, in the order they happened: filled by the window's GLFW
// callbacks (or a test), read once a frame. Debian's ImGui 1.86 only polls key state once a frame,
// so a key pressed and released between two frames would never be seen; read from here, every
// press counts, with the modifiers it had, at any frame rate.
#pragma once

#include <cstddef>
#include <deque>
#include <vector>

namespace coachscope::session {

// Modifier bits of a key event (ui::Mods uses the same values for Ctrl, Shift and Alt).
enum KeyMod : int { kModCtrl = 1, kModShift = 2, kModAlt = 4, kModSuper = 8 };

enum class KeyAction { Release, Press, Repeat };

// One key going down, repeating or up (`key` is a GLFW key code, which ui::Key names), or one
// character typed (`codepoint`).
struct KeyEvent {
  enum class Kind { Key, Char };
  Kind kind = Kind::Key;
  int key = 0;
  int scancode = 0;
  KeyAction action = KeyAction::Press;
  int mods = 0;
  unsigned codepoint = 0;

  static KeyEvent keyEvent(int key, KeyAction action, int mods = 0, int scancode = 0) {
    return {Kind::Key, key, scancode, action, mods, 0};
  }
  static KeyEvent character(unsigned codepoint, int mods = 0) { return {Kind::Char, 0, 0, KeyAction::Press, mods, codepoint}; }
};

// A modifier key itself (Shift, Ctrl, Alt, Super, left or right).
bool isModifierKey(int key);
// A key that only types a character (letters, digits, punctuation, Space, the keypad's digits
// and operators) when pressed with no modifier other than Shift.
bool isCharacterKey(int key);
// A press that may move the keyboard somewhere else (into or out of a text field, into a
// dialog): any key other than a character or modifier key, or any key with Ctrl, Alt or Super.
bool isCommandPress(const KeyEvent& event);

class KeyInput {
 public:
  void push(const KeyEvent& event) { queue_.push_back(event); }

  // Called once before each frame. Takes the events this frame handles, in order: everything
  // queued, except that a frame ends with a command press and the frame after it takes nothing,
  // so what that key changed (a text field focused or left, a dialog opened) is in place before
  // the next key is read. Twenty marker taps are one frame; Ctrl+Z then a marker are two.
  const std::vector<KeyEvent>& beginFrame();
  // This frame's events (those beginFrame took).
  const std::vector<KeyEvent>& frame() const { return frame_; }
  // Keys whose press and release both fell in the previous frame: the UI library, which polls
  // key state, saw them down for that frame and is told of their release now.
  const std::vector<int>& lateReleases() const { return lateReleases_; }
  // True when a release in this frame is of a key pressed earlier in the same frame (so it is
  // held back for the UI library until the next frame).
  bool releaseHeldBack(std::size_t index) const;

  // Nothing waits: no queued events, no frame left to settle, no late release to hand on.
  bool idle() const { return queue_.empty() && !settle_ && nextLateReleases_.empty(); }
  std::size_t queued() const { return queue_.size(); }

 private:
  std::deque<KeyEvent> queue_;
  std::vector<KeyEvent> frame_;
  std::vector<bool> heldBack_;
  std::vector<int> lateReleases_;
  std::vector<int> nextLateReleases_;
  bool settle_ = false;
};

}  // namespace coachscope::session
