#include "core/competency_trends.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace coachscope::core {
namespace {

// A change of at least this many levels per session counts as a trend, not noise.
constexpr double kTrendSlope = 0.15;
// A competency this far above or below the learner's own average is a strength or a development
// area: relative to the learner, so it works on any framework's scale.
constexpr double kStandOut = 0.25;
constexpr std::size_t kMostListed = 3;

double leastSquaresSlope(const std::vector<RatingPoint>& points) {
  const double n = static_cast<double>(points.size());
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const double x = static_cast<double>(i), y = points[i].level;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const double denominator = n * sxx - sx * sx;
  return denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
}

std::string frameworkIdOf(const std::string& key) { return key.substr(0, key.find('@')); }

}  // namespace

const char* label(Trend trend) {
  switch (trend) {
    case Trend::NotEnoughData: return "not enough data";
    case Trend::Improving: return "improving";
    case Trend::Steady: return "steady";
    case Trend::Declining: return "declining";
  }
  return "";
}

CompetencyDevelopment competencyDevelopment(const ProgressRecord& record, const std::string& frameworkId) {
  std::map<std::string, std::vector<RatingPoint>> byCompetency;
  for (const std::string& id : record.sessions.liveIds()) {
    const SessionSummary& s = record.sessions.current(id)->data;
    if (s.reference) continue;
    if (!frameworkId.empty() && frameworkIdOf(s.frameworkKey) != frameworkId) continue;
    for (const auto& [competency, rating] : s.ratings) {
      if (rating.level && !rating.notObserved) byCompetency[competency].push_back({s.date, id, *rating.level});
    }
  }
  CompetencyDevelopment result;
  for (auto& [competency, points] : byCompetency) {
    std::sort(points.begin(), points.end(), [](const RatingPoint& a, const RatingPoint& b) {
      return a.date != b.date ? a.date < b.date : a.observationId < b.observationId;
    });
    CompetencyTrend t;
    t.competencyId = competency;
    t.points = points;
    if (points.size() >= 2) {
      t.slope = leastSquaresSlope(points);
      t.trend = t.slope >= kTrendSlope ? Trend::Improving : t.slope <= -kTrendSlope ? Trend::Declining : Trend::Steady;
    }
    const std::size_t recent = std::min<std::size_t>(points.size(), kRecentRatings);
    double sum = 0;
    for (std::size_t i = points.size() - recent; i < points.size(); ++i) sum += points[i].level;
    t.recentMean = sum / static_cast<double>(recent);
    result.trends.push_back(std::move(t));
  }
  if (result.trends.size() < 2) return result;
  double overall = 0;
  for (const auto& t : result.trends) overall += t.recentMean;
  overall /= static_cast<double>(result.trends.size());
  std::vector<const CompetencyTrend*> sorted;
  for (const auto& t : result.trends) sorted.push_back(&t);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const CompetencyTrend* a, const CompetencyTrend* b) { return a->recentMean > b->recentMean; });
  for (const auto* t : sorted) {
    if (t->recentMean >= overall + kStandOut && result.strengths.size() < kMostListed) {
      result.strengths.push_back(t->competencyId);
    }
  }
  for (auto it = sorted.rbegin(); it != sorted.rend(); ++it) {
    if ((*it)->recentMean <= overall - kStandOut && result.developmentAreas.size() < kMostListed) {
      result.developmentAreas.push_back((*it)->competencyId);
    }
  }
  return result;
}

}  // namespace coachscope::core
