// Choosing and ordering a centre's rows: filters by cohort, tutor, programme and flag; each sort.
#include <catch_compat.hpp>

#include "core/centre_query.h"

using namespace coachscope;
using core::CentreFlag;
using core::CentreSort;

namespace {

core::CentreRow row(std::string name, std::string cohort, std::string tutor, std::string programme) {
  core::CentreRow r;
  r.learnerId = "id-" + name;
  r.name = std::move(name);
  r.cohort = std::move(cohort);
  r.tutor = std::move(tutor);
  r.programmeId = std::move(programme);
  r.programmeKnown = true;
  r.programmeTitle = "Title of " + r.programmeId;
  return r;
}

std::vector<core::CentreRow> centre() {
  auto a = row("Ada", "2026 Spring", "Helen", "level5");
  a.deadline = {true, "2026-06-01", 30, false, false, ""};
  a.coachingHours = {20, 24, false};
  a.daysSinceLastObservation = 10;
  a.flags = {CentreFlag::DeadlineNearHoursMissing};
  auto b = row("Ben", "2025 Autumn", "James", "level7");
  b.deadline = {true, "2026-01-01", -20, false, true, ""};
  b.coachingHours = {5, 30, false};
  b.daysSinceLastObservation = 90;
  b.flags = {CentreFlag::Overdue, CentreFlag::NoRecentObservation, CentreFlag::RecordConflicts};
  auto c = row("Cleo", "2026 spring", "helen", "level7@1");
  c.coachingHours = {30, 30, true};
  auto d = row("Dev", "", "", "");
  d.programmeKnown = false;
  d.programmeTitle.clear();
  d.flags = {CentreFlag::NoRecentObservation};
  return {d, c, b, a};
}

std::string names(const std::vector<core::CentreRow>& rows) {
  std::string out;
  for (const auto& r : rows) out += (out.empty() ? "" : ",") + r.name;
  return out;
}

std::string select(const core::CentreFilter& filter, CentreSort sort = CentreSort::Name) {
  return names(core::selectRows(centre(), filter, sort));
}

}  // namespace

TEST_CASE("centre query: filters by cohort and tutor without case, programme by id or id@version") {
  CHECK(select({}) == "Ada,Ben,Cleo,Dev");
  CHECK(select({"2026 SPRING"}) == "Ada,Cleo");
  CHECK(select({"", "HELEN"}) == "Ada,Cleo");
  CHECK(select({"2026 Spring", "James"}).empty());
  CHECK(select({"", "", "level7"}) == "Ben,Cleo");
  CHECK(select({"", "", "level7@1"}) == "Ben,Cleo");  // Ben's profile names no version: any matches
  CHECK(select({"", "", "level7@2"}) == "Ben");
  CHECK(select({"", "", "level"}).empty());
}

TEST_CASE("centre query: a flag filter keeps rows with any of the flags named, or with any flag") {
  CHECK(select({"", "", "", {CentreFlag::NoRecentObservation}}) == "Ben,Dev");
  CHECK(select({"", "", "", {CentreFlag::Overdue, CentreFlag::DeadlineNearHoursMissing}}) == "Ada,Ben");
  CHECK(select({"", "", "", {CentreFlag::MissingCoacheeFeedback}}).empty());
  core::CentreFilter any;
  any.anyFlag = true;
  CHECK(select(any) == "Ada,Ben,Dev");
}

TEST_CASE("centre query: each sort, with name breaking ties") {
  CHECK(select({}, CentreSort::Cohort) == "Dev,Ben,Ada,Cleo");
  CHECK(select({}, CentreSort::Tutor) == "Dev,Ada,Ben,Cleo");  // "Helen" < "James" < "helen"
  CHECK(select({}, CentreSort::Programme) == "Dev,Ada,Ben,Cleo");
  CHECK(select({}, CentreSort::Deadline) == "Ben,Ada,Cleo,Dev");     // overdue first, unknown last
  CHECK(select({}, CentreSort::Hours) == "Ben,Ada,Cleo,Dev");        // least share done first
  CHECK(select({}, CentreSort::LastObserved) == "Cleo,Dev,Ben,Ada");  // never observed first
  CHECK(select({}, CentreSort::Flags) == "Ben,Ada,Dev,Cleo");
  for (auto sort : {CentreSort::Name, CentreSort::Cohort, CentreSort::Tutor, CentreSort::Programme,
                    CentreSort::Deadline, CentreSort::Hours, CentreSort::LastObserved, CentreSort::Flags}) {
    CHECK(core::centreSortFrom(core::toString(sort)) == sort);
  }
  CHECK_FALSE(core::centreSortFrom("age"));
  CHECK(core::centreSortNames().find("last-observed") != std::string::npos);
}
