#include "ui/shell.h"

#include <imgui.h>

#include <algorithm>

#include "ui/calibration_panel.h"
#include "ui/centre_panel.h"
#include "ui/cohort_panel.h"
#include "ui/fonts.h"
#include "ui/framework_panel.h"
#include "ui/notices.h"
#include "session/observer_session.h"
#include "ui/observer_panel.h"
#include "ui/progress_panel.h"
#include "ui/sync_panel.h"
#include "session/sync_session.h"

namespace coachscope::ui {
namespace {

const Shortcut kHelp{Key::F1};
const Shortcut kQuit{Key::Q, Ctrl};
const Shortcut kToggleTheme{Key::T, Ctrl | Shift};

std::vector<ShortcutHelp> shellShortcuts() {
  return {{describe(kHelp), "Show or hide this list of shortcuts"},
          {describe(kToggleTheme), "Switch between dark and light theme"},
          {describe(kQuit), "Quit"}};
}

void toggleTheme(AppState& state) {
  state.theme = state.theme == Theme::Dark ? Theme::Light : Theme::Dark;
  state.themeChanged = true;
}

// Review mode (`coachscope review`) shows the learner's record and nothing else.
bool shown(const AppState& state, const PanelEntry& panel) { return !state.progress.reviewMode || panel.inReview; }

void drawMenuBar(AppState& state) {
  if (!ImGui::BeginMenuBar()) return;
  // Review mode is read-only: only the panels shown in it offer their items.
  if (ImGui::BeginMenu("File")) {
    for (const PanelEntry& panel : panels()) {
      if (panel.fileMenu && shown(state, panel)) panel.fileMenu(state);
    }
    if (ImGui::MenuItem("Quit", describe(kQuit).c_str())) state.quitRequested = true;
    ImGui::EndMenu();
  }
  const bool anyEdit = std::any_of(panels().begin(), panels().end(),
                                   [&](const PanelEntry& p) { return p.editMenu && shown(state, p); });
  if (anyEdit && ImGui::BeginMenu("Edit")) {
    for (const PanelEntry& panel : panels()) {
      if (panel.editMenu && shown(state, panel)) panel.editMenu(state);
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    if (ImGui::MenuItem("Dark theme", nullptr, state.theme == Theme::Dark)) {
      state.theme = Theme::Dark;
      state.themeChanged = true;
    }
    if (ImGui::MenuItem("Light theme", describe(kToggleTheme).c_str(), state.theme == Theme::Light)) {
      state.theme = Theme::Light;
      state.themeChanged = true;
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    if (ImGui::MenuItem("Keyboard shortcuts", describe(kHelp).c_str(), state.showShortcuts)) {
      state.showShortcuts = !state.showShortcuts;
    }
    ImGui::EndMenu();
  }
  drawSyncStatus(state);
  ImGui::EndMenuBar();
}

void drawShortcutOverlay(AppState& state) {
  if (!state.showShortcuts) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(420, 0), ImVec2(viewport->Size.x * 0.8f, viewport->Size.y * 0.85f));
  if (!ImGui::Begin("Keyboard shortcuts", &state.showShortcuts,
                    ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  auto section = [](const char* title, const std::vector<ShortcutHelp>& lines) {
    if (lines.empty()) return;
    ImGui::PushFont(fonts().bold);
    ImGui::TextColored(palette().accent, "%s", title);
    ImGui::PopFont();
    if (ImGui::BeginTable(title, 2, ImGuiTableFlags_SizingFixedFit)) {
      for (const ShortcutHelp& line : lines) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushFont(fonts().mono);
        ImGui::TextUnformatted(line.keys.c_str());
        ImGui::PopFont();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(line.action.c_str());
      }
      ImGui::EndTable();
    }
    ImGui::Spacing();
  };
  section("Everywhere", shellShortcuts());
  for (const PanelEntry& panel : panels()) {
    if (!panel.shortcuts || !shown(state, panel)) continue;
    for (const ShortcutSection& part : panel.shortcuts()) section(part.title.c_str(), part.lines);
  }
  ImGui::End();
}

void handleGlobalShortcuts(AppState& state) {
  for (const session::KeyEvent& e : frameKeys()) {
    if (globalShortcut(e, kHelp)) state.showShortcuts = !state.showShortcuts;
    if (globalShortcut(e, kQuit)) state.quitRequested = true;
    if (globalShortcut(e, kToggleTheme)) toggleTheme(state);
  }
}

// A dropped framework or programme file joins the catalog; other kinds are left for the panels.
void takeDroppedFiles(AppState& state) {
  std::vector<std::string> unclaimed;
  for (const std::string& path : state.droppedFiles) {
    if (session::looksLikeObservationFile(path)) {  // for the Observe tab
      unclaimed.push_back(path);
      continue;
    }
    const std::size_t before = state.catalog.problems().size();
    if (state.catalog.addFile(path)) {
      state.notify(Notice::Level::Info, "Loaded " + path);
    } else if (state.catalog.problems().size() > before) {
      state.notifyError(state.catalog.problems().back());
    } else {
      unclaimed.push_back(path);
    }
  }
  state.droppedFiles = std::move(unclaimed);
}

}  // namespace

bool readyToQuit(AppState& state) {
  bool ready = true;
  for (const PanelEntry& panel : panels()) {
    if (panel.readyToQuit && !panel.readyToQuit(state)) ready = false;
  }
  return ready;
}

const std::vector<PanelEntry>& panels() {
  static const std::vector<PanelEntry> entries = {
      // First: the app opens on it.
      {kObserveTab, drawObserverPanel, observerHelp, drawObserverFileMenu, drawObserverEditMenu, observerReadyToQuit},
      {"Framework", drawFrameworkPanel, nullptr},
      {kProgressTabTitle, drawProgressPanel, progressHelp, nullptr, nullptr, nullptr, true},
      {kCentreTabTitle, drawCentrePanel, centreHelp, drawSyncMenu},
      {kCohortTabTitle, drawCohortPanel, nullptr},
      {"Calibrate", drawCalibrationPanel, nullptr},
  };
  return entries;
}

void drawShell(AppState& state) {
  session::updateSync(state);  // a sync runs on its worker whatever the tab; its end is taken here
  handleGlobalShortcuts(state);
  if (!state.droppedFiles.empty()) takeDroppedFiles(state);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin(kMainWindowName, nullptr, flags);
  drawMenuBar(state);
  drawNotices(state);
  if (ImGui::BeginTabBar(kTabBarId)) {
    // Taken before drawing, so a panel can ask for another tab (a Centre row opens Progress).
    const std::string requested = std::move(state.requestedTab);
    state.requestedTab.clear();
    for (const PanelEntry& panel : panels()) {
      if (!shown(state, panel)) continue;
      ImGuiTabItemFlags tabFlags = requested == panel.title ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(panel.title, nullptr, tabFlags)) {
        panel.draw(state);
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
  drawSyncWindow(state);
  drawShortcutOverlay(state);
}

}  // namespace coachscope::ui
