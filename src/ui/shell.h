// The one full-window frame every panel lives in: menu bar, notices, and a tab per panel.
// Panels are registered in one table in shell.cpp; each entry brings its own menu items, F1
// lines and quit check, so the shell draws and asks them all alike.
#pragma once

#include <string>
#include <vector>

#include "ui/app_state.h"
#include "ui/keys.h"

namespace coachscope::ui {

inline constexpr const char* kMainWindowName = "coachscope";
inline constexpr const char* kTabBarId = "panels";

// One line of the F1 overlay.
struct ShortcutHelp {
  std::string keys;
  std::string action;
};

// A titled group of lines in the F1 overlay.
struct ShortcutSection {
  std::string title;
  std::vector<ShortcutHelp> lines;
};

struct PanelEntry {
  const char* title;                           // tab label, unique
  void (*draw)(AppState&);                     // draws the tab's contents
  std::vector<ShortcutSection> (*shortcuts)();  // for the F1 overlay; may be null
  void (*fileMenu)(AppState&) = nullptr;       // items at the top of the File menu
  void (*editMenu)(AppState&) = nullptr;       // items of the Edit menu
  // After a quit request: false holds the quit back while the panel asks about unsaved work.
  bool (*readyToQuit)(AppState&) = nullptr;
  bool inReview = false;  // shown in review mode (`coachscope review`), where nothing is edited
};

const std::vector<PanelEntry>& panels();

// Draws a whole frame's UI into the current ImGui context.
void drawShell(AppState& state);

// After a quit request: true when the window may close now. Panels with unsaved work hold the
// quit back and ask the user first.
bool readyToQuit(AppState& state);

}  // namespace coachscope::ui
