// Conflict copies made by synced folders in learners/: joined back into the learner's record and
// removed, but only after the merged record was saved and read back holding all of the copy.
#include <catch_compat.hpp>

#include <fstream>

#include "core/merge.h"
#include "store/conflict_copies.h"
#include "store/record_codec.h"
#include "store/workspace.h"
#include "test_paths.h"

using namespace coachscope;
namespace fs = std::filesystem;

namespace {

fs::path freshWorkspace(const std::string& name) {
  const fs::path ws = fs::path(COACHSCOPE_TEST_TMP) / "conflict-copies" / name;
  fs::remove_all(ws);
  fs::create_directories(store::learnersFolder(ws));
  return ws;
}

core::Observation session(const std::string& learner, const std::string& id) {
  core::Observation o;
  o.id = id;
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.learnerId = learner;
  o.durationSeconds = 3600;
  o.updatedAt = "2026-10-01T10:00:00Z";
  o.ratings["6"] = {3, false, ""};
  return o;
}

core::ProgressRecord recordWith(const std::string& learner, const std::vector<std::string>& sessions) {
  core::ProgressRecord record = core::newProgressRecord(learner, {"Ann", "", "ilm-coaching-level5", ""}, "t", "a");
  for (const std::string& id : sessions) REQUIRE(core::mergeObservation(record, session(learner, id)).ok());
  return record;
}

std::vector<std::string> liveSessions(const fs::path& file) {
  auto record = store::loadRecordFile(file);
  REQUIRE(record.ok());
  return record->sessions.liveIds();
}

}  // namespace

TEST_CASE("conflict copies: synced folders' names are recognised, records and locks are not") {
  CHECK(store::isConflictCopyName("abc.record.sync-conflict-20261001-101010-ABCDEFG.json"));
  CHECK(store::isConflictCopyName("abc.record (Ann's conflicted copy 2026-10-01).json"));
  CHECK(store::isConflictCopyName("abc.record (conflicted copy 2026-10-01 101010).json"));
  CHECK_FALSE(store::isConflictCopyName("abc.record.json"));
  CHECK_FALSE(store::isConflictCopyName(".abc.record.json.lock"));
  CHECK_FALSE(store::isConflictCopyName(".abc.record.sync-conflict-1.json.tmp"));
}

TEST_CASE("conflict copies: each copy's sessions join the record and the copies are removed") {
  const fs::path ws = freshWorkspace("joined");
  const fs::path record = (*store::recordPath(ws, "ann"));
  REQUIRE(store::saveRecordFile(record, recordWith("ann", {"s1", "s2"})).ok());
  const fs::path syncthing = store::learnersFolder(ws) / "ann.record.sync-conflict-20261001-101010-ABC.json";
  const fs::path dropbox = store::learnersFolder(ws) / "ann.record (Ben's conflicted copy 2026-10-01).json";
  REQUIRE(store::saveRecordFile(syncthing, recordWith("ann", {"s1", "s3"})).ok());
  REQUIRE(store::saveRecordFile(dropbox, recordWith("ann", {"s4"})).ok());

  const auto result = store::mergeConflictCopies(ws);
  CHECK(result.problems.empty());
  CHECK(result.merged.size() == 2);
  CHECK(liveSessions(record) == std::vector<std::string>{"s1", "s2", "s3", "s4"});
  CHECK_FALSE(fs::exists(syncthing));
  CHECK_FALSE(fs::exists(dropbox));
  CHECK(store::mergeConflictCopies(ws).merged.empty());  // nothing left to do
}

TEST_CASE("conflict copies: a copy of a learner whose record is gone becomes the record") {
  const fs::path ws = freshWorkspace("only-copy");
  const fs::path copy = store::learnersFolder(ws) / "bo.record.sync-conflict-20261001-101010-ABC.json";
  REQUIRE(store::saveRecordFile(copy, recordWith("bo", {"s1"})).ok());
  const auto result = store::mergeConflictCopies(ws);
  CHECK(result.problems.empty());
  CHECK(liveSessions((*store::recordPath(ws, "bo"))) == std::vector<std::string>{"s1"});
  CHECK_FALSE(fs::exists(copy));
}

TEST_CASE("conflict copies: a copy that does not load, or a record that does not, keeps the copy") {
  const fs::path ws = freshWorkspace("kept");
  const fs::path broken = store::learnersFolder(ws) / "x.record.sync-conflict-20261001-101010-ABC.json";
  std::ofstream(broken) << "{\"format\": \"coachscope.record/1\", \"learnerId\": ";
  const fs::path record = (*store::recordPath(ws, "ann"));
  std::ofstream(record) << "{ damaged";
  const fs::path copy = store::learnersFolder(ws) / "ann.record (conflicted copy 2026-10-01).json";
  REQUIRE(store::saveRecordFile(copy, recordWith("ann", {"s1"})).ok());
  const std::string damaged = "{ damaged";

  const auto result = store::mergeConflictCopies(ws);
  CHECK(result.merged.empty());
  REQUIRE(result.problems.size() == 2);
  for (const auto& problem : result.problems) CHECK(problem.message().find("is kept") != std::string::npos);
  CHECK(fs::exists(broken));
  CHECK(fs::exists(copy));
  std::ifstream in(record);
  CHECK(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()) == damaged);
}

TEST_CASE("conflict copies: a hand-edited copy whose hashes do not match is refused") {
  const fs::path ws = freshWorkspace("tampered");
  const fs::path record = (*store::recordPath(ws, "ann"));
  REQUIRE(store::saveRecordFile(record, recordWith("ann", {"s1"})).ok());
  const fs::path copy = store::learnersFolder(ws) / "ann.record.sync-conflict-20261001-101010-ABC.json";
  std::string text = store::recordText(recordWith("ann", {"s2"}));
  const auto at = text.find("\"durationSeconds\": 3600");
  REQUIRE(at != std::string::npos);
  text.replace(at, 23, "\"durationSeconds\": 9999");
  std::ofstream(copy) << text;
  const auto result = store::mergeConflictCopies(ws);
  CHECK(result.problems.size() == 1);
  CHECK(fs::exists(copy));
  CHECK(liveSessions(record) == std::vector<std::string>{"s1"});
}
