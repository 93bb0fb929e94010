// The Cohorts tab: for a cohort chosen from the centre, how the ratings of each competency are
// spread, how they change by month or term, and the markers least often seen — the same view as
// `coachscope cohort` — with the same exports (HTML, PDF, Markdown, CSV).
#pragma once

#include <vector>

#include "ui/app_state.h"
#include "ui/shell.h"

namespace coachscope::ui {

inline constexpr const char* kCohortTabTitle = "Cohorts";

void drawCohortPanel(AppState& state);

}  // namespace coachscope::ui
