// The Observe tab: score a session against its clock — marker keys, timestamped notes, ratings
// and feedback — with undo/redo, autosave journal and crash recovery. The first tab of the shell.
#pragma once

#include <vector>

#include "ui/app_state.h"
#include "ui/shell.h"

namespace coachscope::ui {

inline constexpr const char* kObserveTab = "Observe";

void drawObserverPanel(AppState& state);
std::vector<ShortcutHelp> observerShortcuts();
// Items for the shell's File menu: New, Open, Open recent, Save, Save as.
void drawObserverFileMenu(AppState& state);
// Items for the shell's Edit menu: Undo, Redo.
void drawObserverEditMenu(AppState& state);
// Called by ui::readyToQuit: true when there is no unsaved work, else asks (Save / Discard / Cancel).
bool observerReadyToQuit(AppState& state);

}  // namespace coachscope::ui
