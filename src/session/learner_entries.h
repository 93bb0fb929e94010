// The learner's side of a record: reflections on observed sessions, self-ratings and the action
// plan, edited with the roles kept apart. The learner (the review face, `coachscope learner`)
// writes only their own entries; the tutor writes only the tutor's comment on an action. Each edit
// is a new version over what this copy saw (core/progress_record.h), so a merge keeps every side's
// words. The window and the command line both edit through these functions.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "core/catalog.h"
#include "core/progress_record.h"
#include "core/result.h"

namespace coachscope::session {

enum class Role { Tutor, Learner };
const char* label(Role role);  // "tutor", "learner"

// Which part of a reflection a command or a field writes.
enum class ReflectionPart { WentWell, DoDifferently, FromFeedback };
std::string* part(core::Reflection& reflection, ReflectionPart which);

// The learner's reflection on the observed session `sessionId` becomes `reflection`. Refused for a
// tutor, for a session the record does not hold, and for text over core/limits.h's size. Returns
// whether anything changed (the same words again add no version).
core::Result<bool> writeReflection(core::ProgressRecord& record, Role role, const std::string& sessionId,
                                   const core::Reflection& reflection, const std::string& at, const std::string& by);

// The learner rates `competencyId` at `level` with a line of why, on the self-assessment of the
// session `sessionId` (on that session's framework), adding to the ratings already there. The
// competency must be one of the framework's and the level on its scale.
core::Result<bool> writeSelfRating(core::ProgressRecord& record, const core::Catalog& catalog, Role role,
                                   const std::string& sessionId, const std::string& competencyId, int level,
                                   const std::string& why, const std::string& at, const std::string& by);
// A standalone check-in against `frameworkKey` dated `date` (YYYY-MM-DD): a new self-assessment
// with its ratings (each checked as above). Returns its id.
core::Result<std::string> addCheckIn(core::ProgressRecord& record, const core::Catalog& catalog, Role role,
                                     const core::SelfAssessment& checkIn, const std::string& at,
                                     const std::string& by);

// A new action-plan item from the learner's fields (its tutor comment must be empty). Returns its id.
core::Result<std::string> addActionItem(core::ProgressRecord& record, Role role, const core::ActionItem& item,
                                        const std::string& at, const std::string& by);
// The learner's fields of item `id` become those of `item`; the tutor's comment is carried over.
core::Result<bool> updateActionItem(core::ProgressRecord& record, Role role, const std::string& id,
                                    const core::ActionItem& item, const std::string& at, const std::string& by);
// The tutor's comment on item `id`; the learner's fields are carried over.
core::Result<bool> commentOnAction(core::ProgressRecord& record, Role role, const std::string& id,
                                   const std::string& comment, const std::string& at, const std::string& by);

// The observed session (or action-plan item) that `text` names: its whole id, or the start of
// exactly one id, as a person types it.
core::Result<std::string> findSession(const core::ProgressRecord& record, const std::string& text);
core::Result<std::string> findActionItem(const core::ProgressRecord& record, const std::string& text);

// Applies `edit` to the record file under its lock (store::updateRecordFile) and saves it when the
// edit changed something; the edit's refusal comes back with the file's name.
core::Result<bool> editRecordFile(const std::filesystem::path& recordFile,
                                  const std::function<core::Result<bool>(core::ProgressRecord&)>& edit);

}  // namespace coachscope::session
