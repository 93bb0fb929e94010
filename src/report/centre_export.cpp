#include "report/centre_export.h"

#include "report/csv_row.h"
#include "report/text_safety.h"

namespace coachscope::report {
namespace {

using nlohmann::json;

json amountJson(const core::Amount& a) { return {{"done", a.done}, {"required", a.required}, {"met", a.met}}; }

std::string flagsText(const core::CentreRow& row) {
  std::string text;
  for (core::CentreFlag f : row.flags) text += (text.empty() ? "" : "; ") + std::string(core::label(f));
  return text;
}

}  // namespace

json centreRowJson(const core::CentreRow& r) {
  json assignments = json::array();
  for (const auto& a : r.assignments) {
    assignments.push_back({{"id", a.id}, {"title", a.title}, {"status", core::toString(a.status)}});
  }
  json deadline = {{"known", r.deadline.known}, {"text", r.deadline.text}};
  if (r.deadline.known) {
    deadline["date"] = r.deadline.deadline;
    deadline["daysLeft"] = r.deadline.daysLeft;
    deadline["overdue"] = r.deadline.overdue;
  }
  json flags = json::array();
  for (core::CentreFlag f : r.flags) flags.push_back(core::toString(f));
  return json{{"id", r.learnerId},
              {"name", r.name},
              {"cohort", r.cohort},
              {"tutor", r.tutor},
              {"programme", {{"id", r.programmeId}, {"title", r.programmeTitle}, {"known", r.programmeKnown}}},
              {"coachingHours", amountJson(r.coachingHours)},
              {"seniorCoachingHours", amountJson(r.seniorCoachingHours)},
              {"supervisionHours", amountJson(r.supervisionHours)},
              {"bookReviews", amountJson(r.bookReviews)},
              {"threeWayContracts", amountJson(r.threeWayContracts)},
              {"assignments", {{"passed", r.assignmentsPassed}, {"required", r.assignmentsRequired}, {"items", assignments}}},
              {"complete", r.complete},
              {"deadline", deadline},
              {"observedSessions", r.observedSessions},
              {"lastObserved", r.lastObservedDate.empty() ? json(nullptr) : json(r.lastObservedDate)},
              {"daysSinceLastObservation",
               r.daysSinceLastObservation ? json(*r.daysSinceLastObservation) : json(nullptr)},
              {"latestRatings", r.latestRatings},
              {"sessionsWithoutCoacheeFeedback", r.sessionsWithoutCoacheeFeedback},
              {"conflicts", r.conflicts},
              {"flags", flags}};
}

json centreJson(const std::vector<core::CentreRow>& rows, const std::string& today,
                const std::vector<core::Error>& skipped) {
  json learners = json::array();
  json counts = json::object();
  for (core::CentreFlag f : core::kAllCentreFlags) counts[core::toString(f)] = 0;
  for (const auto& r : rows) {
    learners.push_back(centreRowJson(r));
    for (core::CentreFlag f : r.flags) counts[core::toString(f)] = counts[core::toString(f)].get<int>() + 1;
  }
  json problems = json::array();
  for (const auto& e : skipped) problems.push_back({{"file", e.file}, {"where", e.where}, {"reason", e.reason}});
  return json{{"format", "coachscope.centre/1"}, {"today", today}, {"learners", learners},
              {"flagCounts", counts}, {"skipped", problems}};
}

std::string centreCsv(const std::vector<core::CentreRow>& rows, const CompetencyColumns& competencies) {
  std::string csv = "\xEF\xBB\xBF";  // Excel reads UTF-8 only with the BOM
  std::vector<std::string> header = {"Learner",          "Learner id",       "Cohort",
                                     "Tutor",            "Programme",        "Coaching hours",
                                     "Required hours",   "Senior-manager hours", "Required senior-manager hours",
                                     "Supervision hours", "Required supervision hours", "Book reviews",
                                     "Required book reviews", "Assignments passed", "Assignments",
                                     "Three-way contracting", "Deadline",   "Days to deadline",
                                     "Last observed",    "Observed sessions", "Sessions without coachee feedback",
                                     "Conflicts",        "Flags"};
  for (const auto& [id, label] : competencies) header.push_back(csvField("Latest " + label));
  csv += csvRow(header);
  auto number = [](double v) { return csvNumber(v, 2); };
  auto count = [](double v) { return csvNumber(v, 0); };
  for (const auto& r : rows) {
    std::vector<std::string> cells = {
        csvField(r.name), csvField(r.learnerId), csvField(r.cohort), csvField(r.tutor),
        csvField(r.programmeKnown ? r.programmeTitle : r.programmeId), number(r.coachingHours.done),
        number(r.coachingHours.required), number(r.seniorCoachingHours.done), number(r.seniorCoachingHours.required),
        number(r.supervisionHours.done), number(r.supervisionHours.required), count(r.bookReviews.done),
        count(r.bookReviews.required), count(r.assignmentsPassed), count(r.assignmentsRequired),
        count(r.threeWayContracts.done), csvField(r.deadline.known ? r.deadline.deadline : ""),
        r.deadline.known ? count(r.deadline.daysLeft) : "", csvField(r.lastObservedDate), count(r.observedSessions),
        count(r.sessionsWithoutCoacheeFeedback), count(r.conflicts), csvField(flagsText(r))};
    for (const auto& [id, label] : competencies) {
      auto it = r.latestRatings.find(id);
      cells.push_back(it == r.latestRatings.end() ? "" : count(it->second));
    }
    csv += csvRow(cells);
  }
  return csv;
}

}  // namespace coachscope::report
