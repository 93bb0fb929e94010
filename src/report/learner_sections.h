// The learner's side in reports: their reflections on observed sessions, their self-ratings against
// the tutor's with the gaps that persist, and their action plan, as report sections (see
// report/report_document.h). Shared by the progress report and the assignment 3 draft.
#pragma once

#include "core/framework.h"
#include "core/progress_record.h"
#include "core/self_assessment.h"
#include "report/report_document.h"

namespace coachscope::report {

// "Learner's reflections": per observed session, oldest first, what went well, what they would do
// differently and what they take from the feedback, with who wrote it and when.
Section reflectionsSection(const core::ProgressRecord& record);
// "Self-assessment against the tutor": a table of self / tutor per competency and session, and a
// card per persistent gap.
Section selfAssessmentSection(const core::ProgressRecord& record, const core::Framework& framework,
                              core::GapRule rule = {});
// "Action plan": the learner's items (area, action, by when, evidence, done) with the tutor's comment.
Section actionPlanSection(const core::ProgressRecord& record, const core::Framework* framework);

// "Competency 6 Listens Actively" when the framework has it, else the id.
std::string competencyName(const core::Framework* framework, const std::string& id);
// One sentence per gap: "The learner rated 6 Listens Actively at least 2 levels above the tutor in
// the last 3 sessions running."
std::string gapSentence(const core::Framework* framework, const core::PersistentGap& gap);

}  // namespace coachscope::report
