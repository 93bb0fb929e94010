// The Centre tab: every learner of the workspace at a glance — programme, cohort, tutor, hours,
// deadline, last observation, latest ratings and flags — filtered and sorted through the same
// query as `coachscope centre`; a row opens that learner on the Progress tab.
#pragma once

#include <vector>

#include "ui/app_state.h"
#include "ui/shell.h"

namespace coachscope::ui {

inline constexpr const char* kCentreTabTitle = "Centre";
// The table's id: tests reach rows and headers through it ("coachscope/panels/Centre/centre/...").
inline constexpr const char* kCentreTableId = "centre";

void drawCentrePanel(AppState& state);
std::vector<ShortcutSection> centreHelp();  // the F1 overlay's section for this tab

}  // namespace coachscope::ui
