// Ids from files and command lines become file names only as safe tokens, inside the workspace.
#include <catch_compat.hpp>

#include <filesystem>

#include "core/ids.h"
#include "store/journal.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "store/safe_paths.h"
#include "store/workspace.h"
#include "test_paths.h"

using namespace coachscope;
namespace fs = std::filesystem;

TEST_CASE("safe ids: UUIDs and plain tokens pass, anything that could leave a folder does not") {
  CHECK(core::isSafeId(core::newId()));
  CHECK(core::isSafeId("learner-1"));
  CHECK(core::isSafeId("a.b_c-D9"));
  CHECK(core::isSafeId(std::string(core::kMaxIdLength, 'a')));
  for (const std::string bad : {"", ".", "..", "../../x", "../victim", "/etc/passwd", "a/b", "a\\b", ".hidden",
                                "a..b", "with space", "caf\xc3\xa9", "tab\there"}) {
    CAPTURE(bad);
    CHECK_FALSE(core::isSafeId(bad));
  }
  CHECK_FALSE(core::isSafeId(std::string("nul\0inside", 10)));
  CHECK_FALSE(core::isSafeId(std::string(core::kMaxIdLength + 1, 'a')));
}

TEST_CASE("safe ids: record, observation and journal paths refuse unsafe ids with a clear reason") {
  const fs::path ws = fs::path(COACHSCOPE_TEST_TMP) / "safe-ids" / "workspace";
  auto record = store::recordPath(ws, "../../victim");
  REQUIRE_FALSE(record.ok());
  CHECK(record.error().reason.find("learner id \"../../victim\" is not a safe id") != std::string::npos);
  auto journal = store::journalPath(ws, "/tmp/evil");
  REQUIRE_FALSE(journal.ok());
  CHECK(journal.error().reason.find("observation id") != std::string::npos);
  auto observation = store::observationPath(ws, std::string("x\0y", 3));
  REQUIRE_FALSE(observation.ok());
  CHECK(observation.error().reason.find("\\x00") != std::string::npos);  // escaped, never raw

  auto good = store::recordPath(ws, "abc");
  REQUIRE(good.ok());
  CHECK(*good == ws / "learners" / "abc.record.json");
  CHECK(store::observationPath(ws, "abc").value() == ws / "observations" / "abc.observation.json");
}

TEST_CASE("safe ids: a message quotes a long id short") {
  auto refused = store::checkSafeId(std::string(5000, '/'), "learner id", "x.json", "/learnerId");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().file == "x.json");
  CHECK(refused.error().where == "/learnerId");
  CHECK(refused.error().reason.size() < 300);
}

TEST_CASE("safe ids: inside means inside, after .. and links") {
  const fs::path dir = fs::path(COACHSCOPE_TEST_TMP) / "safe-ids" / "inside";
  fs::remove_all(dir);
  fs::create_directories(dir / "ws" / "learners");
  fs::create_directories(dir / "outside");
  CHECK(store::isInside(dir / "ws", dir / "ws" / "learners" / "a.json"));
  CHECK_FALSE(store::isInside(dir / "ws", dir / "ws" / ".." / "outside" / "a.json"));
  CHECK_FALSE(store::isInside(dir / "ws", dir / "ws"));
  CHECK_FALSE(store::isInside(dir / "ws", "/etc/passwd"));
  fs::create_directory_symlink(dir / "outside", dir / "ws" / "link");
  CHECK_FALSE(store::isInside(dir / "ws", dir / "ws" / "link" / "a.json"));
}

TEST_CASE("safe ids: the readers refuse a file whose own id is no safe token, naming the place") {
  core::Observation o;
  o.id = "obs-1";
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.learnerId = "learner-1";
  REQUIRE(store::observationFromJson(store::observationToJson(o), "ok.json").ok());
  for (const auto& [field, value] : {std::pair{"/id", "../../x"}, std::pair{"/context/learnerId", "/tmp/victim"}}) {
    nlohmann::json doc = store::observationToJson(o);
    doc[nlohmann::json::json_pointer(field)] = value;
    auto read = store::observationFromJson(doc, "bad.observation.json");
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().where == field);
    CHECK(read.error().reason.find("not a safe id") != std::string::npos);
  }
  core::ProgressRecord r;
  r.learnerId = "learner-1";
  nlohmann::json record = store::recordToJson(r);
  record["learnerId"] = "../../victim";
  auto read = store::recordFromJson(record, "bad.record.json");
  REQUIRE_FALSE(read.ok());
  CHECK(read.error().where == "/learnerId");
}
