#include "report/coaching_log_csv.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/coaching_log.h"
#include "report/csv_row.h"
#include "report/report_text.h"
#include "report/text_safety.h"

namespace coachscope::report {
namespace {

// Cells already made safe (numbers we format ourselves) go in as they are.
std::string text(const std::string& value) { return csvField(value); }
std::string number(double value) { return csvNumber(value, 2); }
std::string yesNo(bool value) { return value ? "yes" : "no"; }
std::string date(const std::string& iso) {
  const std::string day = isoDay(iso);
  return csvField(day.empty() ? iso : day);
}

}  // namespace

std::string coachingLogCsv(const core::ProgressRecord& record) {
  std::string csv = "\xEF\xBB\xBF";  // Excel reads UTF-8 only with the BOM
  const core::LearnerProfile profile = record.currentProfile();
  csv += csvRow({"Coaching log", text(profile.name), text(profile.programmeId)});
  csv += csvRow({"Date", "Client", "Individual or group", "Group size", "Paid or pro bono", "Minutes", "Hours",
               "Paid hours", "Pro bono hours", "Senior manager", "Three-way contracting", "Preparation done",
               "Reflection", "Coachee feedback", "Observed by", "Source"});
  const std::vector<core::LogRow> rows = core::buildCoachingLog(record);
  double minutes = 0, paid = 0, proBono = 0;
  int senior = 0, threeWay = 0, prepared = 0, withFeedback = 0;
  for (const core::LogRow& r : rows) {
    minutes += r.minutes;
    (r.paid ? paid : proBono) += r.hours();
    senior += r.seniorManager;
    threeWay += r.threeWayContracting;
    prepared += r.preparationDone;
    withFeedback += !r.coacheeFeedback.empty();
    csv += csvRow({date(r.date), text(r.coachee), r.group ? "group" : "individual", std::to_string(r.groupSize),
                 r.paid ? "paid" : "pro bono", number(r.minutes), number(r.hours()), number(r.paid ? r.hours() : 0),
                 number(r.paid ? 0 : r.hours()), yesNo(r.seniorManager), yesNo(r.threeWayContracting),
                 yesNo(r.preparationDone), text(r.reflection), text(r.coacheeFeedback), text(r.tutor),
                 r.observed ? "observed" : "logged"});
  }
  csv += csvRow({"Total", fmt::format("{} sessions", rows.size()), "", "", "", number(minutes), number(minutes / 60.0),
               number(paid), number(proBono), std::to_string(senior), std::to_string(threeWay),
               std::to_string(prepared), "", fmt::format("{} with feedback", withFeedback), "", ""});

  // Supervision and mentor coaching are never coaching hours: a table of their own.
  csv += "\r\n";
  csv += csvRow({"Supervision and mentor coaching (not coaching hours)"});
  csv += csvRow({"Date", "Kind", "With", "Individual or group", "Minutes", "Hours", "Notes"});
  std::vector<const core::SupervisionEntry*> entries;
  for (const std::string& id : record.supervision.liveIds()) entries.push_back(&record.supervision.current(id)->data);
  std::stable_sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->date < b->date; });
  double supervisionMinutes = 0, mentorMinutes = 0;
  for (const core::SupervisionEntry* e : entries) {
    (e->kind == core::SupervisionKind::Supervision ? supervisionMinutes : mentorMinutes) += e->minutes;
    csv += csvRow({date(e->date), text(core::label(e->kind)), text(e->with), e->group ? "group" : "individual",
                 number(e->minutes), number(e->minutes / 60.0), text(e->notes)});
  }
  csv += csvRow({"Total supervision", "", "", "", number(supervisionMinutes), number(supervisionMinutes / 60.0), ""});
  csv += csvRow({"Total mentor coaching", "", "", "", number(mentorMinutes), number(mentorMinutes / 60.0), ""});

  // The ICF client log: one line per client.
  csv += "\r\n";
  csv += csvRow({"ICF client log"});
  csv += csvRow({"Client", "Start date", "End date", "Sessions", "Paid hours", "Pro bono hours", "Individual or group",
               "Largest group"});
  for (const core::ClientLine& c : core::buildClientLog(rows)) {
    csv += csvRow({text(c.coachee), date(c.firstDate), date(c.lastDate), std::to_string(c.sessions), number(c.paidHours),
                 number(c.proBonoHours), c.group ? "group" : "individual", std::to_string(c.largestGroup)});
  }
  return csv;
}

}  // namespace coachscope::report
