// Parses the command line and runs the window or a subcommand; returns the process exit code.
#pragma once

namespace coachscope::app {

// Exit codes, as command-line users expect.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the command ran and found a problem (invalid file...)
inline constexpr int kExitUsage = 2;    // the command line itself was wrong

int runCommandLine(int argc, char** argv);

}  // namespace coachscope::app
