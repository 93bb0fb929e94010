// One learner of a centre at a glance: where they stand against their programme, when they were
// last observed, their latest ratings and what needs a tutor's attention. Pure functions over a
// record and its programme's rules file, so the dashboard, `coachscope centre` and the exports
// all show the same row.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/portfolio_status.h"
#include "core/programme.h"
#include "core/progress_record.h"

namespace coachscope::core {

// What needs attention. The order is the order rows list them in.
enum class CentreFlag {
  DeadlineNearHoursMissing,  // the deadline is within `deadlineWarningDays` and hours are missing
  Overdue,                   // past the deadline with the portfolio not complete
  NoRecentObservation,       // not observed within `observationGapDays` (or never)
  MissingCoacheeFeedback,    // logged sessions without the coachee's feedback
  RecordConflicts,           // entries two tutors edited differently, not resolved yet
};
inline constexpr CentreFlag kAllCentreFlags[] = {CentreFlag::DeadlineNearHoursMissing, CentreFlag::Overdue,
                                                 CentreFlag::NoRecentObservation, CentreFlag::MissingCoacheeFeedback,
                                                 CentreFlag::RecordConflicts};
const char* toString(CentreFlag flag);  // "deadline-near", ...: for scripts and --flag
const char* label(CentreFlag flag);     // "Deadline near, hours missing": for people
std::optional<CentreFlag> centreFlagFrom(const std::string& text);

// The thresholds behind the flags: a centre's settings, not constants of the rules.
struct CentreThresholds {
  int deadlineWarningDays = 60;
  int observationGapDays = 56;  // eight weeks
};

// Done against required for one requirement of the programme; `required` 0 = not required.
struct Amount {
  double done = 0;
  double required = 0;
  bool met = true;
};

struct CentreRow {
  std::string learnerId;
  std::string name;
  std::string cohort;
  std::string tutor;
  std::string programmeId;     // as the profile names it
  std::string programmeTitle;  // empty when the programme is not available
  bool programmeKnown = false;

  Amount coachingHours;
  Amount seniorCoachingHours;  // required only where the programme asks (ILM Level 7)
  Amount supervisionHours;
  Amount bookReviews;
  Amount threeWayContracts;
  int assignmentsPassed = 0;
  int assignmentsRequired = 0;
  std::vector<AssignmentLine> assignments;
  bool complete = false;  // every requirement met and every assignment passed

  DeadlineStatus deadline;

  int observedSessions = 0;
  std::string lastObservedDate;                // ISO date of the latest observed session; empty if none
  std::optional<int> daysSinceLastObservation;
  // The latest level given to each competency (in the most recent session that rated it).
  std::map<std::string, int> latestRatings;
  int sessionsWithoutCoacheeFeedback = 0;
  int conflicts = 0;

  std::vector<CentreFlag> flags;
  bool has(CentreFlag flag) const;
};

// `programme` may be null (not set, or not available to this copy): the row then shows what the
// record holds and no requirement. `today` is an ISO date.
CentreRow centreRow(const ProgressRecord& record, const Programme* programme, const std::string& today,
                    const CentreThresholds& thresholds = {});

}  // namespace coachscope::core
