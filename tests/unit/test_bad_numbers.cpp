// Numbers a reader cannot hold or that lie outside their documented range (core/limits.h) are
// refused with file, JSON pointer and reason: never an exception, never clamped or truncated.
#include <catch_compat.hpp>

#include "builtin_catalog.h"

#include "bad_input_files.h"
#include "core/framework_loader.h"
#include "core/ids.h"
#include "core/json_document.h"
#include "core/merge.h"
#include "core/programme_loader.h"
#include "store/journal.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "store/settings.h"
#include "test_paths.h"

using namespace coachscope;
using testing::replaced;

namespace {

core::Observation scoredObservation() {
  core::Observation o;
  o.id = "obs-1";
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.learnerId = "learner-1";
  o.context.learnerName = "Ana";
  o.durationSeconds = 1800;
  o.events.push_back({"e1", "6.2", 61.25, "quote"});
  o.ratings["6"] = {4, false, "why"};
  return o;
}

std::string observationText() { return store::observationToJson(scoredObservation()).dump(2); }

std::string recordText() {
  core::ProgressRecord r = core::newProgressRecord("learner-1", {"Ana", "Centre", "ilm-coaching-level5", ""},
                                                   "2026-01-01T00:00:00Z", "tutor");
  core::PracticeEntry practice;
  practice.minutes = 45;
  practice.groupSize = 3;
  core::putPractice(r, "p1", practice, "2026-01-02T00:00:00Z", "tutor");
  REQUIRE(core::mergeObservation(r, scoredObservation()).ok());
  return store::recordText(r);
}

core::Error observationError(const std::string& name, const std::string& text) {
  auto path = testing::writeBytes(testing::freshFolder(name) / "obs.json", text);
  auto loaded = store::loadObservationFile(path, coachscope::testing::builtInCatalog());
  REQUIRE_FALSE(loaded.ok());
  INFO(loaded.error().message());
  CHECK(loaded.error().file == path.string());
  return loaded.error();
}

core::Error recordError(const std::string& name, const std::string& text) {
  auto path = testing::writeBytes(testing::freshFolder(name) / "r.record.json", text);
  auto loaded = store::loadRecordFile(path);
  REQUIRE_FALSE(loaded.ok());
  INFO(loaded.error().message());
  CHECK(loaded.error().file == path.string());
  return loaded.error();
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a number beyond a double (1e400) is an error naming its place, in every format") {
  SECTION("observation") {
    const core::Error e = observationError("obs-1e400", replaced(observationText(), "61.25", "1e400"));
    CHECK(has(e.where, "/events/0/time"));
    CHECK(has(e.where, "line "));
    CHECK(has(e.reason, "1e400"));
  }
  SECTION("record") {
    const core::Error e = recordError("record-1e400", replaced(recordText(), "\"minutes\": 45", "\"minutes\": 1e400"));
    CHECK(has(e.where, "/practice/0/data/minutes"));
  }
  SECTION("framework") {
    std::string text = testing::readBytes(std::string(COACHSCOPE_FRAMEWORKS_DIR) + "/icf-core-competencies-2019.json");
    auto path = testing::writeBytes(testing::freshFolder("framework-1e400") / "f.json",
                                    replaced(text, "\"value\": 1", "\"value\": 1e400"));
    auto loaded = core::loadFrameworkFile(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(has(loaded.error().where, "/scale/levels/0/value"));
  }
  SECTION("programme") {
    std::string text = testing::readBytes(std::string(COACHSCOPE_FRAMEWORKS_DIR) + "/ilm-coaching-level5.json");
    auto path = testing::writeBytes(testing::freshFolder("programme-1e400") / "p.json",
                                    replaced(text, "\"coachingHours\": 24", "\"coachingHours\": -1e400"));
    auto loaded = core::loadProgrammeFile(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(has(loaded.error().where, "/requirements/coachingHours"));
  }
  SECTION("settings") {
    auto path = testing::writeBytes(testing::freshFolder("settings-1e400") / "settings.json",
                                    R"({"format": "coachscope.settings/1", "autopause": 1e400})");
    auto loaded = store::loadSettings(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(has(loaded.error().where, "/autopause"));
  }
}

TEST_CASE("whole numbers too large for their field are refused, not truncated") {
  const std::string obs = observationText();
  CHECK(has(observationError("level-2^32", replaced(obs, "\"level\": 4", "\"level\": 4294967300")).reason,
            "must be from 0 to 100; found 4294967300"));
  CHECK(observationError("level-2^64", replaced(obs, "\"level\": 4", "\"level\": 18446744073709551615")).where ==
        "/ratings/6/level");
  CHECK(observationError("group-2^32", replaced(obs, "\"groupSize\": 1", "\"groupSize\": 4294967297")).where ==
        "/context/groupSize");
  const std::string record = recordText();
  CHECK(recordError("record-group", replaced(record, "\"groupSize\": 3", "\"groupSize\": 4294967297")).where ==
        "/practice/0/data/groupSize");
  const core::Error count = recordError("marker-count", replaced(record, "\"markerCounts\": {\"6.2\": 1}",
                                                                 "\"markerCounts\": {\"6.2\": 3000000000}"));
  CHECK(count.where == "/sessions/0/data/markerCounts/6.2");
  CHECK(has(count.reason, "found 3000000000"));
}

TEST_CASE("numbers out of their documented range are refused with the range") {
  const std::string obs = observationText();
  CHECK(has(observationError("duration-1e308", replaced(obs, "\"durationSeconds\": 1800.0", "\"durationSeconds\": 1e308"))
                .reason,
            "must be from 0 to 86400 seconds"));
  CHECK(observationError("negative-time", replaced(obs, "61.25", "-3")).where == "/events/0/time");
  CHECK(has(observationError("fraction-level", replaced(obs, "\"level\": 4", "\"level\": 2.5")).reason,
            "expected a whole number, found 2.5"));
  CHECK(has(recordError("minutes-1e308", replaced(recordText(), "\"minutes\": 45", "\"minutes\": 1e308")).reason,
            "must be from 0 to 60000 minutes"));
}

TEST_CASE("a whole number written as 4.0 is read as 4") {
  auto path = testing::writeBytes(testing::freshFolder("level-4.0") / "obs.json",
                                  replaced(observationText(), "\"level\": 4", "\"level\": 4.0"));
  auto loaded = store::loadObservationFile(path, coachscope::testing::builtInCatalog());
  REQUIRE(loaded.ok());
  CHECK(loaded->ratings.at("6").level == 4);
}

TEST_CASE("a journal line with an impossible value is refused, not thrown on") {
  const std::filesystem::path dir = testing::freshFolder("journal-numbers");
  const std::string header = nlohmann::json{{"format", "coachscope.journal/1"},
                                            {"base", store::observationToJson(scoredObservation())}}
                                 .dump();
  auto refused = [&](const std::string& name, const std::string& line) {
    auto path = testing::writeBytes(dir / (name + ".journal"), header + "\n" + line + "\n{\"op\": \"undo\"}\n");
    auto read = store::readJournal(path);
    REQUIRE_FALSE(read.ok());
    INFO(read.error().message());
    CHECK(read.error().where == "line 2");
    return read.error().reason;
  };
  CHECK(has(refused("op-number", R"({"op": 7})"), "op"));
  CHECK(has(refused("clock-1e400", R"({"op": "undo", "clock": 1e400})"), "1e400"));
  CHECK(has(refused("duration", R"({"op": "apply", "command": {"kind": "setDuration", "seconds": 1e300}})"),
            "must be from 0 to 86400 seconds"));
  CHECK(has(refused("time", R"({"op": "apply", "command": {"kind": "putEvent", "event": {"id": "x", "marker": "6.2", "time": 4294967296e10}}})"),
            "/events/0/time"));
}

TEST_CASE("JSON nested deeper than the limit is refused before it can exhaust the stack") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  auto parsed = core::parseJsonText(deep, "deep.json");
  REQUIRE_FALSE(parsed.ok());
  CHECK(has(parsed.error().reason, "nested deeper than 64 levels"));
  auto shallow = core::parseJsonText(std::string(60, '[') + std::string(60, ']'), "ok.json");
  CHECK(shallow.ok());
}
