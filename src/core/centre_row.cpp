#include "core/centre_row.h"

#include <algorithm>

namespace coachscope::core {
namespace {

struct FlagName {
  CentreFlag flag;
  const char* id;
  const char* label;
};
constexpr FlagName kFlagNames[] = {
    {CentreFlag::DeadlineNearHoursMissing, "deadline-near", "Deadline near, hours missing"},
    {CentreFlag::Overdue, "overdue", "Overdue"},
    {CentreFlag::NoRecentObservation, "not-observed", "Not observed recently"},
    {CentreFlag::MissingCoacheeFeedback, "no-coachee-feedback", "Sessions without coachee feedback"},
    {CentreFlag::RecordConflicts, "conflicts", "Record conflicts"},
};

const FlagName& nameOf(CentreFlag flag) {
  for (const FlagName& n : kFlagNames) {
    if (n.flag == flag) return n;
  }
  return kFlagNames[0];
}

const RequirementLine* line(const PortfolioStatus& status, const std::string& key) {
  for (const RequirementLine& l : status.lines) {
    if (l.key == key) return &l;
  }
  return nullptr;
}

Amount amount(const PortfolioStatus& status, const std::string& key, double done) {
  if (const RequirementLine* l = line(status, key)) return Amount{l->done, l->required, l->met};
  return Amount{done, 0, true};
}

std::string frameworkIdOf(const std::string& key) { return key.substr(0, key.find('@')); }

// The observed sessions that count for the row: live, not reference scorings, and of the
// programme's framework when it names one. In date order.
std::vector<const SessionSummary*> observedSessions(const ProgressRecord& record, const std::string& frameworkId) {
  std::vector<std::pair<const std::string*, const SessionSummary*>> found;
  for (const auto& [id, versions] : record.sessions.entities()) {
    const auto* current = record.sessions.current(id);
    if (!current || current->data.reference) continue;
    if (!frameworkId.empty() && frameworkIdOf(current->data.frameworkKey) != frameworkId) continue;
    found.emplace_back(&id, &current->data);
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.second->date != b.second->date ? a.second->date < b.second->date : *a.first < *b.first;
  });
  std::vector<const SessionSummary*> sessions;
  for (const auto& [id, s] : found) sessions.push_back(s);
  return sessions;
}

}  // namespace

const char* toString(CentreFlag flag) { return nameOf(flag).id; }
const char* label(CentreFlag flag) { return nameOf(flag).label; }

std::optional<CentreFlag> centreFlagFrom(const std::string& text) {
  for (const FlagName& n : kFlagNames) {
    if (text == n.id) return n.flag;
  }
  return std::nullopt;
}

bool CentreRow::has(CentreFlag flag) const { return std::find(flags.begin(), flags.end(), flag) != flags.end(); }

CentreRow centreRow(const ProgressRecord& record, const Programme* programme, const std::string& today,
                    const CentreThresholds& thresholds) {
  const LearnerProfile profile = record.currentProfile();
  CentreRow row;
  row.learnerId = record.learnerId;
  row.name = profile.name;
  row.cohort = profile.cohort;
  row.tutor = profile.tutor;
  row.programmeId = profile.programmeId;
  row.programmeKnown = programme != nullptr;
  if (programme) row.programmeTitle = programme->title;

  // Without a programme the totals still come from the same rules, against no requirement.
  const Programme none;
  const PortfolioStatus status = portfolioStatus(record, programme ? *programme : none, today);
  row.coachingHours = amount(status, "coachingHours", status.coachingHours);
  row.seniorCoachingHours = amount(status, "seniorCoachingHours", status.seniorCoachingHours);
  row.supervisionHours = amount(status, "supervisionHours", status.supervisionHours);
  row.bookReviews = amount(status, "bookReviews", status.bookReviews);
  row.threeWayContracts = amount(status, "threeWayContracts", status.threeWayContracts);
  row.assignments = status.assignments;
  row.assignmentsRequired = static_cast<int>(status.assignments.size());
  for (const AssignmentLine& a : status.assignments) row.assignmentsPassed += a.status == AssignmentStatus::Pass;
  row.complete = programme && status.complete;
  row.deadline = status.deadline;
  row.sessionsWithoutCoacheeFeedback = status.sessionsWithoutCoacheeFeedback;
  row.conflicts = static_cast<int>(record.conflicts().size());

  const auto sessions = observedSessions(record, programme ? programme->frameworkId : "");
  row.observedSessions = static_cast<int>(sessions.size());
  for (const SessionSummary* s : sessions) {
    for (const auto& [competency, rating] : s->ratings) {
      if (rating.level && !rating.notObserved) row.latestRatings[competency] = *rating.level;
    }
    if (daysSinceEpoch(s->date)) row.lastObservedDate = s->date.substr(0, 10);
  }
  const auto todayDays = daysSinceEpoch(today);
  if (!row.lastObservedDate.empty() && todayDays) {
    row.daysSinceLastObservation = static_cast<int>(*todayDays - *daysSinceEpoch(row.lastObservedDate));
  }

  bool hoursMissing = false;
  for (const RequirementLine& l : status.lines) hoursMissing |= l.unit == "h" && !l.met;
  const DeadlineStatus& d = row.deadline;
  if (d.known && !d.overdue && d.daysLeft <= thresholds.deadlineWarningDays && hoursMissing) {
    row.flags.push_back(CentreFlag::DeadlineNearHoursMissing);
  }
  if (d.known && d.overdue && !row.complete) row.flags.push_back(CentreFlag::Overdue);
  if (!row.complete && todayDays &&
      (!row.daysSinceLastObservation || *row.daysSinceLastObservation > thresholds.observationGapDays)) {
    row.flags.push_back(CentreFlag::NoRecentObservation);
  }
  if (row.sessionsWithoutCoacheeFeedback > 0 && (!programme || programme->requirements.coacheeFeedbackEachSession)) {
    row.flags.push_back(CentreFlag::MissingCoacheeFeedback);
  }
  if (row.conflicts > 0) row.flags.push_back(CentreFlag::RecordConflicts);
  return row;
}

}  // namespace coachscope::core
