// The agreed observation's way out, shared by `coachscope moderate` and the Calibrate tab: saved
// beside the others, never over an original or an existing file, merged into the learner's
// record in the workspace when asked, and a learner with no record there said, not failed.
#include <catch_compat.hpp>

#include <filesystem>

#include "builtin_catalog.h"
#include "core/ids.h"
#include "session/moderation_output.h"
#include "session/progress_session.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "store/workspace.h"
#include "test_paths.h"

using namespace coachscope;
namespace fs = std::filesystem;

namespace {

fs::path sessionWorkspace(const std::string& name) {
  const fs::path dir = fs::path(COACHSCOPE_TEST_TMP) / "session-unit" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

core::Observation agreedFor(const std::string& learnerId) {
  core::Observation o;
  o.id = core::newId();
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.learnerId = learnerId;
  o.context.learnerName = "Ada";
  o.context.tutor = "Lead IV";
  o.durationSeconds = 1800;
  o.updatedAt = "2026-11-03T09:00:00Z";
  return o;
}

}  // namespace

TEST_CASE("session: the agreed observation is saved in the workspace and merged into the learner's record") {
  const fs::path ws = sessionWorkspace("moderation-merge");
  auto learner = store::createLearner(ws, "Ada", "ilm-coaching-level5");
  REQUIRE(learner.ok());
  const core::Observation agreed = agreedFor(learner->learnerId);

  auto written = session::saveAgreedObservation(ws, agreed, {}, {}, true, session::MissingRecord::Refuse);
  REQUIRE(written.ok());
  CHECK(written->file == store::observationsFolder(ws) / (agreed.id + ".observation.json"));
  CHECK(store::loadObservationFile(written->file, testing::builtInCatalog()).ok());
  CHECK(written->merge == session::AgreedOutput::Merge::Merged);
  CHECK_FALSE(written->mergeError);
  auto record = store::loadRecordFile(written->record);
  REQUIRE(record.ok());
  CHECK(record->sessions.current(agreed.id));
}

TEST_CASE("session: the agreed observation never replaces an original or an existing file") {
  const fs::path ws = sessionWorkspace("moderation-refusals");
  const core::Observation agreed = agreedFor("nobody");
  const fs::path original = ws / "a.observation.json";
  REQUIRE(store::saveObservationFile(original, agreedFor("nobody")).ok());
  const auto before = fs::last_write_time(original);

  auto over = session::saveAgreedObservation(ws, agreed, original, {original}, false, session::MissingRecord::Note);
  REQUIRE_FALSE(over.ok());
  CHECK(over.error().reason.find("will not write over the original") != std::string::npos);
  auto existing = session::saveAgreedObservation(ws, agreed, original, {}, false, session::MissingRecord::Note);
  REQUIRE_FALSE(existing.ok());
  CHECK(existing.error().reason.find("exists already") != std::string::npos);
  CHECK(fs::last_write_time(original) == before);
}

TEST_CASE("session: a learner with no record is noted for the window and refused before writing for the command") {
  const fs::path ws = sessionWorkspace("moderation-no-record");
  auto noted = session::saveAgreedObservation(ws, agreedFor("learner-without-record"), {}, {}, true,
                                              session::MissingRecord::Note);
  REQUIRE(noted.ok());
  CHECK(fs::exists(noted->file));
  CHECK(noted->merge == session::AgreedOutput::Merge::NoRecord);
  CHECK(noted->record == *store::recordPath(ws, "learner-without-record"));

  const core::Observation refused = agreedFor("learner-without-record");
  auto written = session::saveAgreedObservation(ws, refused, {}, {}, true, session::MissingRecord::Refuse);
  REQUIRE_FALSE(written.ok());
  CHECK(written.error().reason.find("no record for learner learner-without-record") != std::string::npos);
  CHECK_FALSE(fs::exists(*store::observationPath(ws, refused.id)));

  auto unnamed = session::saveAgreedObservation(ws, agreedFor(""), {}, {}, true, session::MissingRecord::Refuse);
  REQUIRE_FALSE(unnamed.ok());
  CHECK(unnamed.error().reason == "the observations name no learner record to merge into");
}

TEST_CASE("session: a learner id that is no safe file name is refused before anything is written") {
  const fs::path ws = sessionWorkspace("moderation-unsafe-id");
  const core::Observation agreed = agreedFor("../../outside");
  auto written = session::saveAgreedObservation(ws, agreed, {}, {}, true, session::MissingRecord::Note);
  CHECK_FALSE(written.ok());
  CHECK_FALSE(fs::exists(store::observationsFolder(ws)));
}
