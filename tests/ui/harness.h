// Headless ImGui for UI tests: frames with no renderer and no window, input injected through
// ImGuiIO, widgets found by their ID path, and assertions made on application state.
//
//   AppState state = ...;
//   HeadlessUi ui([&] { drawShell(state); });
//   ui.frame();
//   ui.click("coachscope/panels/Framework");   // activates a widget by ID path
//   ui.press(Key::Z, Ctrl);                    // one key press (down one frame, up the next)
//   ui.type("Strong open question");           // into the focused text field
//
// Debian's ImGui 1.86 has no input queue: each injected change gets its own frame, and a fresh
// ImGui context is made per HeadlessUi so test cases never share state.
#pragma once

#include <imgui.h>

#include <functional>
#include <string>
#include <string_view>

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

  // --- keyboard ---
  void press(ui::Key key, int mods = ui::None);
  void keyDown(ui::Key key, int mods = ui::None);
  void keyUp(ui::Key key);
  // Types text one character per frame (as a person does), into whatever has keyboard focus.
  void type(std::string_view utf8);

  // --- widgets by ID path ---
  // "Window/segment/.../label": the first segment is a top-level window's name; each later one
  // is a child window's id (descended into) or a pushed id / widget label (hashed in); "#3"
  // stands for ImGui::PushID(3). Labels keep their "##suffix" ("Save##note").
  ImGuiID id(std::string_view path) const;
  // Activates a button, checkbox, selectable, tab or tree node, or focuses a text field, as a
  // click would (through ImGui's own ActivateItem), then runs frames until it has taken effect.
  void click(std::string_view path);
  void click(ImGuiID id);

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
  void setModifiers(int mods);

  std::function<void()> draw_;
  ImGuiContext* context_ = nullptr;
  float deltaTime_ = 1.0f / 60.0f;
};

}  // namespace coachscope::test
