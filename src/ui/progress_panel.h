// The Progress tab: learner list, portfolio checklist, coaching log, competency trends,
// supervision and reading, and conflicts to resolve; read-only in review mode.
#pragma once

#include <vector>

#include "ui/app_state.h"
#include "ui/shell.h"

namespace coachscope::ui {

inline constexpr const char* kProgressTabTitle = "Progress";

void drawProgressPanel(AppState& state);
std::vector<ShortcutHelp> progressShortcuts();
std::vector<ShortcutSection> progressHelp();  // the F1 overlay's section for this tab

}  // namespace coachscope::ui
