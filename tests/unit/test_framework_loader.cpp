// The framework loader: the shipped frameworks load, and every kind of bad input is refused with
// the file, the JSON Pointer of the problem and the reason.
#include <catch_compat.hpp>

#include <nlohmann/json.hpp>

#include "core/catalog.h"
#include "core/framework_loader.h"
#include "core/json_document.h"
#include "test_paths.h"

using namespace coachscope::core;
using nlohmann::json;

namespace {

json shippedIcf() {
  auto doc = readJsonFile(std::string(COACHSCOPE_FRAMEWORKS_DIR) + "/icf-core-competencies-2019.json");
  REQUIRE(doc.ok());
  return *doc;
}

std::size_t indexOfMarker(const json& doc, const std::string& code) {
  for (std::size_t i = 0; i < doc["markers"].size(); ++i) {
    if (doc["markers"][i]["code"] == code) return i;
  }
  FAIL("marker " << code << " not in fixture");
  return 0;
}

// Parses and expects a refusal at `where` whose reason contains `reasonPart`.
void expectRefused(const json& doc, const std::string& where, const std::string& reasonPart) {
  auto result = parseFramework(doc, "test.json");
  REQUIRE_FALSE(result.ok());
  INFO(result.error().message());
  CHECK(result.error().file == "test.json");
  CHECK(result.error().where == where);
  CHECK(result.error().reason.find(reasonPart) != std::string::npos);
}

}  // namespace

TEST_CASE("the shipped ICF 2019 framework has the ICF model's shape") {
  auto f = parseFramework(shippedIcf(), "icf.json");
  REQUIRE(f.ok());
  CHECK(f->key() == "icf-core-competencies@2019");
  CHECK(f->domains.size() == 4);
  CHECK(f->competencies.size() == 8);
  CHECK(f->markers.size() == 37);
  int behaviours = 0;
  for (const auto& c : f->competencies) behaviours += c.behaviourCount;
  CHECK(behaviours == 63);
  // Competency 2 is evidenced through 11 markers of others; competency 1 by judgement.
  const Competency& mindset = f->competencies[1];
  CHECK(mindset.evidence == EvidenceKind::Derived);
  CHECK(f->evidenceMarkersOf(mindset).size() == 11);
  CHECK(f->competencies[0].evidence == EvidenceKind::Judgement);
  CHECK_FALSE(f->scale.levels.empty());
  for (const auto& level : f->scale.levels) CHECK_FALSE(level.descriptor.empty());
}

TEST_CASE("both ICF revisions load side by side, keyed by id and version") {
  Catalog catalog;
  catalog.addFolder(COACHSCOPE_FRAMEWORKS_DIR);
  INFO((catalog.problems().empty() ? "" : catalog.problems().front().message()));
  CHECK(catalog.problems().empty());
  REQUIRE(catalog.framework("icf-core-competencies@2019"));
  REQUIRE(catalog.framework("icf-core-competencies@2025"));
  CHECK(catalog.framework("icf-core-competencies")->version == "2025");  // id alone: newest
  int behaviours2025 = 0;
  for (const auto& c : catalog.framework("icf-core-competencies@2025")->competencies) behaviours2025 += c.behaviourCount;
  CHECK(behaviours2025 == 68);
}

TEST_CASE("built-in frameworks are available with no folder at all") {
  Catalog catalog;
  catalog.addBuiltIns();
  CHECK(catalog.problems().empty());
  REQUIRE(catalog.defaultFramework());
  CHECK(catalog.defaultFramework()->id == "icf-core-competencies");
  CHECK(catalog.programme("ilm-coaching-level5"));
  CHECK(catalog.programme("ilm-coaching-level7"));
}

TEST_CASE("a duplicate marker code is refused at that marker") {
  json doc = shippedIcf();
  const std::size_t i = indexOfMarker(doc, "6.2");
  doc["markers"][i]["code"] = "6.1";
  expectRefused(doc, "/markers/" + std::to_string(i) + "/code", "duplicate marker code \"6.1\"");
}

TEST_CASE("a marker naming a missing competency is refused") {
  json doc = shippedIcf();
  doc["markers"][3]["competency"] = "9";
  expectRefused(doc, "/markers/3/competency", "names competency \"9\", which the framework does not define");
}

TEST_CASE("a marker attached to a competency evidenced another way is refused") {
  json doc = shippedIcf();
  doc["markers"][0]["competency"] = "1";  // competency 1 is judged, it has no markers
  expectRefused(doc, "/markers/0/competency", "whose evidence is not its own markers");
}

TEST_CASE("derived evidence naming a missing marker is refused") {
  json doc = shippedIcf();
  doc["competencies"][1]["evidence"]["from"][0] = "9.9";
  expectRefused(doc, "/competencies/1/evidence/from/0", "derives from marker \"9.9\"");
}

TEST_CASE("a scale with no levels is refused") {
  json doc = shippedIcf();
  doc["scale"]["levels"] = json::array();
  expectRefused(doc, "/scale/levels", "at least one level");
}

TEST_CASE("scale levels out of order are refused") {
  json doc = shippedIcf();
  std::swap(doc["scale"]["levels"][0], doc["scale"]["levels"][1]);
  expectRefused(doc, "/scale/levels/1/value", "must rise");
}

TEST_CASE("a wrong or future format version is refused with what was found") {
  json doc = shippedIcf();
  doc["format"] = "coachscope.framework/2";
  expectRefused(doc, "/format", "newer coachscope");
  doc["format"] = "coachscope.observation/1";
  expectRefused(doc, "/format", "not a framework file");
  doc["format"] = "icf";
  expectRefused(doc, "/format", "not a coachscope format tag");
  doc.erase("format");
  expectRefused(doc, "/format", "missing");
}

TEST_CASE("missing and mistyped fields are refused at their place") {
  json doc = shippedIcf();
  doc["competencies"][4].erase("title");
  expectRefused(doc, "/competencies/4/title", "required field is missing");
  doc = shippedIcf();
  doc["competencies"][2]["domain"] = 7;
  expectRefused(doc, "/competencies/2/domain", "expected a string, found a number");
  doc = shippedIcf();
  doc["competencies"][2]["domain"] = "Z";
  expectRefused(doc, "/competencies/2/domain", "names domain \"Z\"");
  doc = shippedIcf();
  doc["domains"][1]["id"] = doc["domains"][0]["id"];
  expectRefused(doc, "/domains/1/id", "duplicate domain id");
  doc = shippedIcf();
  doc["competencies"][5]["evidence"]["kind"] = "vibes";
  expectRefused(doc, "/competencies/5/evidence/kind", "unknown evidence kind");
  doc = shippedIcf();
  doc["markers"] = "none";
  expectRefused(doc, "/markers", "expected an array");
  expectRefused(json::array(), "/", "expected a JSON object");
}

TEST_CASE("malformed JSON is refused with line and column") {
  auto result = parseJsonText("{\n  \"format\": \"coachscope.framework/1\",\n  \"id\": oops\n}", "bad.json");
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().file == "bad.json");
  CHECK(result.error().where == "line 3, column 9, at /id");
  CHECK(result.error().reason.find("malformed JSON") == 0);
}

TEST_CASE("a missing file is refused by name, and a folder's bad files become problems, not crashes") {
  auto missing = loadFrameworkFile("/nonexistent/framework.json");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message() == "/nonexistent/framework.json: No such file or directory");

  Catalog catalog;
  CHECK_FALSE(catalog.addText("{ not json", "broken.json"));
  CHECK_FALSE(catalog.addText("[]", "array.json"));
  CHECK_FALSE(catalog.addText("", "empty.json"));
  CHECK(catalog.problems().size() == 3);
  CHECK(catalog.frameworks().empty());
}

TEST_CASE("format tags parse strictly") {
  CHECK(parseFormatTag("coachscope.observation/3")->version == 3);
  CHECK(parseFormatTag("coachscope.observation/3")->kind == "observation");
  CHECK_FALSE(parseFormatTag("coachscope.observation/"));
  CHECK_FALSE(parseFormatTag("coachscope./1"));
  CHECK_FALSE(parseFormatTag("coachscope.x/1a"));
  CHECK_FALSE(parseFormatTag("coachscope.x/0"));
  CHECK_FALSE(parseFormatTag("other.x/1"));
}
