#include "ui/sync_panel.h"

#include <imgui.h>

#include "session/sync_session.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace coachscope::ui {
namespace {

using Phase = session::SyncState::Phase;

void settingCheckbox(AppState& state, bool asMenuItem) {
  bool on = state.observer.settings.syncAfterFinish;
  const char* label = "Sync when a session is finished";
  const bool changed = asMenuItem ? ImGui::MenuItem(label, nullptr, &on) : ImGui::Checkbox(label, &on);
  if (changed) {
    if (auto saved = session::setSyncAfterFinish(state, on); !saved) state.notifyError(saved.error());
  }
}

void start(AppState& state) {
  if (session::startSync(state)) state.showSync = true;
}

// A finished sync is shown: in its window when the tutor asked for it or it went wrong, as a
// notice when it followed a finished session and went well.
void noticeFinished(AppState& state) {
  const session::SyncState& sync = state.sync;
  if (sync.finished == state.syncsSeen) return;
  state.syncsSeen = sync.finished;
  if (sync.phase == Phase::Done && sync.afterFinish && !sync.problems) {
    std::string text = "Shared with the centre.";
    for (const std::string& line : sync.summary) {
      if (line.rfind("came in: ", 0) == 0 && line != "came in: nothing new") text += " " + line + ".";
    }
    state.notify(Notice::Level::Info, text);
  } else {
    state.showSync = true;
  }
}

}  // namespace

void drawSyncMenu(AppState& state) {
  const std::string why = session::syncUnavailable(state);
  if (ImGui::MenuItem("Sync with the centre", nullptr, false, why.empty())) start(state);
  if (!why.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", why.c_str());
  settingCheckbox(state, true);
  if (state.sync.finished > 0 && ImGui::MenuItem("Last sync...")) state.showSync = true;
  ImGui::Separator();
}

void drawSyncButton(AppState& state) {
  const std::string why = session::syncUnavailable(state);
  ImGui::BeginDisabled(!why.empty());
  if (ImGui::Button("Sync##centre")) start(state);
  ImGui::EndDisabled();
  if (!why.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", why.c_str());
}

void drawSyncStatus(AppState& state) {
  noticeFinished(state);
  const session::SyncState& sync = state.sync;
  if (sync.phase == Phase::Idle) return;
  ImGui::Separator();
  if (sync.phase == Phase::Running) {
    const char* spinner = "|/-\\";
    const int frame = static_cast<int>(ImGui::GetTime() * 8) % 4;
    ImGui::TextColored(palette().accent, "Syncing %c %s", spinner[frame],
                       sync.steps.empty() ? "starting" : sync.steps.back().c_str());
  } else if (ImGui::MenuItem(sync.phase == Phase::Failed ? "Sync failed##status"
                             : sync.problems            ? "Synced, with problems##status"
                                                        : "Synced##status")) {
    state.showSync = true;
  }
}

void drawSyncWindow(AppState& state) {
  if (!state.showSync) return;
  const session::SyncState& sync = state.sync;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(460, 0), ImVec2(viewport->Size.x * 0.8f, viewport->Size.y * 0.8f));
  if (!ImGui::Begin(kSyncWindowName, &state.showSync,
                    ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  ImGui::PushTextWrapPos(viewport->Size.x * 0.75f);
  switch (sync.phase) {
    case Phase::Idle: ImGui::TextColored(palette().muted, "No sync yet."); break;
    case Phase::Running: ImGui::TextColored(palette().accent, "Syncing..."); break;
    case Phase::Done:
      ImGui::TextColored(sync.problems ? palette().warning : palette().good,
                         sync.problems ? "Synced, but some files were not shared:" : "Synced.");
      break;
    case Phase::Failed: ImGui::TextColored(palette().danger, "The sync did not finish. Nothing is lost."); break;
  }
  if (!sync.error.empty()) ImGui::TextColored(palette().danger, "%s", sync.error.c_str());
  for (const std::string& line : sync.summary) {
    const bool problem = line.rfind("not shared", 0) == 0 || line.rfind("conflict copy kept", 0) == 0;
    if (problem) ImGui::TextColored(palette().warning, "%s", line.c_str());
    else ImGui::TextUnformatted(line.c_str());
  }
  if (!sync.steps.empty()) {
    ImGui::Spacing();
    ImGui::TextColored(palette().muted, "Steps:");
    for (const std::string& step : sync.steps) ImGui::TextColored(palette().muted, "  %s", step.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  settingCheckbox(state, false);
  const std::string why = session::syncUnavailable(state);
  ImGui::BeginDisabled(!why.empty());
  if (ImGui::Button("Sync again")) start(state);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Close")) state.showSync = false;
  ImGui::End();
}

}  // namespace coachscope::ui
