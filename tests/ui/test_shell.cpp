// The shell and the Framework panel, driven headlessly.
#include <catch_compat.hpp>

#include "harness.h"
#include "ui/app_state.h"
#include "ui/shell.h"

using coachscope::test::HeadlessUi;
using namespace coachscope::ui;

namespace {

AppState stateWithBuiltIns() {
  AppState state;
  state.catalog.addBuiltIns();
  state.frameworkKey = state.catalog.defaultFramework()->key();
  return state;
}

}  // namespace

TEST_CASE("the Framework tab shows the loaded framework's domains, scale and title") {
  AppState state = stateWithBuiltIns();
  state.requestedTab = "Framework";
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  INFO(ui.frameText());
  const coachscope::core::Framework& f = *state.framework();
  CHECK(ui.shows(f.title));
  for (const auto& domain : f.domains) CHECK(ui.shows(domain.id + " " + domain.title));
  for (const auto& level : f.scale.levels) CHECK(ui.shows(level.label));
}

TEST_CASE("opening a competency's tree node reveals its markers") {
  AppState state = stateWithBuiltIns();
  state.requestedTab = "Framework";
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  const coachscope::core::Framework& f = *state.framework();
  const auto& competency = *std::find_if(f.competencies.begin(), f.competencies.end(), [](const auto& c) {
    return c.evidence == coachscope::core::EvidenceKind::Markers;
  });
  const auto marker = f.markersOf(competency.id).front();
  CHECK_FALSE(ui.shows(marker->text));
  ui.click("coachscope/panels/Framework/framework-body/" + competency.domainId + "/" + competency.id + "/" +
           competency.id + "  " + competency.title);
  CHECK(ui.shows(marker->text));
}

TEST_CASE("F1 toggles the shortcut overlay, Ctrl+Shift+T the theme, Ctrl+Q asks to quit") {
  AppState state = stateWithBuiltIns();
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame();
  ui.press(Key::F1);
  CHECK(state.showShortcuts);
  CHECK(ui.shows("Switch between dark and light theme"));
  ui.press(Key::F1);
  CHECK_FALSE(state.showShortcuts);

  const Theme before = state.theme;
  ui.press(Key::T, Ctrl | Shift);
  CHECK(state.theme != before);
  CHECK(state.themeChanged);

  ui.press(Key::Q, Ctrl);
  CHECK(state.quitRequested);
}

TEST_CASE("choosing another framework in the combo switches the panel") {
  AppState state = stateWithBuiltIns();
  state.requestedTab = "Framework";
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  const auto& frameworks = state.catalog.frameworks();
  REQUIRE(frameworks.size() >= 2);
  const auto& other = frameworks[1];
  ui.click("coachscope/panels/Framework/Framework");  // opens the combo's popup
  ui.click("##Combo_00/" + other.titleWithVersion() + "##" + other.key());
  CHECK(state.frameworkKey == other.key());
}

TEST_CASE("notices can be dismissed") {
  AppState state = stateWithBuiltIns();
  state.notify(Notice::Level::Error, "broken.json: /markers/0/code: duplicate marker code \"3.1\"");
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame();
  CHECK(ui.shows("duplicate marker code"));
  ui.click("coachscope/#0/Dismiss");
  CHECK(state.notices.empty());
}
