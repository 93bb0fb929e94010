// Does playback stall the UI? Runs the real render loop (GLFW + OpenGL 3 + ImGui, the recording
// pane beside a busy column of text) with vsync off and measures frame times in three phases of
// one run: transcript only (no media), media open but paused, and media playing at 1x while mpv
// decodes. The figure that matters is the ratio of playing to no-media frame times.
//   bench_playback_frame VIDEO TRANSCRIPT [SECONDS_PER_PHASE]
#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <vector>

#include "ui/app_state.h"
#include "ui/fonts.h"
#include "ui/recording_pane.h"
#include "session/recording_session.h"
#include "ui/theme.h"

using namespace coachscope;
using Clock = std::chrono::steady_clock;

namespace {

struct Phase {
  const char* name;
  std::vector<double> frameMs;
  long videoFrames = 0;
};

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * (v.size() - 1))];
}

void drawFrame(ui::AppState& state) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin("bench", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
  if (ImGui::BeginChild("recording", ImVec2(420, 0), false)) ui::drawRecordingPane(state);
  ImGui::EndChild();
  ImGui::SameLine();
  if (ImGui::BeginChild("rest", ImVec2(0, 0), true)) {  // stands in for the markers and the sheet
    for (int i = 0; i < 60; ++i) ImGui::Text("Marker %d.%d  observed at %d:%02d  with a quote long enough to wrap", i / 8 + 1, i % 8 + 1, i, i % 60);
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    fmt::print(stderr, "usage: bench_playback_frame VIDEO TRANSCRIPT [SECONDS_PER_PHASE]\n");
    return 2;
  }
  const double seconds = argc > 3 ? std::atof(argv[3]) : 8.0;
  setenv("COACHSCOPE_AUDIO_OUTPUT", "null", 0);
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  GLFWwindow* window = glfwCreateWindow(1280, 720, "bench_playback_frame", nullptr, nullptr);
  if (!window) return 1;
  glfwMakeContextCurrent(window);
  glfwSwapInterval(0);  // measure work, not the display's refresh
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  ui::loadFonts(16.0f, 1.0f);
  ui::applyTheme(ui::Theme::Dark, 1.0f);

  std::vector<Phase> phases;
  {
    ui::AppState state;
    state.catalog.addBuiltIns();
    session::openTranscript(state, argv[2]);
    auto runPhase = [&](const char* name) {
      Phase phase{name, {}, 0};
      const long framesBefore = state.recording.player ? state.recording.player->framesRendered() : 0;
      const auto start = Clock::now();
      auto last = start;
      while (std::chrono::duration<double>(Clock::now() - start).count() < seconds) {
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        drawFrame(state);
        ImGui::Render();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.1f, 0.1f, 0.1f, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        const auto now = Clock::now();
        phase.frameMs.push_back(std::chrono::duration<double, std::milli>(now - last).count());
        last = now;
      }
      if (state.recording.player) phase.videoFrames = state.recording.player->framesRendered() - framesBefore;
      phases.push_back(std::move(phase));
    };
    runPhase("transcript only, no media");
    session::openRecording(state, argv[1], argv[2]);
    for (int i = 0; i < 500 && state.recording.player && !state.recording.player->state().loaded; ++i) {
      state.recording.player->update(true);
      glfwWaitEventsTimeout(0.01);
    }
    runPhase("media open, paused");
    state.recording.player->play();
    runPhase("media playing at 1x");
    state.recording.player.reset();
    state.observer.clock.reset();
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();

  fmt::print("{:<28} {:>7} {:>8} {:>8} {:>8} {:>8} {:>12}\n", "phase", "frames", "fps", "median", "p95", "p99",
             "video frames");
  for (const Phase& p : phases) {
    double total = 0;
    for (double ms : p.frameMs) total += ms;
    fmt::print("{:<28} {:>7} {:>8.0f} {:>6.2f}ms {:>6.2f}ms {:>6.2f}ms {:>12}\n", p.name, p.frameMs.size(),
               1000.0 * p.frameMs.size() / total, percentile(p.frameMs, 0.5), percentile(p.frameMs, 0.95),
               percentile(p.frameMs, 0.99), p.videoFrames);
  }
  const double base = percentile(phases[0].frameMs, 0.5);
  fmt::print("playing / no media, median frame time: {:.2f}x; p99: {:.2f}x\n", percentile(phases[2].frameMs, 0.5) / base,
             percentile(phases[2].frameMs, 0.99) / percentile(phases[0].frameMs, 0.99));
  return 0;
}
