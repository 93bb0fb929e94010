// The Cohorts tab, driven headlessly on a generated centre: a cohort's competencies as `coachscope
// cohort` reads them, by month and by term, another cohort picked, and the CSV export from there.
#include <catch_compat.hpp>

#include <cstdio>
#include <fstream>

#include "centre_generator.h"
#include "harness.h"
#include "report/cohort_report.h"
#include "session/centre_session.h"
#include "store/cohort_load.h"
#include "ui/app_state.h"
#include "ui/cohort_panel.h"
#include "ui/shell.h"
#include "test_paths.h"

using coachscope::test::HeadlessUi;
using namespace coachscope;
using namespace coachscope::ui;

namespace {

const std::string kTab = "coachscope/panels/Cohorts";

void prepare(AppState& state, const std::string& name) {
  state.catalog.addBuiltIns();
  state.frameworkKey = state.catalog.defaultFramework()->key();
  state.workspace = std::filesystem::path(COACHSCOPE_TEST_TMP) / "cohort-ui" / name;
  std::filesystem::remove_all(state.workspace);
  testing::CentreOptions options;
  options.workspace = state.workspace;
  options.learners = 40;
  options.sessions = 6;
  options.seed = 5;
  options.observationFiles = false;
  REQUIRE(testing::generateCentre(options, state.catalog));
  state.centre.today = options.today;
  state.requestedTab = kCohortTabTitle;
}

// Frames until the rows and the chosen cohort's view are read and drawn.
void settle(HeadlessUi& ui, AppState& state) {
  for (int i = 0; i < 10; ++i) {
    ui.frame();
    const bool done = session::finishCentreRead(state) && state.centre.cohortView &&
                      state.centre.cohortViewOf == state.centre.cohort && state.centre.cohortViewPeriod == state.centre.period;
    if (done) break;
  }
  ui.frame(2);
}

// What `coachscope cohort` reads for the same workspace.
core::CohortView commandView(const AppState& state, const std::string& cohort, core::CohortPeriod period) {
  store::CohortLoad load = store::loadCohort(state.workspace, state.catalog, cohort, period);
  REQUIRE_FALSE(load.failure);
  return load.view;
}

void checkSame(const core::CohortView& shown, const core::CohortView& expected) {
  CHECK(shown.cohort == expected.cohort);
  CHECK(shown.learners == expected.learners);
  CHECK(shown.sessions == expected.sessions);
  CHECK(shown.periods == expected.periods);
  REQUIRE(shown.competencies.size() == expected.competencies.size());
  for (std::size_t i = 0; i < shown.competencies.size(); ++i) {
    CHECK(shown.competencies[i].overall.byLevel == expected.competencies[i].overall.byLevel);
    CHECK(shown.competencies[i].byPeriod.size() == expected.competencies[i].byPeriod.size());
  }
  REQUIRE(shown.markers.size() == expected.markers.size());
  for (std::size_t i = 0; i < shown.markers.size(); ++i) CHECK(shown.markers[i].code == expected.markers[i].code);
}

}  // namespace

TEST_CASE("cohorts: a cohort's competencies by month, then by term, then another cohort, as the command reads them") {
  AppState state;
  prepare(state, "view");
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  settle(ui, state);
  REQUIRE(state.centre.cohorts.size() >= 2);
  const std::string first = state.centre.cohorts.front();
  CHECK(state.centre.cohort == first);  // the tab opens on a cohort
  REQUIRE(state.centre.cohortView);
  const core::CohortView& view = state.centre.cohortView->view;
  checkSame(view, commandView(state, first, core::CohortPeriod::Month));
  INFO(ui.frameText());
  CHECK(ui.shows(view.competencies.front().title));
  CHECK(ui.shows(view.periods.back()));
  CHECK(ui.shows("Markers least often seen"));
  CHECK(ui.shows(view.markers.front().label));

  ui.click(kTab + "/By term");
  settle(ui, state);
  CHECK(state.centre.period == core::CohortPeriod::Term);
  checkSame(state.centre.cohortView->view, commandView(state, first, core::CohortPeriod::Term));
  CHECK(ui.shows("term"));

  const std::string second = state.centre.cohorts[1];
  ui.click(kTab + "/##cohort");
  ui.click("##Combo_00/#1/" + second);
  settle(ui, state);
  CHECK(state.centre.cohort == second);
  checkSame(state.centre.cohortView->view, commandView(state, second, core::CohortPeriod::Term));
  CHECK(ui.shows(second));
}

TEST_CASE("cohorts: the tab's CSV export writes what `coachscope cohort --csv` prints") {
  AppState state;
  prepare(state, "export");
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  settle(ui, state);
  ui.click(kTab + "/Export report...##report");
  char popup[32];
  std::snprintf(popup, sizeof popup, "##Popup_%08x", ui.id(kTab + "/Export report##popup"));
  ui.click(std::string(popup) + "/Cohort table, CSV (spreadsheet)");
  const std::filesystem::path written = state.reportExport.path;
  CHECK(written.extension() == ".csv");
  CHECK(written.parent_path() == state.workspace / "reports");
  ui.click(std::string(popup) + "/Export##write");
  REQUIRE(std::filesystem::exists(written));
  std::ifstream in(written, std::ios::binary);
  const std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const core::CohortView expected = commandView(state, state.centre.cohort, core::CohortPeriod::Month);
  CHECK(csv == report::cohortCsv(expected, *state.catalog.framework(expected.frameworkKey)));
  CHECK(ui.shows("Written to"));
}
