#include "core/cohort_view.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/portfolio_status.h"

namespace coachscope::core {
namespace {

std::string frameworkIdOf(const std::string& key) { return key.substr(0, key.find('@')); }

LevelCounts emptyCounts(const Framework& f) {
  LevelCounts c;
  for (const ScaleLevel& level : f.scale.levels) c.byLevel[level.value] = 0;
  return c;
}

void add(LevelCounts& c, int level) {
  ++c.byLevel[level];
  c.mean += (level - c.mean) / ++c.total;  // running mean: no sum to overflow
}

int termOf(int month) { return month <= 4 ? 0 : month <= 8 ? 1 : 2; }
constexpr const char* kTermNames[] = {"Spring term", "Summer term", "Autumn term"};

}  // namespace

std::vector<RatedSession> ratedSessions(const ProgressRecord& record) {
  std::vector<RatedSession> out;
  for (const auto& [id, versions] : record.sessions.entities()) {
    const auto* current = record.sessions.current(id);
    if (!current || current->data.reference) continue;
    const SessionSummary& s = current->data;
    RatedSession r{s.date, s.frameworkKey, {}, s.markerCounts};
    for (const auto& [competency, rating] : s.ratings) {
      if (rating.level && !rating.notObserved) r.levels[competency] = *rating.level;
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::string periodOf(const std::string& isoDate, CohortPeriod period) {
  if (!daysSinceEpoch(isoDate)) return "";
  if (period == CohortPeriod::Month) return isoDate.substr(0, 7);
  return fmt::format("{} {}", isoDate.substr(0, 4), kTermNames[termOf(std::stoi(isoDate.substr(5, 2)))]);
}

std::string periodSortKey(const std::string& isoDate, CohortPeriod period) {
  if (!daysSinceEpoch(isoDate)) return "";
  if (period == CohortPeriod::Month) return isoDate.substr(0, 7);
  return fmt::format("{}-{}", isoDate.substr(0, 4), termOf(std::stoi(isoDate.substr(5, 2))));
}

CohortView cohortView(const std::string& cohort, int learners, const std::vector<RatedSession>& sessions,
                      const Framework& framework, CohortPeriod period) {
  CohortView view;
  view.cohort = cohort;
  view.frameworkKey = framework.key();
  view.learners = learners;

  std::map<std::string, std::string> periodNames;  // sort key -> name
  std::map<std::string, CohortCompetency> byId;
  std::map<std::string, std::map<std::string, LevelCounts>> periodCounts;  // competency -> sort key -> counts
  std::map<std::string, MarkerSeen> markers;
  for (const Competency& c : framework.competencies) {
    if (c.evidence == EvidenceKind::Judgement) continue;
    byId[c.id] = CohortCompetency{c.id, c.title, emptyCounts(framework), {}};
  }
  for (const Marker& m : framework.markers) markers[m.code] = MarkerSeen{m.code, m.shortLabel.empty() ? m.text : m.shortLabel};

  for (const RatedSession& s : sessions) {
    if (frameworkIdOf(s.frameworkKey) != framework.id) continue;
    ++view.sessions;
    const std::string key = periodSortKey(s.date, period);
    if (!key.empty()) periodNames[key] = periodOf(s.date, period);
    for (const auto& [competency, level] : s.levels) {
      auto it = byId.find(competency);
      if (it == byId.end() || !framework.scale.level(level)) continue;  // not of this framework's scale
      add(it->second.overall, level);
      if (!key.empty()) {
        auto [slot, fresh] = periodCounts[competency].try_emplace(key, emptyCounts(framework));
        add(slot->second, level);
      }
    }
    for (const auto& [code, count] : s.markerCounts) {
      auto it = markers.find(code);
      if (it == markers.end() || count <= 0) continue;
      ++it->second.sessionsSeen;
      it->second.timesSeen += count;
    }
  }

  for (const auto& [key, name] : periodNames) view.periods.push_back(name);
  for (const Competency& c : framework.competencies) {
    auto it = byId.find(c.id);
    if (it == byId.end()) continue;
    for (const auto& [key, counts] : periodCounts[c.id]) it->second.byPeriod.push_back({periodNames[key], counts});
    view.competencies.push_back(std::move(it->second));
  }
  for (const Marker& m : framework.markers) {
    MarkerSeen seen = markers[m.code];
    seen.share = view.sessions ? static_cast<double>(seen.sessionsSeen) / view.sessions : 0;
    view.markers.push_back(std::move(seen));
  }
  std::stable_sort(view.markers.begin(), view.markers.end(),
                   [](const MarkerSeen& a, const MarkerSeen& b) { return a.sessionsSeen < b.sessionsSeen; });
  return view;
}

}  // namespace coachscope::core
