// `coachscope centre [WORKSPACE] [--json|--csv] [--cohort C] [--tutor T] [--programme P]
// [--flag F]... [--sort KEY] [--today D]`: every learner of the workspace at a glance,
// measured against their programme, with what needs a tutor's attention.
#include <fmt/format.h>

#include "app/command_line.h"
#include "app/subcommands.h"
#include "app/workspace_argument.h"
#include "core/centre_query.h"
#include "core/portfolio_status.h"
#include "report/centre_export.h"
#include "store/centre_load.h"

namespace coachscope::app {
namespace {

struct CentreOptions {
  std::string workspace;
  bool json = false;
  bool csv = false;
  core::CentreFilter filter;
  std::vector<std::string> flags;
  std::string sort = "name";
  std::string today;
  unsigned threads = 0;
};

std::string hours(const core::Amount& a) {
  if (a.required <= 0) return a.done > 0 ? fmt::format("{:.1f}", a.done) : "-";
  return fmt::format("{:.1f}/{:g}", a.done, a.required);
}
std::string count(const core::Amount& a) {
  return a.required <= 0 ? fmt::format("{:g}", a.done) : fmt::format("{:g}/{:g}", a.done, a.required);
}

std::string flagsText(const core::CentreRow& r) {
  std::string text;
  for (core::CentreFlag f : r.flags) text += (text.empty() ? "" : ", ") + std::string(core::toString(f));
  return text;
}

void printTable(const std::vector<core::CentreRow>& rows, const core::CompetencyColumns& competencies) {
  fmt::print("{:<24} {:<14} {:<18} {:<22} {:>9} {:>9} {:>7} {:>5} {:>5} {:>5} {:>9} {:<10} {}\n", "Learner",
             "Cohort", "Tutor", "Programme", "Hours", "Senior", "Superv", "Books", "Assig", "3-way", "Deadline",
             "Observed", "Latest ratings / flags");
  for (const auto& r : rows) {
    std::string ratings;
    for (const auto& [id, label] : competencies) {
      auto it = r.latestRatings.find(id);
      ratings += it == r.latestRatings.end() ? "-" : std::to_string(it->second);
    }
    fmt::print("{:<24.24} {:<14.14} {:<18.18} {:<22.22} {:>9} {:>9} {:>7} {:>5} {:>5} {:>5} {:>9} {:<10} {} {}\n",
               r.name.empty() ? r.learnerId : r.name, r.cohort.empty() ? "-" : r.cohort,
               r.tutor.empty() ? "-" : r.tutor, r.programmeKnown ? r.programmeTitle : r.programmeId + " (?)",
               hours(r.coachingHours), hours(r.seniorCoachingHours), hours(r.supervisionHours), count(r.bookReviews),
               fmt::format("{}/{}", r.assignmentsPassed, r.assignmentsRequired), count(r.threeWayContracts),
               r.deadline.known ? fmt::format("{}d", r.deadline.daysLeft) : "-",
               r.lastObservedDate.empty() ? "never" : r.lastObservedDate, ratings, flagsText(r));
  }
  fmt::print("{} learner{}\n", rows.size(), rows.size() == 1 ? "" : "s");
}

int runCentre(CentreOptions options, const core::Catalog& catalog) {
  if (options.json && options.csv) {
    fmt::print(stderr, "coachscope centre: choose one of --json and --csv\n");
    return kExitUsage;
  }
  const std::string today = options.today.empty() ? core::todayIso() : options.today;
  if (!core::daysSinceEpoch(today)) {
    fmt::print(stderr, "coachscope centre: --today takes a date, YYYY-MM-DD (got \"{}\")\n", today);
    return kExitUsage;
  }
  for (const std::string& name : options.flags) {
    if (name == "any") {
      options.filter.anyFlag = true;
    } else if (auto flag = core::centreFlagFrom(name)) {
      options.filter.flags.push_back(*flag);
    } else {
      std::string known = "any";
      for (core::CentreFlag f : core::kAllCentreFlags) known += std::string(", ") + core::toString(f);
      fmt::print(stderr, "coachscope centre: unknown flag \"{}\" (one of {})\n", name, known);
      return kExitUsage;
    }
  }
  auto sort = core::centreSortFrom(options.sort);
  if (!sort) {
    fmt::print(stderr, "coachscope centre: unknown sort \"{}\" (one of {})\n", options.sort, core::centreSortNames());
    return kExitUsage;
  }
  const auto workspace = learnersWorkspace("centre", options.workspace);
  if (!workspace) return kExitFailure;
  store::CentreLoad load = store::loadCentre(*workspace, catalog, today, {}, options.threads);
  // Skipped files are named, never fatal: the rest of the centre is still worth seeing.
  for (const auto& e : load.skipped) fmt::print(stderr, "coachscope centre: skipped {}\n", e.message());
  const auto rows = core::selectRows(std::move(load.rows), options.filter, *sort);
  if (options.json) fmt::print("{}\n", report::centreJson(rows, today, load.skipped).dump(2));
  else if (options.csv) fmt::print("{}", report::centreCsv(rows, core::competencyColumns(rows, catalog)));
  else printTable(rows, core::competencyColumns(rows, catalog));
  return kExitOk;
}

}  // namespace

void addCentreCommand(CLI::App& app, CommandContext& context) {
  static CentreOptions options;
  CLI::App* cmd = app.add_subcommand("centre", "Every learner of a workspace at a glance, with what needs attention");
  cmd->add_option("workspace", options.workspace, "The workspace folder (default: as for the window)");
  cmd->add_flag("--json", options.json, "Print the rows as JSON (\"coachscope.centre/1\")");
  cmd->add_flag("--csv", options.csv, "Print the rows as CSV for a spreadsheet");
  cmd->add_option("--cohort", options.filter.cohort, "Only this cohort");
  cmd->add_option("--tutor", options.filter.tutor, "Only this tutor's learners");
  cmd->add_option("--programme", options.filter.programme, "Only this programme (id or id@version)");
  cmd->add_option("--flag", options.flags,
                  "Only learners with this flag (repeatable; any, deadline-near, overdue, not-observed, "
                  "no-coachee-feedback, conflicts)");
  cmd->add_option("--sort", options.sort, "Order by name, cohort, tutor, programme, deadline, hours, last-observed or flags");
  cmd->add_option("--today", options.today, "Count days from this date (YYYY-MM-DD)");
  cmd->add_option("--threads", options.threads, "Threads to read records on (default: every core)");
  cmd->callback([&context] { context.exitCode = runCentre(options, context.loadCatalog()); });
}

}  // namespace coachscope::app
