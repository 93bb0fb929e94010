// "Export report…" for the observer, progress and cohort panels: a button and its popup to choose
// a format and a path, writing the session feedback report of an observation, the progress report
// / coaching log CSV of a learner record, or a cohort's competencies, and saying where it went.
#pragma once

#include <filesystem>
#include <string>

#include "core/cohort_view.h"
#include "core/framework.h"
#include "core/observation.h"
#include "core/progress_record.h"
#include "report/report_format.h"
#include "ui/app_state.h"

namespace coachscope::ui {

// One line to call from a panel: draws the button; the popup opens under the current ID stack.
void drawObservationExport(AppState& state, const core::Observation& observation,
                           const std::filesystem::path& workspace);
void drawRecordExport(AppState& state, const core::ProgressRecord& record, const std::filesystem::path& workspace);
void drawCohortExport(AppState& state, const core::CohortView& view, const core::Framework& framework,
                      const std::filesystem::path& workspace);

// <workspace>/reports/<learner>-<date>-<kind><ext>, e.g. "reports/priya-raman-2026-11-12-feedback.pdf";
// the name keeps letters, digits and dashes only.
std::filesystem::path defaultReportPath(const std::filesystem::path& workspace, const std::string& learnerName,
                                        const std::string& date, const std::string& kind, report::Format format);

}  // namespace coachscope::ui
