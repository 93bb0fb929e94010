// Portfolio status from the shipped programme rules, on ILM Level 5 and Level 7 and the ICF paths.
#include <catch_compat.hpp>

#include "core/catalog.h"
#include "core/coaching_log.h"
#include "core/ids.h"
#include "core/merge.h"
#include "core/portfolio_status.h"

using namespace coachscope;

namespace {

const core::Programme& programme(const std::string& id) {
  static core::Catalog catalog = [] {
    core::Catalog c;
    c.addBuiltIns();
    return c;
  }();
  const core::Programme* p = catalog.programme(id);
  REQUIRE(p != nullptr);
  return *p;
}

core::ProgressRecord learner(const std::string& programmeId, const std::string& finalWorkshop = "2026-03-14") {
  return core::newProgressRecord("learner-1", core::LearnerProfile{"L", "C", programmeId, finalWorkshop}, "t0", "tutor");
}

void logSessions(core::ProgressRecord& r, int count, double minutes, bool senior = false, bool paid = false,
                 const std::string& coachee = "Sam", const std::string& feedback = "helpful") {
  for (int i = 0; i < count; ++i) {
    core::PracticeEntry e;
    e.date = "2026-04-01";
    e.minutes = minutes;
    e.coacheePseudonym = coachee;
    e.seniorManager = senior;
    e.paid = paid;
    e.coacheeFeedback = feedback;
    core::putPractice(r, core::newId(), e, "t1", "learner");
  }
}

const core::RequirementLine& line(const core::PortfolioStatus& s, const std::string& key) {
  for (const auto& l : s.lines) {
    if (l.key == key) return l;
  }
  FAIL("no line " << key);
  return s.lines.front();
}

void supervise(core::ProgressRecord& r, double minutes, core::SupervisionKind kind = core::SupervisionKind::Supervision) {
  core::putSupervision(r, core::newId(), core::SupervisionEntry{kind, "2026-04-02", minutes, "S", false, ""}, "t", "l");
}

}  // namespace

TEST_CASE("record: L5 coaching hours count pro rata and exactly 24 h is enough") {
  auto r = learner("ilm-coaching-level5");
  logSessions(r, 31, 45);  // 23.25 h
  auto s = core::portfolioStatus(r, programme("ilm-coaching-level5"), "2026-05-01");
  CHECK(line(s, "coachingHours").done == Approx(23.25));
  CHECK_FALSE(line(s, "coachingHours").met);
  CHECK(line(s, "coachingHours").missing == "0.75 h more of coaching");
  logSessions(r, 1, 45);  // 32 x 45 min = exactly 24 h
  s = core::portfolioStatus(r, programme("ilm-coaching-level5"), "2026-05-01");
  CHECK(s.coachingHours == 24.0);
  CHECK(line(s, "coachingHours").met);
  CHECK(line(s, "coachingHours").missing.empty());
  CHECK(line(s, "coachingHours").required == 24);
}

TEST_CASE("record: supervision and mentor coaching are never coaching hours") {
  auto r = learner("ilm-coaching-level5");
  logSessions(r, 23, 60);
  supervise(r, 600);
  supervise(r, 600, core::SupervisionKind::MentorCoaching);
  auto s = core::portfolioStatus(r, programme("ilm-coaching-level5"), "2026-05-01");
  CHECK(s.coachingHours == 23.0);
  CHECK_FALSE(line(s, "coachingHours").met);
  CHECK(s.supervisionHours == 10.0);
  CHECK(s.mentorCoachingHours == 10.0);
  CHECK(line(s, "supervisionHours").met);
  CHECK(core::buildCoachingLog(r).size() == 23);
}

TEST_CASE("record: supervision needs 1 h on L5 and 3 h on L7") {
  auto r5 = learner("ilm-coaching-level5");
  supervise(r5, 59);
  CHECK_FALSE(line(core::portfolioStatus(r5, programme("ilm-coaching-level5"), "2026-05-01"), "supervisionHours").met);
  supervise(r5, 1);
  CHECK(line(core::portfolioStatus(r5, programme("ilm-coaching-level5"), "2026-05-01"), "supervisionHours").met);

  auto r7 = learner("ilm-coaching-level7");
  supervise(r7, 120);
  auto s = core::portfolioStatus(r7, programme("ilm-coaching-level7"), "2026-05-01");
  CHECK_FALSE(line(s, "supervisionHours").met);
  CHECK(line(s, "supervisionHours").missing == "1 h more of supervision");
  supervise(r7, 60, core::SupervisionKind::MentorCoaching);  // mentor coaching is not supervision
  CHECK_FALSE(line(core::portfolioStatus(r7, programme("ilm-coaching-level7"), "2026-05-01"), "supervisionHours").met);
  supervise(r7, 60);
  CHECK(line(core::portfolioStatus(r7, programme("ilm-coaching-level7"), "2026-05-01"), "supervisionHours").met);
}

TEST_CASE("record: L7 counts senior-manager hours apart and needs three-way contracting") {
  auto r = learner("ilm-coaching-level7");
  logSessions(r, 20, 60, /*senior=*/false);
  logSessions(r, 29, 60, /*senior=*/true);
  auto s = core::portfolioStatus(r, programme("ilm-coaching-level7"), "2026-05-01");
  CHECK(line(s, "coachingHours").met);  // 49 h in all
  CHECK(line(s, "seniorCoachingHours").done == 29);
  CHECK_FALSE(line(s, "seniorCoachingHours").met);
  CHECK(line(s, "seniorCoachingHours").missing == "1 h more with senior managers");
  CHECK_FALSE(line(s, "threeWayContracts").met);
  CHECK(line(s, "threeWayContracts").missing == "1 more three-way contracting arrangement");
  logSessions(r, 1, 60, true);
  core::PracticeEntry e;
  e.minutes = 45;
  e.threeWayContracting = true;
  e.coacheeFeedback = "ok";
  core::putPractice(r, "three-way", e, "t", "l");
  s = core::portfolioStatus(r, programme("ilm-coaching-level7"), "2026-05-01");
  CHECK(line(s, "seniorCoachingHours").met);
  CHECK(line(s, "threeWayContracts").met);
  // Level 5 has no senior-manager or three-way line at all: the rules file sets them to zero.
  auto s5 = core::portfolioStatus(r, programme("ilm-coaching-level5"), "2026-05-01");
  for (const auto& l : s5.lines) CHECK((l.key != "seniorCoachingHours" && l.key != "threeWayContracts"));
}

TEST_CASE("record: a centre's rules file changes the figure without a rebuild") {
  core::Programme centre = programme("ilm-coaching-level7");
  centre.requirements.seniorCoachingHours = 20;
  auto r = learner("ilm-coaching-level7");
  logSessions(r, 20, 60, true);
  CHECK(line(core::portfolioStatus(r, centre, "2026-05-01"), "seniorCoachingHours").met);
  CHECK_FALSE(line(core::portfolioStatus(r, programme("ilm-coaching-level7"), "2026-05-01"), "seniorCoachingHours").met);
}

TEST_CASE("record: book reviews, 2 on L5 and 3 on L7, count only when written") {
  auto r = learner("ilm-coaching-level5");
  core::putBookReview(r, "a", core::BookReview{"A", "X", 2, true, "", ""}, "t", "l");
  core::putBookReview(r, "b", core::BookReview{"B", "Y", 2, false, "", ""}, "t", "l");
  CHECK_FALSE(line(core::portfolioStatus(r, programme("ilm-coaching-level5"), "2026-05-01"), "bookReviews").met);
  core::putBookReview(r, "b", core::BookReview{"B", "Y", 2, true, "", ""}, "t2", "l");
  CHECK(line(core::portfolioStatus(r, programme("ilm-coaching-level5"), "2026-05-01"), "bookReviews").met);
  auto s7 = core::portfolioStatus(r, programme("ilm-coaching-level7"), "2026-05-01");
  CHECK(line(s7, "bookReviews").missing == "1 more book review");
  core::removeEntry(r, core::EntryKind::BookReview, "a", "t3", "l");
  CHECK(line(core::portfolioStatus(r, programme("ilm-coaching-level5"), "2026-05-01"), "bookReviews").done == 1);
}

TEST_CASE("record: assignments pass one by one, a refer keeps the portfolio open") {
  auto r = learner("ilm-coaching-level5");
  logSessions(r, 24, 60);
  supervise(r, 60);
  core::putBookReview(r, "a", core::BookReview{"A", "X", 2, true, "", ""}, "t", "l");
  core::putBookReview(r, "b", core::BookReview{"B", "Y", 2, true, "", ""}, "t", "l");
  auto s = core::portfolioStatus(r, programme("ilm-coaching-level5"), "2026-05-01");
  REQUIRE(s.assignments.size() == 3);
  CHECK(s.assignments[0].status == core::AssignmentStatus::NotStarted);
  CHECK_FALSE(s.complete);
  core::putAssignment(r, "1", {core::AssignmentStatus::Pass, "", ""}, "t", "tutor");
  core::putAssignment(r, "2", {core::AssignmentStatus::Pass, "", ""}, "t", "tutor");
  core::putAssignment(r, "3", {core::AssignmentStatus::Refer, "", ""}, "t", "tutor");
  s = core::portfolioStatus(r, programme("ilm-coaching-level5"), "2026-05-01");
  CHECK(s.assignments[2].status == core::AssignmentStatus::Refer);
  CHECK_FALSE(s.complete);
  core::putAssignment(r, "3", {core::AssignmentStatus::Pass, "", ""}, "t2", "tutor");
  CHECK(core::portfolioStatus(r, programme("ilm-coaching-level5"), "2026-05-01").complete);
}

TEST_CASE("record: every session needs the coachee's feedback") {
  auto r = learner("ilm-coaching-level5");
  logSessions(r, 2, 60);
  logSessions(r, 1, 60, false, false, "Sam", "");
  const auto status = core::portfolioStatus(r, programme("ilm-coaching-level5"), "2026-05-01");
  const auto& l = line(status, "coacheeFeedback");
  CHECK_FALSE(l.met);
  CHECK(l.missing == "1 session without the coachee's feedback");
}

TEST_CASE("record: the deadline is 12 months after the final workshop, due on the day itself") {
  auto r = learner("ilm-coaching-level5", "2026-03-14");
  const auto& p5 = programme("ilm-coaching-level5");
  auto d = core::portfolioStatus(r, p5, "2027-03-13").deadline;
  CHECK(d.known);
  CHECK(d.deadline == "2027-03-14");
  CHECK(d.daysLeft == 1);
  CHECK(d.text == "due in 1 day (2027-03-14)");
  d = core::portfolioStatus(r, p5, "2027-03-14").deadline;
  CHECK(d.dueToday);
  CHECK_FALSE(d.overdue);
  CHECK(d.daysLeft == 0);
  d = core::portfolioStatus(r, p5, "2027-03-17").deadline;
  CHECK(d.overdue);
  CHECK(d.daysLeft == -3);
  CHECK(d.text == "overdue by 3 days (was due 2027-03-14)");
  d = core::portfolioStatus(r, programme("ilm-coaching-level7"), "2026-03-14").deadline;
  CHECK(d.daysLeft == 365);
  // The last day of a month stays in range; leap days are counted.
  CHECK(core::addMonths("2027-02-28", 12) == "2028-02-28");
  CHECK(core::addMonths("2027-01-31", 1) == "2027-02-28");
  CHECK(core::addMonths("2028-02-29", 12) == "2029-02-28");
  CHECK(*core::daysSinceEpoch("2028-03-01") - *core::daysSinceEpoch("2028-02-28") == 2);
  CHECK(core::isoDateFromDays(*core::daysSinceEpoch("1999-12-31")) == "1999-12-31");
  // Unknown or malformed dates say so rather than guess.
  auto unset = learner("ilm-coaching-level5", "");
  CHECK_FALSE(core::portfolioStatus(unset, p5, "2027-01-01").deadline.known);
  CHECK(core::portfolioStatus(unset, p5, "2027-01-01").deadline.text == "final workshop date not set");
  auto bad = learner("ilm-coaching-level5", "14/03/2026");
  CHECK(core::portfolioStatus(bad, p5, "2027-01-01").deadline.text.find("not a date") != std::string::npos);
  CHECK_FALSE(core::portfolioStatus(r, programme("icf-credential-acc"), "2027-01-01").deadline.known);
}

TEST_CASE("record: ICF credential progress counts total and paid hours and distinct clients") {
  auto r = learner("icf-credential-acc");
  logSessions(r, 60, 60, false, true, "Client A");
  logSessions(r, 20, 45, false, false, " client a ");
  for (int i = 0; i < 7; ++i) logSessions(r, 1, 90, false, true, "Other " + std::to_string(i));
  supervise(r, 600, core::SupervisionKind::MentorCoaching);
  std::vector<core::Programme> paths = {programme("icf-credential-acc"), programme("icf-credential-pcc"),
                                        programme("ilm-coaching-level5")};
  auto progress = core::credentialProgress(r, paths);
  REQUIRE(progress.size() == 2);
  const auto& acc = progress[0];
  CHECK(acc.hours == Approx(60 + 15 + 10.5));
  CHECK(acc.paidHours == Approx(70.5));
  CHECK(acc.clients == 8);
  CHECK(acc.requiredHours == 100);
  CHECK(acc.requiredPaidHours == 75);
  CHECK(acc.requiredClients == 8);
  CHECK(acc.mentorCoachingHours == 10);
  CHECK_FALSE(acc.met);
  logSessions(r, 15, 60, false, true, "Client A");
  progress = core::credentialProgress(r, paths);
  CHECK(progress[0].met);
  CHECK_FALSE(progress[1].met);
  CHECK(progress[1].requiredClients == 25);
}

TEST_CASE("record: observed sessions feed the coaching log, with the learner's additions") {
  auto r = learner("ilm-coaching-level5");
  core::Observation o;
  o.id = "obs-1";
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.tutor = "Tutor T";
  o.context.coacheePseudonym = "Jo, \"the boss\"";
  o.context.coacheeSeniorManager = true;
  o.context.date = "2026-04-03T10:00";
  o.durationSeconds = 45 * 60;
  REQUIRE(core::mergeObservation(r, o).ok());
  logSessions(r, 1, 30, false, true, "Ann");
  core::PracticeEntry extra;
  extra.observationId = "obs-1";
  extra.preparationDone = true;
  extra.reflection = "Went well";
  core::putPractice(r, "annot", extra, "t", "learner");
  auto rows = core::buildCoachingLog(r);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].coachee == "Ann");  // 2026-04-01 before 2026-04-03
  CHECK(rows[1].observed);
  CHECK(rows[1].hours() == 0.75);
  CHECK(rows[1].seniorManager);
  CHECK(rows[1].preparationDone);
  CHECK(rows[1].annotationId == "annot");
  auto s = core::portfolioStatus(r, programme("ilm-coaching-level5"), "2026-05-01");
  CHECK(s.coachingHours == 1.25);
  const std::string csv = core::coachingLogCsv(rows);
  CHECK(csv.rfind("date,minutes,hours,coachee,", 0) == 0);
  CHECK(csv.find("2026-04-03T10:00,45,0.75,\"Jo, \"\"the boss\"\"\",individual,1,pro bono,yes,no,yes,Went well,,Tutor T,observed\r\n") !=
        std::string::npos);
  auto clients = core::buildClientLog(rows);
  REQUIRE(clients.size() == 2);
  CHECK(clients[0].coachee == "Ann");
  CHECK(clients[0].paidHours == 0.5);
}
