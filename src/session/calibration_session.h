// Calibration and moderation: load observations, find double-marked sessions in the workspace,
// recompute the comparison, and write the agreed observation. The Calibrate tab calls these.
#pragma once

#include <cstddef>
#include <filesystem>

#include "session/app_session.h"

namespace coachscope::session {

// Adds an observation file; false with a notice when it does not load.
bool addCalibrationFile(AppSession& state, const std::filesystem::path& file);
// Looks through the workspace's observations folder for sessions with two or more observations.
void scanWorkspaceSessions(AppSession& state);
// Replaces the loaded observations with a workspace session's.
void loadWorkspaceSession(AppSession& state, std::size_t index);
// Rebuilds the comparison, statistics and deviation when something changed.
void refreshCalibration(AppSession& state);
// Writes the agreed observation of A and B to the workspace and, when asked, merges it into the
// learner's record (session/moderation_output.h). Sets `calibration.result`.
bool writeAgreedObservation(AppSession& state);

}  // namespace coachscope::session
