// What the Observe tab saves is what `validate` accepts: undoing a concern restores the judgement
// exactly, a concern without its reason is never written; and the scripted-session language sets
// a note's kind and tag as the keys do.
#include <catch_compat.hpp>

#include "core/observation_check.h"
#include "observer_fixture.h"
#include "store/observation_codec.h"
#include "ui/observer_panel.h"

using namespace coachscope;
using namespace coachscope::ui;
using namespace coachscope::session;
using test::FakeTime;
using test::HeadlessUi;
namespace fs = std::filesystem;

namespace {

std::string snapshot(const AppState& state) { return store::observationToJson(state.observer.stack.observation()).dump(); }

struct Judged {
  std::string competency, concern, fine;
};

Judged judgedCompetency(const core::Framework& f) {
  for (const auto& c : f.competencies) {
    if (c.evidence != core::EvidenceKind::Judgement) continue;
    Judged j{c.id, "", ""};
    for (const auto& option : c.judgementOptions) (option.reasonRequired ? j.concern : j.fine) = option.id;
    if (!j.concern.empty() && !j.fine.empty()) return j;
  }
  FAIL("the framework has no judgement competency with a concern option");
  return {};
}

}  // namespace

TEST_CASE("observer: undoing a concern restores the judgement as it was, and a concern without reason is not saved") {
  AppState state;
  FakeTime time;
  const fs::path workspace = test::observerWorkspace("concern-undo");
  test::prepareObserver(state, workspace, time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  ObserverState& o = state.observer;
  const Judged j = judgedCompetency(test::icf(state));

  const std::string none = snapshot(state);
  setJudgement(o, j.competency, j.concern);
  setJudgementReason(o, j.competency, "gave advice");
  closeTyping(o);
  undoChange(o);
  CHECK(snapshot(state) == none);
  redoChange(o);
  CHECK(o.stack.observation().judgements.at(j.competency).reason == "gave advice");
  undoChange(o);

  setJudgement(o, j.competency, j.fine);
  closeTyping(o);
  const std::string fine = snapshot(state);
  setJudgement(o, j.competency, j.concern);
  setJudgementReason(o, j.competency, "slipped into consulting");
  closeTyping(o);
  undoChange(o);
  CHECK(snapshot(state) == fine);

  // A concern with no reason yet: saving refuses, says why, writes nothing.
  setJudgement(o, j.competency, j.concern);
  closeTyping(o);
  const fs::path file = workspace / "concern.observation.json";
  auto saved = saveObservation(state, file);
  REQUIRE_FALSE(saved.ok());
  CHECK(saved.error().reason.find("needs a reason") != std::string::npos);
  CHECK_FALSE(fs::exists(file));
  setJudgementReason(o, j.competency, "slipped into consulting");
  closeTyping(o);
  REQUIRE(saveObservation(state, file).ok());
  auto reloaded = store::loadObservationFile(file, state.catalog);
  REQUIRE(reloaded.ok());
  CHECK(core::checkAgainstFramework(*reloaded, test::icf(state), file.string()).empty());
}

TEST_CASE("observer: the script sets a note's kind and tag like Alt+1..4, the tag box and Alt+M") {
  AppState state;
  FakeTime time;
  test::prepareObserver(state, test::observerWorkspace("script-kind-tag"), time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  ObserverState& o = state.observer;
  const core::Framework& f = test::icf(state);
  const std::string marker = f.markers[3].code;
  const std::string competency = f.competencies.back().id;
  state.observerView.script = {"kind strength",  "tag " + marker,       "note Asked what mattered", "kind question",
              "tag " + competency, "note Why now?",    "marker " + f.markers[5].code, "tag last",
              "kind development", "note Interrupted", "tag none",  "note Plain"};
  state.observerView.scriptLine = 0;
  for (int i = 0; i < 200 && state.observerView.scriptLine < state.observerView.script.size(); ++i) ui.frame();
  REQUIRE(state.observerView.scriptLine == state.observerView.script.size());
  const auto& notes = o.stack.observation().notes;
  REQUIRE(notes.size() == 4);
  auto find = [&](const std::string& text) -> const core::Note& {
    for (const core::Note& n : notes) {
      if (n.text == text) return n;
    }
    FAIL("no note " << text);
    return notes.front();
  };
  CHECK(find("Asked what mattered").kind == core::NoteKind::Strength);
  CHECK(find("Asked what mattered").tag == marker);
  CHECK(find("Why now?").kind == core::NoteKind::Question);
  CHECK(find("Why now?").tag == competency);
  CHECK(find("Interrupted").kind == core::NoteKind::Development);
  CHECK(find("Interrupted").tag == f.markers[5].code);
  CHECK(find("Plain").tag.empty());
  CHECK(find("Plain").kind == core::NoteKind::Observation);  // each note starts fresh
}

TEST_CASE("observer: a script's unknown kind or tag is an error, not a silent default") {
  AppState state;
  FakeTime time;
  test::prepareObserver(state, test::observerWorkspace("script-kind-bad"), time);
  HeadlessUi ui([&] { drawShell(state); });
  ui.frame(2);
  ObserverState& o = state.observer;
  state.observerView.script = {"kind shouting", "tag 99.99"};
  state.observerView.scriptLine = 0;
  for (int i = 0; i < 20 && state.observerView.scriptLine < state.observerView.script.size(); ++i) ui.frame();
  int errors = 0;
  for (const auto& notice : state.notices) errors += notice.level == Notice::Level::Error;
  CHECK(errors == 2);
}
