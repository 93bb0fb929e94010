// Competency development: one small chart per competency (ratings in session order, drawn with
// ImGui's draw list), its trend, and the strengths and development areas the ratings show.
#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <optional>

#include "core/competency_trends.h"
#include "core/framework.h"
#include "core/self_assessment.h"
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

// One session on a competency's chart: the tutor's level, the learner's self-rating, or both.
struct ChartPoint {
  std::string date;
  std::optional<int> tutor;
  std::optional<int> self;
  std::string why;  // the learner's line of why
};

// The chart's sessions, oldest first: those the tutor rated (the trend's) and those the learner
// rated themself on (core/self_assessment.h), so the two views sit on one time axis.
std::vector<ChartPoint> chartPoints(const core::CompetencyTrend& trend, const core::SelfTutorSeries* series) {
  std::vector<ChartPoint> out;
  if (series) {
    for (const core::SelfTutorPoint& p : series->points) out.push_back({p.date, p.tutor, p.self, p.why});
    return out;
  }
  for (const core::RatingPoint& p : trend.points) out.push_back({p.date, p.level, std::nullopt, {}});
  return out;
}

void drawChart(const core::CompetencyTrend& trend, const std::vector<ChartPoint>& points, int lowest, int highest,
               ImVec2 size) {
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
  const std::size_t n = points.size();
  auto xOf = [&](std::size_t i) { return n == 1 ? (lo.x + hi.x) / 2 : lo.x + (hi.x - lo.x) * float(i) / float(n - 1); };
  const ImVec4 lineColour = trend.trend == core::Trend::Improving   ? palette().good
                            : trend.trend == core::Trend::Declining ? palette().warning
                                                                    : palette().accent;
  // Each series joins its own points, skipping sessions it has none for: the learner's thin and
  // muted behind, the tutor's on top.
  auto drawLine = [&](auto level, ImU32 c, float thickness) {
    std::optional<ImVec2> previous;
    for (std::size_t i = 0; i < n; ++i) {
      const std::optional<int> l = level(points[i]);
      if (!l) continue;
      const ImVec2 p(xOf(i), yOf(*l));
      if (previous) draw->AddLine(*previous, p, c, thickness);
      previous = p;
    }
  };
  drawLine([](const ChartPoint& p) { return p.self; }, colour(palette().muted, 0.8f), 1.0f);
  drawLine([](const ChartPoint& p) { return p.tutor; }, colour(lineColour), 2.0f);
  int hoveredPoint = -1;
  for (std::size_t i = 0; i < n; ++i) {
    if (points[i].self) draw->AddCircle(ImVec2(xOf(i), yOf(*points[i].self)), 3.5f, colour(palette().muted), 12, 1.5f);
    if (points[i].tutor) draw->AddCircleFilled(ImVec2(xOf(i), yOf(*points[i].tutor)), 3.5f, colour(lineColour));
    if (hovered && std::abs(ImGui::GetIO().MousePos.x - xOf(i)) < 6) hoveredPoint = static_cast<int>(i);
  }
  if (hoveredPoint >= 0) {
    const ChartPoint& p = points[hoveredPoint];
    std::string text = p.date.empty() ? "undated session" : p.date.substr(0, 10);
    text += p.tutor ? fmt::format(": tutor {}", *p.tutor) : std::string(": tutor did not rate it");
    if (p.self) text += fmt::format(" · self {}{}{}", *p.self, p.why.empty() ? "" : " — ", p.why);
    ImGui::SetTooltip("%s", text.c_str());
  }
}

}  // namespace

void drawCompetencySection(ProgressPage& page) {
  RecordDerived& derived = page.tab.derived;
  if (!derived.mainFramework) derived.mainFramework = recordFramework(page);
  const core::Framework* framework = *derived.mainFramework;
  const std::string frameworkId = framework ? framework->id : std::string();
  if (!derived.development || derived.developmentFramework != frameworkId) {
    derived.developmentFramework = frameworkId;
    derived.development = core::competencyDevelopment(page.record, frameworkId);
    derived.developmentSelf = core::selfAgainstTutor(page.record, frameworkId);
  }
  const core::CompetencyDevelopment& development = *derived.development;
  if (development.trends.empty()) {
    ImGui::TextColored(palette().muted,
                       "No rated sessions yet. Finish a scored session on the Observe tab (Ctrl+Enter) and its "
                       "ratings appear here.");
    return;
  }
  const std::vector<core::SelfTutorSeries>& selfSeries = *derived.developmentSelf;
  auto seriesOf = [&](const std::string& competencyId) -> const core::SelfTutorSeries* {
    for (const auto& s : selfSeries) {
      if (s.competencyId == competencyId) return &s;
    }
    return nullptr;
  };
  int lowest = framework ? framework->scale.lowest() : 1, highest = framework ? framework->scale.highest() : 1;
  for (const auto& t : development.trends) {
    for (const auto& p : t.points) lowest = std::min(lowest, p.level), highest = std::max(highest, p.level);
  }
  for (const auto& s : selfSeries) {
    for (const auto& p : s.points) {
      if (p.self) lowest = std::min(lowest, *p.self), highest = std::max(highest, *p.self);
    }
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
  if (!selfSeries.empty()) {
    ImGui::TextColored(palette().muted, "Filled points: the tutor's ratings; hollow points: the learner's self-ratings.");
  }
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
    drawChart(*t, chartPoints(*t, seriesOf(t->competencyId)), lowest, highest,
              ImVec2(ImGui::GetContentRegionAvail().x, 44));
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
