// `coachscope export LEARNER_ID --pseudonymise -o DIR [--workspace DIR]`: a copy of one learner's
// record and observations for verification sampling, names and quotes replaced (core/pseudonymise.h).
#include <fmt/format.h>

#include "app/command_line.h"
#include "app/record_inputs.h"
#include "app/subcommands.h"
#include "core/ids.h"
#include "core/pseudonymise.h"
#include "store/observation_codec.h"
#include "store/private_files.h"
#include "store/record_codec.h"
#include "store/safe_paths.h"
#include "store/workspace.h"

namespace coachscope::app {
namespace {

namespace fs = std::filesystem;

struct ExportOptions {
  std::string learnerId;
  std::string workspace;
  std::string output;
  bool pseudonymise = false;
};

int runExport(const ExportOptions& options, const core::Catalog& catalog) {
  if (!options.pseudonymise) {
    fmt::print(stderr, "coachscope export: only --pseudonymise is supported (records are copied as they are by hand)\n");
    return kExitUsage;
  }
  const fs::path workspace = store::resolveWorkspace(options.workspace);
  auto recordFile = store::recordPath(workspace, options.learnerId);
  if (!recordFile) {
    printError("export", recordFile.error());
    return kExitFailure;
  }
  auto record = store::loadRecordFile(*recordFile, catalog);
  if (!record) {
    printError("export", record.error());
    return kExitFailure;
  }
  const fs::path out = options.output;
  std::error_code ec;
  if (store::isInside(workspace, out) || fs::equivalent(workspace, out, ec)) {
    fmt::print(stderr, "coachscope export: {}: is inside the workspace; choose a folder outside it\n", out.string());
    return kExitFailure;
  }
  if (fs::exists(out, ec) && !fs::is_empty(out, ec)) {
    fmt::print(stderr, "coachscope export: {}: exists and is not empty; nothing written\n", out.string());
    return kExitFailure;
  }

  std::vector<core::Observation> observations;
  for (const auto& entry : fs::directory_iterator(store::observationsFolder(workspace), ec)) {
    if (!entry.is_regular_file(ec) || entry.path().extension() != ".json") continue;
    auto observation = store::loadObservationFile(entry.path(), catalog);
    if (observation && observation->context.learnerId == record->learnerId) observations.push_back(std::move(*observation));
  }
  const core::Pseudonyms pseudonyms = core::makePseudonyms(*record, observations, core::newId());
  if (auto folder = store::createPrivateFolders(out); !folder) {
    printError("export", folder.error());
    return kExitFailure;
  }
  const fs::path recordOut = out / (pseudonyms.learnerId + ".record.json");
  if (auto saved = store::saveRecordFile(recordOut, core::pseudonymiseRecord(*record, pseudonyms, core::utcNow()));
      !saved) {
    printError("export", saved.error());
    return kExitFailure;
  }
  fmt::print("wrote {}\n", recordOut.string());
  for (const core::Observation& o : observations) {
    if (!core::isSafeId(o.id)) continue;  // never a path from an unchecked id
    const fs::path file = out / (o.id + ".observation.json");
    if (auto saved = store::saveObservationFile(file, core::pseudonymiseObservation(o, pseudonyms)); !saved) {
      printError("export", saved.error());
      return kExitFailure;
    }
    fmt::print("wrote {}\n", file.string());
  }
  fmt::print("learner {} exported as {} ({}), {} observations; names and quotes replaced\n", record->learnerId,
             pseudonyms.learnerId, pseudonyms.learnerName, observations.size());
  return kExitOk;
}

}  // namespace

void addExportCommand(CLI::App& app, CommandContext& context) {
  static ExportOptions options;
  CLI::App* cmd = app.add_subcommand(
      "export", "Write a pseudonymised copy of one learner's record and observations (for verification sampling)");
  cmd->add_option("learner", options.learnerId, "The learner's id (the record's learnerId)")->required();
  cmd->add_flag("--pseudonymise,--pseudonymize", options.pseudonymise,
                "Replace the learner's and coachees' names and every quote");
  cmd->add_option("-o,--output", options.output, "The folder to write into (new or empty, outside the workspace)")
      ->required();
  cmd->add_option("--workspace", options.workspace,
                  "Workspace folder (default $COACHSCOPE_WORKSPACE, else $XDG_DATA_HOME/coachscope)");
  cmd->callback([&context] { context.exitCode = runExport(options, context.loadCatalog()); });
}

}  // namespace coachscope::app
