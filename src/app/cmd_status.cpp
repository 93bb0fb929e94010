// `coachscope status RECORD [--json]`: where the learner stands against their programme, computed
// from the programme's rules file, plus ICF credential hour progress from the same log.
#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/command_line.h"
#include "app/record_inputs.h"
#include "app/subcommands.h"
#include "core/portfolio_status.h"
#include "store/record_codec.h"

namespace coachscope::app {
namespace {

using nlohmann::json;

struct StatusOptions {
  std::string record;
  bool json = false;
  std::string programme;
  std::string today;
};

std::string amount(double value, const std::string& unit) {
  double rounded = std::round(value * 100) / 100;
  std::string number = rounded == std::floor(rounded) ? fmt::format("{:.0f}", rounded) : fmt::format("{:.2f}", rounded);
  return unit.empty() ? number : number + " " + unit;
}

json statusJson(const core::ProgressRecord& record, const core::PortfolioStatus& s,
                const std::vector<core::CredentialProgress>& credentials) {
  const core::LearnerProfile profile = record.currentProfile();
  json lines = json::array();
  for (const auto& l : s.lines) {
    lines.push_back({{"key", l.key}, {"label", l.label}, {"unit", l.unit}, {"required", l.required},
                     {"done", l.done}, {"met", l.met}, {"missing", l.missing}});
  }
  json assignments = json::array();
  for (const auto& a : s.assignments) {
    assignments.push_back({{"id", a.id}, {"title", a.title}, {"status", core::toString(a.status)}});
  }
  json creds = json::array();
  for (const auto& c : credentials) {
    creds.push_back({{"programme", c.programmeKey}, {"title", c.title}, {"hours", c.hours},
                     {"requiredHours", c.requiredHours}, {"paidHours", c.paidHours},
                     {"requiredPaidHours", c.requiredPaidHours}, {"clients", c.clients},
                     {"requiredClients", c.requiredClients}, {"mentorCoachingHours", c.mentorCoachingHours},
                     {"requiredMentorCoachingHours", c.requiredMentorCoachingHours}, {"met", c.met}});
  }
  json deadline = {{"known", s.deadline.known}, {"text", s.deadline.text}};
  if (s.deadline.known) {
    deadline["date"] = s.deadline.deadline;
    deadline["daysLeft"] = s.deadline.daysLeft;
    deadline["dueToday"] = s.deadline.dueToday;
    deadline["overdue"] = s.deadline.overdue;
  }
  return json{{"learner", {{"id", record.learnerId}, {"name", profile.name}, {"centre", profile.centre},
                           {"cohort", profile.cohort}, {"tutor", profile.tutor},
                           {"finalWorkshop", profile.finalWorkshopDate}}},
              {"programme", {{"key", s.programmeKey}, {"title", s.programmeTitle}}},
              {"totals", {{"coachingHours", s.coachingHours}, {"seniorCoachingHours", s.seniorCoachingHours},
                          {"paidHours", s.paidHours}, {"supervisionHours", s.supervisionHours},
                          {"mentorCoachingHours", s.mentorCoachingHours}, {"sessions", s.sessions},
                          {"clients", s.clients}, {"threeWayContracts", s.threeWayContracts},
                          {"bookReviews", s.bookReviews}}},
              {"requirements", lines},
              {"assignments", assignments},
              {"deadline", deadline},
              {"complete", s.complete},
              {"conflicts", record.conflicts().size()},
              {"icfCredentials", creds}};
}

void printText(const core::ProgressRecord& record, const core::PortfolioStatus& s,
               const std::vector<core::CredentialProgress>& credentials) {
  const core::LearnerProfile profile = record.currentProfile();
  fmt::print("{} — {}\n", profile.name.empty() ? record.learnerId : profile.name, s.programmeTitle);
  if (!profile.centre.empty()) fmt::print("Centre: {}\n", profile.centre);
  if (!profile.cohort.empty()) fmt::print("Cohort: {}\n", profile.cohort);
  if (!profile.tutor.empty()) fmt::print("Tutor: {}\n", profile.tutor);
  fmt::print("Deadline: {}\n\n", s.deadline.text);
  for (const auto& l : s.lines) {
    fmt::print("  [{}] {:<38} {:>9} of {:<9}{}\n", l.met ? "x" : " ", l.label, amount(l.done, l.unit),
               amount(l.required, l.unit), l.met ? "" : "  missing: " + l.missing);
  }
  if (!s.assignments.empty()) fmt::print("\nAssignments:\n");
  for (const auto& a : s.assignments) {
    fmt::print("  [{}] {} {:<34} {}\n", a.status == core::AssignmentStatus::Pass ? "x" : " ", a.id, a.title,
               core::label(a.status));
  }
  fmt::print("\nSupervision {} · mentor coaching {} (neither counts as coaching hours)\n",
             amount(s.supervisionHours, "h"), amount(s.mentorCoachingHours, "h"));
  if (!credentials.empty()) fmt::print("\nICF credential hours:\n");
  for (const auto& c : credentials) {
    fmt::print("  {:<50} {:>9} of {:<7} paid {:>9} of {:<7} clients {} of {}\n", c.title, amount(c.hours, "h"),
               amount(c.requiredHours, "h"), amount(c.paidHours, "h"), amount(c.requiredPaidHours, "h"), c.clients,
               c.requiredClients);
  }
  const auto conflicts = record.conflicts().size();
  if (conflicts) fmt::print("\n{} conflict{} to resolve in the Progress tab\n", conflicts, conflicts == 1 ? "" : "s");
  fmt::print("\n{}\n", s.complete ? "Portfolio requirements complete." : "Portfolio not complete yet.");
}

int runStatus(const StatusOptions& options, const core::Catalog& catalog) {
  auto record = store::loadRecordFile(options.record, catalog);
  if (!record) {
    printError("status", record.error());
    return kExitFailure;
  }
  const std::string programmeId = options.programme.empty() ? record->currentProfile().programmeId : options.programme;
  const core::Programme* programme = catalog.programme(programmeId);
  if (!programme) {
    fmt::print(stderr, "coachscope status: {}: programme \"{}\" is not available (see `coachscope frameworks`)\n",
               options.record, programmeId);
    return kExitFailure;
  }
  const std::string today = options.today.empty() ? core::todayIso() : options.today;
  if (!core::daysSinceEpoch(today)) {
    fmt::print(stderr, "coachscope status: --today takes a date, YYYY-MM-DD (got \"{}\")\n", today);
    return kExitUsage;
  }
  const core::PortfolioStatus status = core::portfolioStatus(*record, *programme, today);
  auto credentials = core::credentialProgress(*record, catalog.programmes());
  std::sort(credentials.begin(), credentials.end(),
            [](const auto& a, const auto& b) { return a.requiredHours < b.requiredHours; });
  if (options.json) fmt::print("{}\n", statusJson(*record, status, credentials).dump(2));
  else printText(*record, status, credentials);
  return kExitOk;
}

}  // namespace

void addStatusCommand(CLI::App& app, CommandContext& context) {
  static StatusOptions options;
  CLI::App* cmd = app.add_subcommand("status", "Portfolio status of a learner's record against their programme");
  cmd->add_option("record", options.record, "The learner's record file")->required();
  cmd->add_flag("--json", options.json, "Print the status as JSON");
  cmd->add_option("--programme", options.programme, "Check against this programme instead of the learner's own");
  cmd->add_option("--today", options.today, "Count days to the deadline from this date (YYYY-MM-DD)");
  cmd->callback([&context] { context.exitCode = runStatus(options, context.loadCatalog()); });
}

}  // namespace coachscope::app
