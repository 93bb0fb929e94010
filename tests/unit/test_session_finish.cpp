// Finishing a session: saved, merged into the learner's record, and the observation remembers
// the version it went in as — so finishing again after an edit updates the session, a merge of
// the saved file by `coachscope merge` adds nothing, and the header can tell when the record lags.
#include <catch_compat.hpp>

#include <filesystem>

#include "core/live_clock.h"
#include "core/merge.h"
#include "session/finish_session.h"
#include "session/observer_session.h"
#include "session/progress_session.h"
#include "session/workspace_session.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "store/workspace.h"
#include "test_paths.h"

namespace fs = std::filesystem;
using namespace coachscope;
using Catch::Detail::Approx;

namespace {

struct Fixture {
  core::LiveClock::TimePoint now{};
  session::AppSession state;
  std::string learnerId;
  fs::path record;

  explicit Fixture(const std::string& name, bool withLearner = true) {
    const fs::path ws = fs::path(COACHSCOPE_TEST_TMP) / "session-finish" / name;
    fs::remove_all(ws);
    fs::create_directories(ws);
    state.catalog.addBuiltIns();
    state.frameworkKey = state.catalog.defaultFramework()->key();
    state.workspace = ws;
    session::useClock(state.observer, std::make_unique<core::LiveClock>([this] { return now; }));
    session::initialiseObserver(state);
    if (withLearner) {
      auto created = session::createLearner(state, "Sam Lee", "ilm-coaching-level5");
      REQUIRE(created.ok());
      learnerId = created->learnerId;
      record = *store::recordPath(ws, learnerId);
      core::SetSetup setup{observation().frameworkId, observation().frameworkVersion, observation().context};
      setup.context.learnerId = learnerId;
      setup.context.learnerName = "Sam Lee";
      session::applyChange(state.observer, setup);
    }
  }
  const core::Observation& observation() const { return state.observer.stack.observation(); }
  const core::Framework& framework() const { return *state.catalog.defaultFramework(); }
  void advance(double seconds) {
    now += std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds));
  }
  void score() {
    session::toggleClock(state.observer);
    advance(90);
    session::recordMarker(state.observer, framework().markers.front().code);
    session::setRating(state.observer, framework().competencies.front().id, 3, false);
    session::setSheetText(state.observer, core::SheetText::Strengths, "Clear contracting");
    advance(30);
  }
  core::ProgressRecord loadRecord() const {
    auto loaded = store::loadRecordFile(record, state.catalog);
    REQUIRE(loaded.ok());
    return *loaded;
  }
};

}  // namespace

TEST_CASE("finish: the scored session is saved and in the learner's record, shown on Progress at once") {
  Fixture f("new");
  f.score();
  auto finished = session::finishSession(f.state);
  REQUIRE(finished.ok());
  CHECK(finished->kind == session::FinishResult::Kind::New);
  CHECK(session::describeFinish(*finished) == "Sam Lee's record has this session now.");
  CHECK_FALSE(f.state.observer.clock->running());  // finishing ends the session's clock

  const core::ProgressRecord record = f.loadRecord();
  const auto* version = record.sessions.current(f.observation().id);
  REQUIRE(version);
  CHECK(version->data.durationSeconds == Approx(120.0));
  CHECK(version->data.strengths == "Clear contracting");
  CHECK(version->data.ratings.at(f.framework().competencies.front().id).level == 3);
  // The Progress tab holds the record with the session, without a reload.
  REQUIRE(f.state.progress.record);
  CHECK(f.state.progress.record->sessions.contains(f.observation().id));
  // The file remembers the version it went in as, and merging it again adds nothing.
  auto file = store::loadObservationFile(finished->observationFile, f.state.catalog);
  REQUIRE(file.ok());
  CHECK(file->mergedVersion == version->hash);
  core::ProgressRecord again = record;
  auto merged = core::mergeObservation(again, *file);
  REQUIRE(merged.ok());
  CHECK_FALSE(merged->added);
  CHECK(session::recordStanding(f.state) == session::RecordStanding::UpToDate);
}

TEST_CASE("finish: finishing again after an edit updates the session, never a conflict with itself") {
  Fixture f("update");
  f.score();
  REQUIRE(session::finishSession(f.state).ok());
  auto unchanged = session::finishSession(f.state);
  REQUIRE(unchanged.ok());
  CHECK(unchanged->kind == session::FinishResult::Kind::Unchanged);
  CHECK(f.loadRecord().sessions.versions(f.observation().id)->size() == 1);

  session::setRating(f.state.observer, f.framework().competencies.front().id, 4, false);
  f.state.observer.standingCountdown = 0;
  CHECK(session::recordStanding(f.state) == session::RecordStanding::Behind);
  auto updated = session::finishSession(f.state);
  REQUIRE(updated.ok());
  CHECK(updated->kind == session::FinishResult::Kind::Updated);
  const core::ProgressRecord record = f.loadRecord();
  CHECK(record.sessions.versions(f.observation().id)->size() == 2);
  CHECK_FALSE(record.sessions.inConflict(f.observation().id));
  CHECK(record.sessions.current(f.observation().id)->data.ratings.at(f.framework().competencies.front().id).level == 4);
  f.state.observer.standingCountdown = 0;
  CHECK(session::recordStanding(f.state) == session::RecordStanding::UpToDate);
}

TEST_CASE("finish: an edited file merged by the command line updates the session as Finish does") {
  Fixture f("command-line");
  f.score();
  REQUIRE(session::finishSession(f.state).ok());
  session::setSheetText(f.state.observer, core::SheetText::Feedback, "Try fewer closed questions");
  REQUIRE(session::saveObservation(f.state).ok());  // saved, not finished
  auto file = store::loadObservationFile(f.state.observer.filePath, f.state.catalog);
  REQUIRE(file.ok());
  CHECK(file->mergedVersion.empty());
  CHECK_FALSE(file->recordVersion.empty());
  core::ProgressRecord record = f.loadRecord();
  auto merged = core::mergeObservation(record, *file);
  REQUIRE(merged.ok());
  CHECK(merged->updated);
  CHECK_FALSE(record.sessions.inConflict(f.observation().id));
  CHECK(record.sessions.current(f.observation().id)->data.feedback == "Try fewer closed questions");
}

TEST_CASE("finish: refused with nothing merged when no learner is chosen or the learner has no record") {
  Fixture none("no-learner", false);
  core::SetSetup setup{none.observation().frameworkId, none.observation().frameworkVersion, none.observation().context};
  setup.context.learnerId.clear();
  setup.context.learnerName.clear();
  session::applyChange(none.state.observer, setup);
  auto refused = session::finishSession(none.state);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().reason.find("choose the learner") != std::string::npos);

  Fixture gone("no-record");
  gone.score();
  fs::remove(gone.record);
  auto missing = session::finishSession(gone.state);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message().find("Sam Lee has no record in this workspace") != std::string::npos);
  CHECK_FALSE(fs::exists(gone.record));
}

TEST_CASE("finish: a recorded session's length is the recording's, or the span scored, never the playhead") {
  Fixture f("recorded");
  core::MediaLink link;
  link.path = "/nowhere/session.mp4";
  link.durationSeconds = 38.0;
  session::applyChange(f.state.observer, core::SetMedia{link});
  session::toggleClock(f.state.observer);
  f.advance(3.4);  // the clock (a playhead, in the window) stands early in the recording
  session::recordMarker(f.state.observer, f.framework().markers.front().code);
  CHECK(session::observationToSave(f.state).durationSeconds == Approx(38.0));

  link.durationSeconds = 0;  // the player has not told the length yet
  session::applyChange(f.state.observer, core::SetMedia{link});
  f.advance(10);
  session::recordMarker(f.state.observer, f.framework().markers.back().code);
  CHECK(session::observationToSave(f.state).durationSeconds == Approx(13.4));
}
