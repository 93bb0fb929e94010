// Where a learner stands against their programme: every figure computed from the programme's
// rules file (core/programme.h) and the record's coaching log, never from numbers in the code.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/coaching_log.h"
#include "core/programme.h"
#include "core/progress_record.h"

namespace coachscope::core {

// One line of the portfolio checklist.
struct RequirementLine {
  std::string key;    // stable name for scripts: "coachingHours", "supervisionHours", ...
  std::string label;  // for people: "Coaching practice"
  std::string unit;   // "h" or "" for counts
  double required = 0;
  double done = 0;
  bool met = false;
  std::string missing;  // what is still needed, in words; empty when met
};

struct AssignmentLine {
  std::string id;
  std::string title;
  AssignmentStatus status = AssignmentStatus::NotStarted;
};

struct DeadlineStatus {
  bool known = false;    // false when the programme has no deadline or the final workshop is not set
  std::string deadline;  // ISO date
  int daysLeft = 0;      // negative when overdue
  bool dueToday = false;
  bool overdue = false;
  std::string text;  // "due in 12 days (2027-03-14)", "due today", "overdue by 3 days"
};

struct PortfolioStatus {
  std::string programmeKey;
  std::string programmeTitle;
  // Totals from the log (hours pro rata; supervision and mentor coaching never count as coaching).
  double coachingHours = 0;
  double seniorCoachingHours = 0;
  double paidHours = 0;
  double supervisionHours = 0;
  double mentorCoachingHours = 0;
  int sessions = 0;
  int clients = 0;
  int threeWayContracts = 0;
  int bookReviews = 0;
  int sessionsWithoutCoacheeFeedback = 0;
  std::vector<RequirementLine> lines;
  std::vector<AssignmentLine> assignments;
  DeadlineStatus deadline;
  bool complete = false;  // every line met and every assignment passed
};

PortfolioStatus portfolioStatus(const ProgressRecord& record, const Programme& programme, const std::string& today);

// ICF credential hours (ACC, PCC, MCC, or any programme of kind "icf-credential") from the same log.
struct CredentialProgress {
  std::string programmeKey;
  std::string title;
  double hours = 0, requiredHours = 0;
  double paidHours = 0, requiredPaidHours = 0;
  int clients = 0, requiredClients = 0;
  double mentorCoachingHours = 0, requiredMentorCoachingHours = 0;
  bool met = false;
};
std::vector<CredentialProgress> credentialProgress(const ProgressRecord& record,
                                                   const std::vector<Programme>& programmes);

// Dates: "YYYY-MM-DD" (a longer ISO date-time is cut to its date). nullopt when malformed.
std::optional<long> daysSinceEpoch(const std::string& isoDate);
std::string isoDateFromDays(long days);
// The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb).
std::optional<std::string> addMonths(const std::string& isoDate, int months);
std::string todayIso();  // the local date

}  // namespace coachscope::core
