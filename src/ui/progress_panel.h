// The Progress tab: learner list, portfolio checklist, coaching log, competency trends,
// supervision and reading, and conflicts to resolve; read-only in review mode.
#pragma once

#include <filesystem>
#include <vector>

#include "core/result.h"

#include "ui/app_state.h"
#include "ui/shell.h"

namespace coachscope::ui {

inline constexpr const char* kProgressTabTitle = "Progress";

void drawProgressPanel(AppState& state);
std::vector<ShortcutHelp> progressShortcuts();
std::vector<ShortcutSection> progressHelp();  // the F1 overlay's section for this tab

// A scripted review session (review_script.cpp): in review mode, as the learner would —
//   session ID (or the start of it)   reflect [well:|differently:|feedback:] TEXT
//   selfrate COMPETENCY LEVEL WHY     action TEXT     done ACTION-ID|last     comment ACTION-ID|last TEXT
//   save     wait SECONDS     quit
// Blank lines and lines starting with # are skipped.
core::Status loadReviewScript(ProgressView& view, const std::filesystem::path& file);
void runReviewScriptStep(AppState& state);

}  // namespace coachscope::ui
