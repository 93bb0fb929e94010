// Two processes merging into one record at the same time: the lock makes every read-modify-write
// whole, so every one of their merges is in the record at the end.
#include <catch_compat.hpp>

#include <sys/wait.h>
#include <fstream>
#include <unistd.h>

#include "core/merge.h"
#include "store/record_codec.h"
#include "store/record_lock.h"
#include "test_paths.h"

using namespace coachscope;

namespace {

core::Observation observation(const std::string& id) {
  core::Observation o;
  o.id = id;
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.learnerId = "learner-lock";
  o.durationSeconds = 3600;
  o.ratings["6"] = {3, false, ""};
  return o;
}

// Runs in a child process; returns its exit status.
int mergeMany(const std::filesystem::path& path, const std::string& prefix, int count) {
  for (int i = 0; i < count; ++i) {
    auto status = store::updateRecordFile(path, [&](core::ProgressRecord& r) -> core::Result<bool> {
      auto outcome = core::mergeObservation(r, observation(prefix + std::to_string(i)));
      if (!outcome) return outcome.error();
      return outcome->added;
    });
    if (!status) return 1;
  }
  return 0;
}

}  // namespace

TEST_CASE("record: two processes merging hundreds of observations each into one record lose none") {
  const auto dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "record" / "lock";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto path = dir / "learner-lock.record.json";
  REQUIRE(store::saveRecordFile(path, core::newProgressRecord("learner-lock", {"L", "", "", ""}, "t", "a")).ok());

  constexpr int kEach = 300;
  std::vector<pid_t> children;
  for (const char* prefix : {"a-", "b-"}) {
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) ::_exit(mergeMany(path, prefix, kEach));
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  auto record = store::loadRecordFile(path);
  REQUIRE(record.ok());
  CHECK(record->sessions.liveIds().size() == 2 * kEach);
  for (int i = 0; i < kEach; ++i) {
    CHECK(record->sessions.contains("a-" + std::to_string(i)));
    CHECK(record->sessions.contains("b-" + std::to_string(i)));
  }
  CHECK(std::filesystem::exists(store::lockPathFor(path)));
}

TEST_CASE("record: an update of a malformed record changes nothing and says why") {
  const auto dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "record" / "lock-bad";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto path = dir / "bad.record.json";
  const std::string future = R"({"format": "coachscope.record/7", "learnerId": "x"})";
  { std::ofstream(path) << future; }
  bool called = false;
  auto status = store::updateRecordFile(path, [&](core::ProgressRecord&) -> core::Result<bool> {
    called = true;
    return true;
  });
  REQUIRE_FALSE(status.ok());
  CHECK_FALSE(called);
  CHECK(status.error().where == "/format");
  std::ifstream in(path);
  CHECK(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()) == future);
}
