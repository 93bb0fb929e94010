#include "app/command_line.h"

#include <fmt/format.h>
#include <strings.h>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include "app/subcommands.h"
#include "app/window.h"
#include "session/workspace_session.h"
#include "store/conflict_copies.h"
#include "store/private_files.h"
#include "store/workspace.h"
#include "ui/app_state.h"
#include "ui/observer_panel.h"
#include "ui/shell.h"

namespace coachscope::app {
namespace {

std::filesystem::path executablePath(const char* argv0) {
  std::error_code ec;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path(argv0) : self;
}

bool parseSize(const std::string& text, WindowOptions& options) {
  return std::sscanf(text.c_str(), "%dx%d", &options.width, &options.height) == 2 && options.width >= 320 &&
         options.height >= 240;
}

}  // namespace

int runCommandLine(int argc, char** argv) {
  CLI::App app{"coachscope — score coaching practice against a competency framework.\n"
               "Without a subcommand, opens the observer window.",
               "coachscope"};
  app.set_version_flag("--version", std::string("coachscope ") + COACHSCOPE_VERSION);
  app.require_subcommand(0, 1);

  CommandContext context;
  context.executable = executablePath(argv[0]);
  app.add_option("--framework", context.extraFrameworkFiles, "Also load this framework or programme file (repeatable)")
      ->check(CLI::ExistingFile);
  app.add_option("--frameworks-dir", context.extraFrameworkFolders, "Also load every framework in this folder (repeatable)")
      ->check(CLI::ExistingDirectory);

  WindowOptions window;
  std::string size;
  std::string theme = "dark";
  app.add_option("--screenshot", window.screenshotPath, "Render some frames, write the window to this PNG and exit");
  app.add_option("--frames", window.frames, "Frames to render before --screenshot is taken")
      ->check(CLI::Range(1, 100000))
      ->default_val(3);
  app.add_option("--size", size, "Window size in pixels, WIDTHxHEIGHT (default 1280x800)");
  app.add_option("--theme", theme, "dark or light")->check(CLI::IsMember({"dark", "light"}))->default_val("dark");
  std::string tab;
  app.add_option("--tab", tab, "Open on this tab (e.g. Framework)");
  std::string workspace, script, observationFile;
  app.add_option("--workspace", workspace,
                 "Workspace folder (default $COACHSCOPE_WORKSPACE, else $XDG_DATA_HOME/coachscope)");
  app.add_option("--script", script, "Drive the Observe tab with a scripted session (see README)")
      ->check(CLI::ExistingFile);
  app.add_option("observation", observationFile, "Open this observation file on the Observe tab")
      ->check(CLI::ExistingFile);

  addSubcommands(app, context);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return e.get_exit_code() == 0 ? kExitOk : kExitUsage;
  }
  if (!app.get_subcommands().empty()) return context.exitCode;

  if (!size.empty() && !parseSize(size, window)) {
    fmt::print(stderr, "coachscope: --size takes WIDTHxHEIGHT, at least 320x240 (got \"{}\")\n", size);
    return kExitUsage;
  }
  ui::AppState state;
  state.sync.executable = context.executable;  // git runs it as the record merge driver
  state.catalog = context.loadCatalog();
  for (const core::Error& problem : state.catalog.problems()) state.notifyError(problem);
  if (const core::Framework* f = state.catalog.defaultFramework()) state.frameworkKey = f->key();
  // A framework the user named on the command line is the one they mean to score against.
  for (const core::Framework& f : state.catalog.frameworks()) {
    for (const std::string& file : context.extraFrameworkFiles) {
      if (f.source == file) state.frameworkKey = f.key();
    }
  }
  state.theme = theme == "light" ? ui::Theme::Light : ui::Theme::Dark;
  if (!tab.empty()) {
    // The tab is named as its label reads, in any case; anything else is a mistake worth saying.
    std::string names;
    for (const ui::PanelEntry& panel : ui::panels()) {
      if (strcasecmp(panel.title, tab.c_str()) == 0) state.requestedTab = panel.title;
      names += std::string(names.empty() ? "" : ", ") + panel.title;
    }
    if (state.requestedTab.empty()) {
      fmt::print(stderr, "coachscope: --tab takes one of {} (got \"{}\")\n", names, tab);
      return kExitUsage;
    }
  }
  session::useWorkspace(state, workspace);
  store::tidyWorkspace(state.workspace);
  // Synced folders' conflict copies go back into their records before any tab reads them.
  const store::ConflictCopiesMerged copies = store::mergeConflictCopies(state.workspace);
  for (const std::string& line : copies.merged) state.notify(ui::Notice::Level::Info, "Conflict copy merged: " + line);
  for (const core::Error& problem : copies.problems) state.notifyError(problem);
  state.observer.openOnStart = observationFile;
  if (!script.empty()) {
    if (auto loaded = ui::loadObserverScript(state.observerView, script); !loaded) {
      fmt::print(stderr, "coachscope: {}\n", loaded.error().message());
      return kExitUsage;
    }
  }
  return runWindow(state, window);
}

}  // namespace coachscope::app
