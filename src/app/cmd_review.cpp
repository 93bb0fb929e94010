// `coachscope review RECORD`: the window on one learner's Progress tab for learners reading their
// feedback and progress. The tutor's content is read-only there; the learner writes only their own
// parts (reflections, self-ratings, the action plan: session/learner_side.h).
#include <fmt/format.h>

#include "app/command_line.h"
#include "app/record_inputs.h"
#include "app/subcommands.h"
#include "app/window.h"
#include "store/record_codec.h"
#include "ui/progress_panel.h"

namespace coachscope::app {
namespace {

struct ReviewOptions {
  std::string record;
  std::string screenshot;
  std::string size;
  int frames = 3;
  std::string theme = "dark";
  std::string script;
};

int runReview(const ReviewOptions& options, const CommandContext& context) {
  // Refuse a bad file here, with the usual message, rather than in an empty window.
  const core::Catalog catalog = context.loadCatalog();
  if (auto record = store::loadRecordFile(options.record, catalog); !record) {
    printError("review", record.error());
    return kExitFailure;
  }
  WindowOptions window;
  window.screenshotPath = options.screenshot;
  window.frames = options.frames;
  if (!options.size.empty() &&
      (std::sscanf(options.size.c_str(), "%dx%d", &window.width, &window.height) != 2 || window.width < 320 ||
       window.height < 240)) {
    fmt::print(stderr, "coachscope review: --size takes WIDTHxHEIGHT, at least 320x240 (got \"{}\")\n", options.size);
    return kExitUsage;
  }
  ui::AppState state;
  state.catalog = catalog;
  if (const core::Framework* f = state.catalog.defaultFramework()) state.frameworkKey = f->key();
  state.theme = options.theme == "light" ? ui::Theme::Light : ui::Theme::Dark;
  state.progress.reviewMode = true;
  state.progress.reviewFile = options.record;
  state.requestedTab = ui::kProgressTabTitle;
  if (!options.script.empty()) {
    if (auto loaded = ui::loadReviewScript(state.progressView, options.script); !loaded) {
      printError("review", loaded.error());
      return kExitFailure;
    }
  }
  return runWindow(state, window);
}

}  // namespace

void addReviewCommand(CLI::App& app, CommandContext& context) {
  static ReviewOptions options;
  CLI::App* cmd = app.add_subcommand("review", "Open a learner's record read-only: feedback, progress, portfolio status");
  cmd->add_option("record", options.record, "The learner's record file")->required();
  cmd->add_option("--screenshot", options.screenshot, "Render some frames, write the window to this PNG and exit");
  cmd->add_option("--frames", options.frames, "Frames to render before --screenshot is taken")->check(CLI::Range(1, 100000));
  cmd->add_option("--size", options.size, "Window size in pixels, WIDTHxHEIGHT");
  cmd->add_option("--theme", options.theme, "dark or light")->check(CLI::IsMember({"dark", "light"}));
  cmd->add_option("--script", options.script, "Drive the review face as the learner with a script (see README)");
  cmd->callback([&context] { context.exitCode = runReview(options, context); });
}

}  // namespace coachscope::app
