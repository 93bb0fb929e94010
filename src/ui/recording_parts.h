// Pieces of the recording pane, drawn by recording_pane.cpp. Internal to ui/recording_*.
#pragma once

#include "ui/app_state.h"

namespace coachscope::ui {

void drawPlayer(AppState& state, float width);
void drawTransport(AppState& state);
void handleTransportKeys(AppState& state);
void drawTranscriptTabs(AppState& state);
// Paths the session offers (an observation's refused recording) fill the forms, once.
void takeOfferedPaths(AppState& state);

// "12:34" / "1:02:03" with tenths when asked.
std::string mediaTime(double seconds, bool tenths = false);

}  // namespace coachscope::ui
