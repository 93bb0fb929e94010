#include "session/progress_session.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

#include "session/workspace_session.h"
#include "store/record_codec.h"
#include "store/record_lock.h"
#include "store/workspace.h"

namespace coachscope::session {
std::string editorName() {
  if (const char* user = std::getenv("USER"); user && *user) return user;
  if (const passwd* pw = ::getpwuid(::getuid())) return pw->pw_name;
  return "";
}

void openLearner(ProgressState& progress, const std::filesystem::path& recordPath) {
  progress.recordPath = recordPath;
  ++progress.recordLoads;
  progress.loadedWriteTime = modificationTime(recordPath);
  auto loaded = store::loadRecordFile(recordPath);
  if (loaded) {
    progress.record = std::make_shared<const core::ProgressRecord>(std::move(*loaded));
    progress.loadError.clear();
  } else {
    progress.record.reset();
    progress.loadError = loaded.error().message();
  }
}

core::Result<core::ProgressRecord> createLearner(AppSession& state, const std::string& name,
                                                 const std::string& programmeId) {
  auto created = store::createLearner(workspaceOf(state), name, programmeId);
  if (!created) return created.error();
  refreshLearners(state);  // the one list: the Observe tab's learner choice and the Progress tab's list
  return created;
}

void initialiseProgress(AppSession& state, ProgressState& progress) {
  if (progress.initialised) return;
  progress.initialised = true;
  if (progress.reviewMode) {
    openLearner(progress, progress.reviewFile);
    return;
  }
  if (auto sample = store::ensureSampleLearner(workspaceOf(state)); !sample) state.notifyError(sample.error());
  refreshLearners(state);
  if (!state.learners.empty() && progress.recordPath.empty()) openLearner(progress, state.learners.front().file);
}

void reloadIfChanged(ProgressState& progress) {
  if (progress.recordPath.empty() || --progress.reloadCountdown > 0) return;
  progress.reloadCountdown = 30;  // about twice a second: a stat, not a read
  if (modificationTime(progress.recordPath) != progress.loadedWriteTime) openLearner(progress, progress.recordPath);
}

bool applyRecordEdit(AppSession& state, ProgressState& progress, const std::function<void(core::ProgressRecord&)>& edit) {
  if (progress.reviewMode || progress.recordPath.empty()) return false;
  core::ProgressRecord saved;
  auto result = store::updateRecordFile(progress.recordPath, [&](core::ProgressRecord& record) -> core::Result<bool> {
    edit(record);
    saved = record;
    return true;
  });
  if (!result) {
    state.notifyError(result.error());
    return false;
  }
  progress.record = std::make_shared<const core::ProgressRecord>(std::move(saved));
  progress.loadedWriteTime = modificationTime(progress.recordPath);
  return true;
}

Role roleOf(const ProgressState& progress) { return progress.reviewMode ? Role::Learner : Role::Tutor; }

bool applyOwnEdit(AppSession& state, ProgressState& progress,
                  const std::function<core::Result<bool>(core::ProgressRecord&)>& edit) {
  if (progress.recordPath.empty()) return false;
  auto changed = editRecordFile(progress.recordPath, edit);
  if (!changed) {
    state.notifyError(changed.error());
    return false;
  }
  // The file as saved (with whatever another process merged meanwhile).
  if (*changed || !progress.record) openLearner(progress, progress.recordPath);
  return *changed;
}

}  // namespace coachscope::session
