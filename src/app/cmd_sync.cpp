// `coachscope sync [--clone URL] [--workspace DIR]`: shares the workspace through the centre's git
// repository (see store/workspace_sync.h) and says what came in.
#include <fmt/format.h>

#include "app/command_line.h"
#include "app/record_inputs.h"
#include "app/subcommands.h"
#include "session/sync_session.h"
#include "store/workspace.h"
#include "store/workspace_sync.h"

namespace coachscope::app {
namespace {

struct SyncCommandOptions {
  std::string clone;
  std::string workspace;
  bool quiet = false;
};

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
  for (const std::string& line : session::syncSummary(*report)) fmt::print("{}\n", line);
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
