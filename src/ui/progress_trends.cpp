// Competency development: one small chart per competency (ratings in session order, drawn with
// ImGui's draw list), its trend, and the strengths and development areas the ratings show.
#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>

#include "core/competency_trends.h"
#include "core/framework.h"
#include "ui/progress_sections.h"

namespace coachscope::ui {
namespace {

// The framework most of the record's sessions were scored against (by id, any version).
const core::Framework* recordFramework(ProgressPage& page) {
  std::map<std::string, int> counts;
  for (const std::string& id : page.record.sessions.liveIds()) ++counts[page.record.sessions.current(id)->data.frameworkKey];
  std::string best;
  int most = 0;
  for (const auto& [key, n] : counts) {
    if (n > most) best = key, most = n;
  }
  if (!best.empty()) {
    if (const core::Framework* f = page.state.catalog.framework(best)) return f;
    if (const core::Framework* f = page.state.catalog.framework(best.substr(0, best.find('@')))) return f;
  }
  if (page.programme && !page.programme->frameworkId.empty()) return page.state.catalog.framework(page.programme->frameworkId);
  return nullptr;
}

std::string competencyName(const core::Framework* framework, const std::string& id) {
  const core::Competency* c = framework ? framework->competency(id) : nullptr;
  if (!c) return id;
  return fmt::format("{} {}", c->id, c->shortTitle.empty() ? c->title : c->shortTitle);
}

ImU32 colour(const ImVec4& c, float alpha = 1.0f) { return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, c.w * alpha)); }

void drawChart(const core::CompetencyTrend& trend, int lowest, int highest, ImVec2 size) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("chart", size);
  const bool hovered = ImGui::IsItemHovered();
  const float padX = 10, padY = 6;
  const ImVec2 lo(origin.x + padX, origin.y + size.y - padY), hi(origin.x + size.x - padX, origin.y + padY);
  draw->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), colour(ImGui::GetStyleColorVec4(ImGuiCol_FrameBg)), 4);
  const int span = std::max(1, highest - lowest);
  auto yOf = [&](int level) { return lo.y - (lo.y - hi.y) * float(level - lowest) / float(span); };
  for (int level = lowest; level <= highest; ++level) {
    draw->AddLine(ImVec2(lo.x, yOf(level)), ImVec2(hi.x, yOf(level)), colour(palette().muted, 0.25f));
  }
  const std::size_t n = trend.points.size();
  auto xOf = [&](std::size_t i) { return n == 1 ? (lo.x + hi.x) / 2 : lo.x + (hi.x - lo.x) * float(i) / float(n - 1); };
  const ImVec4 lineColour = trend.trend == core::Trend::Improving   ? palette().good
                            : trend.trend == core::Trend::Declining ? palette().warning
                                                                    : palette().accent;
  for (std::size_t i = 1; i < n; ++i) {
    draw->AddLine(ImVec2(xOf(i - 1), yOf(trend.points[i - 1].level)), ImVec2(xOf(i), yOf(trend.points[i].level)),
                  colour(lineColour), 2.0f);
  }
  int hoveredPoint = -1;
  for (std::size_t i = 0; i < n; ++i) {
    const ImVec2 p(xOf(i), yOf(trend.points[i].level));
    draw->AddCircleFilled(p, 3.5f, colour(lineColour));
    if (hovered && std::abs(ImGui::GetIO().MousePos.x - p.x) < 6) hoveredPoint = static_cast<int>(i);
  }
  if (hoveredPoint >= 0) {
    const auto& point = trend.points[hoveredPoint];
    ImGui::SetTooltip("%s: level %d", point.date.empty() ? "undated session" : point.date.c_str(), point.level);
  }
}

}  // namespace

void drawCompetencySection(ProgressPage& page) {
  const core::Framework* framework = recordFramework(page);
  const core::CompetencyDevelopment development =
      core::competencyDevelopment(page.record, framework ? framework->id : std::string());
  if (development.trends.empty()) {
    ImGui::TextColored(palette().muted,
                       "No rated sessions yet. Finish a scored session on the Observe tab (Ctrl+Enter) and its "
                       "ratings appear here.");
    return;
  }
  int lowest = framework ? framework->scale.lowest() : 1, highest = framework ? framework->scale.highest() : 1;
  for (const auto& t : development.trends) {
    for (const auto& p : t.points) lowest = std::min(lowest, p.level), highest = std::max(highest, p.level);
  }

  auto list = [&](const char* title, const std::vector<std::string>& ids, const ImVec4& c) {
    ImGui::TextUnformatted(title);
    ImGui::SameLine();
    if (ids.empty()) {
      ImGui::TextColored(palette().muted, "none stand out yet");
      return;
    }
    std::string text;
    for (const auto& id : ids) text += (text.empty() ? "" : "; ") + competencyName(framework, id);
    ImGui::TextColored(c, "%s", text.c_str());
  };
  list("Current strengths:", development.strengths, palette().good);
  list("Development areas:", development.developmentAreas, palette().warning);
  ImGui::TextColored(palette().muted, "Latest %d ratings against the learner's own average; scale %d-%d%s%s.",
                     core::kRecentRatings, lowest, highest, framework ? ", " : "",
                     framework ? framework->title.c_str() : "");
  ImGui::Spacing();

  // Framework order when the framework is known, else by id.
  std::vector<const core::CompetencyTrend*> ordered;
  for (const auto& t : development.trends) ordered.push_back(&t);
  if (framework) {
    auto rank = [&](const std::string& id) {
      for (std::size_t i = 0; i < framework->competencies.size(); ++i) {
        if (framework->competencies[i].id == id) return i;
      }
      return framework->competencies.size();
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const auto* a, const auto* b) { return rank(a->competencyId) < rank(b->competencyId); });
  }
  if (!ImGui::BeginTable("trends", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("Competency", 0, 1.6f);
  ImGui::TableSetupColumn("Ratings in session order", 0, 2.4f);
  ImGui::TableSetupColumn("Trend", 0, 0.8f);
  ImGui::TableSetupColumn("Now", 0, 0.5f);
  ImGui::TableHeadersRow();
  for (const core::CompetencyTrend* t : ordered) {
    ImGui::PushID(t->competencyId.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(competencyName(framework, t->competencyId).c_str());
    ImGui::TextColored(palette().muted, "%zu rating%s", t->points.size(), t->points.size() == 1 ? "" : "s");
    ImGui::TableNextColumn();
    drawChart(*t, lowest, highest, ImVec2(ImGui::GetContentRegionAvail().x, 44));
    ImGui::TableNextColumn();
    const ImVec4 c = t->trend == core::Trend::Improving   ? palette().good
                     : t->trend == core::Trend::Declining ? palette().warning
                                                          : palette().muted;
    ImGui::TextColored(c, "%s", core::label(t->trend));
    ImGui::TableNextColumn();
    ImGui::Text("%.1f", t->recentMean);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace coachscope::ui
