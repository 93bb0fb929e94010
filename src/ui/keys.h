// Keyboard input for panels: this frame's key events from the queue (session/key_input.h), each
// with its own modifiers, so a press shorter than a frame still counts. The codes below are GLFW's
// values (ImGui 1.86's GLFW backend indexes io.KeysDown[] by them too); panels and tests use only
// these names and never include GLFW.
#pragma once

#include <string>
#include <vector>

#include "session/key_input.h"

namespace coachscope::ui {

enum class Key : int {
  Space = 32, Apostrophe = 39, Comma = 44, Minus = 45, Period = 46, Slash = 47,
  Num0 = 48, Num1, Num2, Num3, Num4, Num5, Num6, Num7, Num8, Num9,
  Semicolon = 59, Equal = 61,
  A = 65, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z,
  LeftBracket = 91, Backslash = 92, RightBracket = 93, GraveAccent = 96,
  Escape = 256, Enter = 257, Tab = 258, Backspace = 259, Insert = 260, Delete = 261,
  Right = 262, Left = 263, Down = 264, Up = 265, PageUp = 266, PageDown = 267, Home = 268, End = 269,
  F1 = 290, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12,
  KeypadEnter = 335,
  LeftShift = 340, LeftControl = 341, LeftAlt = 342, LeftSuper = 343,
  RightShift = 344, RightControl = 345, RightAlt = 346, RightSuper = 347,
};

enum Mods : int { None = 0, Ctrl = session::kModCtrl, Shift = session::kModShift, Alt = session::kModAlt };

struct Shortcut {
  Key key;
  int mods = None;
};

// Before each frame's ImGui::NewFrame (the window, the test harness): takes this frame's events
// from `input` and gives them to ImGuiIO as the GLFW backend's callbacks would (keys down and up,
// modifiers, characters); a key pressed and released within the frame shows as down for it.
void beginKeyFrame(session::KeyInput& input);
// This frame's key events, in the order they happened; empty when no KeyInput feeds this context.
const std::vector<session::KeyEvent>& frameKeys();

// The event presses the shortcut's key with exactly its modifiers (or repeats it, if `repeat`).
bool pressed(const session::KeyEvent& event, Shortcut shortcut, bool repeat = false);
// A global shortcut: also requires that no text field is being typed into, unless it has a
// modifier (Ctrl+S should save even while typing a note; a bare "3" must go into the note).
bool globalShortcut(const session::KeyEvent& event, Shortcut shortcut, bool repeat = false);
// "Ctrl+Shift+Z", "F1", "3".
std::string describe(Shortcut shortcut);
// The ImGuiIO key map that the 1.86 GLFW backend installs, for headless tests.
void installGlfwKeyMap();

}  // namespace coachscope::ui
