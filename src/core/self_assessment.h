// The learner's view of their coaching against the tutor's: per competency, the learner's
// self-rating and the tutor's rating of each observed session in time order, and the gaps that
// persist (the learner two levels above the tutor three sessions running, say). Every figure comes
// from the record; a session only counts where both rated the competency.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/progress_record.h"

namespace coachscope::core {

struct SelfTutorPoint {
  std::string sessionId;
  std::string date;  // the session's
  std::optional<int> self;
  std::optional<int> tutor;
  std::string why;  // the learner's line of why
  std::optional<int> gap() const {
    return self && tutor ? std::optional<int>(*self - *tutor) : std::nullopt;
  }
};

struct SelfTutorSeries {
  std::string competencyId;
  std::vector<SelfTutorPoint> points;  // sessions where either rated it, oldest first
};

// Sessions (not reference scorings) against `frameworkId` (any version; all when empty).
std::vector<SelfTutorSeries> selfAgainstTutor(const ProgressRecord& record, const std::string& frameworkId = {});

// When a gap counts as persistent: at least `minGap` levels apart, the same way round, in at least
// `minSessions` sessions running (of those where both rated the competency).
struct GapRule {
  int minGap = 2;
  int minSessions = 3;
};

struct PersistentGap {
  std::string competencyId;
  bool selfAbove = true;  // the learner rates themself above the tutor (false: below)
  int sessions = 0;       // how many sessions running, up to the latest in the run
  int smallestGap = 0;    // the least absolute gap in the run
  std::vector<std::string> sessionIds;
  bool current = false;   // the run reaches the latest session where both rated it
};

// The longest qualifying run of each competency, in competency order.
std::vector<PersistentGap> persistentGaps(const std::vector<SelfTutorSeries>& series, GapRule rule = {});

}  // namespace coachscope::core
