// The observation file format round-trips and refuses bad input with file, place and reason.
#include <catch_compat.hpp>

#include "builtin_catalog.h"

#include "core/catalog.h"
#include "core/ids.h"
#include "core/observation_check.h"
#include "store/observation_codec.h"
#include "test_paths.h"

using namespace coachscope;
using nlohmann::json;

namespace {

core::Observation sampleObservation() {
  core::Observation o;
  o.id = core::newId();
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.learnerName = "Zoë Learner";
  o.context.tutor = "Tutor T";
  o.context.coacheePseudonym = "Sam";
  o.context.coacheeSeniorManager = true;
  o.context.mode = core::SessionMode::Recorded;
  o.durationSeconds = 2712.5;
  o.events.push_back({core::newId(), "6.2", 61.25, "\"You said 'stuck' twice\""});
  o.notes.push_back({core::newId(), 12.0, "Clear contracting <b>not</b> markup", core::NoteKind::Strength, "3"});
  o.ratings["6"] = {4, false, "Consistently explored the client's words"};
  o.ratings["8"] = {std::nullopt, true, ""};
  o.judgements["1"] = {"consistent", ""};
  o.feedback = "Line one\nLine two";
  o.media = core::MediaLink{"/media/session.m4a", 123456, "abc123", 2712.5, "/media/session.vtt"};
  o.moderation = core::Moderation{{"a", "b"}, "Lead", "double marking", "2026-11-01T10:00:00Z", {{"6", "a"}}};
  return o;
}

}  // namespace

TEST_CASE("an observation survives a save and load unchanged") {
  const core::Observation original = sampleObservation();
  const std::string path = std::string(COACHSCOPE_TEST_TMP) + "/codec/obs.json";
  REQUIRE(store::saveObservationFile(path, original).ok());
  auto loaded = store::loadObservationFile(path, coachscope::testing::builtInCatalog());
  REQUIRE(loaded.ok());
  CHECK(store::observationToJson(*loaded) == store::observationToJson(original));
  CHECK(loaded->events[0].time == 61.25);
  CHECK(loaded->context.learnerName == "Zoë Learner");
  CHECK_FALSE(loaded->ratings.at("8").level.has_value());
}

TEST_CASE("bad observation files are refused at their place") {
  const json good = store::observationToJson(sampleObservation());
  auto refused = [](json doc, const std::string& where, const std::string& reason) {
    auto r = store::observationFromJson(doc, "obs.json");
    REQUIRE_FALSE(r.ok());
    INFO(r.error().message());
    CHECK(r.error().where == where);
    CHECK(r.error().reason.find(reason) != std::string::npos);
  };
  json doc = good;
  doc["format"] = "coachscope.observation/9";
  refused(doc, "/format", "newer coachscope");
  doc = good;
  doc["events"][0]["time"] = -3;
  refused(doc, "/events/0/time", "must be from 0 to 86400 seconds");
  doc = good;
  doc["notes"][0]["id"] = doc["events"][0]["id"];
  refused(doc, "/notes/0/id", "duplicate id");
  doc = good;
  doc["notes"][0]["kind"] = "gossip";
  refused(doc, "/notes/0/kind", "unknown note kind");
  doc = good;
  doc["ratings"]["6"]["notObserved"] = true;
  refused(doc, "/ratings/6", "both a level");
  doc = good;
  doc["context"]["mode"] = "dreamt";
  refused(doc, "/context/mode", "unknown mode");
  doc = good;
  doc.erase("framework");
  refused(doc, "/framework", "missing");
}

TEST_CASE("an observation is checked against its framework") {
  core::Catalog catalog;
  catalog.addBuiltIns();
  const core::Framework& f = *catalog.framework("icf-core-competencies@2019");
  core::Observation o = sampleObservation();
  CHECK(core::checkAgainstFramework(o, f, "obs.json").empty());
  o.events[0].markerCode = "9.9";
  o.ratings["6"].level = 42;
  o.judgements["1"] = {"concern", ""};
  auto problems = core::checkAgainstFramework(o, f, "obs.json");
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].where == "/events/0/marker");
  CHECK(problems[1].where == "/ratings/6/level");
  CHECK(problems[2].where == "/judgements/1/reason");
}
