// `coachscope frameworks`: what frameworks and programmes this build can use, and any that failed.
#include <fmt/format.h>

#include "app/subcommands.h"

namespace coachscope::app {

void addFrameworksCommand(CLI::App& app, CommandContext& context) {
  CLI::App* cmd = app.add_subcommand("frameworks", "List the competency frameworks and programme rules available");
  cmd->callback([&context] {
    core::Catalog catalog = context.loadCatalog();
    fmt::print("Frameworks:\n");
    for (const core::Framework& f : catalog.frameworks()) {
      fmt::print("  {:<32} {} ({} competencies, {} markers)\n    from {}\n", f.key(), f.title, f.competencies.size(),
                 f.markers.size(), f.source);
    }
    fmt::print("Programmes:\n");
    for (const core::Programme& p : catalog.programmes()) {
      fmt::print("  {:<32} {}\n    from {}\n", p.key(), p.title, p.source);
    }
    for (const core::Error& e : catalog.problems()) fmt::print(stderr, "problem: {}\n", e.message());
    context.exitCode = catalog.problems().empty() ? 0 : 1;
  });
}

}  // namespace coachscope::app
