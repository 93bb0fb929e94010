// The Observe tab's questions: unsaved changes (before quit, new or open), the crash-recovery
// offer on start, and the file dialog (the desktop's own through zenity or kdialog when present,
// else a built-in one).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/ids.h"
#include "store/private_files.h"
#include "store/workspace.h"
#include "ui/fonts.h"
#include "ui/observer_parts.h"
#include "session/finish_session.h"
#include "session/observer_session.h"
#include "session/workspace_session.h"

namespace coachscope::ui::observer {

void drawSetupDialog(AppState& state);  // observer_setup.cpp

namespace {

constexpr const char* kUnsavedPopup = "Unsaved changes";
constexpr const char* kRecoverPopup = "Recover unsaved session";
constexpr const char* kFilePopup = "Observation file";

bool onPath(const char* program) {
  const char* path = std::getenv("PATH");
  if (!path) return false;
  std::string list = path;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find(':', start);
    if (end == std::string::npos) end = list.size();
    if (std::filesystem::exists(std::filesystem::path(list.substr(start, end - start)) / program)) return true;
    start = end + 1;
  }
  return false;
}

std::string shellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// The desktop's file dialog, if one is installed. Returns false when none is available;
// `chosen` stays empty when the user cancels.
bool nativeFileDialog(bool saving, const std::filesystem::path& folder, std::string& chosen) {
  if (std::getenv("COACHSCOPE_NO_NATIVE_DIALOG") || !std::getenv("DISPLAY")) return false;
  std::string command;
  const std::string start = (folder / "").string();
  if (onPath("zenity")) {
    command = "zenity --file-selection --title='coachscope' --file-filter='Observations | *.json' --filename=" +
              shellQuote(start) + (saving ? " --save --confirm-overwrite" : "");
  } else if (onPath("kdialog")) {
    command = std::string("kdialog ") + (saving ? "--getsavefilename " : "--getopenfilename ") + shellQuote(start) +
              " '*.json'";
  } else {
    return false;
  }
  FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
  if (!pipe) return false;
  char buffer[4096];
  while (fgets(buffer, sizeof buffer, pipe)) chosen += buffer;
  pclose(pipe);
  while (!chosen.empty() && (chosen.back() == '\n' || chosen.back() == '\r')) chosen.pop_back();
  return true;
}

void listFolder(FileDialogState& d) {
  d.entries.clear();
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(d.folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    if (entry.is_directory(ec) || entry.path().extension() == ".json") d.entries.push_back(entry.path());
  }
  std::sort(d.entries.begin(), d.entries.end(), [](const auto& a, const auto& b) {
    const bool ad = std::filesystem::is_directory(a), bd = std::filesystem::is_directory(b);
    return ad != bd ? ad : a.filename() < b.filename();
  });
  d.refresh = false;
}

void acceptFile(AppState& state, const std::filesystem::path& path) {
  if (state.observerView.fileDialog.saving) {
    std::filesystem::path target = path;
    if (target.extension() != ".json") target += ".observation.json";
    if (auto saved = saveObservation(state, target); !saved) state.notifyError(saved.error());
  } else {
    openPath(state, path.string());
  }
}

void drawFileDialog(AppState& state) {
  FileDialogState& d = state.observerView.fileDialog;
  if (d.open && !ImGui::IsPopupOpen(kFilePopup)) ImGui::OpenPopup(kFilePopup);
  ImGui::SetNextWindowSize(ImVec2(640, 440), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(kFilePopup, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  if (d.refresh) listFolder(d);
  ImGui::Text("%s", d.saving ? "Save the observation as" : "Open an observation");
  std::string folder = d.folder.string();
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputText("##folder", &folder, ImGuiInputTextFlags_EnterReturnsTrue)) {
    d.folder = folder;
    d.refresh = true;
  }
  bool accept = false;
  if (ImGui::BeginChild("files", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 2), true)) {
    if (ImGui::Selectable("..")) {
      d.folder = d.folder.parent_path();
      d.refresh = true;
    }
    for (const auto& entry : d.entries) {
      const bool isFolder = std::filesystem::is_directory(entry);
      const std::string label = entry.filename().string() + (isFolder ? "/" : "");
      if (ImGui::Selectable(label.c_str(), d.fileName == entry.filename().string(),
                            ImGuiSelectableFlags_AllowDoubleClick)) {
        if (isFolder) {
          d.folder = entry;
          d.refresh = true;
        } else {
          d.fileName = entry.filename().string();
          accept = ImGui::IsMouseDoubleClicked(0);
        }
      }
    }
  }
  ImGui::EndChild();
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 200);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  accept |= ImGui::InputTextWithHint("##name", "file name", &d.fileName, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  accept |= ImGui::Button(d.saving ? "Save" : "Open", ImVec2(90, 0));
  ImGui::SameLine();
  const bool cancel = ImGui::Button("Cancel", ImVec2(90, 0)) || ImGui::IsKeyPressed(static_cast<int>(Key::Escape));
  if ((accept && !d.fileName.empty()) || cancel) {
    d.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  if (accept && !d.fileName.empty() && !cancel) acceptFile(state, d.folder / d.fileName);
}

void drawUnsavedPrompt(AppState& state) {
  session::ObserverState& o = state.observer;
  ObserverView& v = state.observerView;
  if (v.showUnsavedPrompt && !ImGui::IsPopupOpen(kUnsavedPopup)) ImGui::OpenPopup(kUnsavedPopup);
  if (!ImGui::BeginPopupModal(kUnsavedPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  const core::Observation& obs = o.stack.observation();
  ImGui::Text("The session with %s has changes that are not saved.",
              obs.context.learnerName.empty() ? "this learner" : obs.context.learnerName.c_str());
  ImGui::TextColored(palette().muted, "Nothing is lost yet: every change is in the autosave journal.");
  ImGui::Spacing();
  enum { None, Save, Discard, Cancel } choice = None;
  if (ImGui::Button("Save (Enter)", ImVec2(130, 0)) || ImGui::IsKeyPressed(static_cast<int>(Key::Enter))) choice = Save;
  ImGui::SameLine();
  if (ImGui::Button("Discard changes", ImVec2(150, 0))) choice = Discard;
  ImGui::SameLine();
  if (ImGui::Button("Cancel (Esc)", ImVec2(130, 0)) || ImGui::IsKeyPressed(static_cast<int>(Key::Escape))) {
    choice = Cancel;
  }
  if (choice != None) {
    v.showUnsavedPrompt = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  switch (choice) {
    case Save:
      if (auto saved = saveObservation(state); saved) {
        doAfterPrompt(state);
      } else {
        state.notifyError(saved.error());
        v.afterPrompt = AfterPrompt::Nothing;
        state.quitRequested = false;
      }
      break;
    case Discard:
      o.journal.discard();
      o.stack.markSaved();  // given up: the session may now be replaced
      doAfterPrompt(state);
      break;
    case Cancel:
      if (v.afterPrompt == AfterPrompt::Quit) state.quitRequested = false;
      v.afterPrompt = AfterPrompt::Nothing;
      break;
    case None: break;
  }
}

void drawRecoveryOffer(AppState& state) {
  session::ObserverState& o = state.observer;
  ObserverView& v = state.observerView;
  if (o.recoverable.empty() || v.showUnsavedPrompt) return;
  if (!ImGui::IsPopupOpen(kRecoverPopup)) ImGui::OpenPopup(kRecoverPopup);
  if (!ImGui::BeginPopupModal(kRecoverPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted("coachscope closed without saving a session.");
  ImGui::PopFont();
  ImGui::TextUnformatted(o.recoverableSummaries.front().c_str());
  ImGui::TextColored(palette().muted, "Recovering restores it exactly as it was, undo history included.");
  if (o.recoverable.size() > 1) ImGui::TextColored(palette().muted, "%zu more after this one.", o.recoverable.size() - 1);
  ImGui::Spacing();
  enum { None, Recover, Discard, Later } choice = None;
  if (v.confirmDiscardRecovery) {
    // Discarding deletes the journal for good: asked once more, in the danger colour, with
    // keeping it as the default (Enter and Esc both keep it).
    ImGui::PushStyleColor(ImGuiCol_Text, palette().danger);
    ImGui::TextUnformatted("Discard this session for good? Its notes, markers and ratings cannot be recovered.");
    ImGui::PopStyleColor();
    if (ImGui::Button("Keep it (Enter)", ImVec2(150, 0)) || ImGui::IsKeyPressed(static_cast<int>(Key::Enter)) ||
        ImGui::IsKeyPressed(static_cast<int>(Key::Escape))) {
      v.confirmDiscardRecovery = false;
    }
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, palette().danger);
    if (ImGui::Button("Yes, discard it", ImVec2(150, 0))) choice = Discard;
    ImGui::PopStyleColor();
  } else {
    if (ImGui::Button("Recover (Enter)", ImVec2(150, 0)) || ImGui::IsKeyPressed(static_cast<int>(Key::Enter))) {
      choice = Recover;
    }
    ImGui::SameLine();
    if (ImGui::Button("Discard it…", ImVec2(120, 0))) v.confirmDiscardRecovery = true;
    ImGui::SameLine();
    if (ImGui::Button("Decide later (Esc)", ImVec2(170, 0)) || ImGui::IsKeyPressed(static_cast<int>(Key::Escape))) {
      choice = Later;
    }
  }
  if (choice != None) {
    v.confirmDiscardRecovery = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  switch (choice) {
    case Recover: recoverJournal(state, 0); break;
    case Discard: discardRecoverable(state, 0); break;
    case Later:  // stays on disk and is offered at the next start
      o.recoverable.erase(o.recoverable.begin());
      o.recoverableSummaries.erase(o.recoverableSummaries.begin());
      break;
    case None: break;
  }
}

}  // namespace

void openPath(AppState& state, const std::string& path) {
  if (auto opened = openObservation(state, path); !opened) state.notifyError(opened.error());
}

void saveNow(AppState& state) {
  if (auto saved = saveObservation(state); !saved) state.notifyError(saved.error());
}

void finishNow(AppState& state) {
  auto finished = session::finishSession(state);
  if (!finished) {
    state.notifyError(finished.error());
    return;
  }
  const Notice::Level level =
      finished->kind == session::FinishResult::Kind::Conflict ? Notice::Level::Warning : Notice::Level::Info;
  state.notify(level, session::describeFinish(*finished));
}

void openFileDialog(AppState& state, bool saving) {
  session::ObserverState& o = state.observer;
  ObserverView& v = state.observerView;
  const std::filesystem::path folder =
      o.filePath.empty() ? store::observationsFolder(session::workspaceOf(state)) : o.filePath.parent_path();
  (void)store::createPrivateFolders(folder);  // a dialog can still open where the folder cannot be made
  std::string chosen;
  if (nativeFileDialog(saving, folder, chosen)) {
    if (!chosen.empty()) {
      v.fileDialog.saving = saving;
      acceptFile(state, chosen);
    }
    return;
  }
  v.fileDialog = FileDialogState{};
  v.fileDialog.open = true;
  v.fileDialog.saving = saving;
  v.fileDialog.folder = folder;
  if (saving) {
    const std::string& id = o.stack.observation().id;
    const std::string suggested = core::isSafeId(id) ? id + ".observation.json" : "observation.json";
    v.fileDialog.fileName = o.filePath.empty() ? suggested : o.filePath.filename().string();
  }
}

void guardUnsaved(AppState& state, AfterPrompt then, const std::string& openPath) {
  session::ObserverState& o = state.observer;
  ObserverView& v = state.observerView;
  finishNote(o);
  v.afterPrompt = then;
  v.pendingOpenPath = openPath;
  if (o.stack.dirty()) {
    v.showUnsavedPrompt = true;
  } else {
    doAfterPrompt(state);
  }
}

void doAfterPrompt(AppState& state) {
  ObserverView& v = state.observerView;
  const AfterPrompt then = v.afterPrompt;
  v.afterPrompt = AfterPrompt::Nothing;
  switch (then) {
    case AfterPrompt::Quit:
      v.quitConfirmed = true;
      state.quitRequested = true;
      break;
    case AfterPrompt::NewSession: startNewSession(state); break;
    case AfterPrompt::OpenFile:
      if (v.pendingOpenPath.empty()) {
        openFileDialog(state, false);
      } else {
        openPath(state, v.pendingOpenPath);
      }
      break;
    case AfterPrompt::Nothing: break;
  }
}

void drawDialogs(AppState& state) {
  drawRecoveryOffer(state);
  drawUnsavedPrompt(state);
  drawFileDialog(state);
  drawSetupDialog(state);
}

}  // namespace coachscope::ui::observer
