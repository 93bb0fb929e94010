// The "Calibrate" tab: two or more assessors' observations of a session compared — timelines one
// above the other, ratings side by side, agreement statistics, deviation from a reference — and
// the moderation that writes the agreed observation.
#pragma once

#include <filesystem>
#include <string>

#include "ui/app_state.h"

namespace coachscope::ui {

void drawCalibrationPanel(AppState& state);

// Actions the panel's widgets take (calibration_actions.cpp); also used by tests.
// Adds an observation file; false with a notice when it does not load.
bool addCalibrationFile(AppState& state, const std::filesystem::path& file);
// Looks through the workspace's observations folder for sessions with two or more observations.
void scanWorkspaceSessions(AppState& state);
// Replaces the loaded observations with a workspace session's.
void loadWorkspaceSession(AppState& state, std::size_t index);
// Rebuilds the comparison, statistics and deviation when something changed.
void refreshCalibration(AppState& state);
// Writes the agreed observation of A and B to the workspace and, when asked, merges it into the
// learner's record. Sets `calibration.result`.
bool writeAgreedObservation(AppState& state);

}  // namespace coachscope::ui
