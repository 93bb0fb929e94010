// The review face (`coachscope review RECORD`): per session the tutor's written feedback, ratings
// with descriptors and rationales, the evidence, beside the learner's reflection and self-ratings;
// the action plan. The learner edits only their own parts; the tutor's content cannot be edited.
#include <catch_compat.hpp>

#include <algorithm>
#include <cctype>

#include "core/clock_text.h"
#include "core/merge.h"
#include "harness.h"
#include "session/learner_side.h"
#include "store/observation_codec.h"
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
const std::string kSessions = std::string(kTab) + "/record/sections/Sessions";
const std::string kPlan = std::string(kTab) + "/record/sections/Action plan";
const std::string kSession = std::string(kTab) + "/record/section/session";
const std::string kYours = kSession + "/yours";
const std::string kPlanBody = std::string(kTab) + "/record/section";

std::filesystem::path workspaceFor(const std::string& name) {
  auto dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "review-face" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

core::Observation observed(const std::string& id, const std::string& date) {
  core::Observation o;
  o.id = id;
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.date = date;
  o.context.tutor = "Tutor Tess";
  o.context.coacheePseudonym = "Sam";
  o.durationSeconds = 50 * 60;
  o.ratings["6"] = {4, false, "Picked up the client's own words"};
  o.ratings["7"] = {2, false, "Questions were stacked"};
  o.strengths = "Warm, patient contracting";
  o.developmentAreas = "One question at a time";
  o.feedback = "A steady session overall";
  o.coacheeFeedback = "I felt heard";
  o.updatedAt = date.substr(0, 10) + "T12:00:00Z";
  o.events.push_back({"e1", "6.2", 75, "so you said stuck"});
  o.notes.push_back({"n1", 130, "Long pause held well", core::NoteKind::Strength, "5.5"});
  return o;
}

struct Fixture {
  std::filesystem::path path;
  core::ProgressRecord record;
};

Fixture recordWithSession(const std::string& name) {
  const auto ws = workspaceFor(name);
  auto created = store::createLearner(ws, "Rae Learner", "ilm-coaching-level5");
  REQUIRE(created.ok());
  REQUIRE(core::mergeObservation(*created, observed("s-1", "2026-10-01T10:00")).ok());
  REQUIRE(core::mergeObservation(*created, observed("s-2", "2026-11-01T10:00")).ok());
  const auto path = *store::recordPath(ws, created->learnerId);
  REQUIRE(store::saveRecordFile(path, *created).ok());
  return {path, *created};
}

void openAs(AppState& state, const Fixture& f, bool review) {
  state.catalog.addBuiltIns();
  state.frameworkKey = state.catalog.defaultFramework()->key();
  state.workspace = f.path.parent_path().parent_path();
  state.progress.reviewMode = review;
  state.progress.reviewFile = f.path;
  state.requestedTab = "Progress";
}

core::ProgressRecord onDisk(const Fixture& f) {
  auto r = store::loadRecordFile(f.path);
  REQUIRE(r.ok());
  return *r;
}

}  // namespace

TEST_CASE("review face: each session shows the tutor's written feedback, ratings with descriptors and rationales, and the evidence") {
  const Fixture f = recordWithSession("reads");
  AppState state;
  openAs(state, f, true);
  // Tall enough that every competency and all the evidence are drawn (frameText reads only what is).
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 2400));
  ui.frame(3);
  INFO(ui.frameText());
  CHECK(ui.shows("Sessions"));  // the learner's face opens on their sessions
  CHECK(ui.shows("Written feedback"));
  CHECK(ui.shows("Warm, patient contracting"));
  CHECK(ui.shows("One question at a time"));
  CHECK(ui.shows("A steady session overall"));
  CHECK(ui.shows("I felt heard"));
  CHECK(ui.shows("Tutor: 4 of 5"));
  CHECK(ui.shows("Rationale: Picked up the client's own words"));
  CHECK(ui.shows("6.2 ×1"));
  CHECK(ui.shows(core::formatClock(130) + " Strength · 5.5"));
  CHECK(ui.shows("Long pause held well"));
  // The marker times are in the observation file, not the record: none is in this workspace.
  CHECK(ui.shows("not in this workspace"));
  // The newest session is shown first; the other is one click away.
  CHECK(state.progressView.reviewSession == "s-2");
  ui.click(kTab + std::string("/record/section/sessionList/s-1/###pick"));
  CHECK(state.progressView.reviewSession == "s-1");
}

TEST_CASE("review face: the learner's reflection is saved as it is typed, and self-ratings with a click") {
  const Fixture f = recordWithSession("writes");
  AppState state;
  openAs(state, f, true);
  // Tall enough that competency 7's row is drawn (a clipped widget cannot be clicked).
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 2400));
  ui.frame(3);
  ui.click(kYours + "/##wentWell");
  ui.type("Held the silence");
  ui.click(kYours + "/##doDifferently");  // leaving the field saves it
  ui.frame(2);
  auto r = onDisk(f);
  REQUIRE(r.reflections.current("s-2"));
  CHECK(r.reflections.current("s-2")->data.wentWell == "Held the silence");
  CHECK(r.sessions.current("s-2")->data.feedback == "A steady session overall");

  ui.click(kYours + "/7/4");  // competency 7, level 4
  r = onDisk(f);
  REQUIRE(r.selfAssessments.current("s-2"));
  CHECK(r.selfAssessments.current("s-2")->data.ratings.at("7").level == 4);
  ui.click(kYours + "/7/##why");
  ui.type("Open questions");
  ui.press(Key::Enter);
  ui.frame(2);
  r = onDisk(f);
  CHECK(r.selfAssessments.current("s-2")->data.ratings.at("7").why == "Open questions");
  CHECK(ui.shows("You:"));
}

TEST_CASE("review face: the learner adds and ticks off an action; the tutor's comment is text there") {
  const Fixture f = recordWithSession("plan");
  AppState state;
  openAs(state, f, true);
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 768));
  ui.frame(3);
  ui.click(kPlan);
  ui.click(kPlanBody + "/##newAction");
  ui.type("Ask one question at a time");
  ui.click(kPlanBody + "/Add action");
  auto r = onDisk(f);
  REQUIRE(r.actionPlan.liveIds().size() == 1);
  const std::string id = r.actionPlan.liveIds().front();
  CHECK_FALSE(r.actionPlan.current(id)->data.done);
  ui.click(kPlanBody + "/" + id + "/##done");
  r = onDisk(f);
  CHECK(r.actionPlan.current(id)->data.done);
  CHECK(ui.shows("1 of 1 done"));
}

TEST_CASE("review face: the tutor's content cannot be edited in review mode, and the tutor's face can comment") {
  const Fixture f = recordWithSession("roles");
  // A learner's action already in the record.
  auto withItem = f.record;
  core::putActionItem(withItem, "item-1", core::ActionItem{"Questions", "7", "One at a time", "", "", false, ""}, "t1", "Rae");
  REQUIRE(store::saveRecordFile(f.path, withItem).ok());

  {  // The tutor's face: the comment field exists and saves (so the check below can fail).
    AppState tutor;
    openAs(tutor, f, false);
    HeadlessUi ui([&] { drawShell(tutor); }, ImVec2(1366, 768));
    ui.frame(3);
    ui.click(kPlan);
    const std::string field = kPlanBody + "/item-1/##comment";
    ui.click(field);
    CHECK(ui.activeId() == ui.id(field));
    ui.type("Good plan");
    ui.click(kPlanBody + "/item-1/Save comment");
    CHECK(onDisk(f).actionPlan.current("item-1")->data.tutorComment == "Good plan");
    // The learner's reflection fields do not exist in the tutor's face.
    ui.click(kSessions);
    CHECK_THROWS(ui.click(kYours + "/##wentWell"));
    CHECK_FALSE(ui.wantsTextInput());
  }

  AppState learner;
  openAs(learner, f, true);
  HeadlessUi ui([&] { drawShell(learner); }, ImVec2(1366, 768));
  ui.frame(3);
  const std::string before = store::recordText(onDisk(f));
  CHECK(ui.shows("Review mode: read only"));
  // Every place the tutor's words are shown is text: there is no field a person could click.
  for (const std::string& path : {kSession + "/feedback/Strengths", kSession + "/feedback/##strengths",
                                  kSession + "/feedback/##feedback", kYours + "/7/Rationale", kYours + "/7/##rating"}) {
    INFO(path);
    CHECK_THROWS(ui.click(path));
    CHECK_FALSE(ui.wantsTextInput());
  }
  ui.click(kPlan);
  CHECK(ui.shows("Tutor: Good plan"));
  CHECK_THROWS(ui.click(kPlanBody + "/item-1/##comment"));
  CHECK_THROWS(ui.click(kPlanBody + "/item-1/Save comment"));
  ui.type("Learner's own praise");
  CHECK(store::recordText(onDisk(f)) == before);
  CHECK_FALSE(ui.shows("Save comment"));
  // Even the session layer refuses it from this face.
  CHECK_FALSE(session::commentOn(learner, "item-1", "sneaky"));
  CHECK(onDisk(f).actionPlan.current("item-1")->data.tutorComment == "Good plan");
  CHECK(learner.notices.back().text.find("tutor's to write") != std::string::npos);
}

TEST_CASE("review face: a judged competency offers no level to rate oneself at") {
  const Fixture f = recordWithSession("judged");
  AppState state;
  openAs(state, f, true);
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 2400));
  ui.frame(3);
  const core::Competency* ethics = state.catalog.defaultFramework()->competency("1");
  REQUIRE(ethics);
  REQUIRE(ethics->evidence == core::EvidenceKind::Judgement);
  CHECK(ui.shows("judged by the tutor, not rated on the scale"));
  CHECK_THROWS(ui.click(kYours + "/1/3"));  // no radio button for competency 1
  ui.click(kYours + "/6/3");                // a rated competency still has them
  CHECK(onDisk(f).selfAssessments.current("s-2")->data.ratings.count("1") == 0);
  CHECK(onDisk(f).selfAssessments.current("s-2")->data.ratings.at("6").level == 3);
}

TEST_CASE("review face: each marker's time and quote come from the session's observation file") {
  const Fixture f = recordWithSession("marker-times");
  const auto ws = f.path.parent_path().parent_path();
  core::Observation o = observed("s-2", "2026-11-01T10:00");
  o.events.push_back({"e2", "6.4", 30, ""});
  REQUIRE(store::saveObservationFile(*store::observationPath(ws, "s-2"), o).ok());
  AppState state;
  openAs(state, f, true);
  HeadlessUi ui([&] { drawShell(state); }, ImVec2(1366, 2400));
  ui.frame(3);
  INFO(ui.frameText());
  CHECK(ui.shows("When each marker was seen"));
  auto squeezed = [](std::string t) {  // as shows() compares: white space ignored
    t.erase(std::remove_if(t.begin(), t.end(), [](unsigned char c) { return std::isspace(c); }), t.end());
    return t;
  };
  const std::string text = squeezed(ui.frameText());
  const auto early = text.find(squeezed(core::formatClock(30) + "6.4"));
  const auto late = text.find(squeezed(core::formatClock(75) + "6.2"));
  REQUIRE(early != std::string::npos);
  REQUIRE(late != std::string::npos);
  CHECK(early < late);  // in time order
  CHECK(ui.shows("so you said stuck"));  // (the test's built-in font draws the curly quotes as "?")
  CHECK_FALSE(ui.shows("changed after it went into the record"));

  // Saved again after the merge: the times shown are flagged as the newer file's.
  o.updatedAt = "2026-11-02T09:00:00Z";
  REQUIRE(store::saveObservationFile(*store::observationPath(ws, "s-2"), o).ok());
  ++state.progress.recordLoads;  // as a reload of the record does
  CHECK(ui.shows("changed after it went into the record"));

  // Session s-1 has no file here.
  ui.click(kTab + std::string("/record/section/sessionList/s-1/###pick"));
  CHECK(ui.shows("not in this workspace"));
}
