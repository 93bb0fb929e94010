// Running another program (the system's git) to completion with its output captured: no terminal
// to prompt on, no standard input, files it creates owner-only.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace coachscope::store {

struct ChildProcessSpec {
  std::vector<std::string> argv;  // argv[0] is looked up on PATH when it has no slash
  std::filesystem::path cwd;      // empty: the current folder
  // Changes to the inherited environment: a value sets the variable, nullopt removes it.
  std::vector<std::pair<std::string, std::optional<std::string>>> environment;
};

struct ChildProcessResult {
  int exitCode = -1;  // 128 + signal number when it was killed
  std::string out;
  std::string err;
};

// The child runs in a session of its own (so ssh and credential prompts cannot reach a terminal),
// with standard input from /dev/null and umask 077. An error only when it could not be started.
core::Result<ChildProcessResult> runChildProcess(const ChildProcessSpec& spec);

}  // namespace coachscope::store
