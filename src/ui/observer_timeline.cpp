// The middle column: the note box (its time is the clock at the first keystroke), and the
// session's marker events and notes in time order — filtered, clipped to what is visible, and
// editable (quote, text, kind, tag, time, delete) through the selection editor below the list.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cfloat>
#include <cstdio>

#include "core/clock_text.h"
#include "ui/fonts.h"
#include "ui/observer_parts.h"
#include "session/observer_session.h"

namespace coachscope::ui::observer {
namespace {

const char* kindLabel(core::NoteKind kind) {
  switch (kind) {
    case core::NoteKind::Observation: return "observation";
    case core::NoteKind::Strength: return "strength";
    case core::NoteKind::Development: return "development";
    case core::NoteKind::Question: return "question";
  }
  return "observation";
}

ImVec4 kindColour(core::NoteKind kind) {
  switch (kind) {
    case core::NoteKind::Strength: return palette().good;
    case core::NoteKind::Development: return palette().warning;
    case core::NoteKind::Question: return palette().accent;
    case core::NoteKind::Observation: break;
  }
  return ImGui::GetStyleColorVec4(ImGuiCol_Text);
}

const core::NoteKind kKinds[] = {core::NoteKind::Observation, core::NoteKind::Strength, core::NoteKind::Development,
                                 core::NoteKind::Question};

// The competency or marker a note is tagged with; `set` applies the choice (to the note being
// typed, or to a timeline entry).
template <typename Set>
void tagCombo(const core::Framework* f, const std::string& current, const char* id, Set set) {
  const std::string preview = current.empty() ? "no tag" : current;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
  if (!ImGui::BeginCombo(id, preview.c_str())) return;
  if (ImGui::Selectable("no tag", current.empty())) set("");
  if (f) {
    for (const core::Competency& c : f->competencies) {
      const std::string label = "Competency " + competencyLabel(c) + "##c" + c.id;
      if (ImGui::Selectable(label.c_str(), current == c.id)) set(c.id);
      for (const core::Marker* m : f->markersOf(c.id)) {
        const std::string mlabel = "    " + m->code + " " + m->shortLabel + "##m" + m->code;
        if (ImGui::Selectable(mlabel.c_str(), current == m->code)) set(m->code);
      }
    }
  }
  ImGui::EndCombo();
}

void drawNoteBox(session::ObserverState& o, ObserverView& v, const core::Framework* f) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(palette().accent, "Note");
  ImGui::PopFont();
  ImGui::SameLine();
  if (!o.noteId.empty()) {
    if (const core::Note* n = o.stack.observation().note(o.noteId)) {
      ImGui::TextColored(palette().accent, "at %s (first keystroke)", core::formatClock(n->time).c_str());
    }
  } else {
    ImGui::TextColored(palette().muted, "F2 · timed at the first keystroke");
  }
  if (v.focusNote) {
    ImGui::SetKeyboardFocusHere();
    v.focusNote = false;
  }
  const bool escaping = escapePressed();
  std::string text = o.noteText;
  ImGui::SetNextItemWidth(-1);
  const bool enter = ImGui::InputTextWithHint("##note", "Type a note…", &text, ImGuiInputTextFlags_EnterReturnsTrue);
  const bool active = ImGui::IsItemActive();
  v.noteBoxActive = active;
  // Esc makes ImGui put back the text the field had when it was focused: keep the note instead.
  if (escaping && !o.noteId.empty()) {
    finishNote(o);
  } else {
    if (text != o.noteText) typeNote(o, text);
    if (enter || (!active && !o.noteId.empty() && ImGui::IsItemDeactivated())) finishNote(o);
  }

  ImGui::SetNextItemWidth(130);
  const core::NoteKind shownKind = o.noteKind;
  if (ImGui::BeginCombo("##kind", kindLabel(shownKind))) {
    for (int i = 0; i < 4; ++i) {
      const std::string label = std::string(kindLabel(kKinds[i])) + "  (Alt+" + std::to_string(i + 1) + ")";
      if (ImGui::Selectable(label.c_str(), shownKind == kKinds[i])) setNoteKind(o, kKinds[i]);
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  tagCombo(f, o.noteTag, "##tag", [&](const std::string& tag) { setNoteTag(o, tag); });
}

void drawFilter(session::ObserverState& o, ObserverView& v) {
  static const char* const names[] = {"All", "Markers", "Notes", "Strengths", "Development", "Questions",
                                      "Observations"};
  ImGui::SetNextItemWidth(120);
  int current = static_cast<int>(o.filter);
  if (ImGui::Combo("##filter", &current, names, IM_ARRAYSIZE(names))) o.filter = static_cast<session::TimelineFilter>(current);
  ImGui::SameLine();
  if (v.focusFilter) {
    ImGui::SetKeyboardFocusHere();
    v.focusFilter = false;
  }
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##search", "Filter (Ctrl+F)", &o.filterText);
}

// One line per entry, drawn straight into the draw list (one widget a row: the selectable), so a
// long session costs no more per frame than a short one (the list is clipped to what is visible).
struct RowLayout {
  float kindX = 0;  // where the kind or marker code starts
  float textX = 0;  // where the text starts
};

RowLayout rowLayout() {
  ImGui::PushFont(fonts().mono);
  const float clockWidth = ImGui::CalcTextSize("00:00:00").x;
  ImGui::PopFont();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  return {clockWidth + spacing, clockWidth + spacing + ImGui::CalcTextSize("development").x + spacing};
}

void drawRow(session::ObserverState& o, const core::Framework* f, const session::TimelineRow& row, const RowLayout& layout) {
  const core::Observation& obs = o.stack.observation();
  const std::string& id = row.isNote ? obs.notes[row.index].id : obs.events[row.index].id;
  ImGui::PushID(id.c_str());
  const bool selected = id == o.selectedId;
  if (ImGui::Selectable("##row", selected)) {
    o.selectedId = selected ? std::string() : id;
    o.scrollToEnd = false;
    if (!selected) seekTo(o, row.time);
  }
  const bool hovered = wantTooltip();
  ImGui::PopID();

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 at = ImGui::GetItemRectMin();
  const float size = ImGui::GetFontSize();
  ImFont* regular = ImGui::GetFont();
  ImFont* mono = fonts().mono ? fonts().mono : regular;
  const float clockWidth = mono->CalcTextSizeA(size, FLT_MAX, 0, row.clock).x;
  draw->AddText(mono, size, ImVec2(at.x + layout.kindX - ImGui::GetStyle().ItemSpacing.x - clockWidth, at.y),
                ImGui::GetColorU32(palette().muted), row.clock);
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  float x = at.x + layout.kindX;
  if (row.isNote) {
    const core::Note& n = obs.notes[row.index];
    draw->AddText(regular, size, ImVec2(x, at.y), ImGui::GetColorU32(kindColour(n.kind)), kindLabel(n.kind));
    x = at.x + layout.textX;
    if (!n.tag.empty()) {
      char tag[64];
      std::snprintf(tag, sizeof tag, "[%s]", n.tag.c_str());
      draw->AddText(regular, size, ImVec2(x, at.y), ImGui::GetColorU32(palette().accent), tag);
      x += regular->CalcTextSizeA(size, FLT_MAX, 0, tag).x + ImGui::GetStyle().ItemSpacing.x;
    }
    draw->AddText(regular, size, ImVec2(x, at.y), text, n.text.c_str());
    if (hovered) ImGui::SetTooltip("%s", n.text.c_str());
  } else {
    const core::MarkerEvent& e = obs.events[row.index];
    const core::Marker* m = f ? f->marker(e.markerCode) : nullptr;
    char code[32];
    std::snprintf(code, sizeof code, "• %s", e.markerCode.c_str());
    draw->AddText(regular, size, ImVec2(x, at.y), ImGui::GetColorU32(palette().accent), code);
    x = at.x + layout.textX;
    const char* label = m ? m->shortLabel.c_str() : "";
    draw->AddText(regular, size, ImVec2(x, at.y), text, label);
    if (!e.quote.empty()) {
      x += regular->CalcTextSizeA(size, FLT_MAX, 0, label).x + ImGui::GetStyle().ItemSpacing.x;
      const ImU32 muted = ImGui::GetColorU32(palette().muted);
      draw->AddText(regular, size, ImVec2(x, at.y), muted, "“");
      x += regular->CalcTextSizeA(size, FLT_MAX, 0, "“").x;
      draw->AddText(regular, size, ImVec2(x, at.y), muted, e.quote.c_str());
    }
    if (hovered) {
      ImGui::SetTooltip("%s %s%s%s", e.markerCode.c_str(), m ? m->text.c_str() : "", e.quote.empty() ? "" : "\n“",
                        e.quote.empty() ? "" : (e.quote + "”").c_str());
    }
  }
}

void drawSelectionEditor(session::ObserverState& o, ObserverView& v, const core::Framework* f) {
  if (o.selectedId.empty()) return;
  const core::Observation& obs = o.stack.observation();
  const core::MarkerEvent* e = obs.event(o.selectedId);
  const core::Note* n = e ? nullptr : obs.note(o.selectedId);
  if (!e && !n) return;
  ImGui::Separator();
  ImGui::PushID("selection");
  const double time = e ? e->time : n->time;
  std::string timeText = core::formatClock(time);
  ImGui::SetNextItemWidth(80);
  if (ImGui::InputText("##time", &timeText, ImGuiInputTextFlags_EnterReturnsTrue)) {
    if (auto t = core::parseClock(timeText)) retimeSelected(o, *t);
  }
  if (wantTooltip()) ImGui::SetTooltip("Time (m:ss), Enter to apply; Alt+Left/Right nudges by 1 s");
  ImGui::SameLine();
  if (e) {
    const core::Marker* m = f ? f->marker(e->markerCode) : nullptr;
    ImGui::Text("Marker %s %s", e->markerCode.c_str(), m ? m->shortLabel.c_str() : "");
  } else {
    ImGui::SetNextItemWidth(120);
    if (ImGui::BeginCombo("##kind", kindLabel(n->kind))) {
      for (core::NoteKind k : kKinds) {
        if (ImGui::Selectable(kindLabel(k), n->kind == k)) setEntryKind(o, n->id, k);
      }
      ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 80);
    const std::string noteId = n->id;
    tagCombo(f, n->tag, "##tag", [&](const std::string& tag) { setEntryTag(o, noteId, tag); });
  }
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 70);
  if (ImGui::Button("Delete")) {
    deleteSelected(o);
    ImGui::PopID();
    return;
  }
  if (v.focusEntryEditor) {
    ImGui::SetKeyboardFocusHere();
    v.focusEntryEditor = false;
  }
  std::string text = e ? e->quote : n->text;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputTextWithHint("##text", e ? "Quote: the words that showed it (Ctrl+E)" : "Note text", &text) &&
      !escapePressed()) {
    if (e) {
      core::MarkerEvent changed = *e;
      changed.quote = text;
      applyChange(o, core::PutEvent{changed}, "quote:" + changed.id);
    } else {
      core::Note changed = *n;
      changed.text = text;
      applyChange(o, core::PutNote{changed}, "edit:" + changed.id);
    }
  }
  if (ImGui::IsItemDeactivatedAfterEdit()) closeTyping(o);
  ImGui::PopID();
}

}  // namespace

void drawTimelineColumn(AppState& state, const core::Framework* f) {
  session::ObserverState& o = state.observer;
  ObserverView& v = state.observerView;
  drawNoteBox(o, v, f);
  ImGui::Spacing();
  drawFilter(o, v);

  const auto& rows = timelineFor(o);
  const bool hasSelection = !o.selectedId.empty() && (o.stack.observation().event(o.selectedId) ||
                                                      o.stack.observation().note(o.selectedId));
  const float editorHeight = hasSelection ? ImGui::GetFrameHeightWithSpacing() * 2 + 8 : 0;
  if (ImGui::BeginChild("entries", ImVec2(0, -editorHeight), true)) {
    if (rows.empty()) {
      ImGui::TextColored(palette().muted, o.filterText.empty() && o.filter == session::TimelineFilter::All
                                              ? "Press a marker key or type a note: entries appear here in time order."
                                              : "Nothing matches the filter.");
    }
    const RowLayout layout = rowLayout();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        drawRow(o, f, rows[static_cast<std::size_t>(i)], layout);
      }
    }
    clipper.End();
    // Follow new entries, unless the tutor has scrolled up to read.
    if (ImGui::GetScrollY() < ImGui::GetScrollMaxY() - 1 && ImGui::IsWindowHovered() &&
        ImGui::GetIO().MouseWheel != 0) {
      o.scrollToEnd = false;
    }
    if (o.scrollToEnd) ImGui::SetScrollHereY(1.0f);
  }
  ImGui::EndChild();
  drawSelectionEditor(o, v, f);
}

}  // namespace coachscope::ui::observer
