#include "app/window.h"

#include <fmt/format.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>

#include "app/screenshot.h"
#include "session/key_input.h"
#include "ui/fonts.h"
#include "ui/keys.h"
#include "ui/shell.h"
#include "ui/theme.h"

namespace coachscope::app {
namespace {

constexpr float kBaseFontPixels = 16.0f;

void onGlfwError(int code, const char* description) { fmt::print(stderr, "GLFW error {}: {}\n", code, description); }

// What the window's callbacks reach through glfwGetWindowUserPointer.
struct WindowInput {
  ui::AppState* state = nullptr;
  session::KeyInput keys;  // every key and character event, read in order once a frame
};

WindowInput& inputOf(GLFWwindow* window) { return *static_cast<WindowInput*>(glfwGetWindowUserPointer(window)); }

void onDrop(GLFWwindow* window, int count, const char** paths) {
  for (int i = 0; i < count; ++i) inputOf(window).state->droppedFiles.emplace_back(paths[i]);
}

int modsOf(int glfwMods) {
  return (glfwMods & GLFW_MOD_CONTROL ? session::kModCtrl : 0) | (glfwMods & GLFW_MOD_SHIFT ? session::kModShift : 0) |
         (glfwMods & GLFW_MOD_ALT ? session::kModAlt : 0) | (glfwMods & GLFW_MOD_SUPER ? session::kModSuper : 0);
}

// These replace the ImGui backend's key and character callbacks: the events go into the queue,
// and ui::beginKeyFrame gives them to ImGui before each frame as the backend's callbacks would.
void onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
  const session::KeyAction kind = action == GLFW_PRESS    ? session::KeyAction::Press
                                  : action == GLFW_REPEAT ? session::KeyAction::Repeat
                                                          : session::KeyAction::Release;
  inputOf(window).keys.push(session::KeyEvent::keyEvent(key, kind, modsOf(mods), scancode));
}

void onChar(GLFWwindow* window, unsigned int codepoint) {
  inputOf(window).keys.push(session::KeyEvent::character(codepoint));
}

// The window's content scale (HiDPI): 1 on a plain display, 2 on a "retina" one.
float contentScale(GLFWwindow* window) {
  float x = 1, y = 1;
  glfwGetWindowContentScale(window, &x, &y);
  return std::max(1.0f, std::max(x, y));
}

}  // namespace

int runWindow(ui::AppState& state, const WindowOptions& options) {
  glfwSetErrorCallback(onGlfwError);
  if (!glfwInit()) {
    fmt::print(stderr,
               "coachscope: cannot open a window: no display available.\n"
               "Run it on a desktop, or headless under xvfb-run; the subcommands (coachscope --help) need no window.\n");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  GLFWwindow* window = glfwCreateWindow(options.width, options.height, "coachscope", nullptr, nullptr);
  if (!window) {
    fmt::print(stderr, "coachscope: cannot create an OpenGL 3.3 window (is a GL driver installed?)\n");
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(options.screenshotPath.empty() ? 1 : 0);
  WindowInput input;
  input.state = &state;
  glfwSetWindowUserPointer(window, &input);
  glfwSetDropCallback(window, onDrop);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.IniFilename = nullptr;  // the layout is fixed; nothing to remember between runs
  ImGui_ImplGlfw_InitForOpenGL(window, true);  // mouse, scroll, focus; keys are ours, installed next
  glfwSetKeyCallback(window, onKey);
  glfwSetCharCallback(window, onChar);
  ImGui_ImplOpenGL3_Init("#version 330 core");

  state.uiScale = contentScale(window);
  if (!ui::loadFonts(kBaseFontPixels, state.uiScale)) {
    state.notify(ui::Notice::Level::Warning, "DejaVu fonts not found (install fonts-dejavu-core); using ImGui's built-in font");
  }

  int exitCode = 0;
  int frame = 0;
  while (true) {
    glfwPollEvents();
    if (glfwWindowShouldClose(window)) {
      glfwSetWindowShouldClose(window, GLFW_FALSE);
      state.quitRequested = true;
    }
    if (state.themeChanged) {
      ui::applyTheme(state.theme, state.uiScale);
      state.themeChanged = false;
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ui::beginKeyFrame(input.keys);
    ImGui::NewFrame();
    ui::drawShell(state);
    ImGui::Render();

    int fbWidth = 0, fbHeight = 0;
    glfwGetFramebufferSize(window, &fbWidth, &fbHeight);
    glViewport(0, 0, fbWidth, fbHeight);
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (!options.screenshotPath.empty() && ++frame >= options.frames) {
      auto written = writeFramebufferPng(options.screenshotPath, fbWidth, fbHeight);
      if (!written) {
        fmt::print(stderr, "coachscope: {}\n", written.error().message());
        exitCode = 1;
      }
      break;
    }
    glfwSwapBuffers(window);
    if (state.quitRequested && ui::readyToQuit(state)) break;
  }

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exitCode;
}

}  // namespace coachscope::app
