// Self against tutor and the gaps that persist (core/self_assessment.h), and the learner's side in
// the progress report and the assignment 3 draft: every figure from the record.
#include <catch_compat.hpp>

#include <variant>

#include "builtin_catalog.h"
#include "core/merge.h"
#include "core/self_assessment.h"
#include "report/markdown_renderer.h"
#include "report/progress_report.h"
#include "report/reflection_draft.h"
#include "report/report_format.h"
#include "session/learner_entries.h"

using namespace coachscope;
using session::Role;

namespace {

constexpr const char* kLearner = "learner-r";

core::Observation session(int n, int tutorLevel) {
  core::Observation o;
  o.id = "s" + std::to_string(n);
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.learnerId = kLearner;
  o.context.tutor = "Tia Tutor";
  o.context.date = "2026-0" + std::to_string(n) + "-10T10:00";
  o.durationSeconds = 45 * 60;
  o.ratings["7"] = {tutorLevel, false, ""};
  o.ratings["6"] = {3, false, ""};
  o.developmentAreas = "Stacked questions in session " + std::to_string(n);
  o.updatedAt = "2026-09-01T00:00:00Z";
  return o;
}

// Sessions 1..n with the tutor's level for competency 7 and the learner's self-rating for it.
core::ProgressRecord record(const std::vector<std::pair<int, int>>& tutorAndSelf) {
  auto r = core::newProgressRecord(kLearner, {"Lee Learner", "", "ilm-coaching-level5", ""}, "t0", "Tia");
  int n = 0;
  for (auto [tutor, self] : tutorAndSelf) {
    ++n;
    REQUIRE(core::mergeObservation(r, session(n, tutor)).ok());
    if (self > 0) {
      REQUIRE(session::writeSelfRating(r, testing::builtInCatalog(), Role::Learner, "s" + std::to_string(n), "7", self,
                                       "why " + std::to_string(n), "t1", "Lee")
                  .ok());
    }
  }
  return r;
}

std::string markdown(const report::Document& doc) {
  auto text = report::renderDocument(doc, report::Format::Markdown);
  REQUIRE(text.ok());
  return *text;
}

}  // namespace

TEST_CASE("self against tutor: two levels above three sessions running is a persistent gap; a break ends the run") {
  SECTION("three running, up to the latest") {
    const auto gaps = core::persistentGaps(core::selfAgainstTutor(record({{2, 4}, {2, 5}, {3, 5}})));
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].competencyId == "7");
    CHECK(gaps[0].selfAbove);
    CHECK(gaps[0].sessions == 3);
    CHECK(gaps[0].smallestGap == 2);
    CHECK(gaps[0].current);
    CHECK(gaps[0].sessionIds == std::vector<std::string>{"s1", "s2", "s3"});
  }
  SECTION("a session with a smaller gap breaks the run") {
    CHECK(core::persistentGaps(core::selfAgainstTutor(record({{2, 4}, {3, 4}, {2, 4}, {2, 4}}))).empty());
  }
  SECTION("a session the learner did not rate does not break it, and is not counted") {
    const auto gaps = core::persistentGaps(core::selfAgainstTutor(record({{2, 4}, {2, 0}, {2, 4}, {1, 4}})));
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].sessions == 3);
  }
  SECTION("below the tutor counts the other way; a change of side breaks it") {
    auto gaps = core::persistentGaps(core::selfAgainstTutor(record({{5, 2}, {5, 3}, {5, 1}})));
    REQUIRE(gaps.size() == 1);
    CHECK_FALSE(gaps[0].selfAbove);
    CHECK(core::persistentGaps(core::selfAgainstTutor(record({{5, 2}, {1, 3}, {5, 1}}))).empty());
  }
  SECTION("an old run is found but is not current") {
    const auto gaps = core::persistentGaps(core::selfAgainstTutor(record({{2, 4}, {2, 4}, {2, 4}, {4, 4}})));
    REQUIRE(gaps.size() == 1);
    CHECK_FALSE(gaps[0].current);
  }
  SECTION("the rule's thresholds are honoured") {
    const auto series = core::selfAgainstTutor(record({{2, 4}, {2, 4}}));
    CHECK(core::persistentGaps(series).empty());
    CHECK(core::persistentGaps(series, {2, 2}).size() == 1);
    CHECK(core::persistentGaps(series, {3, 2}).empty());
  }
}

TEST_CASE("progress report and draft: the learner's reflections, self-ratings, gaps and action plan, from the record") {
  auto r = record({{2, 4}, {2, 4}, {3, 5}});
  REQUIRE(*session::writeReflection(r, Role::Learner, "s3", {"Held a long silence", "Fewer questions at once", "Tia is right"},
                                    "t2", "Lee"));
  auto item = session::addActionItem(r, Role::Learner, core::ActionItem{"Questions", "7", "One question at a time", "2026-12-01", "", false, ""},
                                     "t2", "Lee");
  REQUIRE(item.ok());
  REQUIRE(*session::commentOnAction(r, Role::Tutor, *item, "Try it next week", "t3", "Tia"));

  const std::string progress = markdown(report::buildProgressReport(r, testing::builtInCatalog(), {}));
  for (const char* want : {"## Learner's reflections", "Held a long silence", "## Self-assessment against the tutor", "why 3",
                           "at least 2 levels above the tutor in 3 sessions running, up to the latest", "## Action plan",
                           "One question at a time", "Try it next week", "0 of 1 done"}) {
    INFO(want);
    CHECK(progress.find(want) != std::string::npos);
  }

  const std::string draft = markdown(report::buildReflectionDraft(r, testing::builtInCatalog(), {}));
  INFO(draft);
  for (const char* want : {"Reflection on own performance", "## Strengths", "## Development areas",
                           "## Action plan for continuous improvement", "Held a long silence", "Fewer questions at once",
                           "Stacked questions in session 2", "2.3 h in 3 sessions", "in 3 sessions running"}) {
    INFO(want);
    CHECK(draft.find(want) != std::string::npos);
  }
  // Nothing is said that the record does not hold: no coachee feedback was given.
  CHECK(draft.find("coachees' feedback") == std::string::npos);
}
