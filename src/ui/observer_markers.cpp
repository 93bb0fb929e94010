// The marker column: each competency's markers with their key, a running tally per marker and
// per competency. A key press or a click records the marker at the clock's time.
#include <imgui.h>

#include "ui/fonts.h"
#include "ui/observer_keys.h"
#include "ui/observer_parts.h"
#include "session/observer_session.h"

namespace coachscope::ui::observer {

std::string competencyLabel(const core::Competency& c) {
  return c.id + "  " + (c.shortTitle.empty() ? c.title : c.shortTitle);
}

bool wantTooltip() {
  if (!ImGui::IsItemHovered()) return false;
  static float still = 0;  // seconds, and frames, the mouse has not moved
  static int stillFrames = 0;
  static int frame = -1;
  const ImGuiIO& io = ImGui::GetIO();
  if (frame != ImGui::GetFrameCount()) {
    const bool moved = io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || frame + 1 != ImGui::GetFrameCount();
    frame = ImGui::GetFrameCount();
    still = moved ? 0 : still + io.DeltaTime;
    stillFrames = moved ? 0 : stillFrames + 1;
  }
  return still > 0.35f && stillFrames > 12;
}

bool escapePressed() { return ImGui::IsKeyPressed(static_cast<int>(Key::Escape), false); }

void handleMarkerKey(AppState& state, const std::vector<MarkerKey>& keys, const session::KeyEvent& e) {
  if (ImGui::GetIO().WantTextInput) return;  // the key types into the field
  // Not while a dialog is open: its keys are its own.
  if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
  for (const MarkerKey& k : keys) {
    if (globalShortcut(e, k.shortcut)) recordMarker(state.observer, k.markerCode);
  }
}

void drawMarkerColumn(AppState& state, const core::Framework& f) {
  session::ObserverState& o = state.observer;
  const core::EvidenceSummary& evidence = evidenceFor(o, f);
  const std::vector<MarkerKey> keys = markerKeys(f, o.settings);
  auto keyFor = [&](const std::string& code) -> const MarkerKey* {
    for (const MarkerKey& k : keys) {
      if (k.markerCode == code) return &k;
    }
    return nullptr;
  };

  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(palette().accent, "Markers");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextColored(palette().muted, "%zu events", o.stack.observation().events.size());

  const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg;
  for (const core::Competency& c : f.competencies) {
    if (c.evidence == core::EvidenceKind::Judgement) continue;
    const core::CompetencyEvidence* e = evidence.of(c.id);
    ImGui::PushID(c.id.c_str());
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(competencyLabel(c).c_str());
    ImGui::PopFont();
    if (e) {
      ImGui::SameLine();
      ImGui::TextColored(e->events > 0 ? palette().good : palette().muted, "%d · %d/%d", e->events, e->markersSeen,
                         e->markersPossible);
      if (wantTooltip()) {
        ImGui::SetTooltip("%d marker events; %d of the %d markers that evidence it seen", e->events, e->markersSeen,
                          e->markersPossible);
      }
    }
    if (c.evidence == core::EvidenceKind::Derived) {
      ImGui::TextColored(palette().muted, "from markers of other competencies");
      ImGui::PopID();
      continue;
    }
    if (ImGui::BeginTable("markers", 3, flags, ImVec2(ImGui::GetContentRegionAvail().x, 0))) {
      ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthFixed);
      ImGui::TableSetupColumn("marker", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn("count", ImGuiTableColumnFlags_WidthFixed);
      for (const core::Marker* m : f.markersOf(c.id)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const MarkerKey* k = keyFor(m->code);
        ImGui::PushFont(fonts().mono);
        ImGui::TextColored(palette().accent, "%s", k ? k->label.c_str() : " ");
        ImGui::PopFont();
        ImGui::TableNextColumn();
        const std::string label = m->code + " " + (m->shortLabel.empty() ? m->text : m->shortLabel) + "##" + m->code;
        if (ImGui::Selectable(label.c_str(), o.lastMarkerCode == m->code, ImGuiSelectableFlags_SpanAllColumns)) {
          recordMarker(o, m->code);
        }
        if (wantTooltip()) ImGui::SetTooltip("%s\nKey: %s", m->text.c_str(), k ? k->label.c_str() : "none");
        ImGui::TableNextColumn();
        const int count = evidence.countOf(m->code);
        if (count > 0) {
          ImGui::Text("%d", count);
        } else {
          ImGui::TextColored(palette().muted, "·");
        }
      }
      ImGui::EndTable();
    }
    ImGui::PopID();
  }
}

}  // namespace coachscope::ui::observer
