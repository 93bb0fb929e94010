// The Calibrate tab, driven headlessly: it opens on the workspace's double-marked session, shows
// ratings side by side with statistics and the deviation from the reference, seeks the observer's
// clock from a timeline click, and writes the agreed observation from the moderator's choices.
#include <catch_compat.hpp>

#include "builtin_catalog.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/ids.h"
#include "harness.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "store/workspace.h"
#include "ui/app_state.h"
#include "ui/calibration_panel.h"
#include "ui/shell.h"
#include "test_paths.h"

using coachscope::test::HeadlessUi;
using namespace coachscope;
using namespace coachscope::ui;
namespace fs = std::filesystem;

namespace {

const char* kTab = "Calibrate";

fs::path freshWorkspace(const std::string& name) {
  const fs::path dir = fs::path(COACHSCOPE_TEST_TMP) / "agreement" / name;
  fs::remove_all(dir);
  fs::create_directories(store::observationsFolder(dir));
  return dir;
}

std::vector<const core::Competency*> scored(const core::Framework& f) {
  std::vector<const core::Competency*> result;
  for (const auto& c : f.competencies) {
    if (c.evidence != core::EvidenceKind::Judgement) result.push_back(&c);
  }
  return result;
}

struct Pair {
  core::Observation lead;
  core::Observation trainee;
  fs::path leadFile;
  fs::path traineeFile;
};

// Lead (the reference) and New Tutor scored one recording; they differ on the second and third
// scored competencies, and each recorded one marker event the other did not.
Pair writePair(const fs::path& workspace, const core::Framework& f, const std::string& learnerId) {
  auto make = [&](const std::string& tutor, std::vector<int> levels, std::vector<std::pair<std::size_t, double>> events) {
    core::Observation o;
    o.id = core::newId();
    o.frameworkId = f.id;
    o.frameworkVersion = f.version;
    o.context.learnerId = learnerId;
    o.context.learnerName = "Ada";
    o.context.tutor = tutor;
    o.context.coacheePseudonym = "Sam";
    o.context.date = "2026-11-02T10:00";
    o.durationSeconds = 1800;
    o.media = core::MediaLink{"/recordings/ada.m4a", 1000, "hash-ada", 1800, ""};
    o.reference = tutor == "Lead";
    const auto competencies = scored(f);
    for (std::size_t i = 0; i < levels.size(); ++i) o.ratings[competencies[i]->id].level = levels[i];
    for (const auto& [marker, time] : events) o.events.push_back({core::newId(), f.markers[marker].code, time, ""});
    o.notes.push_back({core::newId(), 90, tutor + " says the contracting was brisk", core::NoteKind::Observation, ""});
    o.feedback = tutor + " feedback";
    o.updatedAt = "2026-11-02T11:00:00Z";
    return o;
  };
  Pair p;
  p.lead = make("Lead", {4, 3, 5, 2}, {{0, 100}, {0, 700}, {5, 1200}});
  p.trainee = make("New Tutor", {4, 2, 2, 2}, {{0, 104}, {5, 1500}});
  p.leadFile = store::observationsFolder(workspace) / (p.lead.id + ".observation.json");
  p.traineeFile = store::observationsFolder(workspace) / (p.trainee.id + ".observation.json");
  REQUIRE(store::saveObservationFile(p.leadFile, p.lead).ok());
  REQUIRE(store::saveObservationFile(p.traineeFile, p.trainee).ok());
  return p;
}

AppState calibrationState(const fs::path& workspace) {
  AppState state;
  state.catalog.addBuiltIns();
  state.frameworkKey = state.catalog.defaultFramework()->key();
  state.workspace = workspace;
  state.requestedTab = kTab;
  return state;
}

std::string fileText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A recording's clock that can jump, as the observer's media clock does.
class SeekableClock : public core::SessionClock {
 public:
  double now() const override { return position; }
  bool running() const override { return false; }
  void start() override {}
  void pause() override {}
  bool canSeek() const override { return true; }
  void seek(double seconds) override { position = seconds; }
  double position = 0;
};

}  // namespace

TEST_CASE("agreement: the Calibrate tab opens on the workspace's double-marked session side by side") {
  const fs::path workspace = freshWorkspace("ui-open");
  AppState state = calibrationState(workspace);
  const core::Framework& f = *state.framework();
  writePair(workspace, f, "learner-x");
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(3);
  INFO(ui.frameText());
  REQUIRE(state.calibration.loaded.size() == 2);
  CHECK(ui.shows("A  Lead"));
  CHECK(ui.shows("B  New Tutor"));
  const auto competencies = scored(f);
  const core::ScaleLevel* level = f.scale.level(5);
  REQUIRE(level);
  CHECK(ui.shows("5 " + level->label));  // Lead's rating of the third, with its scale label
  CHECK(ui.shows("Cohen's kappa"));
  CHECK(ui.shows("Krippendorff's alpha (ordinal)"));
  CHECK(ui.shows("Deviation from the reference"));
  CHECK(ui.shows("1 matched, 2 only A, 1 only B"));
  CHECK(ui.shows("Lead says the contracting was brisk"));
  CHECK(ui.shows("New Tutor says the contracting was brisk"));
  // Two disputed competencies offer A/B; the agreement figures match the comparison.
  REQUIRE(state.calibration.comparison);
  int disagreements = 0;
  for (const auto& row : state.calibration.comparison->competencies) disagreements += row.disagreement() ? 1 : 0;
  CHECK(disagreements == 1);  // 5 vs 2; 3 vs 2 is adjacent
  REQUIRE(state.calibration.deviation);
  CHECK(*state.calibration.deviation->meanAbsoluteDeviation.value == Catch::Detail::Approx(1.0));  // (0+1+3+0)/4
}

TEST_CASE("agreement: a tolerance change rematches the events") {
  const fs::path workspace = freshWorkspace("ui-tolerance");
  AppState state = calibrationState(workspace);
  writePair(workspace, *state.framework(), "learner-x");
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(3);
  CHECK(state.calibration.comparison->matchedCount() == 1);
  state.calibration.toleranceSeconds = 2;
  state.calibration.dirty = true;
  ui.frame(2);
  CHECK(state.calibration.comparison->matchedCount() == 0);
  CHECK(ui.shows("0 matched, 3 only A, 2 only B"));
}

TEST_CASE("agreement: clicking a timeline event selects it and seeks the observer's recording") {
  const fs::path workspace = freshWorkspace("ui-seek");
  AppState state = calibrationState(workspace);
  const Pair pair = writePair(workspace, *state.framework(), "learner-x");
  auto clock = std::make_unique<SeekableClock>();
  SeekableClock* seen = clock.get();
  state.observer.clock = std::move(clock);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(3);
  // The observer has this session's recording open (set after its first frame, which starts a session).
  state.observer.stack = core::CommandStack(pair.lead);
  const auto& targets = state.calibrationView.targets;
  const auto target = std::find_if(targets.begin(), targets.end(), [&](const TimelineTarget& t) {
    return t.id == pair.trainee.events.back().id;  // B's event at 25:00 that A does not have
  });
  REQUIRE(target != targets.end());
  ui.mouseClick(ImVec2(target->x, target->y));
  ui.frame();
  CHECK(state.calibration.selectedId == pair.trainee.events.back().id);
  CHECK(seen->position == 1500);

  // Without the recording open, a click only selects.
  state.observer.stack = core::CommandStack();
  seen->position = 0;
  const TimelineTarget first = state.calibrationView.targets.front();
  ui.mouseClick(ImVec2(first.x, first.y));
  ui.frame();
  CHECK(state.calibration.selectedId == first.id);
  CHECK(seen->position == 0);
}

TEST_CASE("agreement: moderating in the Calibrate tab writes the agreed observation and merges it") {
  const fs::path workspace = freshWorkspace("ui-moderate");
  auto learner = store::createLearner(workspace, "Ada", "ilm-coaching-level5");
  REQUIRE(learner.ok());
  AppState state = calibrationState(workspace);
  const core::Framework& f = *state.framework();
  const Pair pair = writePair(workspace, f, learner->learnerId);
  const std::string leadText = fileText(pair.leadFile), traineeText = fileText(pair.traineeFile);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(3);

  // Without choices the button explains what is missing.
  state.calibration.moderator = "IV Lead";
  state.calibration.reason = "Internal verification sample";
  ui.click("coachscope/panels/Calibrate/calibration-right/calibration-views/Moderation");
  ui.click("coachscope/panels/Calibrate/calibration-right/calibration-views/Moderation/Write agreed observation");
  CHECK(state.calibration.resultIsError);
  CHECK(ui.shows("choose whose rating stands"));

  const auto competencies = scored(f);
  ui.click("coachscope/panels/Calibrate/calibration-left/ratings/" + competencies[1]->id + "/B");
  ui.click("coachscope/panels/Calibrate/calibration-left/ratings/" + competencies[2]->id + "/A");
  CHECK(state.calibration.choices.at(competencies[1]->id) == 1);
  CHECK(state.calibration.choices.at(competencies[2]->id) == 0);
  ui.click("coachscope/panels/Calibrate/calibration-right/calibration-views/Moderation/Write agreed observation");
  INFO(state.calibration.result);
  REQUIRE_FALSE(state.calibration.resultIsError);
  CHECK(ui.shows("merged into Ada's record"));

  CHECK(fileText(pair.leadFile) == leadText);
  CHECK(fileText(pair.traineeFile) == traineeText);
  auto record = store::loadRecordFile(*store::recordPath(workspace, learner->learnerId));
  REQUIRE(record.ok());
  const auto ids = record->sessions.liveIds();
  REQUIRE(ids.size() == 1);
  auto agreed = store::loadObservationFile(store::observationsFolder(workspace) / (ids[0] + ".observation.json"), coachscope::testing::builtInCatalog());
  REQUIRE(agreed.ok());
  CHECK(agreed->ratings.at(competencies[1]->id).level == 2);
  CHECK(agreed->ratings.at(competencies[2]->id).level == 5);
  REQUIRE(agreed->moderation);
  CHECK(agreed->moderation->moderator == "IV Lead");
  CHECK(agreed->moderation->sourceIds == std::vector<std::string>{pair.lead.id, pair.trainee.id});
}

TEST_CASE("agreement: observation files dropped on the Calibrate tab are loaded; constant raters say not enough data") {
  const fs::path workspace = freshWorkspace("ui-drop");  // empty: nothing opens by itself
  AppState state = calibrationState(workspace);
  const core::Framework& f = *state.framework();
  const fs::path elsewhere = fs::path(COACHSCOPE_TEST_TMP) / "agreement" / "ui-drop-files";
  fs::remove_all(elsewhere);
  fs::create_directories(elsewhere);
  std::vector<std::string> files;
  for (const std::string tutor : {"Tutor A", "Tutor B"}) {
    core::Observation o;
    o.id = core::newId();
    o.frameworkId = f.id;
    o.frameworkVersion = f.version;
    o.context.tutor = tutor;
    for (const auto* c : scored(f)) o.ratings[c->id].level = 3;
    files.push_back((elsewhere / (tutor.substr(6) + ".observation.json")).string());
    REQUIRE(store::saveObservationFile(files.back(), o).ok());
  }
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  CHECK(ui.shows("Load two or more observations"));
  state.droppedFiles = files;
  ui.frame(3);
  INFO(ui.frameText());
  CHECK(state.calibration.loaded.size() == 2);
  CHECK(state.droppedFiles.empty());
  CHECK(ui.shows("not enough data"));
  CHECK_FALSE(ui.shows("nan"));
}
