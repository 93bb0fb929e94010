// A centre's row per learner: the portfolio figures against the programme's rules and each flag
// just either side of its threshold. The programme is written here, so no shipped number matters.
#include <catch_compat.hpp>

#include "core/centre_row.h"
#include "core/merge.h"

using namespace coachscope;
using core::CentreFlag;

namespace {

core::Programme programme() {
  core::Programme p;
  p.id = "test-programme";
  p.version = "1";
  p.title = "Test programme";
  p.frameworkId = "fw";
  p.requirements.coachingHours = 10;
  p.requirements.supervisionHours = 1;
  p.requirements.bookReviews = 1;
  p.requirements.coacheeFeedbackEachSession = true;
  p.assignments = {{"1", "Essay", "", 0}};
  p.deadlineMonthsAfterFinalWorkshop = 12;  // final workshop 2025-06-01: due 2026-06-01
  return p;
}

core::ProgressRecord learner() {
  core::LearnerProfile profile{"Ada", "Centre", "test-programme", "2025-06-01"};
  profile.cohort = "2025 Spring";
  profile.tutor = "Helen";
  return core::newProgressRecord("ada", profile, "2025-01-01T00:00:00Z", "tutor");
}

core::Observation session(const std::string& id, const std::string& date, std::map<std::string, int> levels = {}) {
  core::Observation o;
  o.id = id;
  o.frameworkId = "fw";
  o.frameworkVersion = "1";
  o.context.learnerId = "ada";
  o.context.date = date;
  o.context.tutor = "Helen";
  o.durationSeconds = 3600;
  o.coacheeFeedback = "Useful.";
  for (const auto& [c, level] : levels) o.ratings[c] = {level, false, ""};
  o.updatedAt = date + ":00Z";
  return o;
}

void practise(core::ProgressRecord& r, const std::string& id, double minutes, bool feedback = true) {
  core::PracticeEntry e;
  e.date = "2026-01-10";
  e.minutes = minutes;
  e.coacheePseudonym = "Sam";
  if (feedback) e.coacheeFeedback = "Good.";
  core::putPractice(r, id, e, "2026-01-10T10:00:00Z", "ada");
}

// Everything met but the hours: supervision, the book review and the assignment.
core::ProgressRecord allButHours() {
  core::ProgressRecord r = learner();
  core::putSupervision(r, "s1", {core::SupervisionKind::Supervision, "2026-01-05", 60, "Sup", false, ""}, "t", "ada");
  core::putBookReview(r, "b1", {"Book", "Author", 2, true, "2026-01-06", ""}, "t", "ada");
  core::putAssignment(r, "1", {core::AssignmentStatus::Pass, "2026-01-07", ""}, "t", "tutor");
  REQUIRE(core::mergeObservation(r, session("o1", "2026-03-01T10:00")).ok());
  return r;
}

core::ProgressRecord complete() {
  core::ProgressRecord r = allButHours();
  practise(r, "p1", 9 * 60);
  return r;
}

core::CentreRow rowOn(const core::ProgressRecord& r, const std::string& today) {
  const core::Programme p = programme();
  return core::centreRow(r, &p, today);
}

}  // namespace

TEST_CASE("centre row: the portfolio figures come from the record against the programme") {
  core::ProgressRecord r = allButHours();
  practise(r, "p1", 90);
  const core::CentreRow row = rowOn(r, "2026-03-10");
  CHECK(row.learnerId == "ada");
  CHECK(row.name == "Ada");
  CHECK(row.cohort == "2025 Spring");
  CHECK(row.tutor == "Helen");
  CHECK(row.programmeKnown);
  CHECK(row.programmeTitle == "Test programme");
  CHECK(row.coachingHours.done == Approx(2.5));
  CHECK(row.coachingHours.required == 10);
  CHECK_FALSE(row.coachingHours.met);
  CHECK(row.seniorCoachingHours.required == 0);  // not asked for by this programme
  CHECK(row.supervisionHours.met);
  CHECK(row.bookReviews.done == 1);
  CHECK(row.assignmentsPassed == 1);
  CHECK(row.assignmentsRequired == 1);
  CHECK(row.deadline.known);
  CHECK(row.deadline.deadline == "2026-06-01");
  CHECK(row.deadline.daysLeft == 83);
  CHECK(row.observedSessions == 1);
  CHECK(row.lastObservedDate == "2026-03-01");
  CHECK(row.daysSinceLastObservation == 9);
  CHECK(row.flags.empty());
}

TEST_CASE("centre row: senior-manager hours are required where the programme asks for them") {
  core::Programme p = programme();
  p.requirements.seniorCoachingHours = 5;
  core::ProgressRecord r = learner();
  core::Observation o = session("o1", "2026-03-01T10:00");
  o.context.coacheeSeniorManager = true;
  REQUIRE(core::mergeObservation(r, o).ok());
  practise(r, "p1", 120);
  const core::CentreRow row = core::centreRow(r, &p, "2026-03-02");
  CHECK(row.seniorCoachingHours.done == Approx(1));
  CHECK(row.seniorCoachingHours.required == 5);
  CHECK_FALSE(row.seniorCoachingHours.met);
  CHECK(row.coachingHours.done == Approx(3));
}

TEST_CASE("centre flag: deadline near with hours missing, from 60 days before the deadline") {
  const core::ProgressRecord r = allButHours();
  CHECK_FALSE(rowOn(r, "2026-04-01").has(CentreFlag::DeadlineNearHoursMissing));  // 61 days left
  CHECK(rowOn(r, "2026-04-02").has(CentreFlag::DeadlineNearHoursMissing));        // 60 days left
  CHECK(rowOn(r, "2026-06-01").has(CentreFlag::DeadlineNearHoursMissing));        // due today
  CHECK_FALSE(rowOn(r, "2026-06-02").has(CentreFlag::DeadlineNearHoursMissing));  // overdue instead
  // Near, but every hour is in: only the hours count for this flag.
  core::ProgressRecord hoursDone = learner();
  practise(hoursDone, "p1", 10 * 60);
  core::putSupervision(hoursDone, "s1", {core::SupervisionKind::Supervision, "2026-01-05", 60, "S", false, ""}, "t", "a");
  const core::CentreRow row = rowOn(hoursDone, "2026-05-01");
  CHECK_FALSE(row.complete);  // no book review, no assignment
  CHECK_FALSE(row.has(CentreFlag::DeadlineNearHoursMissing));
  // Supervision hours are hours too.
  core::ProgressRecord noSupervision = learner();
  practise(noSupervision, "p1", 10 * 60);
  CHECK(rowOn(noSupervision, "2026-05-01").has(CentreFlag::DeadlineNearHoursMissing));
  // A thresholds setting moves the edge.
  const core::Programme p = programme();
  CHECK(core::centreRow(r, &p, "2026-03-03", {90, 56}).has(CentreFlag::DeadlineNearHoursMissing));  // 90 days
  CHECK_FALSE(core::centreRow(r, &p, "2026-03-02", {90, 56}).has(CentreFlag::DeadlineNearHoursMissing));
}

TEST_CASE("centre flag: overdue from the day after the deadline, unless the portfolio is complete") {
  const core::ProgressRecord r = allButHours();
  CHECK_FALSE(rowOn(r, "2026-06-01").has(CentreFlag::Overdue));
  CHECK(rowOn(r, "2026-06-02").has(CentreFlag::Overdue));
  const core::CentreRow done = rowOn(complete(), "2026-06-02");
  CHECK(done.complete);
  CHECK_FALSE(done.has(CentreFlag::Overdue));
  // No final workshop date: no deadline, so never overdue.
  core::ProgressRecord undated = allButHours();
  core::LearnerProfile profile = undated.currentProfile();
  profile.finalWorkshopDate.clear();
  core::putProfile(undated, profile, "t2", "tutor");
  const core::CentreRow row = rowOn(undated, "2030-01-01");
  CHECK_FALSE(row.deadline.known);
  CHECK_FALSE(row.has(CentreFlag::Overdue));
  CHECK_FALSE(row.has(CentreFlag::DeadlineNearHoursMissing));
}

TEST_CASE("centre flag: not observed once the last observation is more than eight weeks old") {
  const core::ProgressRecord r = allButHours();  // observed on 2026-03-01
  CHECK_FALSE(rowOn(r, "2026-04-26").has(CentreFlag::NoRecentObservation));  // 56 days
  CHECK(rowOn(r, "2026-04-27").has(CentreFlag::NoRecentObservation));        // 57 days
  CHECK(rowOn(r, "2026-04-27").daysSinceLastObservation == 57);
  // Never observed at all.
  const core::CentreRow never = rowOn(learner(), "2026-01-01");
  CHECK(never.lastObservedDate.empty());
  CHECK(never.has(CentreFlag::NoRecentObservation));
  // A reference scoring (calibrating tutors) is no observation of the learner.
  core::ProgressRecord reference = learner();
  core::Observation o = session("ref", "2026-03-01T10:00");
  o.reference = true;
  REQUIRE(core::mergeObservation(reference, o).ok());
  CHECK(rowOn(reference, "2026-03-02").has(CentreFlag::NoRecentObservation));
  // A complete portfolio needs no more observing.
  CHECK_FALSE(rowOn(complete(), "2026-09-01").has(CentreFlag::NoRecentObservation));
  // The latest session counts, whatever order the sessions were merged in.
  core::ProgressRecord two = allButHours();
  REQUIRE(core::mergeObservation(two, session("o0", "2026-01-01T10:00")).ok());
  CHECK(rowOn(two, "2026-04-26").lastObservedDate == "2026-03-01");
}

TEST_CASE("centre flag: sessions without the coachee's feedback, where the programme asks for it") {
  core::ProgressRecord r = allButHours();
  CHECK_FALSE(rowOn(r, "2026-03-02").has(CentreFlag::MissingCoacheeFeedback));
  practise(r, "p1", 60, /*feedback=*/false);
  const core::CentreRow row = rowOn(r, "2026-03-02");
  CHECK(row.sessionsWithoutCoacheeFeedback == 1);
  CHECK(row.has(CentreFlag::MissingCoacheeFeedback));
  core::Programme relaxed = programme();
  relaxed.requirements.coacheeFeedbackEachSession = false;
  CHECK_FALSE(core::centreRow(r, &relaxed, "2026-03-02").has(CentreFlag::MissingCoacheeFeedback));
  // An observed session without it counts too.
  core::ProgressRecord observed = learner();
  core::Observation o = session("o1", "2026-03-01T10:00");
  o.coacheeFeedback.clear();
  REQUIRE(core::mergeObservation(observed, o).ok());
  CHECK(rowOn(observed, "2026-03-02").has(CentreFlag::MissingCoacheeFeedback));
}

TEST_CASE("centre flag: unresolved record conflicts, cleared once resolved") {
  core::ProgressRecord r = allButHours();
  practise(r, "p1", 60);
  core::ProgressRecord other = r;
  core::PracticeEntry e = r.practice.current("p1")->data;
  e.minutes = 70;
  core::putPractice(r, "p1", e, "2026-02-01T10:00:00Z", "helen");
  e.minutes = 80;
  core::putPractice(other, "p1", e, "2026-02-01T11:00:00Z", "james");
  REQUIRE(core::joinRecords(r, other).ok());
  core::CentreRow row = rowOn(r, "2026-03-02");
  CHECK(row.conflicts == 1);
  CHECK(row.has(CentreFlag::RecordConflicts));
  const auto heads = r.practice.heads("p1");
  REQUIRE(core::resolveConflict(r, core::EntryKind::Practice, "p1", heads.front()->hash, "2026-02-02T00:00:00Z", "h"));
  CHECK_FALSE(rowOn(r, "2026-03-02").has(CentreFlag::RecordConflicts));
}

TEST_CASE("centre row: latest ratings per competency, from the most recent session that rated it") {
  core::ProgressRecord r = learner();
  REQUIRE(core::mergeObservation(r, session("late", "2026-03-01T10:00", {{"3", 4}})).ok());
  REQUIRE(core::mergeObservation(r, session("early", "2026-02-01T10:00", {{"3", 2}, {"6", 3}})).ok());
  core::Observation unrated = session("later", "2026-03-10T10:00");
  unrated.ratings["6"] = {std::nullopt, true, ""};  // not observed: keeps the earlier level
  REQUIRE(core::mergeObservation(r, unrated).ok());
  core::Observation other = session("other-framework", "2026-04-01T10:00", {{"3", 1}});
  other.frameworkId = "another";
  REQUIRE(core::mergeObservation(r, other).ok());
  const core::CentreRow row = rowOn(r, "2026-04-02");
  CHECK(row.latestRatings == std::map<std::string, int>{{"3", 4}, {"6", 3}});
  CHECK(row.observedSessions == 3);
  CHECK(row.lastObservedDate == "2026-03-10");
}

TEST_CASE("centre row: without a programme the row shows the record and no requirement") {
  core::ProgressRecord r = allButHours();
  practise(r, "p1", 60, false);
  const core::CentreRow row = core::centreRow(r, nullptr, "2026-03-02");
  CHECK_FALSE(row.programmeKnown);
  CHECK(row.programmeId == "test-programme");
  CHECK(row.coachingHours.done == Approx(2));
  CHECK(row.coachingHours.required == 0);
  CHECK_FALSE(row.deadline.known);
  CHECK_FALSE(row.complete);
  CHECK(row.has(CentreFlag::MissingCoacheeFeedback));
  CHECK(row.assignmentsRequired == 0);
}

TEST_CASE("centre flag: names for scripts and people, read back") {
  for (CentreFlag f : core::kAllCentreFlags) {
    CHECK(core::centreFlagFrom(core::toString(f)) == f);
    CHECK(std::string(core::label(f)).size() > 3);
  }
  CHECK_FALSE(core::centreFlagFrom("late"));
}
