// How each competency develops across the learner's observed sessions: the ratings in time order,
// their trend, and the current strengths and development areas, all derived from the ratings.
#pragma once

#include <string>
#include <vector>

#include "core/progress_record.h"

namespace coachscope::core {

struct RatingPoint {
  std::string date;           // of the session (may be empty: such sessions sort first)
  std::string observationId;
  int level = 0;
};

enum class Trend { NotEnoughData, Improving, Steady, Declining };
const char* label(Trend trend);  // "improving", ...

struct CompetencyTrend {
  std::string competencyId;
  std::vector<RatingPoint> points;  // in time order
  double slope = 0;                 // least-squares change in level per session
  Trend trend = Trend::NotEnoughData;
  double recentMean = 0;            // of the last few ratings: where the learner stands now
};

struct CompetencyDevelopment {
  std::vector<CompetencyTrend> trends;        // by competency id
  std::vector<std::string> strengths;         // competency ids, strongest first
  std::vector<std::string> developmentAreas;  // competency ids, weakest first
};

// Only sessions scored against `frameworkId` (any version) when it is not empty; reference
// scorings (for calibrating tutors) are left out. Unrated and not-observed competencies are skipped.
CompetencyDevelopment competencyDevelopment(const ProgressRecord& record, const std::string& frameworkId = {});

// How many of the latest ratings make up "where the learner stands now".
inline constexpr int kRecentRatings = 3;

}  // namespace coachscope::core
