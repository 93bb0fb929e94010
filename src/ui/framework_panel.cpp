#include "ui/framework_panel.h"

#include <imgui.h>

#include "ui/fonts.h"

namespace coachscope::ui {
namespace {

const char* evidenceText(core::EvidenceKind kind) {
  switch (kind) {
    case core::EvidenceKind::Markers: return "own markers";
    case core::EvidenceKind::Derived: return "derived from markers of other competencies";
    case core::EvidenceKind::Judgement: return "explicit judgement";
  }
  return "";
}

void heading(const char* text) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(palette().accent, "%s", text);
  ImGui::PopFont();
}

void drawFrameworkChooser(AppState& state) {
  const core::Framework* current = state.framework();
  const std::string preview = current ? current->titleWithVersion() : "(none)";
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
  if (ImGui::BeginCombo("Framework", preview.c_str())) {
    for (const core::Framework& f : state.catalog.frameworks()) {
      const std::string label = f.titleWithVersion() + "##" + f.key();
      if (ImGui::Selectable(label.c_str(), current && current->key() == f.key())) state.frameworkKey = f.key();
    }
    ImGui::EndCombo();
  }
  if (current) {
    ImGui::SameLine();
    ImGui::TextColored(palette().muted, "%s", current->source.c_str());
  }
}

void drawScale(const core::RatingScale& scale) {
  heading(("Rating scale: " + scale.title).c_str());
  if (ImGui::BeginTable("scale", 3, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("Level", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("What the tutor sees", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const core::ScaleLevel& level : scale.levels) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%d", level.value);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(level.label.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", level.descriptor.c_str());
    }
    ImGui::EndTable();
  }
}

void drawCompetency(const core::Framework& f, const core::Competency& c) {
  const std::string label = c.id + "  " + c.title;
  if (!ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth)) return;
  ImGui::TextWrapped("%s", c.definition.c_str());
  ImGui::TextColored(palette().muted, "Evidence: %s", evidenceText(c.evidence));
  if (c.evidence == core::EvidenceKind::Judgement) {
    ImGui::TextWrapped("%s", c.judgementGuidance.c_str());
    for (const core::JudgementOption& o : c.judgementOptions) ImGui::BulletText("%s", o.label.c_str());
  }
  const auto markers = f.evidenceMarkersOf(c);
  if (!markers.empty() &&
      ImGui::BeginTable("markers", 3, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Marker", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Short", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Observable behaviour", ImGuiTableColumnFlags_WidthStretch);
    for (const core::Marker* m : markers) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(m->code.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(m->shortLabel.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", m->text.c_str());
    }
    ImGui::EndTable();
  }
  ImGui::TreePop();
}

}  // namespace

void drawFrameworkPanel(AppState& state) {
  drawFrameworkChooser(state);
  const core::Framework* f = state.framework();
  if (!f) {
    ImGui::TextColored(palette().warning, "No framework is loaded. Drop a framework file onto this window, or start coachscope with --framework FILE.");
    return;
  }
  ImGui::Separator();
  ImGui::BeginChild("framework-body");
  ImGui::PushFont(fonts().bold);
  ImGui::TextWrapped("%s", f->title.c_str());
  ImGui::PopFont();
  ImGui::TextColored(palette().muted, "%s  ·  %zu domains, %zu competencies, %zu markers", f->publisher.c_str(),
                     f->domains.size(), f->competencies.size(), f->markers.size());
  ImGui::TextWrapped("%s", f->description.c_str());
  ImGui::Spacing();
  for (const core::Domain& d : f->domains) {
    ImGui::PushID(d.id.c_str());
    heading((d.id + "  " + d.title).c_str());
    for (const core::Competency* c : f->competenciesIn(d.id)) {
      ImGui::PushID(c->id.c_str());
      drawCompetency(*f, *c);
      ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::Spacing();
  }
  drawScale(f->scale);
  ImGui::EndChild();
}

}  // namespace coachscope::ui
