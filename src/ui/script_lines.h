// What the two scripted-session languages share (`coachscope --script`, observer_script.cpp, and
// `coachscope review --script`, review_script.cpp): reading the file, one action a frame with
// blank and `#` lines skipped, the rest of a line as text, and `wait SECONDS`.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "core/result.h"

namespace coachscope::ui {

// The script's lines, or an error naming the file.
core::Status readScriptLines(const std::filesystem::path& file, std::vector<std::string>& lines);

// Runs the next action (skipping blank and comment lines), at most one a frame; `action` returns
// false when it must be retried next frame (a `wait` not yet over).
void runNextScriptLine(const std::vector<std::string>& lines, std::size_t& next,
                       const std::function<bool(const std::string&)>& action);

// What is left of the line, leading spaces dropped: the TEXT of `note TEXT`.
std::string restOf(std::istringstream& in);

// `wait SECONDS`: false until that long after the first call; `until` keeps the deadline.
bool waitOver(double& until, double seconds);

}  // namespace coachscope::ui
