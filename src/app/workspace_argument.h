// The workspace a whole-centre command reads: the one named, else the one the window would use;
// refused with a message naming it when it holds no learners/ folder.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace coachscope::app {

std::optional<std::filesystem::path> learnersWorkspace(const char* command, const std::string& named);

}  // namespace coachscope::app
