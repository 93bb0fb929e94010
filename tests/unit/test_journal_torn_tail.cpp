// A journal recovered after a power cut: its torn tail is cut off on disk before anything is
// appended, so a second crash after the recovery loses nothing. Tears at many byte positions.
#include <catch_compat.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <random>

#include "core/observation_commands_stack.h"
#include "store/journal.h"
#include "test_paths.h"

using namespace coachscope;
namespace fs = std::filesystem;

namespace {

core::Observation baseObservation() {
  core::Observation o;
  o.id = "0f0e0d0c-0000-4000-8000-0000000000aa";
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  return o;
}

core::Command noteCommand(int i) {
  return core::PutNote{core::Note{"note-" + std::to_string(i), double(i), "note number " + std::to_string(i),
                                  core::NoteKind::Observation, ""}};
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void spit(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes; }

// What a write cut short by a crash leaves: the first `keep` bytes of one more journal line.
void appendTornLine(const fs::path& file, int i, std::size_t keep) {
  const fs::path scratch = file.string() + ".scratch";
  {
    auto w = store::JournalWriter::create(scratch, {baseObservation(), ""});
    REQUIRE(w.ok());
    const core::Command c = noteCommand(i);
    REQUIRE(w->append(core::StackChange{core::StackChange::Kind::Apply, &c, ""}, i).ok());
  }
  const std::string whole = slurp(scratch);
  const std::string line = whole.substr(whole.find('\n') + 1);
  fs::remove(scratch);
  std::ofstream(file, std::ios::binary | std::ios::app) << line.substr(0, std::min(keep, line.size() - 1));
}

std::size_t notesAfterRecovery(const fs::path& file) {
  auto read = store::readJournal(file);
  REQUIRE(read.ok());
  return store::replayJournal(*read).observation().notes.size();
}

}  // namespace

TEST_CASE("journal: recover, append, crash, recover loses nothing, torn at random bytes") {
  const fs::path dir = fs::path(COACHSCOPE_TEST_TMP) / "journal-torn";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path file = dir / "session.journal";

  // A clean journal of ten notes: the bytes every tear is cut from.
  {
    auto w = store::JournalWriter::create(file, {baseObservation(), ""});
    REQUIRE(w.ok());
    for (int i = 0; i < 10; ++i) {
      const core::Command c = noteCommand(i);
      REQUIRE(w->append(core::StackChange{core::StackChange::Kind::Apply, &c, ""}, i).ok());
    }
  }
  const std::string clean = slurp(file);
  const std::size_t headerEnd = clean.find('\n') + 1;

  std::mt19937 random(20261202);  // fixed seed: the same tears every run
  std::uniform_int_distribution<std::size_t> anywhere(headerEnd, clean.size() - 1);
  for (int round = 0; round < 60; ++round) {
    const std::size_t cut = round == 0 ? clean.size() - 1 : anywhere(random);  // round 0: only the newline lost
    CAPTURE(cut);
    spit(file, clean.substr(0, cut));

    auto first = store::readJournal(file);
    REQUIRE(first.ok());
    const std::size_t kept = store::replayJournal(*first).observation().notes.size();

    // Recovered: two more changes acknowledged, then a crash in the middle of a third.
    auto resumed = store::JournalWriter::resume(*first);
    REQUIRE(resumed.ok());
    for (int i = 100; i < 102; ++i) {
      const core::Command c = noteCommand(i);
      REQUIRE(resumed->append(core::StackChange{core::StackChange::Kind::Apply, &c, ""}, i).ok());
    }
    resumed = store::JournalWriter();
    appendTornLine(file, 102, 1 + static_cast<std::size_t>(round) % 40);

    auto second = store::readJournal(file);
    REQUIRE(second.ok());
    CHECK(second->tornTail);
    const core::Observation recovered = store::replayJournal(*second).observation();
    CHECK(recovered.notes.size() == kept + 2);
    CHECK(recovered.note("note-100"));
    CHECK(recovered.note("note-101"));

    // And once more: the second recovery's tail is cut too.
    auto again = store::JournalWriter::resume(*second);
    REQUIRE(again.ok());
    const core::Command c = noteCommand(103);
    REQUIRE(again->append(core::StackChange{core::StackChange::Kind::Apply, &c, ""}, 103).ok());
    again = store::JournalWriter();
    CHECK(notesAfterRecovery(file) == kept + 3);
  }
}

TEST_CASE("journal: resuming cuts exactly the torn bytes off the file") {
  const fs::path dir = fs::path(COACHSCOPE_TEST_TMP) / "journal-torn-exact";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path file = dir / "session.journal";
  {
    auto w = store::JournalWriter::create(file, {baseObservation(), ""});
    REQUIRE(w.ok());
    const core::Command c = noteCommand(1);
    REQUIRE(w->append(core::StackChange{core::StackChange::Kind::Apply, &c, ""}, 1).ok());
  }
  const std::string intact = slurp(file);
  appendTornLine(file, 2, 17);
  auto read = store::readJournal(file);
  REQUIRE(read.ok());
  REQUIRE(read->tornTail);
  CHECK(read->intactBytes == intact.size());
  REQUIRE(store::JournalWriter::resume(*read).ok());
  CHECK(slurp(file) == intact);
}
