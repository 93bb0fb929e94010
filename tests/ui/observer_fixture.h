// A headless app on the Observe tab with a fake steady clock and a private workspace.
#pragma once

#include <filesystem>
#include <memory>

#include "core/live_clock.h"
#include "harness.h"
#include "ui/app_state.h"
#include "ui/observer_keys.h"
#include "session/observer_session.h"
#include "ui/shell.h"
#include "test_paths.h"

namespace coachscope::test {

struct FakeTime {
  core::LiveClock::TimePoint now{};
  void advance(double seconds) {
    now += std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds));
  }
};

inline std::filesystem::path observerWorkspace(const std::string& name, bool wipe = true) {
  auto dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "observer-ui" / name;
  if (wipe) std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// The state the app starts with: built-in frameworks, the workspace, a clock on fake time.
inline void prepareObserver(ui::AppState& state, const std::filesystem::path& workspace, FakeTime& time) {
  state.catalog.addBuiltIns();
  state.frameworkKey = state.catalog.defaultFramework()->key();
  state.workspace = workspace;
  session::useClock(state.observer, std::make_unique<core::LiveClock>([&time] { return time.now; }));
}

inline const core::Framework& icf(const ui::AppState& state) { return *state.catalog.defaultFramework(); }

// The default key of a marker, e.g. "1" for the first marker.
inline ui::Shortcut keyOf(const ui::AppState& state, const std::string& code) {
  for (const auto& k : ui::markerKeys(icf(state), state.observer.settings)) {
    if (k.markerCode == code) return k.shortcut;
  }
  throw std::runtime_error("no key for " + code);
}

// A headless app on the Observe tab, drawn twice and ready for keys.
struct ObserveTab {
  ui::AppState state;
  FakeTime time;
  HeadlessUi ui{[this] { ui::drawShell(state); }};
  explicit ObserveTab(const std::string& name) {
    prepareObserver(state, observerWorkspace(name), time);
    ui.frame(2);
  }
  const core::Observation& obs() const { return state.observer.stack.observation(); }
  // The default key of the framework's i-th marker.
  ui::Shortcut key(std::size_t marker) const { return keyOf(state, icf(state).markers[marker].code); }
  // Presses the i-th marker's key; returns its code.
  std::string pressMarker(std::size_t marker) {
    const ui::Shortcut k = key(marker);
    ui.press(k.key, k.mods);
    return icf(state).markers[marker].code;
  }
  // F2, the text, Enter.
  void note(const std::string& text) {
    ui.press(ui::Key::F2);
    ui.type(text);
    ui.press(ui::Key::Enter);
  }
};

}  // namespace coachscope::test
