// A cohort's competencies at a glance, for a centre deciding what to teach harder: how the ratings
// of each competency are spread, how that changes month by month (or term by term), and which
// markers the cohort's sessions show least often. Built from small per-learner extracts so that
// records can be read in parallel and dropped.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/framework.h"
#include "core/progress_record.h"

namespace coachscope::core {

// What a cohort view needs of one observed session.
struct RatedSession {
  std::string date;          // ISO date or date-time; sessions without one count overall only
  std::string frameworkKey;  // "id@version"
  std::map<std::string, int> levels;        // competency id -> level (rated ones only)
  std::map<std::string, int> markerCounts;  // marker code -> times seen
};

// The live, non-reference sessions of a record.
std::vector<RatedSession> ratedSessions(const ProgressRecord& record);

enum class CohortPeriod { Month, Term };
// "2026-03", or the UK academic term: "2026 Spring term" (Jan–Apr), "Summer term" (May–Aug),
// "Autumn term" (Sep–Dec). Empty for a date that is not one. Periods sort by `periodSortKey`.
std::string periodOf(const std::string& isoDate, CohortPeriod period);
std::string periodSortKey(const std::string& isoDate, CohortPeriod period);

struct LevelCounts {
  std::map<int, int> byLevel;  // level -> ratings at that level (every level of the scale present)
  int total = 0;
  double mean = 0;             // 0 when total is 0
};

struct PeriodLevels {
  std::string period;
  LevelCounts counts;
};

struct CohortCompetency {
  std::string competencyId;
  std::string title;
  LevelCounts overall;
  std::vector<PeriodLevels> byPeriod;  // in time order; only periods with a rating
};

struct MarkerSeen {
  std::string code;
  std::string label;
  int sessionsSeen = 0;  // sessions in which it was observed at least once
  int timesSeen = 0;
  double share = 0;      // sessionsSeen / sessions
};

struct CohortView {
  std::string cohort;
  std::string frameworkKey;
  int learners = 0;
  int sessions = 0;  // sessions of this framework that count
  std::vector<std::string> periods;              // every period with a session, in time order
  std::vector<CohortCompetency> competencies;    // in framework order, judged ones left out
  std::vector<MarkerSeen> markers;               // least often seen first (then framework order)
};

// Only sessions scored against `framework`'s id (any version) count. `learners` is the number of
// learners the sessions came from.
CohortView cohortView(const std::string& cohort, int learners, const std::vector<RatedSession>& sessions,
                      const Framework& framework, CohortPeriod period);

// How many of the least-seen markers a view names when asked for "the markers least often seen".
inline constexpr std::size_t kLeastSeenMarkers = 5;

}  // namespace coachscope::core
