#include "app/workspace_argument.h"

#include <fmt/format.h>

#include "store/workspace.h"

namespace coachscope::app {

std::optional<std::filesystem::path> learnersWorkspace(const char* command, const std::string& named) {
  const auto workspace = store::resolveWorkspace(named);
  std::error_code ec;
  if (!std::filesystem::is_directory(store::learnersFolder(workspace), ec)) {
    fmt::print(stderr, "coachscope {}: {}: no learners/ folder: not a coachscope workspace\n", command,
               workspace.string());
    return std::nullopt;
  }
  return workspace;
}

}  // namespace coachscope::app
