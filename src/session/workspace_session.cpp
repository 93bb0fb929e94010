#include "session/workspace_session.h"

#include "store/workspace.h"

namespace coachscope::session {
std::filesystem::file_time_type modificationTime(const std::filesystem::path& path) {
  std::error_code ec;
  const auto t = std::filesystem::last_write_time(path, ec);
  return ec ? std::filesystem::file_time_type{} : t;
}

void useWorkspace(AppSession& state, const std::string& commandLineOverride) {
  state.workspace = store::resolveWorkspace(commandLineOverride);
}

const std::filesystem::path& workspaceOf(AppSession& state) {
  if (state.workspace.empty()) useWorkspace(state);
  return state.workspace;
}

void refreshLearners(AppSession& state) {
  const std::filesystem::path& workspace = workspaceOf(state);
  state.learnersFolderTime = modificationTime(store::learnersFolder(workspace));
  state.learnerProblems.clear();
  state.learners = store::listLearners(workspace, &state.learnerProblems);
}

void refreshLearnersIfChanged(AppSession& state) {
  if (--state.learnersCheckCountdown > 0) return;
  state.learnersCheckCountdown = 30;
  if (modificationTime(store::learnersFolder(workspaceOf(state))) != state.learnersFolderTime) refreshLearners(state);
}

}  // namespace coachscope::session
