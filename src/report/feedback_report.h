// The session feedback report: one observation laid out for the learner — who, when, ratings with
// their descriptors, marker evidence with times and quotes, notes, and the written feedback.
#pragma once

#include <string>

#include "core/framework.h"
#include "core/observation.h"
#include "report/report_document.h"

namespace coachscope::report {

struct ReportOptions {
  std::string generatedOn;  // ISO date printed in the footer; empty: today (UTC)
};

// Framework-driven: competencies, markers and the scale all come from `framework`. Evidence the
// framework does not know (a marker code from another version) is kept under "Other evidence".
Document buildFeedbackReport(const core::Observation& observation, const core::Framework& framework,
                             const ReportOptions& options = {});

}  // namespace coachscope::report
