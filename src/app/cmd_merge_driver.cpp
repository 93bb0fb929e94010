// `coachscope merge-driver %O %A %B`: a git merge driver for progress records. Records are joins of
// version sets, so the merge of two branches is the union of both (and the ancestor's) versions:
// never a textual conflict, never a lost entry. The result replaces %A, as git expects.
#include <fmt/format.h>

#include "app/command_line.h"
#include "app/record_inputs.h"
#include "app/subcommands.h"
#include "core/merge.h"
#include "store/record_codec.h"

namespace coachscope::app {
namespace {

struct DriverOptions {
  std::string ancestor, ours, theirs;
  std::string pathName;  // %P, only for messages
};

int runDriver(const DriverOptions& options, const core::Catalog& catalog) {
  const char* command = "merge-driver";
  auto ours = store::loadRecordFile(options.ours, catalog);
  auto theirs = store::loadRecordFile(options.theirs, catalog);
  for (const auto* side : {&ours, &theirs}) {
    if (!*side) {
      printError(command, side->error());
      fmt::print(stderr, "coachscope merge-driver: {}: left for a manual merge\n",
                 options.pathName.empty() ? options.ours : options.pathName);
      return kExitFailure;
    }
  }
  core::ProgressRecord merged = std::move(*ours);
  if (auto joined = core::joinRecords(merged, *theirs); !joined) {
    printError(command, core::Error{options.theirs, joined.error().where, joined.error().reason});
    return kExitFailure;
  }
  // The ancestor's versions are in one side or the other already; joining it too costs nothing and
  // keeps the result a pure union even if a side was rewritten by hand. A missing or empty
  // ancestor (the file was added on both branches) is fine.
  std::error_code ec;
  if (!options.ancestor.empty() && std::filesystem::file_size(options.ancestor, ec) > 0 && !ec) {
    if (auto base = store::loadRecordFile(options.ancestor, catalog); base && base->learnerId == merged.learnerId) {
      (void)core::joinRecords(merged, *base);
    }
  }
  if (auto saved = store::saveRecordFile(options.ours, merged); !saved) {
    printError(command, saved.error());
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void addMergeDriverCommand(CLI::App& app, CommandContext& context) {
  static DriverOptions options;
  CLI::App* cmd = app.add_subcommand("merge-driver",
                                     "Git merge driver for progress records: merge-driver %O %A %B [%P] (see README)");
  cmd->add_option("ancestor", options.ancestor, "%O: the common ancestor's version")->required();
  cmd->add_option("ours", options.ours, "%A: our version; the result is written here")->required();
  cmd->add_option("theirs", options.theirs, "%B: their version")->required();
  cmd->add_option("path", options.pathName, "%P: the record's path in the repository (for messages)");
  cmd->callback([&context] { context.exitCode = runDriver(options, context.loadCatalog()); });
}

}  // namespace coachscope::app
