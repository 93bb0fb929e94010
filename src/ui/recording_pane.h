// The left column of the Observe tab in recorded mode: the player (video or audio position bar)
// and the synced transcript. Owned by the recorded-session work (media/ and transcripts).
#pragma once

#include <vector>

#include "ui/app_state.h"
#include "ui/shell.h"

namespace coachscope::ui {

// Draws into the current region; the observer panel sizes the column.
void drawRecordingPane(AppState& state);

// The pane's keyboard shortcuts, for the F1 overlay.
std::vector<ShortcutHelp> recordingShortcuts();

}  // namespace coachscope::ui
