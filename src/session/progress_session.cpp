#include "session/progress_session.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

#include "store/record_codec.h"
#include "store/record_lock.h"
#include "store/workspace.h"

namespace coachscope::session {
namespace {

std::filesystem::file_time_type writeTime(const std::filesystem::path& path) {
  std::error_code ec;
  auto t = std::filesystem::last_write_time(path, ec);
  return ec ? std::filesystem::file_time_type{} : t;
}

}  // namespace

std::string editorName() {
  if (const char* user = std::getenv("USER"); user && *user) return user;
  if (const passwd* pw = ::getpwuid(::getuid())) return pw->pw_name;
  return "";
}

void openLearner(ProgressState& progress, const std::filesystem::path& recordPath) {
  progress.recordPath = recordPath;
  ++progress.recordLoads;
  progress.loadedWriteTime = writeTime(recordPath);
  auto loaded = store::loadRecordFile(recordPath);
  if (loaded) {
    progress.record = std::move(*loaded);
    progress.loadError.clear();
  } else {
    progress.record.reset();
    progress.loadError = loaded.error().message();
  }
}

void refreshLearners(AppSession&, ProgressState& progress) {
  progress.learnerProblems.clear();
  progress.learners = store::listLearners(progress.workspace, &progress.learnerProblems);
}

core::Result<core::ProgressRecord> createLearner(AppSession& state, const std::filesystem::path& workspace,
                                                 const std::string& name, const std::string& programmeId) {
  auto created = store::createLearner(workspace, name, programmeId);
  if (!created) return created.error();
  // Both lists show it at once: the Observe tab's learner choice and the Progress tab's list.
  if (workspace == state.observer.workspace) state.observer.learners = store::listLearners(workspace);
  if (workspace == state.progress.workspace && state.progress.initialised) refreshLearners(state, state.progress);
  return created;
}

void initialiseProgress(AppSession& state, ProgressState& progress) {
  if (progress.initialised) return;
  progress.initialised = true;
  if (progress.reviewMode) {
    openLearner(progress, progress.reviewFile);
    return;
  }
  if (progress.workspace.empty()) progress.workspace = store::resolveWorkspace();
  if (auto sample = store::ensureSampleLearner(progress.workspace); !sample) state.notifyError(sample.error());
  refreshLearners(state, progress);
  if (!progress.learners.empty() && progress.recordPath.empty()) openLearner(progress, progress.learners.front().file);
}

void reloadIfChanged(ProgressState& progress) {
  if (progress.recordPath.empty() || --progress.reloadCountdown > 0) return;
  progress.reloadCountdown = 30;  // about twice a second: a stat, not a read
  if (writeTime(progress.recordPath) != progress.loadedWriteTime) openLearner(progress, progress.recordPath);
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
  progress.record = std::move(saved);
  progress.loadedWriteTime = writeTime(progress.recordPath);
  return true;
}

}  // namespace coachscope::session
