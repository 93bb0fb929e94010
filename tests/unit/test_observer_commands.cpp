// Every command kind applies, undoes and redoes through the CommandStack; dirty tracking; merging.
#include <catch_compat.hpp>

#include "core/observation_commands_stack.h"

using namespace coachscope::core;

namespace {

MarkerEvent event(const std::string& id, const std::string& code, double t) { return MarkerEvent{id, code, t, ""}; }
Note note(const std::string& id, double t, const std::string& text) {
  Note n;
  n.id = id;
  n.time = t;
  n.text = text;
  return n;
}

// Applies `command`, checks `changed` holds, undoes (expects the original back), redoes.
template <typename Check>
void roundTrip(CommandStack& stack, const Command& command, Check changed) {
  const std::string before = describeCommand(command);
  const Observation original = stack.observation();
  stack.apply(command);
  CHECK(stack.dirty());
  changed(stack.observation());
  REQUIRE(stack.undo());
  CHECK(stack.observation().events.size() == original.events.size());
  CHECK(stack.observation().notes.size() == original.notes.size());
  CHECK(stack.observation().ratings.size() == original.ratings.size());
  CHECK(stack.observation().judgements.size() == original.judgements.size());
  CHECK(stack.observation().strengths == original.strengths);
  CHECK(stack.observation().context.tutor == original.context.tutor);
  CHECK(stack.observation().durationSeconds == original.durationSeconds);
  REQUIRE(stack.redo());
  changed(stack.observation());
}

}  // namespace

TEST_CASE("observer: every command kind undoes and redoes") {
  CommandStack stack;
  SetSetup setup;
  setup.frameworkId = "icf";
  setup.frameworkVersion = "2019";
  setup.context.tutor = "Alex";
  roundTrip(stack, setup, [](const Observation& o) { CHECK(o.context.tutor == "Alex"); });
  roundTrip(stack, PutEvent{event("e1", "6.2", 30)}, [](const Observation& o) { CHECK(o.events.size() == 1); });
  roundTrip(stack, PutEvent{MarkerEvent{"e1", "6.2", 31, "tell me more"}}, [](const Observation& o) {
    REQUIRE(o.events.size() == 1);
    CHECK(o.events[0].quote == "tell me more");
  });
  stack.undo();  // back to the quote-less event, then check the quote can be redone
  CHECK(stack.observation().events[0].quote.empty());
  CHECK(stack.observation().events[0].time == 30);
  stack.redo();
  roundTrip(stack, RemoveEvent{"e1"}, [](const Observation& o) { CHECK(o.events.empty()); });
  roundTrip(stack, PutNote{note("n1", 12, "good contract")}, [](const Observation& o) { CHECK(o.notes.size() == 1); });
  roundTrip(stack, RemoveNote{"n1"}, [](const Observation& o) { CHECK(o.notes.empty()); });
  roundTrip(stack, SetRating{"6", CompetencyRating{4, false, "solid"}}, [](const Observation& o) {
    REQUIRE(o.ratings.count("6"));
    CHECK(o.ratings.at("6").level == 4);
  });
  roundTrip(stack, SetRating{"6", std::nullopt}, [](const Observation& o) { CHECK_FALSE(o.ratings.count("6")); });
  roundTrip(stack, SetJudgement{"1", Judgement{"concern", "gave advice"}}, [](const Observation& o) {
    REQUIRE(o.judgements.count("1"));
    CHECK(o.judgements.at("1").reason == "gave advice");
  });
  roundTrip(stack, SetText{SheetText::Strengths, "clear agreement"},
            [](const Observation& o) { CHECK(o.strengths == "clear agreement"); });
  roundTrip(stack, SetText{SheetText::CoacheeFeedback, "felt heard"},
            [](const Observation& o) { CHECK(o.coacheeFeedback == "felt heard"); });
  roundTrip(stack, SetDuration{3600}, [](const Observation& o) { CHECK(o.durationSeconds == 3600); });
  roundTrip(stack, SetMedia{MediaLink{"/rec/session.mp4", 1234, "ab12", 2700, "/rec/session.vtt"}},
            [](const Observation& o) {
              REQUIRE(o.media);
              CHECK(o.media->contentHash == "ab12");
            });
  roundTrip(stack, SetMedia{std::nullopt}, [](const Observation& o) { CHECK_FALSE(o.media); });
}

TEST_CASE("observer: events and notes stay in time order, re-timing moves them") {
  CommandStack stack;
  stack.apply(PutEvent{event("a", "3.1", 50)});
  stack.apply(PutEvent{event("b", "3.2", 10)});
  stack.apply(PutEvent{event("c", "3.3", 30)});
  auto order = [&] {
    std::string s;
    for (const auto& e : stack.observation().events) s += e.id;
    return s;
  };
  CHECK(order() == "bca");
  stack.apply(PutEvent{event("b", "3.2", 99)});
  CHECK(order() == "cab");
  stack.undo();
  CHECK(order() == "bca");
}

TEST_CASE("observer: dirty tracking follows save, undo back to the saved state, and merged typing") {
  CommandStack stack;
  CHECK_FALSE(stack.dirty());
  stack.apply(SetText{SheetText::Feedback, "a"}, "feedback");
  stack.apply(SetText{SheetText::Feedback, "ab"}, "feedback");
  stack.apply(SetText{SheetText::Feedback, "abc"}, "feedback");
  CHECK(stack.undoLabel() == "feedback");
  stack.markSaved();
  CHECK_FALSE(stack.dirty());
  stack.apply(SetText{SheetText::Feedback, "abcd"}, "feedback");  // merges into the saved step: still a change
  CHECK(stack.dirty());
  stack.undo();  // one step: all the typing
  CHECK(stack.observation().feedback.empty());
  CHECK(stack.dirty());
  stack.redo();
  CHECK(stack.observation().feedback == "abcd");
  stack.closeStep();
  stack.apply(SetText{SheetText::Feedback, "abcde"}, "feedback");
  stack.undo();
  CHECK(stack.observation().feedback == "abcd");
  CHECK(stack.canRedo());
  stack.apply(PutNote{note("n", 1, "x")});
  CHECK_FALSE(stack.canRedo());  // a new change drops the redo history
}

TEST_CASE("observer: the listener hears every change, in order, before apply returns") {
  CommandStack stack;
  std::vector<std::string> heard;
  stack.setListener([&](const StackChange& c) {
    switch (c.kind) {
      case StackChange::Kind::Apply: heard.push_back("apply " + describeCommand(*c.command)); break;
      case StackChange::Kind::Undo: heard.push_back("undo"); break;
      case StackChange::Kind::Redo: heard.push_back("redo"); break;
      case StackChange::Kind::CloseStep: heard.push_back("close"); break;
    }
  });
  stack.apply(PutEvent{event("e", "7.1", 5)});
  stack.undo();
  stack.redo();
  stack.undo();
  CHECK_FALSE(stack.undo());  // nothing left: no change, nothing heard
  CHECK(heard == std::vector<std::string>{"apply marker 7.1", "undo", "redo", "undo"});
}
