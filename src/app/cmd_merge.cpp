// `coachscope merge OBS... --into RECORD`: folds observations (or other copies of the record) into a
// learner's progress record, under the record's lock, writing it atomically.
#include <fmt/format.h>

#include "app/command_line.h"
#include "app/record_inputs.h"
#include "app/subcommands.h"
#include "core/ids.h"
#include "core/merge.h"
#include "core/observation_check.h"
#include "store/record_codec.h"
#include "store/record_lock.h"

namespace coachscope::app {
namespace {

struct MergeOptions {
  std::vector<std::string> inputs;
  std::string into;
  bool create = false;
  std::string programme = "ilm-coaching-level5";
  bool quiet = false;
};

int runMerge(const MergeOptions& options, const core::Catalog& catalog) {
  // Every input is read before the record is touched: one bad file means nothing is written.
  std::vector<RecordInput> inputs;
  int failures = 0;
  for (const std::string& file : options.inputs) {
    auto input = loadRecordInput(file, catalog);
    if (!input) {
      printError("merge", input.error());
      ++failures;
      continue;
    }
    inputs.push_back(std::move(*input));
  }
  if (failures) {
    fmt::print(stderr, "coachscope merge: nothing merged into {}\n", options.into);
    return kExitFailure;
  }

  std::error_code ec;
  std::optional<core::ProgressRecord> initial;
  if (!std::filesystem::exists(options.into, ec)) {
    if (!options.create) {
      fmt::print(stderr, "coachscope merge: {}: no such record (use --create to start one)\n", options.into);
      return kExitFailure;
    }
    core::LearnerProfile profile;
    profile.programmeId = options.programme;
    std::string learnerId;
    for (const RecordInput& in : inputs) {
      if (in.isRecord) learnerId = in.record.learnerId;
      else if (learnerId.empty()) learnerId = in.observation.context.learnerId;
      if (!in.isRecord && profile.name.empty()) profile.name = in.observation.context.learnerName;
    }
    initial = core::newProgressRecord(learnerId.empty() ? core::newId() : learnerId, profile, core::utcNow(), "");
  }

  std::vector<std::string> report;
  auto updated = store::updateRecordFile(
      options.into,
      [&](core::ProgressRecord& record) -> core::Result<bool> {
        bool changed = initial.has_value();
        for (std::size_t i = 0; i < inputs.size(); ++i) {
          const std::string& file = options.inputs[i];
          if (inputs[i].isRecord) {
            const std::size_t before = record.versionCount();
            auto joined = core::joinRecords(record, inputs[i].record);
            if (!joined) return core::Error{file, joined.error().where, joined.error().reason};
            const std::size_t after = record.versionCount();
            changed = changed || after != before;
            report.push_back(fmt::format("{}: record joined ({} new version{})", file, after - before,
                                         after - before == 1 ? "" : "s"));
            continue;
          }
          const core::Observation& o = inputs[i].observation;
          auto outcome = core::mergeObservation(record, o);
          if (!outcome) return core::Error{file, outcome.error().where, outcome.error().reason};
          changed = changed || outcome->added;
          report.push_back(fmt::format("{}: session {} {}", file, o.id,
                                       outcome->added ? "merged" : "already in the record, unchanged"));
          if (outcome->conflict) {
            report.push_back(fmt::format("{}: session {} now has {} different versions: resolve the conflict in the "
                                         "Progress tab",
                                         file, o.id, record.sessions.heads(o.id).size()));
          }
        }
        // The record as it will be written must pass the same reader as any other: a session
        // rated off its framework's scale (already in the record, or arriving) stops the merge.
        if (auto problems = core::checkRecordSessions(record, catalog, options.into); !problems.empty()) {
          return problems.front();
        }
        return changed;
      },
      initial ? &*initial : nullptr);
  if (!updated) {
    printError("merge", updated.error());
    fmt::print(stderr, "coachscope merge: nothing merged into {}\n", options.into);
    return kExitFailure;
  }
  if (!options.quiet) {
    for (const std::string& line : report) fmt::print("{}\n", line);
  }
  return kExitOk;
}

}  // namespace

void addMergeCommand(CLI::App& app, CommandContext& context) {
  static MergeOptions options;
  CLI::App* cmd = app.add_subcommand("merge", "Merge observations (or copies of a record) into a learner's progress record");
  cmd->add_option("inputs", options.inputs, "Observation files, or other copies of the record")->required();
  cmd->add_option("--into", options.into, "The learner's record file (learners/<id>.record.json)")->required();
  cmd->add_flag("--create", options.create, "Start the record when it does not exist yet");
  cmd->add_option("--programme", options.programme, "Programme id of a record started with --create")
      ->default_val("ilm-coaching-level5");
  cmd->add_flag("-q,--quiet", options.quiet, "Print nothing on success");
  cmd->callback([&context] { context.exitCode = runMerge(options, context.loadCatalog()); });
}

}  // namespace coachscope::app
