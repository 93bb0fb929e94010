// Per-frame CPU cost of the Observe tab, drawn headlessly (no window, no GPU), with a two-hour
// session holding 3,000 marker events and notes against the same panel with 10. The panel's
// cost must not grow with the session: long lists are clipped and derived values cached.
//   build-obs/tests/bench_observer_frame [frames]
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "bench/headless_frame.h"
#include "core/ids.h"
#include "core/live_clock.h"
#include "store/observation_codec.h"
#include "ui/app_state.h"
#include "session/observer_session.h"
#include "ui/shell.h"

using namespace coachscope;

namespace {

// A scored session of `items` marker events and notes (two events to one note) over two hours.
core::Observation session(const core::Framework& f, int items) {
  core::Observation o;
  o.id = core::newId();
  o.frameworkId = f.id;
  o.frameworkVersion = f.version;
  o.context.learnerName = "Bench Learner";
  o.context.coacheePseudonym = "Sam";
  o.durationSeconds = 7200;
  for (int i = 0; i < items; ++i) {
    const double t = 7200.0 * i / items;
    if (i % 3 == 2) {
      o.notes.push_back({core::newId(), t, "Note " + std::to_string(i) + ": the client reframes the problem",
                         core::NoteKind::Observation, ""});
    } else {
      o.events.push_back({core::newId(), f.markers[static_cast<std::size_t>(i) % f.markers.size()].code, t,
                          i % 4 == 0 ? "what matters most to you?" : ""});
    }
  }
  for (const core::Competency& c : f.competencies) {
    if (c.evidence != core::EvidenceKind::Judgement) o.ratings[c.id] = {f.scale.levels.back().value, false, "Solid."};
  }
  return o;
}

// Microseconds of CPU per frame for the Observe tab showing `items` entries.
double measure(int items, int frames, const std::filesystem::path& workspace) {
  bench::HeadlessContext context(ImVec2(1280, 720));

  ui::AppState state;
  state.catalog.addBuiltIns();
  state.frameworkKey = state.catalog.defaultFramework()->key();
  state.workspace = workspace;
  const std::filesystem::path file = workspace / ("bench-" + std::to_string(items) + ".observation.json");
  if (!store::saveObservationFile(file, session(*state.framework(), items))) std::abort();
  state.observer.openOnStart = file.string();

  auto frame = [&] { bench::drawShellFrame(state); };
  for (int i = 0; i < 30; ++i) frame();  // settle layout, caches and the recovery scan
  if (state.observer.stack.observation().events.size() + state.observer.stack.observation().notes.size() !=
      static_cast<std::size_t>(items)) {
    std::fprintf(stderr, "the session did not open\n");
    std::abort();
  }
  return bench::cpuMicrosecondsPerFrame(state, frames);
}

}  // namespace

int main(int argc, char** argv) {
  const int frames = argc > 1 ? std::atoi(argv[1]) : 2000;
  const auto workspace = std::filesystem::temp_directory_path() / ("coachscope-bench-observer-" + core::newId());
  std::filesystem::create_directories(workspace);
  // Interleaved rounds, best of each, so a busy machine affects both sides alike.
  double small = 1e9, large = 1e9;
  for (int round = 0; round < 5; ++round) {
    small = std::min(small, measure(10, frames, workspace));
    large = std::min(large, measure(3000, frames, workspace));
  }
  std::filesystem::remove_all(workspace);
  std::printf("observer frame, 10 entries:    %8.1f us CPU\n", small);
  std::printf("observer frame, 3,000 entries: %8.1f us CPU (2-hour session)\n", large);
  std::printf("ratio 3,000 / 10:              %8.2f (must be <= 1.20)\n", large / small);
  return large / small <= 1.2 ? 0 : 1;
}
