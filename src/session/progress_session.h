// The learner's record on disk: list learners, create one, open a record, and apply an edit to
// the record file under its lock (so a merge from another process at the same time is kept).
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "session/app_session.h"
#include "session/learner_entries.h"

namespace coachscope::session {

// Resolves the workspace, lists learners (creating the sample learner in an empty workspace) and
// opens the first one, or the review file in review mode. Runs once.
void initialiseProgress(AppSession& state, ProgressState& progress);
// A new learner in the workspace on `programmeId`, saved, and in the learner list at once.
core::Result<core::ProgressRecord> createLearner(AppSession& state, const std::string& name,
                                                 const std::string& programmeId);
void openLearner(ProgressState& progress, const std::filesystem::path& recordPath);
// Reloads the open record when its file changed on disk (a merge, a git pull, another window).
void reloadIfChanged(ProgressState& progress);

// Applies `edit` to the record file under its lock and shows the result. Refused in review mode.
// Errors become notices; returns whether the edit was saved.
bool applyRecordEdit(AppSession& state, ProgressState& progress,
                     const std::function<void(core::ProgressRecord&)>& edit);

// Who edits in this window: the learner in review mode, the tutor otherwise
// (session/learner_entries.h keeps each to their own parts).
Role roleOf(const ProgressState& progress);
// Applies an edit of the learner's side (session/learner_entries.h) to the open record's file
// under its lock — in review mode too, since the edit itself refuses what is not the role's —
// and shows the result. Errors become notices; returns whether the record changed.
bool applyOwnEdit(AppSession& state, ProgressState& progress,
                  const std::function<core::Result<bool>(core::ProgressRecord&)>& edit);

// "Tutor" name to stamp versions with: the user's login name.
std::string editorName();

}  // namespace coachscope::session
