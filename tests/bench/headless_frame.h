// Drawing the application's panels with no window and no GPU, for the frame benchmarks: an ImGui
// context with its font atlas built, and the CPU time of this thread (what a frame costs, whatever
// else the machine runs).
#pragma once

#include <imgui.h>

#include <ctime>

#include "ui/app_state.h"
#include "ui/keys.h"
#include "ui/shell.h"

namespace coachscope::bench {

inline double threadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// A fresh ImGui context of `size` pixels, current until destroyed; nothing is rendered.
class HeadlessContext {
 public:
  explicit HeadlessContext(ImVec2 size) : context_(ImGui::CreateContext()) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = size;
    io.DeltaTime = 1.0f / 60.0f;
    ui::installGlfwKeyMap();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  }
  ~HeadlessContext() { ImGui::DestroyContext(context_); }
  HeadlessContext(const HeadlessContext&) = delete;
  HeadlessContext& operator=(const HeadlessContext&) = delete;

 private:
  ImGuiContext* context_;
};

// One frame of the whole window, drawn and not rendered.
inline void drawShellFrame(ui::AppState& state) {
  ImGui::NewFrame();
  ui::drawShell(state);
  ImGui::Render();
}

// Microseconds of this thread's CPU per frame, over `frames` frames.
inline double cpuMicrosecondsPerFrame(ui::AppState& state, int frames) {
  const double start = threadCpuSeconds();
  for (int i = 0; i < frames; ++i) drawShellFrame(state);
  return (threadCpuSeconds() - start) / frames * 1e6;
}

}  // namespace coachscope::bench
