// `coachscope sync [--clone URL] [--workspace DIR]`: shares the workspace through the centre's git
// repository (see store/workspace_sync.h) and says what came in.
#include <fmt/format.h>

#include "app/command_line.h"
#include "app/record_inputs.h"
#include "app/subcommands.h"
#include "store/workspace.h"
#include "store/workspace_sync.h"

namespace coachscope::app {
namespace {

struct SyncCommandOptions {
  std::string clone;
  std::string workspace;
  bool quiet = false;
};

std::string plural(int n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

std::string learnerLabel(const store::IncomingLearner& learner) {
  return learner.name.empty() ? learner.id : learner.name;
}

void printReport(const store::SyncReport& report) {
  for (const std::string& line : report.conflictCopiesMerged) fmt::print("conflict copy merged: {}\n", line);
  for (const std::string& line : report.conflictCopiesKept) fmt::print("conflict copy kept: {}\n", line);
  for (const std::string& file : report.restored) {
    fmt::print("restored {} (deleted here; sync never removes a record or observation)\n", file);
  }
  for (const std::string& problem : report.notShared) fmt::print("not shared, does not load: {}\n", problem);
  if (report.recordsCommitted + report.observationsCommitted > 0) {
    fmt::print("committed: {}, {}\n", plural(report.recordsCommitted, "record", "records"),
               plural(report.observationsCommitted, "observation", "observations"));
  } else {
    fmt::print("committed: nothing new here\n");
  }
  if (report.incoming.empty() && report.observationsAdded == 0) {
    fmt::print("came in: nothing new\n");
  } else {
    for (const store::IncomingLearner& learner : report.incoming) {
      fmt::print("came in: {}{}, {} added\n", learner.newLearner ? "new learner " : "", learnerLabel(learner),
                 plural(learner.sessionsAdded, "session", "sessions"));
    }
    if (report.observationsAdded > 0) {
      fmt::print("came in: {}\n", plural(report.observationsAdded, "observation", "observations"));
    }
  }
  if (report.pushed) {
    fmt::print("sent to {} ({}){}\n", report.remote, report.branch,
               report.attempts > 1 ? fmt::format(", after {} attempts", report.attempts) : "");
  } else {
    fmt::print("up to date with {} ({})\n", report.remote, report.branch);
  }
}

int runSync(const SyncCommandOptions& options, const CommandContext& context) {
  const std::filesystem::path workspace = store::resolveWorkspace(options.workspace);
  store::SyncOptions sync;
  sync.executable = context.executable;
  sync.catalog = context.loadCatalog();
  if (!options.quiet) sync.progress = [](const std::string& line) { fmt::print(stderr, "sync: {}...\n", line); };
  auto report = options.clone.empty() ? store::syncWorkspace(workspace, sync)
                                      : store::cloneWorkspace(options.clone, workspace, sync);
  if (!report) {
    printError("sync", report.error());
    return kExitFailure;
  }
  printReport(*report);
  return report->notShared.empty() ? kExitOk : kExitFailure;
}

}  // namespace

void addSyncCommand(CLI::App& app, CommandContext& context) {
  static SyncCommandOptions options;
  CLI::App* cmd = app.add_subcommand(
      "sync", "Share the workspace through the centre's git repository: commit, fetch, join records, push");
  cmd->add_option("--clone", options.clone, "Join this repository (any URL git takes: SSH, HTTPS, a folder)");
  cmd->add_option("--workspace", options.workspace,
                  "Workspace folder (default $COACHSCOPE_WORKSPACE, else $XDG_DATA_HOME/coachscope)");
  cmd->add_flag("-q,--quiet", options.quiet, "Print no progress lines");
  cmd->callback([&context] { context.exitCode = runSync(options, context); });
}

}  // namespace coachscope::app
