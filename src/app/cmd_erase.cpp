// `coachscope erase LEARNER_ID [--workspace DIR] [--yes]`: lists everything of one learner's in the
// workspace and, with --yes, removes it and remembers the erasure (store/erasure.h).
#include <fmt/format.h>

#include "app/command_line.h"
#include "app/record_inputs.h"
#include "app/subcommands.h"
#include "store/erasure.h"
#include "store/workspace.h"

namespace coachscope::app {
namespace {

struct EraseOptions {
  std::string learnerId;
  std::string workspace;
  bool yes = false;
};

int runErase(const EraseOptions& options) {
  const std::filesystem::path workspace = store::resolveWorkspace(options.workspace);
  auto plan = store::planErasure(workspace, options.learnerId);
  if (!plan) {
    printError("erase", plan.error());
    return kExitFailure;
  }
  if (plan->files.empty() && plan->recentEntries.empty()) {
    if (plan->alreadyErased) {
      fmt::print("learner {} is already erased from {}; nothing of theirs is left\n", plan->learnerId, workspace.string());
      return kExitOk;
    }
    fmt::print(stderr, "coachscope erase: no learner {} in {}\n", plan->learnerId, workspace.string());
    return kExitFailure;
  }
  const std::string who = plan->learnerName.empty() ? plan->learnerId : plan->learnerName + " (" + plan->learnerId + ")";
  fmt::print("{} {} from {}:\n", options.yes ? "erasing" : "erase would remove", who, workspace.string());
  for (const auto& item : plan->files) fmt::print("  {:<12} {}\n", item.kind, item.file.string());
  for (const std::string& entry : plan->recentEntries) fmt::print("  {:<12} {} (settings.json)\n", "recent file", entry);
  for (const core::Error& problem : plan->unreadable) {
    fmt::print("  unreadable   {} (could not tell whose it is; check it by hand)\n", problem.message());
  }
  if (!options.yes) {
    fmt::print("nothing removed: run again with --yes to erase\n");
    return kExitOk;
  }
  if (auto done = store::carryOutErasure(workspace, *plan); !done) {
    printError("erase", done.error());
    return kExitFailure;
  }
  fmt::print("erased: {} files removed, {} recent-file entries dropped; {} keeps the learner from coming back\n",
             plan->files.size(), plan->recentEntries.size(), store::erasedListPath(workspace).string());
  return kExitOk;
}

}  // namespace

void addEraseCommand(CLI::App& app, CommandContext& context) {
  static EraseOptions options;
  CLI::App* cmd = app.add_subcommand("erase", "List, and with --yes remove, everything of one learner's in the workspace");
  cmd->add_option("learner", options.learnerId, "The learner's id (the record's learnerId)")->required();
  cmd->add_option("--workspace", options.workspace,
                  "Workspace folder (default $COACHSCOPE_WORKSPACE, else $XDG_DATA_HOME/coachscope)");
  cmd->add_flag("--yes", options.yes, "Remove what is listed (without it, nothing is changed)");
  cmd->callback([&context] { context.exitCode = runErase(options); });
}

}  // namespace coachscope::app
