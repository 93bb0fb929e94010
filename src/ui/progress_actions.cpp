#include "ui/progress_actions.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

#include "store/record_codec.h"
#include "store/record_lock.h"
#include "ui/progress_state.h"

namespace coachscope::ui {
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
  progress.editingLog = false;
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

void refreshLearners(AppState&, ProgressState& progress) {
  progress.learnerProblems.clear();
  progress.learners = store::listLearners(progress.workspace, &progress.learnerProblems);
}

void initialiseProgress(AppState& state, ProgressState& progress) {
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

bool applyRecordEdit(AppState& state, ProgressState& progress, const std::function<void(core::ProgressRecord&)>& edit) {
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

}  // namespace coachscope::ui
