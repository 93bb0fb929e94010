// Each subcommand lives in its own cmd_*.cpp and registers itself on the CLI11 app here.
// A registration adds the subcommand and sets a callback that stores its exit code in `exitCode`.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "core/catalog.h"

namespace coachscope::app {

struct CommandContext {
  std::filesystem::path executable;
  std::vector<std::string> extraFrameworkFiles;   // --framework FILE (repeatable)
  std::vector<std::string> extraFrameworkFolders; // --frameworks-dir DIR (repeatable)
  int exitCode = 0;

  // The built-ins, the default folders and whatever the user named; problems are kept in it.
  core::Catalog loadCatalog() const;
};

void addValidateCommand(CLI::App& app, CommandContext& context);
void addFrameworksCommand(CLI::App& app, CommandContext& context);
// The learner's progress record: merge, status, log, review, merge-driver (cmd_merge.cpp, ...).
void addMergeCommand(CLI::App& app, CommandContext& context);
void addStatusCommand(CLI::App& app, CommandContext& context);
void addLogCommand(CLI::App& app, CommandContext& context);
void addReviewCommand(CLI::App& app, CommandContext& context);
// `learner`: the learner's reflections, self-ratings, action plan and assignment draft (cmd_learner.cpp).
void addLearnerCommand(CLI::App& app, CommandContext& context);
void addMergeDriverCommand(CLI::App& app, CommandContext& context);
void addReportCommand(CLI::App& app, CommandContext& context);
// `agree` and `moderate` (cmd_agree.cpp).
void addAgreeCommand(CLI::App& app, CommandContext& context);
void addTranscriptCommand(CLI::App& app, CommandContext& context);
// `sync`: the workspace shared through the centre's git repository (cmd_sync.cpp).
void addSyncCommand(CLI::App& app, CommandContext& context);
// A learner's data: `erase` (cmd_erase.cpp) and `export --pseudonymise` (cmd_export.cpp).
void addEraseCommand(CLI::App& app, CommandContext& context);
void addExportCommand(CLI::App& app, CommandContext& context);
// `centre` and `cohort`: the whole workspace at a glance (cmd_centre.cpp, cmd_cohort.cpp).
void addCentreCommand(CLI::App& app, CommandContext& context);
void addCohortCommand(CLI::App& app, CommandContext& context);

// All of the above, in the order `--help` lists them.
void addSubcommands(CLI::App& app, CommandContext& context);

}  // namespace coachscope::app
