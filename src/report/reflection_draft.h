// A first draft of the ILM reflective assignment ("reflection on own performance", assignment 3):
// strengths, development areas and an action plan for continuous improvement, drawing on the
// coaching log and the feedback received. Built only from the record — the tutor's ratings and
// feedback, the learner's reflections, self-ratings and action plan, the coaching log — so every
// figure in it can be traced back; the learner writes the essay from it.
#pragma once

#include "core/catalog.h"
#include "core/progress_record.h"
#include "report/feedback_report.h"
#include "report/report_document.h"

namespace coachscope::report {

Document buildReflectionDraft(const core::ProgressRecord& record, const core::Catalog& catalog,
                              const ReportOptions& options = {});

}  // namespace coachscope::report
