// The progress report for one learner: portfolio status against the programme, competency trends
// as charts, strengths and development areas across sessions, the learner's reflections, their
// self-ratings against the tutor's and their action plan, an action plan skeleton for the
// reflective assignment, and the coaching and supervision logs.
#pragma once

#include <string>

#include "core/catalog.h"
#include "core/progress_record.h"
#include "report/feedback_report.h"
#include "report/report_document.h"

namespace coachscope::report {

// The programme comes from the learner's profile and the framework from the programme (or, when
// it names none, the sessions). `options.generatedOn` is also "today" for the deadline (empty:
// today's date). Nothing missing is fatal: what cannot be known is said in the report.
Document buildProgressReport(const core::ProgressRecord& record, const core::Catalog& catalog,
                             const ReportOptions& options = {});

}  // namespace coachscope::report
