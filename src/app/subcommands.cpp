#include "app/subcommands.h"

namespace coachscope::app {

core::Catalog CommandContext::loadCatalog() const {
  core::Catalog catalog;
  catalog.addBuiltIns();
  for (const auto& folder : core::defaultFrameworkFolders(executable)) catalog.addFolder(folder);
  for (const auto& folder : extraFrameworkFolders) catalog.addFolder(folder);
  for (const auto& file : extraFrameworkFiles) catalog.addFile(file);
  return catalog;
}

void addSubcommands(CLI::App& app, CommandContext& context) {
  addValidateCommand(app, context);
  addFrameworksCommand(app, context);
  addMergeCommand(app, context);
  addStatusCommand(app, context);
  addLogCommand(app, context);
  addReviewCommand(app, context);
  addLearnerCommand(app, context);
  addMergeDriverCommand(app, context);
  addTranscriptCommand(app, context);
  addReportCommand(app, context);
  addAgreeCommand(app, context);
  addSyncCommand(app, context);
  addEraseCommand(app, context);
  addExportCommand(app, context);
  addCentreCommand(app, context);
  addCohortCommand(app, context);
}

}  // namespace coachscope::app
