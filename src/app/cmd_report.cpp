// `coachscope report OBS|RECORD --format html|pdf|md|csv -o FILE`: the session feedback report of
// an observation, or the progress report / coaching log of a learner record. What the input is
// comes from its format tag; the format from --format or the output's extension.
#include <fmt/format.h>

#include "app/subcommands.h"
#include "core/json_document.h"
#include "core/json_fields.h"
#include "report/exporter.h"
#include "report/report_target.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"

namespace coachscope::app {
namespace {

struct ReportArguments {
  std::string input;
  std::string output;
  std::string format;
  std::string generatedOn;
  bool force = false;
};

core::Status runReport(const ReportArguments& args, report::Format format, const core::Catalog& catalog) {
  auto doc = core::readJsonFile(args.input);
  if (!doc) return doc.error();
  const std::optional<core::FormatTag> tag = core::peekFormatTag(*doc);
  if (!tag) return core::Error{args.input, "/format", "not a coachscope observation or learner record"};
  if (auto target = report::checkReportTarget({args.input}, args.output, args.force); !target) return target.error();
  const report::ReportOptions options{args.generatedOn};
  if (tag->kind == "observation") {
    auto observation = store::readObservation(*doc, args.input, catalog);
    if (!observation) return observation.error();
    return report::exportObservation(*observation, catalog, format, args.output, options);
  }
  if (tag->kind == "record") {
    auto record = store::readRecord(*doc, args.input, catalog);
    if (!record) return record.error();
    return report::exportRecord(*record, catalog, format, args.output, options);
  }
  return core::Error{args.input, "/format",
                     fmt::format("cannot make a report from a {} file (expected an observation or a learner record)",
                                 core::json_fields::quoted(tag->kind))};
}

}  // namespace

void addReportCommand(CLI::App& app, CommandContext& context) {
  CLI::App* cmd = app.add_subcommand(
      "report", "Write the feedback report of an observation, or the progress report or coaching log of a learner record");
  static ReportArguments args;
  cmd->add_option("input", args.input, "An observation (.observation.json) or a learner record (.record.json)")
      ->required();
  cmd->add_option("-o,--output", args.output, "The file to write")->required();
  cmd->add_option("-f,--format", args.format, "html, pdf, md or csv (default: from the output's extension)");
  cmd->add_flag("--force", args.force, "Replace an existing file that is not a coachscope report (never an input)");
  cmd->add_option("--date", args.generatedOn, "The date printed as the report's date (ISO, default today)");
  cmd->callback([&context] {
    // A format that cannot be told is a mistake in the command line (exit 2), not in the input.
    auto format = report::chooseFormat(args.format, args.output);
    if (!format) {
      fmt::print(stderr, "error  {}\n", format.error().message());
      context.exitCode = 2;
      return;
    }
    const core::Catalog catalog = context.loadCatalog();
    auto status = runReport(args, *format, catalog);
    if (!status) {
      fmt::print(stderr, "error  {}\n", status.error().message());
      context.exitCode = 1;
      return;
    }
    fmt::print("wrote {}\n", args.output);
    context.exitCode = 0;
  });
}

}  // namespace coachscope::app
