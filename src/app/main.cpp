// coachscope: one binary, two faces — the observer window, and subcommands that need no window.
#include "app/command_line.h"

int main(int argc, char** argv) { return coachscope::app::runCommandLine(argc, argv); }
