#include "core/portfolio_status.h"

#include <fmt/format.h>

#include <cmath>
#include <ctime>
#include <set>

namespace coachscope::core {
namespace {

// Hours are summed in minutes and compared with a little slack, so 32 sessions of 45 minutes are
// exactly 24 h rather than 23.999999.
constexpr double kMinuteSlack = 1e-6;

std::string hoursText(double hours) {
  double rounded = std::round(hours * 100) / 100;
  return rounded == std::floor(rounded) ? fmt::format("{:.0f} h", rounded) : fmt::format("{:.2f} h", rounded);
}

RequirementLine hoursLine(std::string key, std::string label, double requiredHours, double doneMinutes,
                          const char* missingWhat) {
  RequirementLine line{std::move(key), std::move(label), "h", requiredHours, doneMinutes / 60.0, false, {}};
  line.met = doneMinutes + kMinuteSlack >= requiredHours * 60.0;
  if (!line.met) line.missing = fmt::format("{} more {}", hoursText(requiredHours - doneMinutes / 60.0), missingWhat);
  return line;
}

RequirementLine countLine(std::string key, std::string label, int required, int done, const char* singular,
                          const char* plural) {
  RequirementLine line{std::move(key), std::move(label), "", double(required), double(done), done >= required, {}};
  if (!line.met) {
    int short_ = required - done;
    line.missing = fmt::format("{} more {}", short_, short_ == 1 ? singular : plural);
  }
  return line;
}

bool leapYear(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int daysInMonth(long y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leapYear(y) ? 29 : days[m - 1];
}

bool parseDate(const std::string& text, long& y, int& m, int& d) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return false;
  y = std::stol(text.substr(0, 4));
  m = std::stoi(text.substr(5, 2));
  d = std::stoi(text.substr(8, 2));
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// Howard Hinnant's days_from_civil.
long daysFromCivil(long y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

DeadlineStatus deadlineStatus(const Programme& programme, const LearnerProfile& profile, const std::string& today) {
  DeadlineStatus status;
  if (!programme.deadlineMonthsAfterFinalWorkshop) {
    status.text = "no deadline in this programme";
    return status;
  }
  if (profile.finalWorkshopDate.empty()) {
    status.text = "final workshop date not set";
    return status;
  }
  auto deadline = addMonths(profile.finalWorkshopDate, *programme.deadlineMonthsAfterFinalWorkshop);
  auto todayDays = daysSinceEpoch(today);
  if (!deadline || !todayDays) {
    status.text = fmt::format("final workshop date \"{}\" is not a date (YYYY-MM-DD)", profile.finalWorkshopDate);
    return status;
  }
  status.known = true;
  status.deadline = *deadline;
  status.daysLeft = static_cast<int>(*daysSinceEpoch(*deadline) - *todayDays);
  status.dueToday = status.daysLeft == 0;
  status.overdue = status.daysLeft < 0;
  if (status.dueToday) status.text = fmt::format("due today ({})", status.deadline);
  else if (status.overdue)
    status.text = fmt::format("overdue by {} day{} (was due {})", -status.daysLeft, status.daysLeft == -1 ? "" : "s",
                              status.deadline);
  else
    status.text = fmt::format("due in {} day{} ({})", status.daysLeft, status.daysLeft == 1 ? "" : "s", status.deadline);
  return status;
}

}  // namespace

std::optional<long> daysSinceEpoch(const std::string& isoDate) {
  long y;
  int m, d;
  if (!parseDate(isoDate, y, m, d)) return std::nullopt;
  return daysFromCivil(y, m, d);
}

std::string isoDateFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

std::optional<std::string> addMonths(const std::string& isoDate, int months) {
  long y;
  int m, d;
  if (!parseDate(isoDate, y, m, d)) return std::nullopt;
  long total = y * 12 + (m - 1) + months;
  y = total / 12;
  m = static_cast<int>(total % 12) + 1;
  d = std::min(d, daysInMonth(y, m));
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

std::string todayIso() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return fmt::format("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

PortfolioStatus portfolioStatus(const ProgressRecord& record, const Programme& programme, const std::string& today) {
  PortfolioStatus status;
  status.programmeKey = programme.key();
  status.programmeTitle = programme.title;
  const ProgrammeRequirements& req = programme.requirements;

  double coachingMinutes = 0, seniorMinutes = 0, paidMinutes = 0;
  std::set<std::string> clients;
  for (const LogRow& row : buildCoachingLog(record)) {
    ++status.sessions;
    coachingMinutes += row.minutes;
    if (row.seniorManager) seniorMinutes += row.minutes;
    if (row.paid) paidMinutes += row.minutes;
    if (row.threeWayContracting) ++status.threeWayContracts;
    if (row.coacheeFeedback.empty()) ++status.sessionsWithoutCoacheeFeedback;
    if (!clientKey(row.coachee).empty()) clients.insert(clientKey(row.coachee));
  }
  double supervisionMinutes = 0, mentorMinutes = 0;
  for (const std::string& id : record.supervision.liveIds()) {
    const SupervisionEntry& e = record.supervision.current(id)->data;
    (e.kind == SupervisionKind::MentorCoaching ? mentorMinutes : supervisionMinutes) += e.minutes;
  }
  for (const std::string& id : record.bookReviews.liveIds()) {
    if (record.bookReviews.current(id)->data.done) ++status.bookReviews;
  }
  status.coachingHours = coachingMinutes / 60;
  status.seniorCoachingHours = seniorMinutes / 60;
  status.paidHours = paidMinutes / 60;
  status.supervisionHours = supervisionMinutes / 60;
  status.mentorCoachingHours = mentorMinutes / 60;
  status.clients = static_cast<int>(clients.size());

  auto& lines = status.lines;
  if (req.coachingHours > 0) {
    lines.push_back(hoursLine("coachingHours", "Coaching practice", req.coachingHours, coachingMinutes, "of coaching"));
  }
  if (req.seniorCoachingHours > 0) {
    lines.push_back(hoursLine("seniorCoachingHours", "Coaching with senior managers", req.seniorCoachingHours,
                              seniorMinutes, "with senior managers"));
  }
  if (req.paidCoachingHours > 0) {
    lines.push_back(hoursLine("paidCoachingHours", "Paid coaching", req.paidCoachingHours, paidMinutes, "of paid coaching"));
  }
  if (req.distinctClients > 0) {
    lines.push_back(countLine("distinctClients", "Clients", req.distinctClients, status.clients, "client", "clients"));
  }
  if (req.supervisionHours > 0) {
    lines.push_back(hoursLine("supervisionHours", "Supervision", req.supervisionHours, supervisionMinutes, "of supervision"));
  }
  if (req.mentorCoachingHours > 0) {
    lines.push_back(hoursLine("mentorCoachingHours", "Mentor coaching", req.mentorCoachingHours, mentorMinutes,
                              "of mentor coaching"));
  }
  if (req.bookReviews > 0) {
    lines.push_back(countLine("bookReviews", "Book reviews", req.bookReviews, status.bookReviews, "book review",
                              "book reviews"));
  }
  if (req.threeWayContracts > 0) {
    lines.push_back(countLine("threeWayContracts", "Three-way contracting", req.threeWayContracts,
                              status.threeWayContracts, "three-way contracting arrangement",
                              "three-way contracting arrangements"));
  }
  if (req.coacheeFeedbackEachSession) {
    RequirementLine line{"coacheeFeedback", "Coachee feedback after every session", "", double(status.sessions),
                         double(status.sessions - status.sessionsWithoutCoacheeFeedback),
                         status.sessionsWithoutCoacheeFeedback == 0, {}};
    if (!line.met) {
      line.missing = fmt::format("{} session{} without the coachee's feedback", status.sessionsWithoutCoacheeFeedback,
                                 status.sessionsWithoutCoacheeFeedback == 1 ? "" : "s");
    }
    lines.push_back(std::move(line));
  }

  bool allPassed = true;
  for (const Assignment& a : programme.assignments) {
    AssignmentLine line{a.id, a.title, AssignmentStatus::NotStarted};
    if (const auto* v = record.assignments.current(a.id)) line.status = v->data.status;
    allPassed = allPassed && line.status == AssignmentStatus::Pass;
    status.assignments.push_back(std::move(line));
  }
  status.deadline = deadlineStatus(programme, record.currentProfile(), today);
  status.complete = allPassed;
  for (const auto& line : lines) status.complete = status.complete && line.met;
  return status;
}

std::vector<CredentialProgress> credentialProgress(const ProgressRecord& record, const std::vector<Programme>& programmes) {
  std::vector<CredentialProgress> out;
  for (const Programme& p : programmes) {
    if (p.kind != "icf-credential") continue;
    PortfolioStatus s = portfolioStatus(record, p, todayIso());
    CredentialProgress c;
    c.programmeKey = p.key();
    c.title = p.title;
    c.hours = s.coachingHours;
    c.requiredHours = p.requirements.coachingHours;
    c.paidHours = s.paidHours;
    c.requiredPaidHours = p.requirements.paidCoachingHours;
    c.clients = s.clients;
    c.requiredClients = p.requirements.distinctClients;
    c.mentorCoachingHours = s.mentorCoachingHours;
    c.requiredMentorCoachingHours = p.requirements.mentorCoachingHours;
    c.met = s.complete;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace coachscope::core
