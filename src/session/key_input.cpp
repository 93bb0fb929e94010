#include "session/key_input.h"

#include <algorithm>

namespace coachscope::session {
namespace {

// GLFW's key codes (include/GLFW/glfw3.h); ui::Key names the same values.
constexpr int kKeypad0 = 320, kKeypadAdd = 334, kKeypadEqual = 336;
constexpr int kLeftShift = 340, kRightSuper = 347;

}  // namespace

bool isModifierKey(int key) { return key >= kLeftShift && key <= kRightSuper; }

bool isCharacterKey(int key) {
  if (key == 32 || key == 39 || (key >= 44 && key <= 57) || key == 59 || key == 61) return true;
  if ((key >= 65 && key <= 93) || key == 96 || key == 161 || key == 162) return true;
  return (key >= kKeypad0 && key <= kKeypadAdd) || key == kKeypadEqual;
}

bool isCommandPress(const KeyEvent& e) {
  if (e.kind != KeyEvent::Kind::Key || e.action != KeyAction::Press || isModifierKey(e.key)) return false;
  return !isCharacterKey(e.key) || (e.mods & (kModCtrl | kModAlt | kModSuper)) != 0;
}

const std::vector<KeyEvent>& KeyInput::beginFrame() {
  lateReleases_ = std::move(nextLateReleases_);
  nextLateReleases_.clear();
  frame_.clear();
  heldBack_.clear();
  if (settle_) {
    settle_ = false;
    return frame_;
  }
  std::vector<int> pressedHere;
  while (!queue_.empty()) {
    const KeyEvent e = queue_.front();
    queue_.pop_front();
    bool held = false;
    if (e.kind == KeyEvent::Kind::Key && e.action == KeyAction::Press) pressedHere.push_back(e.key);
    if (e.kind == KeyEvent::Kind::Key && e.action == KeyAction::Release &&
        std::find(pressedHere.begin(), pressedHere.end(), e.key) != pressedHere.end()) {
      held = true;
      if (std::find(nextLateReleases_.begin(), nextLateReleases_.end(), e.key) == nextLateReleases_.end()) {
        nextLateReleases_.push_back(e.key);
      }
    }
    frame_.push_back(e);
    heldBack_.push_back(held);
    if (isCommandPress(e)) {
      settle_ = true;
      break;
    }
  }
  return frame_;
}

bool KeyInput::releaseHeldBack(std::size_t index) const { return index < heldBack_.size() && heldBack_[index]; }

}  // namespace coachscope::session
