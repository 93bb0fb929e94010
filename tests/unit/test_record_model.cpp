// The progress record: versions and heads, its file format, and the workspace that holds records.
#include <catch_compat.hpp>

#include <cstdlib>
#include <fstream>

#include "core/ids.h"
#include "core/progress_record.h"
#include "store/record_codec.h"
#include "store/workspace.h"
#include "test_paths.h"

using namespace coachscope;
using nlohmann::json;

namespace {

std::filesystem::path tmpDir(const std::string& name) {
  auto dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "record" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

core::ProgressRecord sampleRecord() {
  core::LearnerProfile profile{"Zoë Learner", "North Centre", "ilm-coaching-level7", "2026-03-14"};
  core::ProgressRecord r = core::newProgressRecord(core::newId(), profile, "2026-01-01T00:00:00Z", "tutor");
  core::PracticeEntry entry;
  entry.date = "2026-02-01";
  entry.minutes = 45;
  entry.coacheePseudonym = "Sam";
  entry.seniorManager = true;
  core::putPractice(r, "p1", entry, "2026-02-01T10:00:00Z", "learner");
  core::putSupervision(r, "s1", core::SupervisionEntry{core::SupervisionKind::MentorCoaching, "2026-02-02", 60, "M", false, ""},
                       "2026-02-02T10:00:00Z", "learner");
  core::putBookReview(r, "b1", core::BookReview{"Title", "Author", 2, true, "2026-02-03", ""}, "2026-02-03T10:00:00Z", "l");
  core::putAssignment(r, "1", core::AssignmentProgress{core::AssignmentStatus::Refer, "2026-02-04", "resubmit"},
                      "2026-02-04T10:00:00Z", "tutor");
  return r;
}

}  // namespace

TEST_CASE("record: an edit supersedes the version it saw, a removal leaves a tombstone") {
  core::ProgressRecord r = sampleRecord();
  core::PracticeEntry entry = r.practice.current("p1")->data;
  entry.minutes = 50;
  core::putPractice(r, "p1", entry, "2026-02-05T10:00:00Z", "learner");
  CHECK(r.practice.versions("p1")->size() == 2);
  CHECK(r.practice.heads("p1").size() == 1);
  CHECK(r.practice.current("p1")->data.minutes == 50);
  CHECK(r.conflicts().empty());

  REQUIRE(core::removeEntry(r, core::EntryKind::Practice, "p1", "2026-02-06T10:00:00Z", "tutor"));
  CHECK(r.practice.current("p1") == nullptr);
  CHECK(r.practice.liveIds().empty());
  auto tombstones = r.tombstones();
  REQUIRE(tombstones.size() == 1);
  CHECK(tombstones[0].id == "p1");
  CHECK(tombstones[0].by == "tutor");
  CHECK_FALSE(core::removeEntry(r, core::EntryKind::Practice, "p1", "2026-02-07T10:00:00Z", "tutor"));
}

TEST_CASE("record: survives a save and load unchanged, in canonical bytes") {
  const auto dir = tmpDir("roundtrip");
  core::ProgressRecord r = sampleRecord();
  core::removeEntry(r, core::EntryKind::BookReview, "b1", "2026-02-08T00:00:00Z", "tutor");
  REQUIRE(store::saveRecordFile(dir / "r.record.json", r).ok());
  auto loaded = store::loadRecordFile(dir / "r.record.json");
  REQUIRE(loaded.ok());
  CHECK(*loaded == r);
  CHECK(store::recordText(*loaded) == store::recordText(r));
  CHECK(loaded->currentProfile().name == "Zoë Learner");
  CHECK(loaded->assignments.current("1")->data.status == core::AssignmentStatus::Refer);
  CHECK(loaded->supervision.current("s1")->data.kind == core::SupervisionKind::MentorCoaching);
}

TEST_CASE("record: malformed and future-version files are refused with place and reason, nothing overwritten") {
  const json good = store::recordToJson(sampleRecord());
  auto refused = [](const json& doc, const std::string& where, const std::string& reason) {
    auto r = store::recordFromJson(doc, "r.json");
    REQUIRE_FALSE(r.ok());
    INFO(r.error().message());
    CHECK(r.error().file == "r.json");
    CHECK(r.error().where == where);
    CHECK(r.error().reason.find(reason) != std::string::npos);
  };
  json doc = good;
  doc["format"] = "coachscope.record/2";
  refused(doc, "/format", "newer coachscope");
  doc = good;
  doc["format"] = "coachscope.observation/1";
  refused(doc, "/format", "not a record file");
  doc = good;
  doc["practice"][0]["data"]["minutes"] = -5;
  refused(doc, "/practice/0/data/minutes", "must be from 0 to 60000 minutes");
  doc = good;
  doc["assignments"][0]["data"]["status"] = "merit";
  refused(doc, "/assignments/0/data/status", "unknown status");
  doc = good;
  doc["practice"][0]["hash"] = "xyz";
  refused(doc, "/practice/0/hash", "hex");
  doc = good;
  doc["practice"][0]["data"]["reflection"] = "edited by hand";
  refused(doc, "/practice/0/hash", "does not match");
  doc = good;
  doc["practice"].push_back(doc["practice"][0]);
  refused(doc, "/practice/1", "appears twice");
  doc = good;
  doc.erase("learnerId");
  refused(doc, "/learnerId", "missing");

  // A failed load leaves the file as it was.
  const auto dir = tmpDir("refuse");
  const auto path = dir / "bad.record.json";
  { std::ofstream(path) << "{\"format\": \"coachscope.record/1\", \"learnerId\": "; }
  auto loaded = store::loadRecordFile(path);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().where.find("line 1") != std::string::npos);
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text == "{\"format\": \"coachscope.record/1\", \"learnerId\": ");
}

TEST_CASE("record: the workspace folder follows --workspace, the environment and XDG") {
  const char* savedWs = std::getenv("COACHSCOPE_WORKSPACE");
  const char* savedXdg = std::getenv("XDG_DATA_HOME");
  const std::string ws = savedWs ? savedWs : "", xdg = savedXdg ? savedXdg : "";
  ::setenv("COACHSCOPE_WORKSPACE", "/tmp/ws-env", 1);
  ::setenv("XDG_DATA_HOME", "/tmp/xdg", 1);
  CHECK(store::resolveWorkspace("/tmp/ws-flag") == "/tmp/ws-flag");
  CHECK(store::resolveWorkspace() == "/tmp/ws-env");
  ::setenv("COACHSCOPE_WORKSPACE", "", 1);
  CHECK(store::resolveWorkspace() == "/tmp/xdg/coachscope");
  ::unsetenv("XDG_DATA_HOME");
  ::setenv("HOME", std::getenv("HOME") ? std::getenv("HOME") : "/home/x", 1);
  CHECK(store::resolveWorkspace() == std::filesystem::path(std::getenv("HOME")) / ".local/share/coachscope");
  if (savedWs) ::setenv("COACHSCOPE_WORKSPACE", ws.c_str(), 1); else ::unsetenv("COACHSCOPE_WORKSPACE");
  if (savedXdg) ::setenv("XDG_DATA_HOME", xdg.c_str(), 1);
  CHECK(*store::recordPath("/w", "abc") == "/w/learners/abc.record.json");
}

TEST_CASE("record: learners are created, listed by name, and a sample appears only in an empty workspace") {
  const auto ws = tmpDir("workspace");
  auto created = store::ensureSampleLearner(ws);
  REQUIRE(created.ok());
  CHECK(*created);
  auto list = store::listLearners(ws);
  REQUIRE(list.size() == 1);
  CHECK(list[0].name == "Sample Learner");
  CHECK(list[0].programme == "ilm-coaching-level5");
  CHECK(*store::ensureSampleLearner(ws) == false);

  auto bea = store::createLearner(ws, "Bea Adams", "ilm-coaching-level7");
  REQUIRE(bea.ok());
  CHECK(core::looksLikeId(bea->learnerId));
  CHECK(std::filesystem::exists(*store::recordPath(ws, bea->learnerId)));
  { std::ofstream(store::learnersFolder(ws) / "broken.record.json") << "not json"; }
  std::vector<core::Error> problems;
  list = store::listLearners(ws, &problems);
  REQUIRE(list.size() == 2);
  CHECK(list[0].name == "Bea Adams");
  CHECK(list[1].name == "Sample Learner");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].file.find("broken.record.json") != std::string::npos);
  CHECK_FALSE(store::createLearner(ws, "", "x").ok());
}
