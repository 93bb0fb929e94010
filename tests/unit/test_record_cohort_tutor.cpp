// The learner's cohort and tutor: stored in the profile only when set (so older records keep their
// hashes), validated on reading, and tidied when typed.
#include <catch_compat.hpp>

#include "core/catalog.h"
#include "core/profile_labels.h"
#include "core/record_json.h"
#include "report/progress_report.h"
#include "store/record_codec.h"

using namespace coachscope;
using nlohmann::json;

namespace {

core::LearnerProfile profile(std::string cohort = {}, std::string tutor = {}) {
  core::LearnerProfile p{"Zoë Learner", "North Centre", "ilm-coaching-level7", "2026-03-14"};
  p.cohort = std::move(cohort);
  p.tutor = std::move(tutor);
  return p;
}

std::string refusal(const json& doc) {
  auto r = store::recordFromJson(doc, "r.json");
  if (r.ok()) return "accepted";
  return r.error().where + ": " + r.error().reason;
}

}  // namespace

TEST_CASE("cohort/tutor: a profile without them hashes exactly as before the fields existed") {
  core::ProgressRecord r = core::newProgressRecord("learner-1", profile(), "2026-01-01T00:00:00Z", "tutor");
  // The hash this profile version had before cohort and tutor were added to the format.
  CHECK(r.profile.heads("learner-1").front()->hash == "102b8375680264ed18350f01934c9dc4");
  const json data = core::record_json::toJson(profile());
  CHECK_FALSE(data.contains("cohort"));
  CHECK_FALSE(data.contains("tutor"));
  CHECK(store::recordText(r).find("cohort") == std::string::npos);
}

TEST_CASE("cohort/tutor: survive a save and load with their hashes verified") {
  core::ProgressRecord r =
      core::newProgressRecord("learner-1", profile("2026 Spring", "Dr Helen Marsh"), "2026-01-01T00:00:00Z", "tutor");
  CHECK(r.profile.heads("learner-1").front()->hash != "102b8375680264ed18350f01934c9dc4");
  auto loaded = store::recordFromJson(json::parse(store::recordText(r)), "r.json");
  REQUIRE(loaded.ok());
  CHECK(*loaded == r);
  CHECK(loaded->currentProfile().cohort == "2026 Spring");
  CHECK(loaded->currentProfile().tutor == "Dr Helen Marsh");
  CHECK(store::recordText(*loaded) == store::recordText(r));
  // Only one of them set: the other stays out of the file.
  core::ProgressRecord cohortOnly = core::newProgressRecord("learner-2", profile("A"), "t", "tutor");
  CHECK(store::recordText(cohortOnly).find("\"tutor\": ") == std::string::npos);
  auto again = store::recordFromJson(json::parse(store::recordText(cohortOnly)), "r.json");
  REQUIRE(again.ok());
  CHECK(again->currentProfile().cohort == "A");
}

TEST_CASE("cohort/tutor: bad labels are refused with their place and reason") {
  const json good = store::recordToJson(core::newProgressRecord("learner-1", profile("C1", "T1"), "t", "tutor"));
  json doc = good;
  doc["profile"][0]["data"]["cohort"] = 7;
  CHECK(refusal(doc).rfind("/profile/0/data/cohort: ", 0) == 0);
  doc = good;
  doc["profile"][0]["data"]["cohort"] = "Spring\n2026";
  CHECK(refusal(doc) == "/profile/0/data/cohort: must be one line of text, without control characters");
  doc = good;
  doc["profile"][0]["data"]["tutor"] = "Helen ";
  CHECK(refusal(doc) == "/profile/0/data/tutor: must not start or end with a space");
  doc = good;
  doc["profile"][0]["data"]["tutor"] = std::string(101, 'x');
  CHECK(refusal(doc) == "/profile/0/data/tutor: must be at most 100 characters (has 101)");
  doc = good;
  doc["profile"][0]["data"]["tutor"] = std::string(100, 'x');  // at the limit: only the hash is wrong
  CHECK(refusal(doc) == "/profile/0/hash: does not match the version's content (was the file edited by hand?)");
}

TEST_CASE("cohort/tutor: labels are counted in characters, tidied when typed, compared without case") {
  std::string hundredAccented;
  for (int i = 0; i < 100; ++i) hundredAccented += "é";
  CHECK_FALSE(core::groupingLabelProblem(hundredAccented));
  CHECK(core::groupingLabelProblem(hundredAccented + "é"));
  CHECK_FALSE(core::groupingLabelProblem(""));
  CHECK(core::normalizeGroupingLabel("  2026 \t spring\n") == "2026 spring");
  CHECK(core::normalizeGroupingLabel(" \n ").empty());
  CHECK_FALSE(core::groupingLabelProblem(core::normalizeGroupingLabel(" a\x01" "b ")));
  CHECK(core::sameGroupingLabel("2026 Spring", "2026 spring"));
  CHECK_FALSE(core::sameGroupingLabel("2026 Spring", "2026 Sprin"));
}

TEST_CASE("cohort/tutor: the progress report names them when set") {
  core::Catalog catalog;
  catalog.addBuiltIns();
  auto facts = [&](const core::LearnerProfile& p) {
    std::string text;
    const auto doc = report::buildProgressReport(core::newProgressRecord("l", p, "t", "tutor"), catalog, {"2026-11-23"});
    for (const auto& f : doc.summary.facts) text += f.label + "=" + f.value + ";";
    return text;
  };
  CHECK(facts(profile("2026 Spring", "Helen")).find("Cohort=2026 Spring;Tutor=Helen;") != std::string::npos);
  CHECK(facts(profile()).find("Cohort") == std::string::npos);
}
