// What the Progress tab does to files: list learners, open a record, and apply an edit to the
// record on disk under its lock (so a merge from another process at the same time is kept).
#pragma once

#include <functional>

#include "ui/app_state.h"

namespace coachscope::ui {

struct ProgressState;

// Resolves the workspace, lists learners (creating the sample learner in an empty workspace) and
// opens the first one, or the review file in review mode. Runs once.
void initialiseProgress(AppState& state, ProgressState& progress);
void refreshLearners(AppState& state, ProgressState& progress);
void openLearner(ProgressState& progress, const std::filesystem::path& recordPath);
// Reloads the open record when its file changed on disk (a merge, a git pull, another window).
void reloadIfChanged(ProgressState& progress);

// Applies `edit` to the record file under its lock and shows the result. Refused in review mode.
// Errors become notices; returns whether the edit was saved.
bool applyRecordEdit(AppState& state, ProgressState& progress,
                     const std::function<void(core::ProgressRecord&)>& edit);

// "Tutor" name to stamp versions with: the user's login name.
std::string editorName();

}  // namespace coachscope::ui
