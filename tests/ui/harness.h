// Headless ImGui for UI tests: frames with no renderer and no window, input injected through
// ImGuiIO, widgets found by their ID path, and assertions made on application state.
//
//   AppState state = ...;
//   HeadlessUi ui([&] { drawShell(state); });
//   ui.frame();
//   ui.click("coachscope/panels/Framework");   // activates a widget by ID path
//   ui.press(Key::Z, Ctrl);                    // one key press and release, then frames until handled
//   ui.type("Strong open question");           // into the focused text field
//   ui.tap(Key::Q); ui.tap(Key::W); ui.frame(); // two presses and releases inside one frame
//
// Keys and characters go into the same queue the window's GLFW callbacks fill
// (session/key_input.h), read by ui::beginKeyFrame before each frame; a fresh ImGui context is
// made per HeadlessUi so test cases never share state.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <functional>
#include <string>
#include <string_view>

#include "session/key_input.h"
#include "ui/keys.h"

namespace coachscope::test {

class HeadlessUi {
 public:
  explicit HeadlessUi(std::function<void()> draw, ImVec2 displaySize = ImVec2(1280, 720));
  ~HeadlessUi();
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  // Runs `count` frames of the draw function; `dt` seconds each.
  void frame(int count = 1);
  void setDeltaTime(float seconds) { deltaTime_ = seconds; }

  // --- keyboard: events into the queue ---
  // Press and release (with the modifier keys around it), then frames until the queue is handled.
  void press(ui::Key key, int mods = ui::None);
  // The key (and the modifiers' keys) goes down, and stays down across frames until keyUp.
  void keyDown(ui::Key key, int mods = ui::None);
  void keyUp(ui::Key key);
  // Types text one character per frame (as a person does), into whatever has keyboard focus.
  void type(std::string_view utf8);
  // Queues a press and release as GLFW reports them (modifier keys down, the key down and up with
  // `mods`, modifier keys up) without running a frame: many taps can fall inside one frame.
  void tap(ui::Key key, int mods = ui::None);
  // Queues any event as it is; frame() reads it.
  void queue(const session::KeyEvent& event) { keys_.push(event); }
  // Runs frames until every queued event is handled (at most `limit`; throws if still busy).
  void settle(int limit = 100);
  session::KeyInput& keys() { return keys_; }

  // --- widgets by ID path ---
  // "Window/segment/.../label": the first segment is a top-level window's name; each later one
  // is a child window's id (descended into; a scrolling table's id counts as one) or a pushed id
  // / widget label (hashed in); "#3" stands for ImGui::PushID(3), and a table's header is
  // "table/#COLUMN/Title". Labels keep their "##suffix" ("Save##note").
  ImGuiID id(std::string_view path) const;
  // Activates a button, checkbox, selectable, tab or tree node, or focuses a text field, as a
  // click would (through ImGui's own ActivateItem), then runs frames until it has taken effect.
  // First checks that a person could click it — drawn, in view, enabled, and the widget under
  // the pointer at its centre (no modal, popup or window over it) — and throws otherwise, so
  // the test case fails on a mistyped path or a greyed-out button instead of passing.
  void click(std::string_view path);
  void click(ImGuiID id);
  // Where the widget at `path` is on screen now (clipped to its window), found as click() finds it;
  // throws when it was not drawn or is out of view. For pointing at part of a drawn widget (a
  // chart's point) with mouseMove.
  ImRect itemRect(std::string_view path);

  // --- what a person would read ---
  // Runs one frame and returns the text it drew, read back from the draw data: one line per
  // line on screen, each window's text together. Only what is drawn counts: closed tree nodes,
  // clipped-away rows and other tabs do not.
  std::string frameText();
  // The text of the last frame, without running another.
  std::string drawnText() const;
  // Runs one frame; true when `text` is on screen (white space is ignored in the comparison).
  bool shows(std::string_view text);

  // --- mouse ---
  void mouseMove(ImVec2 position);
  void mouseClick(ImVec2 position, int button = 0);

  // Id of the widget that is active (e.g. the text field being typed into), 0 if none.
  ImGuiID activeId() const;
  bool wantsTextInput() const;

 private:
  void modifierKeys(int mods, session::KeyAction action);
  void clickId(ImGuiID target, std::string_view what);
  ImGuiID idIn(std::string_view path, ImGuiWindow** itemWindow) const;
  // Focuses the widget for a frame to learn its rectangle; throws when it was not drawn or is out of view.
  ImRect locate(ImGuiID target, ImGuiWindow* window, std::string_view what);
  // Throws unless a person could click the widget now: drawn, in view, enabled, not covered.
  void expectClickable(ImGuiID target, ImGuiWindow* window, std::string_view what);

  std::function<void()> draw_;
  session::KeyInput keys_;
  int heldMods_ = ui::None;  // modifiers whose keys keyDown left down
  ImGuiContext* context_ = nullptr;
  float deltaTime_ = 1.0f / 60.0f;
};

}  // namespace coachscope::test
