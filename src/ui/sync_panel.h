// Sync in the window: the File menu's "Sync with the centre" and its setting, the Centre tab's
// Sync button, the progress in the menu bar while git works on its worker thread, and a window
// with what came in (or why it failed). All of it calls session/sync_session.h.
#pragma once

#include "ui/app_state.h"

namespace coachscope::ui {

inline constexpr const char* kSyncWindowName = "Sync with the centre";

void drawSyncMenu(AppState& state);    // File menu items
void drawSyncButton(AppState& state);  // the button beside a panel's heading
void drawSyncStatus(AppState& state);  // in the menu bar: what the sync is doing, or how it went
void drawSyncWindow(AppState& state);  // the summary, once a sync is done or when asked for

}  // namespace coachscope::ui
