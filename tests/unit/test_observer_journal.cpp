// The autosave journal: appended changes replay to the same observation and undo history; a torn
// last line is ignored; a damaged middle line is refused with its line number.
#include <catch_compat.hpp>

#include <fstream>

#include "core/observation_commands_stack.h"
#include "store/journal.h"
#include "store/journal_codec.h"
#include "test_paths.h"

using namespace coachscope;
namespace fs = std::filesystem;

namespace {

fs::path freshFolder(const std::string& name) {
  fs::path dir = fs::path(COACHSCOPE_TEST_TMP) / "observer" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

core::Observation baseObservation() {
  core::Observation o;
  o.id = "0f0e0d0c-0000-4000-8000-000000000001";
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.learnerName = "Sample Learner";
  return o;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A stack whose every change goes to the journal, as the observer wires it.
struct Journaled {
  core::CommandStack stack;
  store::JournalWriter writer;
  double clock = 0;
  explicit Journaled(const fs::path& file) : stack(baseObservation()) {
    auto w = store::JournalWriter::create(file, {baseObservation(), ""});
    REQUIRE(w.ok());
    writer = std::move(*w);
    stack.setListener([this](const core::StackChange& c) { REQUIRE(writer.append(c, clock).ok()); });
  }
};

}  // namespace

TEST_CASE("observer: every command kind survives the journal's JSON") {
  core::CompetencyRating rating{3, false, "asked one question at a time"};
  core::Note n{"n1", 61.5, "tone \"warm\"\nsecond line", core::NoteKind::Strength, "6.2"};
  core::SetSetup setup{"f", "1", {}};
  setup.context.coacheePseudonym = "Sam";
  setup.context.group = true;
  setup.context.groupSize = 4;
  setup.context.mode = core::SessionMode::Recorded;
  const std::vector<core::Command> commands = {
      setup,
      core::PutEvent{{"e1", "6.2", 12.25, "so what matters?"}},
      core::RemoveEvent{"e1"},
      core::PutNote{n},
      core::RemoveNote{"n1"},
      core::SetRating{"6", rating},
      core::SetRating{"7", core::CompetencyRating{std::nullopt, true, ""}},
      core::SetRating{"6", std::nullopt},
      core::SetJudgement{"1", core::Judgement{"concern", "advice"}},
      core::SetJudgement{"1", std::nullopt},
      core::SetText{core::SheetText::DevelopmentAreas, "silence"},
      core::SetDuration{3599.5},
      core::SetMedia{core::MediaLink{"/rec/session.m4a", 99, "cafe", 2700.5, ""}},
      core::SetMedia{std::nullopt},
  };
  for (const core::Command& c : commands) {
    const nlohmann::json json = store::commandToJson(c);
    auto back = store::commandFromJson(json, "x.journal", "line 2");
    INFO(json.dump());
    REQUIRE(back.ok());
    CHECK(store::commandToJson(*back) == json);
  }
  auto bad = store::commandFromJson({{"kind", "putEvent"}, {"event", {{"id", "e"}, {"time", -1}}}}, "x.journal", "line 9");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().where == "line 9");
  CHECK(bad.error().message().find("putEvent") != std::string::npos);
}

TEST_CASE("observer: a journal replays to the same observation and undo history") {
  const fs::path dir = freshFolder("replay");
  const fs::path file = *store::journalPath(dir, baseObservation().id);
  {
    Journaled j(file);
    j.clock = 10;
    j.stack.apply(core::PutEvent{{"e1", "3.1", 10, ""}});
    j.clock = 20;
    j.stack.apply(core::PutNote{{"n1", 20, "G", core::NoteKind::Observation, ""}}, "note:n1");
    j.stack.apply(core::PutNote{{"n1", 20, "Goal set", core::NoteKind::Observation, ""}}, "note:n1");
    j.stack.closeStep();
    j.clock = 30;
    j.stack.apply(core::PutEvent{{"e2", "6.2", 30, ""}});
    j.stack.undo();
    j.stack.redo();
    j.stack.apply(core::SetRating{"3", core::CompetencyRating{4, false, "clear"}});
    j.stack.undo();  // leaves a redo step, which must come back too
  }  // "crash": the writer is dropped without saving

  REQUIRE(store::listJournals(dir) == std::vector<fs::path>{file});
  auto contents = store::readJournal(file);
  REQUIRE(contents.ok());
  CHECK_FALSE(contents->tornTail);
  CHECK(contents->lastClock == 30);
  core::CommandStack recovered = store::replayJournal(*contents);
  const core::Observation& o = recovered.observation();
  REQUIRE(o.events.size() == 2);
  REQUIRE(o.notes.size() == 1);
  CHECK(o.notes[0].text == "Goal set");
  CHECK(o.ratings.empty());
  CHECK(recovered.canRedo());
  recovered.redo();
  CHECK(recovered.observation().ratings.at("3").level == 4);
  recovered.undo();
  recovered.undo();  // e2
  recovered.undo();  // the whole note, typed as one step
  CHECK(recovered.observation().notes.empty());
  CHECK(recovered.observation().events.size() == 1);
}

TEST_CASE("observer: a torn last line is ignored, a damaged middle line is refused") {
  const fs::path dir = freshFolder("torn");
  const fs::path file = *store::journalPath(dir, baseObservation().id);
  {
    Journaled j(file);
    j.stack.apply(core::PutEvent{{"e1", "3.1", 10, ""}});
    j.stack.apply(core::PutEvent{{"e2", "3.2", 11, ""}});
  }
  const std::string text = slurp(file);
  {
    std::ofstream out(file, std::ios::binary | std::ios::app);
    out << R"({"op":"apply","command":{"kind":"putEv)";  // power cut mid-write
  }
  auto torn = store::readJournal(file);
  REQUIRE(torn.ok());
  CHECK(torn->tornTail);
  CHECK(store::replayJournal(*torn).observation().events.size() == 2);

  std::string damaged = text;
  damaged.insert(damaged.find('\n') + 1, "{not json\n");
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << damaged;
  }
  auto refused = store::readJournal(file);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().where == "line 2");
  CHECK(slurp(file) == damaged);  // reading never changes the file
}

TEST_CASE("observer: discarding a journal deletes it; a future format is refused") {
  const fs::path dir = freshFolder("discard");
  const fs::path file = *store::journalPath(dir, baseObservation().id);
  {
    Journaled j(file);
    j.stack.apply(core::PutEvent{{"e1", "3.1", 10, ""}});
    j.writer.discard();
  }
  CHECK_FALSE(fs::exists(file));
  {
    std::ofstream out(file);
    out << R"({"format":"coachscope.journal/7","base":{}})" << "\n";
  }
  auto future = store::readJournal(file);
  REQUIRE_FALSE(future.ok());
  CHECK(future.error().where == "line 1");
}

TEST_CASE("observer: a journal started from a stack's history rebuilds undo and redo past a save") {
  const fs::path dir = freshFolder("history");
  const fs::path file = *store::journalPath(dir, baseObservation().id);
  core::CommandStack stack(baseObservation());
  stack.apply(core::PutEvent{{"e1", "3.1", 1, ""}});
  stack.apply(core::SetText{core::SheetText::Feedback, "a"}, "feedback");
  stack.apply(core::SetText{core::SheetText::Feedback, "ab"}, "feedback");
  stack.closeStep();
  stack.apply(core::PutEvent{{"e2", "3.2", 2, ""}});
  stack.apply(core::PutEvent{{"e3", "3.3", 3, ""}});
  stack.undo();
  stack.undo();  // e3 and e2 wait to be redone
  stack.markSaved();
  auto writer = store::JournalWriter::create(file, stack.history(), "/obs/x.json", 42);
  REQUIRE(writer.ok());
  auto contents = store::readJournal(file);
  REQUIRE(contents.ok());
  CHECK(contents->header.savedPath == "/obs/x.json");
  core::CommandStack replayed = store::replayJournal(*contents);
  CHECK(store::commandToJson(core::SetText{core::SheetText::Feedback, replayed.observation().feedback}) ==
        store::commandToJson(core::SetText{core::SheetText::Feedback, "ab"}));
  CHECK(replayed.observation().events.size() == 1);
  REQUIRE(replayed.redo());
  REQUIRE(replayed.redo());
  CHECK(replayed.observation().events.size() == 3);
  CHECK_FALSE(replayed.redo());
  replayed.undo();
  replayed.undo();
  replayed.undo();  // the typing, as one step
  CHECK(replayed.observation().feedback.empty());
  replayed.undo();
  CHECK(replayed.observation().events.empty());
  CHECK_FALSE(replayed.canUndo());
}
