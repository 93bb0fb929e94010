// The Centre tab, driven headlessly on a generated centre: the rows are the centre query's, column
// headers sort, the filters narrow, a row opens that learner on the Progress tab, and 300 learners
// draw only the rows in view.
#include <catch_compat.hpp>

#include <thread>

#include "centre_generator.h"
#include "core/centre_query.h"
#include "harness.h"
#include "session/centre_session.h"
#include "store/centre_load.h"
#include "store/workspace.h"
#include "ui/app_state.h"
#include "ui/centre_panel.h"
#include "ui/shell.h"
#include "test_paths.h"

using coachscope::test::HeadlessUi;
using namespace coachscope;
using namespace coachscope::ui;

namespace {

constexpr const char* kToday = "2026-11-23";
const std::string kTab = "coachscope/panels/Centre";
const std::string kTable = kTab + "/" + kCentreTableId;

std::filesystem::path generated(const std::string& name, int learners, int sessions) {
  const auto dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "centre-ui" / name;
  std::filesystem::remove_all(dir);
  core::Catalog catalog;
  catalog.addBuiltIns();
  testing::CentreOptions options;
  options.workspace = dir;
  options.learners = learners;
  options.sessions = sessions;
  options.seed = 13;
  options.today = kToday;
  options.observationFiles = false;
  REQUIRE(testing::generateCentre(options, catalog));
  return dir;
}

void prepare(AppState& state, const std::filesystem::path& workspace) {
  state.catalog.addBuiltIns();
  state.frameworkKey = state.catalog.defaultFramework()->key();
  state.workspace = workspace;
  state.centre.today = kToday;
  state.requestedTab = kCentreTabTitle;
}

// The first frames start the read on its worker; wait for it, then draw what it found.
void open(HeadlessUi& ui, AppState& state) {
  ui.frame(2);
  REQUIRE(session::finishCentreRead(state));
  ui.frame(2);
  REQUIRE(state.centre.loads == 1);
}

// What `coachscope centre` lists for the same workspace, filter and order.
std::vector<std::string> queryIds(const AppState& state, const core::CentreFilter& filter, core::CentreSort sort) {
  auto load = store::loadCentre(state.workspace, state.catalog, kToday);
  std::vector<std::string> ids;
  for (const auto& r : core::selectRows(std::move(load.rows), filter, sort)) ids.push_back(r.learnerId);
  return ids;
}

std::vector<std::string> shownIds(const AppState& state) {
  std::vector<std::string> ids;
  for (const auto& r : state.centre.shown) ids.push_back(r.learnerId);
  return ids;
}

std::string header(int column, const std::string& title) {
  return kTable + "/#" + std::to_string(column) + "/" + title;
}

}  // namespace

TEST_CASE("centre: the tab lists every learner as the centre query does, with their flags") {
  AppState state;
  prepare(state, generated("lists", 30, 3));
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  open(ui, state);
  CHECK(state.centre.rows.size() == 30);
  CHECK(shownIds(state) == queryIds(state, {}, core::CentreSort::Name));
  const std::string text = ui.frameText();
  INFO(text);
  const core::CentreRow& first = state.centre.shown.front();
  CHECK(ui.shows(first.name));
  CHECK(ui.shows(first.cohort));
  CHECK(ui.shows("30 learners"));
  // Some learner in view carries a flag, and the row says so as a person reads it.
  bool flagShown = false;
  for (std::size_t i = 0; i < 10 && i < state.centre.shown.size(); ++i) {
    for (core::CentreFlag f : state.centre.shown[i].flags) flagShown = flagShown || ui.shows(core::label(f));
  }
  CHECK(flagShown);
}

TEST_CASE("centre: clicking a column's header sorts by it, clicking again reverses the order") {
  AppState state;
  prepare(state, generated("sort", 30, 3));
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  open(ui, state);

  ui.click(header(10, "Deadline"));
  CHECK(state.centre.sort == core::CentreSort::Deadline);
  CHECK_FALSE(state.centre.descending);
  const auto soonest = queryIds(state, {}, core::CentreSort::Deadline);
  CHECK(shownIds(state) == soonest);

  ui.click(header(10, "Deadline"));
  CHECK(state.centre.descending);
  CHECK(shownIds(state) == std::vector<std::string>(soonest.rbegin(), soonest.rend()));

  ui.click(header(4, "Hours"));
  CHECK(state.centre.sort == core::CentreSort::Hours);
  CHECK(shownIds(state) == queryIds(state, {}, core::CentreSort::Hours));
  CHECK(ui.shows(state.centre.shown.front().name));

  // A column with no order of its own leaves the order as it was.
  ui.click(header(12, "Ratings"));
  CHECK(state.centre.sort == core::CentreSort::Hours);
}

TEST_CASE("centre: the cohort, tutor, programme and flag filters narrow the rows as the query does") {
  AppState state;
  prepare(state, generated("filter", 40, 3));
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  open(ui, state);
  REQUIRE(state.centre.cohorts.size() >= 2);

  const std::string cohort = state.centre.cohorts[1];
  ui.click(kTab + "/##cohort");
  ui.click("##Combo_00/#1/" + cohort);
  CHECK(state.centre.filter.cohort == cohort);
  CHECK(shownIds(state) == queryIds(state, {cohort}, core::CentreSort::Name));
  for (const auto& r : state.centre.shown) CHECK(r.cohort == cohort);
  CHECK_FALSE(state.centre.shown.empty());

  const std::string tutor = state.centre.shown.front().tutor;
  const auto tutorAt = std::find(state.centre.tutors.begin(), state.centre.tutors.end(), tutor);
  REQUIRE(tutorAt != state.centre.tutors.end());
  ui.click(kTab + "/##tutor");
  ui.click("##Combo_00/#" + std::to_string(tutorAt - state.centre.tutors.begin()) + "/" + tutor);
  CHECK(shownIds(state) == queryIds(state, {cohort, tutor}, core::CentreSort::Name));

  ui.click(kTab + "/Show all");
  CHECK(state.centre.shown.size() == 40);

  const auto& [programmeId, programmeTitle] = state.centre.programmes.front();
  ui.click(kTab + "/##programme");
  ui.click("##Combo_00/#0/" + programmeTitle);
  CHECK(shownIds(state) == queryIds(state, {"", "", programmeId}, core::CentreSort::Name));
  ui.click(kTab + "/Show all");

  // Flags: one kind (listed with how many carry it), then any flag at all.
  const auto& [flag, count] = state.centre.flagCounts[2];  // not observed recently
  REQUIRE(count > 0);
  ui.click(kTab + "/##flag");
  ui.click("##Combo_00/#3/" + std::string(core::label(flag)) + " (" + std::to_string(count) + ")");
  CHECK(state.centre.shown.size() == static_cast<std::size_t>(count));
  for (const auto& r : state.centre.shown) CHECK(r.has(flag));
  ui.click(kTab + "/##flag");
  ui.click("##Combo_00/#0/Any flag");
  core::CentreFilter anyFlag;
  anyFlag.anyFlag = true;
  CHECK(shownIds(state) == queryIds(state, anyFlag, core::CentreSort::Name));
}

TEST_CASE("centre: clicking a learner opens them on the Progress tab") {
  AppState state;
  prepare(state, generated("open", 20, 3));
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  open(ui, state);
  const core::CentreRow row = state.centre.shown.at(3);
  ui.click(kTable + "/" + row.learnerId + "/###open");
  REQUIRE(state.progress.record);
  CHECK(state.progress.record->learnerId == row.learnerId);
  CHECK(state.progress.recordPath == *store::recordPath(state.workspace, row.learnerId));
  const std::string text = ui.frameText();
  INFO(text);
  CHECK(ui.shows("Portfolio"));  // the Progress tab is in front, on that learner
  CHECK(ui.shows(row.name));
  CHECK_FALSE(ui.shows("Show all"));
}

TEST_CASE("centre: 300 learners are read in the background and only the rows in view are drawn") {
  AppState state;
  prepare(state, generated("large", 300, 1));
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  ui.frame(2);
  REQUIRE(session::finishCentreRead(state));
  ui.frame(2);
  REQUIRE(state.centre.shown.size() == 300);
  const std::string text = ui.frameText();
  int namesDrawn = 0;
  for (const auto& r : state.centre.shown) namesDrawn += text.find(r.name) != std::string::npos;
  CHECK(namesDrawn >= 15);  // a screenful at 1366x768
  CHECK(namesDrawn < 60);   // and not the whole centre
  // A learner scrolled out of view is not there to click: the harness refuses, as a person could not.
  CHECK_THROWS(ui.click(kTable + "/" + state.centre.shown.back().learnerId + "/###open"));
}

TEST_CASE("centre: a learner added on disk appears without a reload, F5 reads again at once") {
  AppState state;
  prepare(state, generated("changes", 5, 1));
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  open(ui, state);
  REQUIRE(store::createLearner(state.workspace, "Zed Newcomer", "ilm-coaching-level5"));
  for (int i = 0; i < 200 && state.centre.rows.size() < 6; ++i) {
    ui.frame();
    session::finishCentreRead(state, std::chrono::milliseconds(5));
  }
  CHECK(state.centre.rows.size() == 6);
  CHECK(ui.shows("Zed Newcomer"));

  REQUIRE(store::createLearner(state.workspace, "Yan Latecomer", "ilm-coaching-level7"));
  ui.press(Key::F5);
  REQUIRE(session::finishCentreRead(state));
  CHECK(state.centre.rows.size() == 7);
}
