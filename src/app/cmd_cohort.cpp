// `coachscope cohort WORKSPACE COHORT [--csv | --html -o FILE | -o FILE] [--by month|term]`: how a
// cohort's ratings of each competency are spread and change over time, and the markers its
// sessions show least often.
#include <fmt/format.h>

#include "app/command_line.h"
#include "app/subcommands.h"
#include "app/workspace_argument.h"
#include "core/cohort_view.h"
#include "report/cohort_report.h"
#include "report/exporter.h"
#include "report/report_format.h"
#include "store/cohort_load.h"

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
  const store::CohortLoad load = store::loadCohort(*workspace, catalog, options.cohort, period);
  for (const auto& e : load.skipped) fmt::print(stderr, "coachscope cohort: skipped {}\n", e.message());
  if (load.failure) {
    fmt::print(stderr, "coachscope cohort: {}\n", load.failure->message());
    return kExitFailure;
  }
  const core::CohortView& view = load.view;
  const core::Framework& framework = *catalog.framework(view.frameworkKey);
  if (!format) {
    printText(view, framework);
    return kExitOk;
  }
  if (*format == report::Format::Csv && options.output.empty()) {
    fmt::print("{}", report::cohortCsv(view, framework));
    return kExitOk;
  }
  if (auto written = report::exportCohort(view, framework, *format, options.output, {options.generatedOn}); !written) {
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
