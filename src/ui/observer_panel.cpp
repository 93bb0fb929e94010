#include "session/workspace_session.h"
#include "ui/observer_panel.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/fonts.h"
#include "ui/observer_keys.h"
#include "ui/observer_parts.h"
#include "session/observer_session.h"
#include "ui/recording_pane.h"
#include "ui/report_export.h"

namespace coachscope::ui {
namespace {

using namespace observer;

// Files dropped onto the window: observations open here (frameworks were taken by the shell).
void takeDroppedObservations(AppState& state) {
  std::vector<std::string> rest;
  for (const std::string& path : state.droppedFiles) {
    if (session::looksLikeObservationFile(path)) {
      guardUnsaved(state, AfterPrompt::OpenFile, path);
    } else {
      rest.push_back(path);
    }
  }
  state.droppedFiles = std::move(rest);
}

void selectNeighbour(session::ObserverState& o, int direction) {
  const auto& rows = timelineFor(o);
  if (rows.empty()) return;
  const core::Observation& obs = o.stack.observation();
  auto idOf = [&](const session::TimelineRow& r) { return r.isNote ? obs.notes[r.index].id : obs.events[r.index].id; };
  int current = -1;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (idOf(rows[i]) == o.selectedId) current = static_cast<int>(i);
  }
  int next = current < 0 ? (direction > 0 ? 0 : static_cast<int>(rows.size()) - 1) : current + direction;
  next = std::clamp(next, 0, static_cast<int>(rows.size()) - 1);
  o.selectedId = idOf(rows[static_cast<std::size_t>(next)]);
  o.scrollToEnd = false;
  seekTo(o, rows[static_cast<std::size_t>(next)].time);
}

double selectedTime(const session::ObserverState& o) {
  const core::Observation& obs = o.stack.observation();
  if (const core::MarkerEvent* e = obs.event(o.selectedId)) return e->time;
  if (const core::Note* n = obs.note(o.selectedId)) return n->time;
  return -1;
}

void selectCompetency(session::ObserverState& o, ObserverView& v, const core::Framework& f, int direction) {
  const auto& list = f.competencies;
  if (list.empty()) return;
  int current = -1;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i].id == o.selectedCompetency) current = static_cast<int>(i);
  }
  int next = std::clamp(current < 0 ? 0 : current + direction, 0, static_cast<int>(list.size()) - 1);
  o.selectedCompetency = list[static_cast<std::size_t>(next)].id;
  v.sheetTab = 0;
  v.scrollToCompetency = true;
}

// Leaves any text field first, so Ctrl+Z undoes the observation, not the field's own edit.
void leaveTextField() {
  if (ImGui::GetIO().WantTextInput) ImGui::SetWindowFocus(nullptr);
}

// Alt+key shortcuts (note kind, tag, re-timing) must not also toggle ImGui's menu layer when Alt
// is released: that would take the keyboard away from the note being typed.
void keepAltForShortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyAlt) return;
  for (int key = static_cast<int>(Key::Space); key < static_cast<int>(Key::LeftShift); ++key) {
    if (io.KeysDown[key]) ImGui::GetCurrentContext()->NavWindowingToggleLayer = false;
  }
}

void handleShortcuts(AppState& state, const core::Framework* f, const session::KeyEvent& e) {
  session::ObserverState& o = state.observer;
  ObserverView& v = state.observerView;
  if (globalShortcut(e, kUndo)) {
    leaveTextField();
    undoChange(o);
  }
  if (globalShortcut(e, kRedo) || globalShortcut(e, kRedoAlt)) {
    leaveTextField();
    redoChange(o);
  }
  if (globalShortcut(e, kClockToggle)) toggleClock(o);
  if (globalShortcut(e, kClockStop)) stopClock(o);
  if (globalShortcut(e, kFocusNote)) v.focusNote = true;
  if (globalShortcut(e, kSetup)) v.showSetup = !v.showSetup;
  if (globalShortcut(e, kSheetSwitch)) v.sheetTab = 1 - v.sheetTab;
  if (globalShortcut(e, kNew)) guardUnsaved(state, AfterPrompt::NewSession);
  if (globalShortcut(e, kOpen)) guardUnsaved(state, AfterPrompt::OpenFile);
  if (globalShortcut(e, kSaveAs)) {
    openFileDialog(state, true);
  } else if (globalShortcut(e, kSave)) {
    saveNow(state);
  }
  if (globalShortcut(e, kFinish)) finishNow(state);
  if (globalShortcut(e, kFilter)) v.focusFilter = true;
  // Kind and tag: the note being typed's (the next note's before its first keystroke); with the
  // note box idle and a note selected in the timeline, that entry's only.
  const bool forEntry = o.noteId.empty() && !v.noteBoxActive && o.stack.observation().note(o.selectedId);
  auto setKind = [&](core::NoteKind kind) { forEntry ? setEntryKind(o, o.selectedId, kind) : setNoteKind(o, kind); };
  auto setTag = [&](const std::string& tag) { forEntry ? setEntryTag(o, o.selectedId, tag) : setNoteTag(o, tag); };
  if (globalShortcut(e, kTagLastMarker) && !o.lastMarkerCode.empty()) setTag(o.lastMarkerCode);
  if (globalShortcut(e, kClearTag)) setTag("");
  const core::NoteKind kinds[] = {core::NoteKind::Observation, core::NoteKind::Strength, core::NoteKind::Development,
                                  core::NoteKind::Question};
  for (int i = 0; i < 4; ++i) {
    if (globalShortcut(e, Shortcut{static_cast<Key>(static_cast<int>(Key::Num1) + i), Alt})) setKind(kinds[i]);
  }
  if (globalShortcut(e, kPrevEntry, true)) selectNeighbour(o, -1);
  if (globalShortcut(e, kNextEntry, true)) selectNeighbour(o, +1);
  if (!o.selectedId.empty()) {
    if (globalShortcut(e, kDeleteEntry)) deleteSelected(o);
    const double t = selectedTime(o);
    if (t >= 0) {
      if (globalShortcut(e, kEarlier, true)) retimeSelected(o, t - 1);
      if (globalShortcut(e, Shortcut{Key::Left, Alt | Shift}, true)) retimeSelected(o, t - 10);
      if (globalShortcut(e, kLater, true)) retimeSelected(o, t + 1);
      if (globalShortcut(e, Shortcut{Key::Right, Alt | Shift}, true)) retimeSelected(o, t + 10);
    }
    if (globalShortcut(e, kEditEntry)) v.focusEntryEditor = true;
  }
  if (!f) return;
  if (globalShortcut(e, kPrevCompetency, true)) selectCompetency(o, v, *f, -1);
  if (globalShortcut(e, kNextCompetency, true)) selectCompetency(o, v, *f, +1);
  const core::Competency* c = f->competency(o.selectedCompetency);
  if (!c || c->evidence == core::EvidenceKind::Judgement) return;
  for (std::size_t i = 0; i < f->scale.levels.size() && i < 9; ++i) {
    if (globalShortcut(e, Shortcut{static_cast<Key>(static_cast<int>(Key::Num1) + static_cast<int>(i)), Ctrl})) {
      setRating(o, c->id, f->scale.levels[i].value, false);
    }
  }
  if (globalShortcut(e, kNotObserved)) setRating(o, c->id, std::nullopt, true);
  if (globalShortcut(e, kUseSuggestion)) {
    if (const core::CompetencyEvidence* e = evidenceFor(o, *f).of(c->id); e && e->suggestedLevel) {
      setRating(o, c->id, e->suggestedLevel, false);
    }
  }
  if (globalShortcut(e, kEditRationale)) {
    v.sheetTab = 0;
    v.focusRationale = true;
  }
}

}  // namespace

void drawObserverPanel(AppState& state) {
  initialiseObserver(state);
  session::ObserverState& o = state.observer;
  if (!state.droppedFiles.empty()) takeDroppedObservations(state);
  runScriptStep(state);
  const core::Framework* framework = observedFramework(state);
  keepAltForShortcuts();
  // In the order they happened, each with its own modifiers: Ctrl+Z after three marker taps in
  // one frame undoes the third.
  const std::vector<session::KeyEvent>& events = frameKeys();
  const std::vector<MarkerKey> keys =
      framework && !events.empty() ? markerKeys(*framework, o.settings) : std::vector<MarkerKey>{};
  for (const session::KeyEvent& e : events) {
    handleShortcuts(state, framework, e);
    handleMarkerKey(state, keys, e);
  }

  drawClockBar(state);
  drawObservationExport(state, o.stack.observation(), session::workspaceOf(state));
  ImGui::Separator();

  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const bool recorded = o.stack.observation().context.mode == core::SessionMode::Recorded;
  float recordingWidth = recorded ? std::max(280.0f, avail.x * 0.28f) : 0.0f;
  const float rest = avail.x - recordingWidth - (recorded ? spacing : 0.0f);
  const float markersWidth = std::clamp(rest * 0.27f, 230.0f, 340.0f);
  const float sheetWidth = std::clamp(rest * 0.38f, 320.0f, 560.0f);
  const float timelineWidth = rest - markersWidth - sheetWidth - 2 * spacing;

  if (recorded) {
    if (ImGui::BeginChild("recording", ImVec2(recordingWidth, avail.y), false)) drawRecordingPane(state);
    ImGui::EndChild();
    ImGui::SameLine();
  }
  if (ImGui::BeginChild("markers", ImVec2(markersWidth, avail.y), true)) {
    if (framework) {
      drawMarkerColumn(state, *framework);
    } else {
      ImGui::TextWrapped("The framework %s is not loaded. Load it with --framework FILE to score this session.",
                         o.stack.observation().frameworkKey().c_str());
    }
  }
  ImGui::EndChild();
  ImGui::SameLine();
  if (ImGui::BeginChild("timeline", ImVec2(timelineWidth, avail.y), false)) drawTimelineColumn(state, framework);
  ImGui::EndChild();
  ImGui::SameLine();
  if (ImGui::BeginChild("sheet", ImVec2(0, avail.y), false)) {
    if (framework) drawSheetColumn(state, *framework);
  }
  ImGui::EndChild();
  drawDialogs(state);
}

std::vector<ShortcutHelp> observerShortcuts() {
  return {
      {describe(kClockToggle), "Start, pause or resume the session clock"},
      {describe(kClockStop), "Stop the clock (records the session's length)"},
      {"1…0 q…p a…; z…/", "Record the marker whose key is shown beside it (configurable in settings.json)"},
      {describe(kFocusNote), "Type a note: its time is the clock at the first keystroke"},
      {"Enter / Esc", "Finish the note / leave the note field (the note is kept)"},
      {"Alt+1 … Alt+4", "Note kind: observation, strength, development area, question (each note starts as an observation)"},
      {describe(kTagLastMarker) + " / " + describe(kClearTag), "Tag the note with the last marker / clear the tag"},
      {describe(kPrevEntry) + " / " + describe(kNextEntry), "Select the previous / next timeline entry"},
      {describe(kEditEntry), "Edit the selected entry's quote or text"},
      {describe(kEarlier) + " / " + describe(kLater), "Re-time the selected entry by 1 s (with Shift: 10 s)"},
      {describe(kDeleteEntry), "Delete the selected entry"},
      {describe(kFilter), "Filter the timeline"},
      {describe(kPrevCompetency) + " / " + describe(kNextCompetency), "Select the previous / next competency"},
      {"Ctrl+1 … Ctrl+9", "Rate the selected competency at that level of the scale"},
      {describe(kNotObserved), "Mark the selected competency as not observed"},
      {describe(kUseSuggestion), "Accept the suggested rating for the selected competency"},
      {describe(kEditRationale), "Write the selected competency's rationale"},
      {describe(kSheetSwitch), "Switch between Ratings and Overall feedback"},
      {describe(kSetup), "Session details: learner, framework, tutor, context"},
      {describe(kUndo), "Undo"},
      {describe(kRedo) + " / " + describe(kRedoAlt), "Redo"},
      {describe(kNew), "New session"},
      {describe(kOpen), "Open an observation"},
      {describe(kSave) + " / " + describe(kSaveAs), "Save / save as"},
      {describe(kFinish), "Finish the session: save it and merge it into the learner's record"},
  };
}

std::vector<ShortcutSection> observerHelp() {
  return {{kObserveTab, observerShortcuts()}, {"Recorded sessions", recordingShortcuts()}};
}

void drawObserverFileMenu(AppState& state) {
  session::ObserverState& o = state.observer;
  if (ImGui::MenuItem("New session", describe(kNew).c_str())) guardUnsaved(state, AfterPrompt::NewSession);
  if (ImGui::MenuItem("Open observation…", describe(kOpen).c_str())) guardUnsaved(state, AfterPrompt::OpenFile);
  if (ImGui::BeginMenu("Open recent", !o.settings.recentFiles.empty())) {
    for (const std::string& path : o.settings.recentFiles) {
      if (ImGui::MenuItem(path.c_str())) guardUnsaved(state, AfterPrompt::OpenFile, path);
    }
    ImGui::EndMenu();
  }
  if (ImGui::MenuItem("Save", describe(kSave).c_str())) saveNow(state);
  if (ImGui::MenuItem("Save as…", describe(kSaveAs).c_str())) openFileDialog(state, true);
  if (ImGui::MenuItem("Finish session (merge into the record)", describe(kFinish).c_str())) finishNow(state);
  ImGui::Separator();
}

void drawObserverEditMenu(AppState& state) {
  session::ObserverState& o = state.observer;
  const std::string undo = o.stack.canUndo() ? "Undo " + o.stack.undoLabel() : "Undo";
  const std::string redo = o.stack.canRedo() ? "Redo " + o.stack.redoLabel() : "Redo";
  if (ImGui::MenuItem(undo.c_str(), describe(kUndo).c_str(), false, o.stack.canUndo())) undoChange(o);
  if (ImGui::MenuItem(redo.c_str(), describe(kRedo).c_str(), false, o.stack.canRedo())) redoChange(o);
}

bool observerReadyToQuit(AppState& state) {
  session::ObserverState& o = state.observer;
  ObserverView& v = state.observerView;
  if (v.quitConfirmed || !o.initialised) return true;
  finishNote(o);
  if (!o.stack.dirty()) {
    if (o.journal.isOpen()) o.journal.discard();  // undone back to the saved state: nothing to recover
    return true;
  }
  if (!v.showUnsavedPrompt) guardUnsaved(state, AfterPrompt::Quit);
  state.requestedTab = kObserveTab;  // the question is asked on the Observe tab
  return false;
}

}  // namespace coachscope::ui
