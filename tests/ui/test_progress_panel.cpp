// The Progress tab, driven headlessly: the learner list and checklist on a fresh workspace, adding
// a coaching-log entry, resolving a conflict, the competency charts, and review mode.
#include <catch_compat.hpp>

#include "core/merge.h"
#include "builtin_catalog.h"
#include "harness.h"
#include "session/learner_entries.h"
#include "store/record_codec.h"
#include "store/workspace.h"
#include "ui/app_state.h"
#include "ui/shell.h"
#include "test_paths.h"

using coachscope::test::HeadlessUi;
using namespace coachscope;
using namespace coachscope::ui;

namespace {

constexpr const char* kTab = "coachscope/panels/Progress";

std::filesystem::path progressWorkspace(const std::string& name) {
  auto dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "progress-ui" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

void prepare(AppState& state, const std::filesystem::path& workspace) {
  state.catalog.addBuiltIns();
  state.frameworkKey = state.catalog.defaultFramework()->key();
  state.workspace = workspace;
  state.requestedTab = "Progress";
}

std::string section(const std::string& title) { return std::string(kTab) + "/record/sections/" + title; }

core::Observation rated(const std::string& id, const std::string& date, std::map<std::string, int> levels,
                        const std::string& feedback = "") {
  core::Observation o;
  o.id = id;
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.date = date;
  o.context.tutor = "Tutor T";
  o.context.coacheePseudonym = "Sam";
  o.durationSeconds = 45 * 60;
  o.feedback = feedback;
  for (const auto& [c, level] : levels) o.ratings[c] = {level, false, ""};
  return o;
}

}  // namespace

TEST_CASE("progress: a fresh workspace opens on the sample learner with what is missing") {
  AppState state;
  prepare(state, progressWorkspace("fresh"));
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(3);
  INFO(ui.frameText());
  CHECK(ui.shows("Sample Learner"));
  CHECK(ui.shows("Portfolio checklist"));
  CHECK(ui.shows("20.42 h more of coaching"));
  CHECK(ui.shows("1 more book review"));
  CHECK(ui.shows("Coaching in context"));
  CHECK(ui.shows("ICF credential hours"));
  REQUIRE(state.progress.record != nullptr);
  CHECK(state.progress.record->currentProfile().name == "Sample Learner");
}

TEST_CASE("progress: a coaching-log entry added in the tab is saved to the record file") {
  AppState state;
  const auto ws = progressWorkspace("add-entry");
  prepare(state, ws);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(3);
  ui.click(section("Coaching log"));
  CHECK(ui.shows("4 sessions, 3.58 h of coaching"));
  ui.click(std::string(kTab) + "/record/section/Add entry");
  CHECK(state.progressView.editingLog);
  ui.type("Robin");  // the editor opens with the cursor in the coachee field
  ui.click(std::string(kTab) + "/record/section/logEditor/Save entry");
  INFO(ui.frameText());
  CHECK_FALSE(state.progressView.editingLog);
  CHECK(ui.shows("5 sessions, 4.58 h of coaching"));
  CHECK(ui.shows("Robin"));
  auto onDisk = store::loadRecordFile(state.progress.recordPath);
  REQUIRE(onDisk.ok());
  bool found = false;
  for (const auto& id : onDisk->practice.liveIds()) found |= onDisk->practice.current(id)->data.coacheePseudonym == "Robin";
  CHECK(found);
}

TEST_CASE("progress: a conflict between two tutors' versions is resolved with one click") {
  AppState state;
  const auto ws = progressWorkspace("conflict");
  auto created = store::createLearner(ws, "Casey Learner", "ilm-coaching-level5");
  REQUIRE(created.ok());
  REQUIRE(core::mergeObservation(*created, rated("obs-1", "2026-05-01", {{"6", 3}}, "Ann's feedback")).ok());
  REQUIRE(core::mergeObservation(*created, rated("obs-1", "2026-05-01", {{"6", 4}}, "Ben's feedback")).ok());
  REQUIRE(store::saveRecordFile(*store::recordPath(ws, created->learnerId), *created).ok());
  prepare(state, ws);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(3);
  CHECK(ui.shows("Conflicts (1)"));
  ui.click(section("###Conflicts"));
  INFO(ui.frameText());
  CHECK(ui.shows("Ann's feedback"));
  CHECK(ui.shows("Ben's feedback"));
  const auto heads = state.progress.record->sessions.heads("obs-1");
  REQUIRE(heads.size() == 2);
  ui.click(std::string(kTab) + "/record/section/sessionsobs-1/versions/" + heads[0]->hash + "/Keep this version");
  auto onDisk = store::loadRecordFile(state.progress.recordPath);
  REQUIRE(onDisk.ok());
  CHECK(onDisk->conflicts().empty());
  CHECK(onDisk->sessions.current("obs-1")->data.feedback == heads[0]->data.feedback);
  CHECK_FALSE(ui.shows("Conflicts (1)"));
}

TEST_CASE("progress: competency charts name the framework's competencies and their trends") {
  AppState state;
  const auto ws = progressWorkspace("trends");
  auto created = store::createLearner(ws, "Dana Learner", "ilm-coaching-level5");
  REQUIRE(created.ok());
  REQUIRE(core::mergeObservation(*created, rated("a", "2026-01-01", {{"6", 2}, {"7", 4}, {"3", 3}})).ok());
  REQUIRE(core::mergeObservation(*created, rated("b", "2026-02-01", {{"6", 3}, {"7", 3}, {"3", 3}})).ok());
  REQUIRE(core::mergeObservation(*created, rated("c", "2026-03-01", {{"6", 5}, {"7", 2}, {"3", 3}})).ok());
  REQUIRE(store::saveRecordFile(*store::recordPath(ws, created->learnerId), *created).ok());
  prepare(state, ws);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(3);
  ui.click(section("Competencies"));
  INFO(ui.frameText());
  const core::Framework& f = *state.catalog.defaultFramework();
  const core::Competency* listening = f.competency("6");
  REQUIRE(listening != nullptr);
  CHECK(ui.shows(listening->id + " " + (listening->shortTitle.empty() ? listening->title : listening->shortTitle)));
  CHECK(ui.shows("improving"));
  CHECK(ui.shows("declining"));
  CHECK(ui.shows("Current strengths:"));
}

TEST_CASE("progress: the competency charts draw the learner's self-ratings beside the tutor's") {
  AppState state;
  const auto ws = progressWorkspace("trends-self");
  auto created = store::createLearner(ws, "Dana Learner", "ilm-coaching-level5");
  REQUIRE(created.ok());
  REQUIRE(core::mergeObservation(*created, rated("a", "2026-01-01", {{"6", 2}, {"7", 4}})).ok());
  REQUIRE(core::mergeObservation(*created, rated("b", "2026-02-01", {{"6", 3}, {"7", 3}})).ok());
  REQUIRE(core::mergeObservation(*created, rated("c", "2026-03-01", {{"6", 5}, {"7", 2}})).ok());
  const auto& catalog = coachscope::testing::builtInCatalog();
  using session::Role;
  for (const char* id : {"a", "b", "c"}) {
    REQUIRE(session::writeSelfRating(*created, catalog, Role::Learner, id, "6", 4, "I listen well", "t", "Dana").ok());
  }
  REQUIRE(store::saveRecordFile(*store::recordPath(ws, created->learnerId), *created).ok());
  prepare(state, ws);
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 1400));
  ui.frame(3);
  ui.click(section("Competencies"));
  CHECK(ui.shows("hollow points: the learner's self-ratings"));
  // The last session's point sits at the chart's right end (10 pixels in): its tooltip names both.
  const std::string charts = std::string(kTab) + "/record/section/trends/";
  const ImRect listening = ui.itemRect(charts + "6/chart");
  ui.mouseMove(ImVec2(listening.Max.x - 10, listening.GetCenter().y));
  ui.frame(2);
  INFO(ui.frameText());
  CHECK(ui.shows("2026-03-01: tutor 5 · self 4"));
  CHECK(ui.shows("I listen well"));
  // A competency the learner did not rate shows the tutor's level alone.
  const ImRect questions = ui.itemRect(charts + "7/chart");
  ui.mouseMove(ImVec2(questions.Max.x - 10, questions.GetCenter().y));
  ui.frame(2);
  INFO(ui.frameText());
  CHECK(ui.shows("2026-03-01: tutor 2"));
  CHECK_FALSE(ui.shows("self 4"));
}

TEST_CASE("progress: review mode shows the record and offers nothing to edit") {
  AppState state;
  const auto ws = progressWorkspace("review");
  auto created = store::createLearner(ws, "Eli Learner", "ilm-coaching-level7");
  REQUIRE(created.ok());
  REQUIRE(core::mergeObservation(*created, rated("a", "2026-01-01", {{"6", 2}}, "Well done")).ok());
  const auto path = *store::recordPath(ws, created->learnerId);
  REQUIRE(store::saveRecordFile(path, *created).ok());
  const std::string before = store::recordText(*created);
  prepare(state, ws);
  state.progress.reviewMode = true;
  state.progress.reviewFile = path;
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(3);
  INFO(ui.frameText());
  CHECK(ui.shows("Eli Learner"));
  CHECK(ui.shows("Review mode: read only"));
  CHECK_FALSE(ui.shows("Create learner"));
  CHECK(ui.drawnText().find("Calibrate") == std::string::npos);  // other tabs are hidden
  CHECK(ui.drawnText().find("Observe") == std::string::npos);
  const std::string menuBar = ui.drawnText().substr(0, ui.drawnText().find('\n'));
  CHECK(menuBar.find("Edit") == std::string::npos);  // no observer edit actions in the menu bar
  ui.click("coachscope/##menubar/File");             // File offers only Quit
  CHECK_FALSE(ui.shows("Save"));
  CHECK_FALSE(ui.shows("Open"));
  CHECK(ui.shows("Quit"));
  ui.press(Key::Escape);
  ui.click(section("Coaching log"));
  CHECK(ui.shows("1 session, 0.75 h of coaching"));
  CHECK_FALSE(ui.shows("Add entry"));
  const std::string text = ui.drawnText();
  const std::string row = text.substr(text.find("2026-01-01"), text.find('\n', text.find("2026-01-01")) - text.find("2026-01-01"));
  CHECK(row.find("observed") != std::string::npos);
  CHECK(row.find("Edit") == std::string::npos);  // an editable log offers Edit on every row
  ui.click(section("Supervision & reading"));
  CHECK_FALSE(ui.shows("Add supervision"));
  CHECK_FALSE(ui.shows("Add book review"));
  // Nothing was written, and the sample learner was not created in review mode.
  CHECK(store::listLearners(ws).size() == 1);
  auto onDisk = store::loadRecordFile(path);
  REQUIRE(onDisk.ok());
  CHECK(store::recordText(*onDisk) == before);
}

TEST_CASE("progress: the cohort and tutor typed in the profile are saved, tidied, to the record") {
  AppState state;
  const auto ws = progressWorkspace("cohort-tutor");
  prepare(state, ws);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(3);
  const std::string fields = std::string(kTab) + "/record/section/";
  // Enter leaves a field, which saves it (in the harness, activating the next field would not
  // tell the previous one it was left: ImGui 1.86 sees that only on a mouse click).
  ui.click(fields + "Cohort");
  ui.type("  Spring   2026 ");
  ui.press(Key::Enter);
  ui.click(fields + "Tutor");
  ui.type("Helen Marsh");
  ui.press(Key::Enter);
  ui.frame(2);
  REQUIRE(state.progress.record != nullptr);
  CHECK(state.progress.record->currentProfile().cohort == "Spring 2026");
  CHECK(state.progress.record->currentProfile().tutor == "Helen Marsh");
  const auto learners = store::listLearners(ws);
  REQUIRE(learners.size() == 1);
  auto saved = store::loadRecordFile(learners[0].file, state.catalog);
  REQUIRE(saved.ok());
  CHECK(saved->currentProfile().cohort == "Spring 2026");
  CHECK(saved->currentProfile().tutor == "Helen Marsh");
}
