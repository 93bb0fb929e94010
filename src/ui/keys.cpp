#include "ui/keys.h"

#include <imgui.h>

namespace coachscope::ui {
namespace {

void setKeyDown(ImGuiIO& io, int key, bool down) {
  if (key >= 0 && key < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[key] = down;
}

}  // namespace

void beginKeyFrame(session::KeyInput& input) {
  ImGuiIO& io = ImGui::GetIO();
  io.UserData = &input;
  for (int key : input.lateReleases()) setKeyDown(io, key, false);
  const std::vector<session::KeyEvent>& events = input.beginFrame();
  for (std::size_t i = 0; i < events.size(); ++i) {
    const session::KeyEvent& e = events[i];
    if (e.kind == session::KeyEvent::Kind::Char) {
      io.AddInputCharacter(e.codepoint);
    } else if (e.action == session::KeyAction::Press) {
      setKeyDown(io, e.key, true);
    } else if (e.action == session::KeyAction::Release && !input.releaseHeldBack(i)) {
      setKeyDown(io, e.key, false);
    }
  }
  // As the 1.86 GLFW backend does: modifiers from the modifier keys' state.
  auto down = [&](Key key) { return io.KeysDown[static_cast<int>(key)]; };
  io.KeyCtrl = down(Key::LeftControl) || down(Key::RightControl);
  io.KeyShift = down(Key::LeftShift) || down(Key::RightShift);
  io.KeyAlt = down(Key::LeftAlt) || down(Key::RightAlt);
  io.KeySuper = down(Key::LeftSuper) || down(Key::RightSuper);
}

const std::vector<session::KeyEvent>& frameKeys() {
  static const std::vector<session::KeyEvent> none;
  const auto* input = static_cast<const session::KeyInput*>(ImGui::GetIO().UserData);
  return input ? input->frame() : none;
}

bool pressed(const session::KeyEvent& e, Shortcut shortcut, bool repeat) {
  if (e.kind != session::KeyEvent::Kind::Key || e.key != static_cast<int>(shortcut.key)) return false;
  if (e.action != session::KeyAction::Press && !(repeat && e.action == session::KeyAction::Repeat)) return false;
  const int mods = e.mods & (session::kModCtrl | session::kModShift | session::kModAlt | session::kModSuper);
  return mods == shortcut.mods;
}

bool globalShortcut(const session::KeyEvent& e, Shortcut shortcut, bool repeat) {
  const bool needsFreeKeyboard = (shortcut.mods & (Ctrl | Alt)) == 0 &&
                                 !(shortcut.key >= Key::F1 && shortcut.key <= Key::F12);
  if (needsFreeKeyboard && ImGui::GetIO().WantTextInput) return false;
  return pressed(e, shortcut, repeat);
}

std::string describe(Shortcut shortcut) {
  std::string text;
  if (shortcut.mods & Ctrl) text += "Ctrl+";
  if (shortcut.mods & Alt) text += "Alt+";
  if (shortcut.mods & Shift) text += "Shift+";
  int code = static_cast<int>(shortcut.key);
  if (code >= static_cast<int>(Key::F1) && code <= static_cast<int>(Key::F12)) {
    return text + "F" + std::to_string(code - static_cast<int>(Key::F1) + 1);
  }
  switch (shortcut.key) {
    case Key::Space: return text + "Space";
    case Key::Escape: return text + "Esc";
    case Key::Enter: return text + "Enter";
    case Key::Tab: return text + "Tab";
    case Key::Backspace: return text + "Backspace";
    case Key::Delete: return text + "Delete";
    case Key::Left: return text + "Left";
    case Key::Right: return text + "Right";
    case Key::Up: return text + "Up";
    case Key::Down: return text + "Down";
    case Key::PageUp: return text + "PageUp";
    case Key::PageDown: return text + "PageDown";
    case Key::Home: return text + "Home";
    case Key::End: return text + "End";
    default: break;
  }
  if (code >= 32 && code < 127) return text + static_cast<char>(code);
  return text + "Key" + std::to_string(code);
}

void installGlfwKeyMap() {
  ImGuiIO& io = ImGui::GetIO();
  auto map = [&](ImGuiKey_ imguiKey, Key key) { io.KeyMap[imguiKey] = static_cast<int>(key); };
  map(ImGuiKey_Tab, Key::Tab);
  map(ImGuiKey_LeftArrow, Key::Left);
  map(ImGuiKey_RightArrow, Key::Right);
  map(ImGuiKey_UpArrow, Key::Up);
  map(ImGuiKey_DownArrow, Key::Down);
  map(ImGuiKey_PageUp, Key::PageUp);
  map(ImGuiKey_PageDown, Key::PageDown);
  map(ImGuiKey_Home, Key::Home);
  map(ImGuiKey_End, Key::End);
  map(ImGuiKey_Insert, Key::Insert);
  map(ImGuiKey_Delete, Key::Delete);
  map(ImGuiKey_Backspace, Key::Backspace);
  map(ImGuiKey_Space, Key::Space);
  map(ImGuiKey_Enter, Key::Enter);
  map(ImGuiKey_Escape, Key::Escape);
  map(ImGuiKey_KeyPadEnter, Key::KeypadEnter);
  map(ImGuiKey_A, Key::A);
  map(ImGuiKey_C, Key::C);
  map(ImGuiKey_V, Key::V);
  map(ImGuiKey_X, Key::X);
  map(ImGuiKey_Y, Key::Y);
  map(ImGuiKey_Z, Key::Z);
}

}  // namespace coachscope::ui
