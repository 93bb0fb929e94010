// The "Calibrate" tab: two or more assessors' observations of a session compared — timelines one
// above the other, ratings side by side, agreement statistics, deviation from a reference — and
// the moderation that writes the agreed observation.
#pragma once

#include "session/calibration_session.h"
#include "ui/app_state.h"

namespace coachscope::ui {

void drawCalibrationPanel(AppState& state);

}  // namespace coachscope::ui
