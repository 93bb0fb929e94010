// The cohort competency view as a report (HTML, PDF, Markdown through the shared renderers) and as
// CSV: per competency the spread of ratings and its change by period, then the markers least often
// seen. Every label comes from the framework.
#pragma once

#include <string>

#include "core/cohort_view.h"
#include "core/framework.h"
#include "report/feedback_report.h"
#include "report/report_document.h"

namespace coachscope::report {

Document buildCohortReport(const core::CohortView& view, const core::Framework& framework,
                           const ReportOptions& options = {});

// One row per competency and period ("All" first), then the markers, least seen first.
std::string cohortCsv(const core::CohortView& view, const core::Framework& framework);

}  // namespace coachscope::report
