#include "ui/cohort_panel.h"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>

#include "session/centre_session.h"
#include "ui/fonts.h"
#include "ui/report_export.h"

namespace coachscope::ui {
namespace {

// A level's colour, from the scale's lowest (danger) through its middle to its highest (good).
ImVec4 levelColour(std::size_t index, std::size_t levels) {
  const float t = levels > 1 ? static_cast<float>(index) / static_cast<float>(levels - 1) : 1.0f;
  const ImVec4 low = palette().danger, mid = palette().warning, high = palette().good;
  auto mix = [](const ImVec4& a, const ImVec4& b, float k) {
    return ImVec4(a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k, a.z + (b.z - a.z) * k, 1.0f);
  };
  return t < 0.5f ? mix(low, mid, t * 2) : mix(mid, high, (t - 0.5f) * 2);
}

// The spread of one competency's ratings over the scale, as one bar split by level.
void spreadBar(const core::LevelCounts& counts, const core::Framework& framework, float width) {
  const float height = ImGui::GetTextLineHeight();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (counts.total == 0) {
    draw->AddRect(at, ImVec2(at.x + width, at.y + height), ImGui::GetColorU32(palette().muted));
    return;
  }
  float x = at.x;
  std::size_t index = 0;
  for (const auto& [level, n] : counts.byLevel) {
    const float w = width * static_cast<float>(n) / static_cast<float>(counts.total);
    if (n > 0) draw->AddRectFilled(ImVec2(x, at.y), ImVec2(x + w, at.y + height), ImGui::GetColorU32(levelColour(index, counts.byLevel.size())));
    x += w;
    ++index;
  }
  if (ImGui::IsItemHovered()) {
    std::string lines;
    for (const auto& [level, n] : counts.byLevel) {
      std::string label = std::to_string(level);
      for (const auto& l : framework.scale.levels) {
        if (l.value == level) label += " " + l.label;
      }
      lines += fmt::format("{}: {} rating{} ({:.0f}%)\n", label, n, n == 1 ? "" : "s", 100.0 * n / counts.total);
    }
    ImGui::SetTooltip("%s", lines.c_str());
  }
}

void drawChoice(AppState& state) {
  session::CentreState& centre = state.centre;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Cohort");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(220);
  if (ImGui::BeginCombo("##cohort", centre.cohort.empty() ? "Choose a cohort" : centre.cohort.c_str())) {
    for (std::size_t i = 0; i < centre.cohorts.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(centre.cohorts[i].c_str(), centre.cohorts[i] == centre.cohort)) {
        session::chooseCohort(state, centre.cohorts[i], centre.period);
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine(0, 20);
  if (ImGui::RadioButton("By month", centre.period == core::CohortPeriod::Month)) {
    session::chooseCohort(state, centre.cohort, core::CohortPeriod::Month);
  }
  ImGui::SameLine();
  if (ImGui::RadioButton("By term", centre.period == core::CohortPeriod::Term)) {
    session::chooseCohort(state, centre.cohort, core::CohortPeriod::Term);
  }
}

void drawCompetencies(const core::CohortView& view, const core::Framework& framework, float height) {
  const int columns = 4 + static_cast<int>(view.periods.size());
  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("competencies", columns, flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn("Competency", ImGuiTableColumnFlags_WidthFixed, 250);
  ImGui::TableSetupColumn("Ratings", ImGuiTableColumnFlags_WidthFixed, 56);
  ImGui::TableSetupColumn("Mean", ImGuiTableColumnFlags_WidthFixed, 44);
  ImGui::TableSetupColumn("Spread over the scale", ImGuiTableColumnFlags_WidthFixed, 220);
  for (const std::string& period : view.periods) ImGui::TableSetupColumn(period.c_str(), ImGuiTableColumnFlags_WidthFixed, 86);
  ImGui::TableHeadersRow();
  const float low = framework.scale.levels.empty() ? 0.0f : static_cast<float>(framework.scale.levels.front().value);
  const float high = framework.scale.levels.empty() ? 1.0f : static_cast<float>(framework.scale.levels.back().value);
  auto meanColour = [&](double mean) {
    const float t = high > low ? (static_cast<float>(mean) - low) / (high - low) : 1.0f;
    return levelColour(static_cast<std::size_t>(std::clamp(t, 0.0f, 1.0f) * 100.0f + 0.5f), 101);
  };
  for (const core::CohortCompetency& c : view.competencies) {
    ImGui::TableNextRow();
    ImGui::PushID(c.competencyId.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%s %s", c.competencyId.c_str(), c.title.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", c.overall.total);
    ImGui::TableNextColumn();
    if (c.overall.total) ImGui::TextColored(meanColour(c.overall.mean), "%.2f", c.overall.mean);
    else ImGui::TextColored(palette().muted, "-");
    ImGui::TableNextColumn();
    spreadBar(c.overall, framework, 210);
    // One cell per period, in the order of the header; periods with no rating stay empty.
    for (const std::string& period : view.periods) {
      ImGui::TableNextColumn();
      auto it = std::find_if(c.byPeriod.begin(), c.byPeriod.end(), [&](const auto& p) { return p.period == period; });
      if (it == c.byPeriod.end()) continue;
      ImGui::TextColored(meanColour(it->counts.mean), "%.2f", it->counts.mean);
      ImGui::SameLine(0, 4);
      ImGui::TextColored(palette().muted, "(%d)", it->counts.total);
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void drawMarkers(const core::CohortView& view) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(palette().accent, "Markers least often seen");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextColored(palette().muted, "what to teach harder");
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("markers", 4, flags)) return;
  ImGui::TableSetupColumn("Marker", ImGuiTableColumnFlags_WidthFixed, 60);
  ImGui::TableSetupColumn("Sessions", ImGuiTableColumnFlags_WidthFixed, 120);
  ImGui::TableSetupColumn("Times", ImGuiTableColumnFlags_WidthFixed, 50);
  ImGui::TableSetupColumn("What it looks for", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < view.markers.size() && i < core::kLeastSeenMarkers; ++i) {
    const core::MarkerSeen& m = view.markers[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(m.code.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d (%.0f%%)", m.sessionsSeen, 100 * m.share);
    ImGui::TableNextColumn();
    ImGui::Text("%d", m.timesSeen);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(m.label.c_str());
  }
  ImGui::EndTable();
}

}  // namespace

void drawCohortPanel(AppState& state) {
  session::CentreState& centre = state.centre;
  session::updateCentre(state);  // the cohorts to choose from are the centre's
  if (centre.loads == 0) {
    ImGui::TextColored(palette().muted, "Reading every learner's record...");
    return;
  }
  if (centre.cohorts.empty()) {
    ImGui::TextColored(palette().muted, "No learner's profile names a cohort yet (Progress tab, Learner).");
    return;
  }
  if (centre.cohort.empty()) session::chooseCohort(state, centre.cohorts.front(), centre.period);
  drawChoice(state);
  const bool stale = !centre.cohortView || centre.cohortViewOf != centre.cohort || centre.cohortViewPeriod != centre.period;
  if (!centre.cohortView) {
    ImGui::TextColored(palette().muted, "Reading the cohort's sessions...");
    return;
  }
  const store::CohortLoad& load = *centre.cohortView;
  if (load.failure) {
    ImGui::TextColored(palette().danger, "%s", load.failure->message().c_str());
    return;
  }
  const core::Framework* framework = state.catalog.framework(load.view.frameworkKey);
  if (!framework) return;  // the catalog lost it since: nothing to label the view with
  const core::CohortView& view = load.view;
  ImGui::SameLine(0, 20);
  drawCohortExport(state, view, *framework, state.workspace);
  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(palette().accent, "%s", view.cohort.c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextColored(palette().muted, "%d learner%s, %d observed session%s scored on %s%s", view.learners,
                     view.learners == 1 ? "" : "s", view.sessions, view.sessions == 1 ? "" : "s",
                     framework->titleWithVersion().c_str(), stale ? " · reading again..." : "");
  if (!load.skipped.empty()) {
    ImGui::TextColored(palette().danger, "%zu record%s could not be read (see the Centre tab)", load.skipped.size(),
                       load.skipped.size() == 1 ? "" : "s");
  }
  const float markersHeight = ImGui::GetTextLineHeightWithSpacing() * (core::kLeastSeenMarkers + 3);
  drawCompetencies(view, *framework, std::max(120.0f, ImGui::GetContentRegionAvail().y - markersHeight));
  ImGui::Spacing();
  drawMarkers(view);
}

}  // namespace coachscope::ui
