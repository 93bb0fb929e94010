// Programme rules (ILM Level 5/7, ICF credentials) are data: every number is a field.
#include <catch_compat.hpp>

#include "core/json_document.h"
#include "core/programme_loader.h"
#include "test_paths.h"

using namespace coachscope::core;
using nlohmann::json;

namespace {
json shipped(const std::string& name) {
  auto doc = readJsonFile(std::string(COACHSCOPE_FRAMEWORKS_DIR) + "/" + name);
  REQUIRE(doc.ok());
  return *doc;
}
}  // namespace

TEST_CASE("ILM Level 5 and Level 7 rules match the qualification") {
  auto l5 = parseProgramme(shipped("ilm-coaching-level5.json"), "l5");
  auto l7 = parseProgramme(shipped("ilm-coaching-level7.json"), "l7");
  REQUIRE(l5.ok());
  REQUIRE(l7.ok());
  CHECK(l5->requirements.coachingHours == 24);
  CHECK(l5->requirements.supervisionHours == 1);
  CHECK(l5->requirements.bookReviews == 2);
  CHECK(l5->assignments.size() == 3);
  CHECK(l5->deadlineMonthsAfterFinalWorkshop == 12);
  CHECK(l7->requirements.seniorCoachingHours == 30);
  CHECK(l7->requirements.supervisionHours == 3);
  CHECK(l7->requirements.bookReviews == 3);
  CHECK(l7->requirements.threeWayContracts == 1);
  CHECK(l7->assignmentSections.at("1").count == 11);
}

TEST_CASE("ICF credential paths are programmes too") {
  auto acc = parseProgramme(shipped("icf-credential-acc.json"), "acc");
  REQUIRE(acc.ok());
  CHECK(acc->requirements.coachingHours == 100);
  CHECK(acc->requirements.paidCoachingHours == 75);
  CHECK(acc->requirements.distinctClients == 8);
  CHECK(acc->requirements.mentorCoachingHours == 10);
}

TEST_CASE("a centre's changed number is read; impossible numbers are refused at their place") {
  json doc = shipped("ilm-coaching-level7.json");
  doc["requirements"]["seniorCoachingHours"] = 20;  // a centre that asks 20 h at senior level
  auto changed = parseProgramme(doc, "centre.json");
  REQUIRE(changed.ok());
  CHECK(changed->requirements.seniorCoachingHours == 20);

  doc["requirements"]["supervisionHours"] = -1;
  auto negative = parseProgramme(doc, "centre.json");
  REQUIRE_FALSE(negative.ok());
  CHECK(negative.error().message() == "centre.json: /requirements/supervisionHours: must be from 0 to 100000 hours; found -1");

  doc = shipped("ilm-coaching-level5.json");
  doc["requirements"]["coachingHours"] = "24";
  auto typed = parseProgramme(doc, "c.json");
  REQUIRE_FALSE(typed.ok());
  CHECK(typed.error().where == "/requirements/coachingHours");

  doc = shipped("ilm-coaching-level5.json");
  doc["deadline"]["monthsAfterFinalWorkshop"] = 0;
  auto deadline = parseProgramme(doc, "c.json");
  REQUIRE_FALSE(deadline.ok());
  CHECK(deadline.error().where == "/deadline/monthsAfterFinalWorkshop");
}
