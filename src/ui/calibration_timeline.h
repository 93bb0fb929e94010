// The Calibrate tab's two timelines, A above B: marker events (matched pairs joined, unmatched
// ones highlighted) and notes, on one time axis. A click selects the nearest mark and seeks the
// observer's clock there when it can seek.
#pragma once

#include "ui/app_state.h"

namespace coachscope::ui {

void drawCalibrationTimelines(AppState& state, float height);

// True when the Observe tab has the compared session's recording open on a clock that can seek.
bool calibrationCanSeek(const AppState& state);

}  // namespace coachscope::ui
