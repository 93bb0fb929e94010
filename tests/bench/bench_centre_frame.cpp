// The Centre tab's frame drawn headlessly (no window, no GPU) with 300 learners against 10, at
// 1366x768, the rows already read. The frame must not grow with the centre: only the rows in view
// are drawn and the filtered, sorted rows are kept between frames. Both sides are timed in
// alternating order over several rounds (see bench_rounds.h); exits 1 when the best-of ratio is
// above 1.10.
//
//   build/tests/bench_centre_frame [FRAMES=400] [ROUNDS=9]
#include <fmt/format.h>
#include <imgui.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "bench/bench_rounds.h"
#include "centre_generator.h"
#include "session/centre_session.h"
#include "ui/app_state.h"
#include "ui/centre_panel.h"
#include "ui/keys.h"
#include "ui/shell.h"

using namespace coachscope;

namespace {

// One window's worth of state and its own ImGui context, on the Centre tab of a generated centre.
struct Dashboard {
  ImGuiContext* context = nullptr;
  ui::AppState state;

  Dashboard(const std::filesystem::path& workspace, int learners) {
    state.catalog.addBuiltIns();
    state.frameworkKey = state.catalog.defaultFramework()->key();
    testing::CentreOptions options;
    options.workspace = workspace;
    options.learners = learners;
    options.sessions = 5;
    options.seed = 7;
    options.observationFiles = false;
    if (auto generated = testing::generateCentre(options, state.catalog); !generated) {
      fmt::print(stderr, "{}\n", generated.error().message());
      std::exit(2);
    }
    state.workspace = workspace;
    state.centre.today = options.today;
    state.requestedTab = ui::kCentreTabTitle;
    context = ImGui::CreateContext();
    ImGui::SetCurrentContext(context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1366, 768);
    io.DeltaTime = 1.0f / 60.0f;
    ui::installGlfwKeyMap();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    frames(2);
    if (!session::finishCentreRead(state) || state.centre.rows.size() != static_cast<std::size_t>(learners)) {
      fmt::print(stderr, "the centre of {} learners was not read\n", learners);
      std::exit(2);
    }
    frames(30);  // layout, fonts and the table's column widths settle
  }
  ~Dashboard() { ImGui::DestroyContext(context); }

  void frames(int n) {
    ImGui::SetCurrentContext(context);
    for (int i = 0; i < n; ++i) {
      ImGui::NewFrame();
      ui::drawShell(state);
      ImGui::Render();
    }
  }
};

}  // namespace

int main(int argc, char** argv) {
  const int frames = argc > 1 ? std::max(1, std::atoi(argv[1])) : 400;
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 9;
  constexpr double kLimit = 1.10;
  const auto dir = std::filesystem::temp_directory_path() / fmt::format("coachscope-bench-centre-frame-{}", getpid());
  {
    Dashboard small(dir / "small", 10);
    Dashboard large(dir / "large", 300);
    const bench::Comparison c =
        bench::compareInterleaved(rounds, [&] { small.frames(frames); }, [&] { large.frames(frames); });
    bench::printComparison(c, fmt::format("10 learners, {} frames", frames), fmt::format("300 learners, {} frames", frames));
    fmt::print("per frame: {:.1f} us vs {:.1f} us (best rounds)\n", 1000 * bench::Comparison::best(c.baseline) / frames,
               1000 * bench::Comparison::best(c.measured) / frames);
    const double verdict = c.bestRatio();
    fmt::print("dashboard frame, 300 vs 10 learners: {:.2f}x (limit {:.2f}x)\n", verdict, kLimit);
    std::filesystem::remove_all(dir);
    return verdict <= kLimit ? 0 : 1;
  }
}
