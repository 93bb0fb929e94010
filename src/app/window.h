// The desktop window: GLFW + OpenGL 3.3 core + Dear ImGui. The only place that includes GLFW/GL.
#pragma once

#include <string>

#include "ui/app_state.h"

namespace coachscope::app {

struct WindowOptions {
  // Fits a 1366x768 laptop screen (a larger one is asked for with --size).
  int width = 1366;
  int height = 768;
  std::string screenshotPath;  // when set: render `frames` frames, write a PNG, exit
  int frames = 3;
};

// Runs until the user quits. Returns the process exit code.
int runWindow(ui::AppState& state, const WindowOptions& options);

}  // namespace coachscope::app
