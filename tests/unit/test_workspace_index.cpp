// The workspace index: a cache of the learner list keyed by path, size and modification time.
// It must never be trusted over the files: a stale entry is re-read, a deleted file drops out, and
// a corrupt or missing index is rebuilt from the records.
#include <catch_compat.hpp>

#include <sys/stat.h>

#include <fstream>

#include "store/record_codec.h"
#include "store/workspace.h"
#include "store/workspace_index.h"
#include "test_paths.h"

using namespace coachscope;
namespace fs = std::filesystem;

namespace {

fs::path freshWorkspace(const std::string& name) {
  const fs::path ws = fs::path(COACHSCOPE_TEST_TMP) / "index" / name;
  fs::remove_all(ws);
  fs::create_directories(store::learnersFolder(ws));
  return ws;
}

void saveLearner(const fs::path& ws, const std::string& id, const std::string& name) {
  core::LearnerProfile profile{name, "", "ilm-coaching-level5", ""};
  REQUIRE(store::saveRecordFile((*store::recordPath(ws, id)), core::newProgressRecord(id, profile, "t", "a")).ok());
}

// Files written just now are not cached (their time stamp could repeat); age them past that.
void age(const fs::path& file, int seconds = 60) {
  fs::last_write_time(file, fs::last_write_time(file) - std::chrono::seconds(seconds));
}

void ageAll(const fs::path& ws) {
  for (const auto& entry : fs::directory_iterator(store::learnersFolder(ws))) age(entry.path());
}

// Ann and Ben, aged and indexed once.
fs::path indexedWorkspace(const std::string& name) {
  const fs::path ws = freshWorkspace(name);
  saveLearner(ws, "a", "Ann");
  saveLearner(ws, "b", "Ben");
  ageAll(ws);
  REQUIRE(store::scanLearners(ws).filesRead == 2);
  return ws;
}

std::vector<std::string> names(const store::WorkspaceScan& scan) {
  std::vector<std::string> result;
  for (const auto& learner : scan.learners) result.push_back(learner.name);
  return result;
}

}  // namespace

TEST_CASE("index: a warm index lists every learner without reading a record") {
  const fs::path ws = freshWorkspace("warm");
  for (int i = 0; i < 5; ++i) saveLearner(ws, "l" + std::to_string(i), "Learner " + std::to_string(i));
  ageAll(ws);
  std::vector<std::pair<std::size_t, std::size_t>> progress;
  const auto first =
      store::scanLearners(ws, [&](std::size_t done, std::size_t total) { progress.emplace_back(done, total); });
  CHECK(first.rebuilt);
  CHECK(first.filesRead == 5);
  CHECK(first.learners.size() == 5);
  REQUIRE(!progress.empty());
  CHECK(progress.back() == std::pair<std::size_t, std::size_t>{5, 5});

  const auto second = store::scanLearners(ws);
  CHECK_FALSE(second.rebuilt);
  CHECK(second.filesRead == 0);
  CHECK(names(second) == names(first));
  CHECK(second.learners[0].file == (*store::recordPath(ws, "l0")));
  // Owner-only, like every file coachscope writes.
  struct stat st {};
  REQUIRE(::stat(store::workspaceIndexPath(ws).c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("index: a record changed since it was indexed is read again") {
  const fs::path ws = indexedWorkspace("stale");

  saveLearner(ws, "a", "Ann Renamed");  // a new size and time stamp
  age((*store::recordPath(ws, "a")), 30);
  auto scan = store::scanLearners(ws);
  CHECK(scan.filesRead == 1);
  CHECK(names(scan) == std::vector<std::string>{"Ann Renamed", "Ben"});

  // Same size, only the time stamp differs: still read again.
  const fs::path b = (*store::recordPath(ws, "b"));
  fs::last_write_time(b, fs::last_write_time(b) + std::chrono::seconds(5));
  scan = store::scanLearners(ws);
  CHECK(scan.filesRead == 1);
  CHECK(store::scanLearners(ws).filesRead == 0);
}

TEST_CASE("index: a file written a moment ago is never served from the index") {
  const fs::path ws = freshWorkspace("racy");
  saveLearner(ws, "a", "Ann");
  CHECK(store::scanLearners(ws).filesRead == 1);
  // Its time stamp is too recent to tell a same-size rewrite apart, so it is read again.
  CHECK(store::scanLearners(ws).filesRead == 1);
}

TEST_CASE("index: a deleted record drops out of the list") {
  const fs::path ws = indexedWorkspace("deleted");
  fs::remove((*store::recordPath(ws, "a")));
  auto scan = store::scanLearners(ws);
  CHECK(names(scan) == std::vector<std::string>{"Ben"});
  CHECK(scan.filesRead == 0);
  // ...and out of the index file itself.
  std::ifstream in(store::workspaceIndexPath(ws));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.find("Ann") == std::string::npos);
  CHECK(text.find("Ben") != std::string::npos);
}

TEST_CASE("index: a corrupt or missing index is rebuilt from the records") {
  const fs::path ws = indexedWorkspace("corrupt");
  const std::vector<std::string> damaged = {
      "{\"format\": \"coachscope.index/1\", \"records\": [",
      "not json at all",
      "[]",
      "{\"format\": \"coachscope.index/9\", \"records\": []}",
      "{\"format\": \"coachscope.index/1\", \"records\": [{\"file\": \"a.record.json\", \"size\": -1}]}",
      "{\"format\": \"coachscope.index/1\", \"records\": [{\"file\": 3, \"size\": 1, \"mtime\": 1, \"id\": \"a\", "
      "\"name\": \"x\", \"programme\": \"p\"}]}"};
  for (const std::string& text : damaged) {
    std::ofstream(store::workspaceIndexPath(ws), std::ios::trunc) << text;
    auto scan = store::scanLearners(ws);
    CHECK(scan.rebuilt);
    CHECK(scan.filesRead == 2);
    CHECK(names(scan) == std::vector<std::string>{"Ann", "Ben"});
    CHECK(store::scanLearners(ws).filesRead == 0);
  }
  fs::remove(store::workspaceIndexPath(ws));
  CHECK(store::scanLearners(ws).rebuilt);
}

TEST_CASE("index: an entry claiming another learner is not believed once the file changes") {
  const fs::path ws = freshWorkspace("lying");
  saveLearner(ws, "a", "Ann");
  ageAll(ws);
  REQUIRE(store::scanLearners(ws).filesRead == 1);
  // A hand-edited index names someone else for the file, but with the wrong size: the file wins.
  std::ofstream(store::workspaceIndexPath(ws), std::ios::trunc)
      << "{\"format\": \"coachscope.index/1\", \"records\": [{\"file\": \"a.record.json\", \"size\": 1, \"mtime\": 1, "
         "\"id\": \"a\", \"name\": \"Mallory\", \"programme\": \"p\"}]}";
  auto scan = store::scanLearners(ws);
  CHECK(scan.filesRead == 1);
  CHECK(names(scan) == std::vector<std::string>{"Ann"});
}

TEST_CASE("index: a record that fails to load is reported on every scan, never cached") {
  const fs::path ws = freshWorkspace("broken");
  saveLearner(ws, "a", "Ann");
  std::ofstream((*store::recordPath(ws, "b"))) << "{ not a record";
  ageAll(ws);
  for (int round = 0; round < 2; ++round) {
    auto scan = store::scanLearners(ws);
    CHECK(names(scan) == std::vector<std::string>{"Ann"});
    REQUIRE(scan.problems.size() == 1);
    CHECK(scan.problems[0].file == (*store::recordPath(ws, "b")).string());
  }
}
