// The "Framework" tab: the loaded competency framework — domains, competencies, markers, scale.
#pragma once

#include "ui/app_state.h"

namespace coachscope::ui {

void drawFrameworkPanel(AppState& state);

}  // namespace coachscope::ui
