// `coachscope cohort WORKSPACE COHORT [--csv | --html -o FILE | -o FILE] [--by month|term]`: how a
// cohort's ratings of each competency are spread and change over time, and the markers its
// sessions show least often.
#include <fmt/format.h>

#include <map>
#include <set>

#include "app/command_line.h"
#include "app/subcommands.h"
#include "app/workspace_argument.h"
#include "core/cohort_view.h"
#include "core/profile_labels.h"
#include "report/cohort_report.h"
#include "report/exporter.h"
#include "report/report_format.h"
#include "store/atomic_file.h"
#include "store/record_scan.h"

namespace coachscope::app {
namespace {

struct CohortOptions {
  std::string workspace;
  std::string cohort;
  bool csv = false;
  bool html = false;
  std::string output;
  std::string format;
  std::string by = "month";
  std::string generatedOn;
};

// What the command needs of each record: its cohort, and for the cohort asked for, its sessions.
struct Extract {
  std::string cohort;
  std::string programmeId;
  std::vector<core::RatedSession> sessions;
  bool inCohort = false;
};

void printText(const core::CohortView& view, const core::Framework& framework) {
  fmt::print("Cohort {}: {} learners, {} observed sessions ({})\n\n", view.cohort, view.learners, view.sessions,
             framework.key());
  std::string levels;
  for (const auto& l : framework.scale.levels) levels += fmt::format("{:>5}", l.value);
  fmt::print("{:<40} {:>7} {:>5} {}\n", "Competency", "ratings", "mean", levels);
  for (const auto& c : view.competencies) {
    std::string counts;
    for (const auto& [level, n] : c.overall.byLevel) counts += fmt::format("{:>5}", n);
    fmt::print("{:<40.40} {:>7} {:>5} {}\n", c.competencyId + " " + c.title, c.overall.total,
               c.overall.total ? fmt::format("{:.2f}", c.overall.mean) : "-", counts);
    for (const auto& p : c.byPeriod) {
      std::string periodCounts;
      for (const auto& [level, n] : p.counts.byLevel) periodCounts += fmt::format("{:>5}", n);
      fmt::print("  {:<38.38} {:>7} {:>5.2f} {}\n", p.period, p.counts.total, p.counts.mean, periodCounts);
    }
  }
  fmt::print("\nMarkers least often seen:\n");
  for (std::size_t i = 0; i < view.markers.size() && i < core::kLeastSeenMarkers; ++i) {
    const auto& m = view.markers[i];
    fmt::print("  {:<6} {:>4.0f}% of sessions ({} times)  {}\n", m.code, 100 * m.share, m.timesSeen, m.label);
  }
}

int runCohort(const CohortOptions& options, const core::Catalog& catalog) {
  const core::CohortPeriod period = options.by == "term" ? core::CohortPeriod::Term : core::CohortPeriod::Month;
  std::optional<report::Format> format;
  if (options.csv + options.html + !options.format.empty() > 1) {
    fmt::print(stderr, "coachscope cohort: choose one of --csv, --html and --format\n");
    return kExitUsage;
  }
  if (options.csv) format = report::Format::Csv;
  if (options.html) format = report::Format::Html;
  if (!options.format.empty() || (!format && !options.output.empty())) {
    auto chosen = report::chooseFormat(options.format, options.output);
    if (!chosen) {
      fmt::print(stderr, "coachscope cohort: {}\n", chosen.error().message());
      return kExitUsage;
    }
    format = *chosen;
  }
  if (format && *format != report::Format::Csv && options.output.empty()) {
    fmt::print(stderr, "coachscope cohort: {} needs -o FILE\n", report::formatName(*format));
    return kExitUsage;
  }

  const auto workspace = learnersWorkspace("cohort", options.workspace);
  if (!workspace) return kExitFailure;
  auto extracts = store::summarizeRecords<Extract>(*workspace, catalog, [&](const core::ProgressRecord& record) {
    const core::LearnerProfile profile = record.currentProfile();
    Extract e{profile.cohort, profile.programmeId, {}, core::sameGroupingLabel(profile.cohort, options.cohort)};
    if (e.inCohort) e.sessions = core::ratedSessions(record);
    return e;
  });
  for (const auto& e : extracts.skipped) fmt::print(stderr, "coachscope cohort: skipped {}\n", e.message());

  std::set<std::string> cohorts;
  std::map<std::string, int> frameworkVotes;
  std::vector<core::RatedSession> sessions;
  int learners = 0;
  std::string cohortName = options.cohort;
  for (auto& e : extracts.summaries) {
    if (!e.cohort.empty()) cohorts.insert(e.cohort);
    if (!e.inCohort) continue;
    ++learners;
    cohortName = e.cohort;
    if (const core::Programme* p = catalog.programme(e.programmeId); p && !p->frameworkId.empty()) ++frameworkVotes[p->frameworkId];
    for (auto& s : e.sessions) sessions.push_back(std::move(s));
  }
  if (learners == 0) {
    std::string known;
    for (const auto& c : cohorts) known += (known.empty() ? "" : ", ") + c;
    fmt::print(stderr, "coachscope cohort: no learner in {} is in cohort \"{}\" (cohorts: {})\n", workspace->string(),
               options.cohort, known.empty() ? "none set" : known);
    return kExitFailure;
  }
  // The framework most of the cohort's programmes score against.
  std::string frameworkId;
  int votes = 0;
  for (const auto& [id, n] : frameworkVotes) {
    if (n > votes) frameworkId = id, votes = n;
  }
  const core::Framework* framework = frameworkId.empty() ? catalog.defaultFramework() : catalog.framework(frameworkId);
  if (!framework) {
    fmt::print(stderr, "coachscope cohort: framework \"{}\" of the cohort's programme is not available\n", frameworkId);
    return kExitFailure;
  }
  const core::CohortView view = core::cohortView(cohortName, learners, sessions, *framework, period);
  if (!format) {
    printText(view, *framework);
    return kExitOk;
  }
  if (*format == report::Format::Csv) {
    const std::string csv = report::cohortCsv(view, *framework);
    if (options.output.empty()) {
      fmt::print("{}", csv);
      return kExitOk;
    }
    if (auto written = store::writeFileAtomically(options.output, csv); !written) {
      fmt::print(stderr, "coachscope cohort: {}\n", written.error().message());
      return kExitFailure;
    }
  } else if (auto written = report::writeDocument(report::buildCohortReport(view, *framework, {options.generatedOn}),
                                                  *format, options.output);
             !written) {
    fmt::print(stderr, "coachscope cohort: {}\n", written.error().message());
    return kExitFailure;
  }
  fmt::print("wrote {}\n", options.output);
  return kExitOk;
}

}  // namespace

void addCohortCommand(CLI::App& app, CommandContext& context) {
  static CohortOptions options;
  CLI::App* cmd = app.add_subcommand("cohort", "A cohort's competencies: ratings per competency over time, markers least seen");
  cmd->add_option("workspace", options.workspace, "The workspace folder")->required();
  cmd->add_option("cohort", options.cohort, "The cohort, as learners' profiles name it (any case)")->required();
  cmd->add_flag("--csv", options.csv, "CSV for a spreadsheet (to standard output, or -o FILE)");
  cmd->add_flag("--html", options.html, "A self-contained HTML report (needs -o FILE)");
  cmd->add_option("-o,--output", options.output, "The file to write (html, pdf, md or csv by its extension)");
  cmd->add_option("-f,--format", options.format, "html, pdf, md or csv");
  cmd->add_option("--by", options.by, "Group ratings by month or term")->check(CLI::IsMember({"month", "term"}));
  cmd->add_option("--date", options.generatedOn, "The date printed on the report (ISO, default today)");
  cmd->callback([&context] { context.exitCode = runCohort(options, context.loadCatalog()); });
}

}  // namespace coachscope::app
