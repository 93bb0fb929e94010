// The Observe tab: score a session against its clock — marker keys, timestamped notes, ratings
// and feedback — with undo/redo, autosave journal and crash recovery. The first tab of the shell.
#pragma once

#include <filesystem>
#include <vector>

#include "core/result.h"

#include "ui/app_state.h"
#include "ui/shell.h"

namespace coachscope::ui {

inline constexpr const char* kObserveTab = "Observe";

void drawObserverPanel(AppState& state);
std::vector<ShortcutHelp> observerShortcuts();
// The F1 overlay's sections for this tab: its own shortcuts and the recording pane's.
std::vector<ShortcutSection> observerHelp();
// Items for the shell's File menu: New, Open, Open recent, Save, Save as.
void drawObserverFileMenu(AppState& state);
// Items for the shell's Edit menu: Undo, Redo.
void drawObserverEditMenu(AppState& state);
// Called by ui::readyToQuit: true when there is no unsaved work, else asks (Save / Discard / Cancel).
bool observerReadyToQuit(AppState& state);
// `--script FILE`: reads the actions (observer_script.cpp lists them) to run one per frame.
core::Status loadObserverScript(ObserverView& view, const std::filesystem::path& file);

}  // namespace coachscope::ui
