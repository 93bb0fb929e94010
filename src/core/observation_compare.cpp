#include "core/observation_compare.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace coachscope::core {
namespace {

// Timestamps are typed or clocked in fractions of a second; a gap exactly at the tolerance counts.
constexpr double kTimeSlack = 1e-6;

struct Best {
  int matches = 0;
  double gaps = 0;
  bool betterThan(const Best& other) const {
    if (matches != other.matches) return matches > other.matches;
    return gaps < other.gaps - 1e-12;
  }
};

RatingVerdict verdictOf(const CompetencyRating* a, const CompetencyRating* b) {
  const bool aRated = a && (a->level || a->notObserved);
  const bool bRated = b && (b->level || b->notObserved);
  if (!aRated && !bRated) return RatingVerdict::BothMissing;
  if (!aRated || !bRated) return RatingVerdict::OneMissing;
  if (a->notObserved || b->notObserved) {
    return a->notObserved && b->notObserved ? RatingVerdict::Same : RatingVerdict::Differ;
  }
  const int gap = std::abs(*a->level - *b->level);
  if (gap == 0) return RatingVerdict::Same;
  return gap == 1 ? RatingVerdict::Adjacent : RatingVerdict::Differ;
}

void sortByTime(std::vector<MarkerEvent>& events) {
  std::stable_sort(events.begin(), events.end(),
                   [](const MarkerEvent& x, const MarkerEvent& y) { return x.time < y.time; });
}

}  // namespace

const char* toString(RatingVerdict verdict) {
  switch (verdict) {
    case RatingVerdict::Same: return "same";
    case RatingVerdict::Adjacent: return "adjacent";
    case RatingVerdict::Differ: return "differ";
    case RatingVerdict::OneMissing: return "one-missing";
    case RatingVerdict::BothMissing: return "both-missing";
  }
  return "";
}

MarkerComparison matchMarkerEvents(const std::string& code, std::vector<MarkerEvent> a, std::vector<MarkerEvent> b,
                                   double toleranceSeconds) {
  sortByTime(a);
  sortByTime(b);
  const std::size_t n = a.size(), m = b.size();
  // best[i][j]: the best matching of the first i events of A with the first j of B.
  std::vector<std::vector<Best>> best(n + 1, std::vector<Best>(m + 1));
  auto within = [&](std::size_t i, std::size_t j) { return std::fabs(a[i].time - b[j].time) <= toleranceSeconds + kTimeSlack; };
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = 0; j <= m; ++j) {
      if (i == 0 || j == 0) continue;
      Best candidate = best[i - 1][j];
      if (best[i][j - 1].betterThan(candidate)) candidate = best[i][j - 1];
      if (within(i - 1, j - 1)) {
        Best pair = best[i - 1][j - 1];
        pair.matches += 1;
        pair.gaps += std::fabs(a[i - 1].time - b[j - 1].time);
        if (pair.betterThan(candidate)) candidate = pair;
      }
      best[i][j] = candidate;
    }
  }
  MarkerComparison result;
  result.code = code;
  std::size_t i = n, j = m;
  while (i > 0 && j > 0) {
    const Best& here = best[i][j];
    if (within(i - 1, j - 1)) {
      Best pair = best[i - 1][j - 1];
      pair.matches += 1;
      pair.gaps += std::fabs(a[i - 1].time - b[j - 1].time);
      if (!here.betterThan(pair) && !pair.betterThan(here)) {
        result.matched.push_back({a[i - 1], b[j - 1]});
        --i;
        --j;
        continue;
      }
    }
    if (!here.betterThan(best[i - 1][j]) && !best[i - 1][j].betterThan(here)) {
      result.onlyA.push_back(a[--i]);
    } else {
      result.onlyB.push_back(b[--j]);
    }
  }
  while (i > 0) result.onlyA.push_back(a[--i]);
  while (j > 0) result.onlyB.push_back(b[--j]);
  std::reverse(result.matched.begin(), result.matched.end());
  std::reverse(result.onlyA.begin(), result.onlyA.end());
  std::reverse(result.onlyB.begin(), result.onlyB.end());
  return result;
}

ObservationComparison compareObservations(const Framework& framework, const Observation& a, const Observation& b,
                                          const CompareSettings& settings) {
  ObservationComparison result;
  result.settings = settings;
  for (const Competency& competency : framework.competencies) {
    CompetencyComparison row;
    row.competencyId = competency.id;
    auto ra = a.ratings.find(competency.id);
    auto rb = b.ratings.find(competency.id);
    const CompetencyRating* pa = ra == a.ratings.end() ? nullptr : &ra->second;
    const CompetencyRating* pb = rb == b.ratings.end() ? nullptr : &rb->second;
    if (pa) row.a = *pa;
    if (pb) row.b = *pb;
    row.verdict = verdictOf(pa, pb);
    auto ja = a.judgements.find(competency.id);
    auto jb = b.judgements.find(competency.id);
    if (ja != a.judgements.end()) row.judgementA = ja->second;
    if (jb != b.judgements.end()) row.judgementB = jb->second;
    row.judgementsDiffer = row.judgementA && row.judgementB && row.judgementA->optionId != row.judgementB->optionId;
    result.competencies.push_back(std::move(row));
  }

  std::map<std::string, std::vector<MarkerEvent>> byCodeA, byCodeB;
  for (const MarkerEvent& e : a.events) byCodeA[e.markerCode].push_back(e);
  for (const MarkerEvent& e : b.events) byCodeB[e.markerCode].push_back(e);
  std::vector<std::string> codes;
  std::set<std::string> seen;
  auto addCode = [&](const std::string& code) {
    if ((byCodeA.count(code) || byCodeB.count(code)) && seen.insert(code).second) codes.push_back(code);
  };
  for (const Marker& marker : framework.markers) addCode(marker.code);
  for (const auto& [code, events] : byCodeA) addCode(code);  // codes the framework does not know
  for (const auto& [code, events] : byCodeB) addCode(code);
  for (const std::string& code : codes) {
    result.markers.push_back(matchMarkerEvents(code, byCodeA[code], byCodeB[code], settings.toleranceSeconds));
  }

  for (const Note& note : a.notes) result.notes.push_back({0, note});
  for (const Note& note : b.notes) result.notes.push_back({1, note});
  std::stable_sort(result.notes.begin(), result.notes.end(), [](const TimelineNote& x, const TimelineNote& y) {
    if (x.note.time != y.note.time) return x.note.time < y.note.time;
    return x.side < y.side;
  });
  return result;
}

int ObservationComparison::matchedCount() const {
  int n = 0;
  for (const auto& m : markers) n += static_cast<int>(m.matched.size());
  return n;
}
int ObservationComparison::onlyACount() const {
  int n = 0;
  for (const auto& m : markers) n += static_cast<int>(m.onlyA.size());
  return n;
}
int ObservationComparison::onlyBCount() const {
  int n = 0;
  for (const auto& m : markers) n += static_cast<int>(m.onlyB.size());
  return n;
}
const CompetencyComparison* ObservationComparison::competency(const std::string& id) const {
  for (const auto& c : competencies) {
    if (c.competencyId == id) return &c;
  }
  return nullptr;
}
const MarkerComparison* ObservationComparison::marker(const std::string& code) const {
  for (const auto& m : markers) {
    if (m.code == code) return &m;
  }
  return nullptr;
}

}  // namespace coachscope::core
