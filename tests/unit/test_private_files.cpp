// Owner-only files and folders whatever the umask, lock files only beside real records, and no
// temporary left behind by a killed write.
#include <catch_compat.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/ids.h"
#include "store/atomic_file.h"
#include "store/journal.h"
#include "store/private_files.h"
#include "store/record_codec.h"
#include "store/record_lock.h"
#include "store/settings.h"
#include "test_paths.h"

using namespace coachscope;
namespace fs = std::filesystem;

namespace {

unsigned modeOf(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

fs::path freshFolder(const std::string& name) {
  const fs::path dir = fs::path(COACHSCOPE_TEST_TMP) / "private" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// The most permissive umask a user could have: nothing masked.
struct OpenUmask {
  mode_t old = ::umask(0);
  ~OpenUmask() { ::umask(old); }
};

std::size_t entriesIn(const fs::path& folder) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(folder)) ++n;
  return n;
}

}  // namespace

TEST_CASE("atomic writes make 0600 files and 0700 folders under a umask of 0, and rewrites stay 0600") {
  OpenUmask umask;
  const fs::path dir = freshFolder("atomic");
  const fs::path file = dir / "a" / "b" / "record.json";
  REQUIRE(store::writeFileAtomically(file, "one").ok());
  CHECK(modeOf(file) == 0600);
  CHECK(modeOf(dir / "a") == 0700);
  CHECK(modeOf(dir / "a" / "b") == 0700);
  ::chmod(file.c_str(), 0644);
  REQUIRE(store::writeFileAtomically(file, "two").ok());
  CHECK(modeOf(file) == 0600);
}

TEST_CASE("journals, settings and lock files are 0600 under a umask of 0") {
  OpenUmask umask;
  const fs::path dir = freshFolder("kinds");
  core::Observation o;
  o.id = core::newId();
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  const fs::path journal = *store::journalPath(dir, o.id);
  auto writer = store::JournalWriter::create(journal, store::JournalHeader{o, ""});
  REQUIRE(writer.ok());
  CHECK(modeOf(journal) == 0600);
  CHECK(modeOf(store::journalFolder(dir)) == 0700);

  REQUIRE(store::saveSettings(store::settingsPath(dir), store::Settings{}).ok());
  CHECK(modeOf(store::settingsPath(dir)) == 0600);

  const fs::path record = dir / "learners" / "x.record.json";
  auto lock = store::RecordLock::acquire(record);
  REQUIRE(lock.ok());
  CHECK(modeOf(store::lockPathFor(record)) == 0600);
  CHECK(modeOf(dir / "learners") == 0700);
}

TEST_CASE("a refused merge target gets no lock file beside it") {
  const fs::path dir = freshFolder("no-lock");
  const fs::path notARecord = dir / "notes.txt";
  std::ofstream(notARecord) << "my own notes\n";
  auto change = [](core::ProgressRecord&) -> core::Result<bool> { return true; };
  CHECK_FALSE(store::updateRecordFile(notARecord, change).ok());
  CHECK_FALSE(store::updateRecordFile(dir / "missing.record.json", change).ok());
  fs::create_directories(dir / "folder.record.json");
  CHECK_FALSE(store::updateRecordFile(dir / "folder.record.json", change).ok());
  CHECK_FALSE(fs::exists(store::lockPathFor(notARecord)));
  CHECK_FALSE(fs::exists(store::lockPathFor(dir / "missing.record.json")));
  CHECK_FALSE(fs::exists(store::lockPathFor(dir / "folder.record.json")));
  CHECK(entriesIn(dir) == 2);
}

TEST_CASE("a killed write's temporary goes at the next write, a live writer's stays") {
  const fs::path dir = freshFolder("stale");
  const fs::path stale = dir / (".record.json." + core::newId() + ".tmp");
  const fs::path live = dir / (".other.json." + core::newId() + ".tmp");
  const fs::path lookalike = dir / ".mine.tmp";  // not a name coachscope gives its temporaries
  std::ofstream(stale) << "{\"half";
  std::ofstream(lookalike) << "keep";
  int liveFd = ::open(live.c_str(), O_WRONLY | O_CREAT, 0600);
  REQUIRE(liveFd >= 0);
  REQUIRE(::flock(liveFd, LOCK_EX) == 0);  // as writeFileAtomically holds its own

  REQUIRE(store::writeFileAtomically(dir / "record.json", "whole").ok());
  CHECK_FALSE(fs::exists(stale));
  CHECK(fs::exists(live));
  CHECK(fs::exists(lookalike));
  ::close(liveFd);
}

TEST_CASE("at start the workspace's folders become 0700 and stale temporaries go") {
  const fs::path ws = freshFolder("workspace");
  fs::create_directories(ws / "learners");
  fs::create_directories(ws / "journal");
  ::chmod(ws.c_str(), 0755);
  ::chmod((ws / "learners").c_str(), 0755);
  const fs::path stale = ws / "learners" / (".a.record.json." + core::newId() + ".tmp");
  std::ofstream(stale) << "{";
  store::tidyWorkspace(ws);
  CHECK(modeOf(ws) == 0700);
  CHECK(modeOf(ws / "learners") == 0700);
  CHECK(modeOf(ws / "journal") == 0700);
  CHECK_FALSE(fs::exists(stale));
}
