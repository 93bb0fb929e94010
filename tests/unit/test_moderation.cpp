// Moderation: two observations in, an agreed one out, the originals unchanged on disk, and the
// agreed one merged into the learner's progress record like any other observation.
#include <catch_compat.hpp>

#include "builtin_catalog.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/catalog.h"
#include "core/ids.h"
#include "core/merge.h"
#include "core/moderation.h"
#include "core/observation_check.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "store/record_lock.h"
#include "test_paths.h"

using namespace coachscope;
using namespace coachscope::core;
namespace fs = std::filesystem;

namespace {

const Framework& icf() {
  static Catalog catalog = [] {
    Catalog c;
    c.addBuiltIns();
    return c;
  }();
  return *catalog.framework("icf-core-competencies@2019");
}

const Competency& firstOf(EvidenceKind kind, int skip = 0) {
  for (const Competency& c : icf().competencies) {
    if (c.evidence == kind && skip-- == 0) return c;
  }
  FAIL("framework has no such competency");
  throw 0;
}

Observation assessorObservation(const std::string& tutor, int levelFirst, int levelSecond) {
  const Competency& first = firstOf(EvidenceKind::Markers, 0);
  const Competency& second = firstOf(EvidenceKind::Markers, 1);
  Observation o;
  o.id = newId();
  o.frameworkId = icf().id;
  o.frameworkVersion = icf().version;
  o.context.learnerId = "learner-mod";
  o.context.learnerName = "Ada";
  o.context.tutor = tutor;
  o.context.coacheePseudonym = "Sam";
  o.context.date = "2026-11-02T10:00";
  o.durationSeconds = tutor == "Tutor A" ? 1800 : 1795;
  o.ratings[first.id] = {levelFirst, false, tutor + " on the first"};
  o.ratings[second.id] = {levelSecond, false, tutor + " on the second"};
  const Marker* m1 = icf().markersOf(first.id).front();
  const Marker* m2 = icf().markersOf(second.id).front();
  o.events.push_back({newId(), m1->code, tutor == "Tutor A" ? 100.0 : 104.0, tutor});
  o.events.push_back({newId(), m2->code, tutor == "Tutor A" ? 500.0 : 700.0, tutor});
  o.notes.push_back({newId(), 50, tutor + " untagged", NoteKind::Observation, ""});
  o.notes.push_back({newId(), 60, tutor + " on the second", NoteKind::Development, second.id});
  o.feedback = tutor + "'s feedback";
  o.updatedAt = "2026-11-02T11:00:00Z";
  return o;
}

std::string fileText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("agreement: moderation — disputed competencies need a choice; undisputed ones do not") {
  const Observation a = assessorObservation("Tutor A", 4, 3);
  const Observation b = assessorObservation("Tutor B", 4, 2);
  const auto disputed = competenciesInDispute(icf(), {&a, &b});
  REQUIRE(disputed.size() == 1);
  CHECK(disputed[0] == firstOf(EvidenceKind::Markers, 1).id);

  ModerationRequest request{{&a, &b}, {}, 0, "Lead IV", "double marking sample", "2026-11-03T09:00:00Z"};
  auto refused = buildAgreedObservation(icf(), request);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().reason.find("differ on competency " + disputed[0]) != std::string::npos);

  request.choices[disputed[0]] = 1;
  CHECK(buildAgreedObservation(icf(), request).ok());
}

TEST_CASE("agreement: moderation — bad requests are refused with the reason") {
  const Observation a = assessorObservation("Tutor A", 4, 3);
  Observation b = assessorObservation("Tutor B", 4, 3);
  auto reasonFor = [&](ModerationRequest r) {
    auto result = buildAgreedObservation(icf(), r);
    REQUIRE_FALSE(result.ok());
    return result.error().reason;
  };
  const ModerationRequest good{{&a, &b}, {}, 0, "Lead", "sample", "2026-11-03T09:00:00Z"};
  REQUIRE(buildAgreedObservation(icf(), good).ok());
  ModerationRequest r = good;
  r.sources = {&a};
  CHECK(reasonFor(r).find("two or more") != std::string::npos);
  r = good;
  r.sources = {&a, &a};
  CHECK(reasonFor(r).find("given twice") != std::string::npos);
  r = good;
  r.moderator.clear();
  CHECK(reasonFor(r).find("moderator") != std::string::npos);
  r = good;
  r.reason.clear();
  CHECK(reasonFor(r).find("reason") != std::string::npos);
  r = good;
  r.choices["no-such-competency"] = 0;
  CHECK(reasonFor(r).find("\"no-such-competency\" is not in") != std::string::npos);
  r = good;
  r.choices[firstOf(EvidenceKind::Markers).id] = 2;
  CHECK(reasonFor(r).find("no given observation") != std::string::npos);
  b.context.learnerId = "someone-else";
  CHECK(reasonFor(good).find("different learners") != std::string::npos);
  b.context.learnerId = a.context.learnerId;
  b.frameworkVersion = "2025";
  CHECK(reasonFor(good).find("is scored on") != std::string::npos);
}

TEST_CASE("agreement: moderation — end to end — files in, agreed file out, originals untouched, merged into the record") {
  const fs::path dir = fs::path(COACHSCOPE_TEST_TMP) / "agreement" / "moderation";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const Competency& first = firstOf(EvidenceKind::Markers, 0);
  const Competency& second = firstOf(EvidenceKind::Markers, 1);
  REQUIRE(store::saveObservationFile(dir / "a.observation.json", assessorObservation("Tutor A", 4, 3)).ok());
  REQUIRE(store::saveObservationFile(dir / "b.observation.json", assessorObservation("Tutor B", 3, 2)).ok());
  const std::string textA = fileText(dir / "a.observation.json");
  const std::string textB = fileText(dir / "b.observation.json");

  auto a = store::loadObservationFile(dir / "a.observation.json", coachscope::testing::builtInCatalog());
  auto b = store::loadObservationFile(dir / "b.observation.json", coachscope::testing::builtInCatalog());
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  // The moderator keeps A's view of the first competency and B's of the second; feedback from B.
  ModerationRequest request{{&*a, &*b}, {{first.id, 0}, {second.id, 1}}, 1, "Lead IV",
                            "Internal verification sample", "2026-11-03T09:00:00Z"};
  auto agreed = buildAgreedObservation(icf(), request);
  REQUIRE(agreed.ok());
  REQUIRE(store::saveObservationFile(dir / "agreed.observation.json", *agreed).ok());

  // Originals unchanged, byte for byte.
  CHECK(fileText(dir / "a.observation.json") == textA);
  CHECK(fileText(dir / "b.observation.json") == textB);

  auto reloaded = store::loadObservationFile(dir / "agreed.observation.json", coachscope::testing::builtInCatalog());
  REQUIRE(reloaded.ok());
  const Observation& o = *reloaded;
  CHECK(o.id != a->id);
  CHECK(o.id != b->id);
  CHECK(looksLikeId(o.id));
  CHECK(o.context.tutor == "Lead IV");
  CHECK(o.context.learnerId == "learner-mod");
  CHECK(o.ratings.at(first.id).level == 4);
  CHECK(o.ratings.at(first.id).rationale == "Tutor A on the first");
  CHECK(o.ratings.at(second.id).level == 2);
  CHECK(o.feedback == "Tutor B's feedback");
  CHECK(o.durationSeconds == 1800);
  REQUIRE(o.moderation.has_value());
  CHECK(o.moderation->sourceIds == std::vector<std::string>{a->id, b->id});
  CHECK(o.moderation->moderator == "Lead IV");
  CHECK(o.moderation->reason == "Internal verification sample");
  CHECK(o.moderation->at == "2026-11-03T09:00:00Z");
  CHECK(o.moderation->chosenSource.at(first.id) == a->id);
  CHECK(o.moderation->chosenSource.at(second.id) == b->id);
  CHECK(o.moderation->chosenSource.size() == icf().competencies.size());
  // Evidence follows the chosen rating: A's event for the first, B's for the second.
  REQUIRE(o.events.size() == 2);
  CHECK(o.events[0].quote == "Tutor A");
  CHECK(o.events[1].quote == "Tutor B");
  CHECK(o.events[1].time == 700);
  // Untagged notes of both are kept; the tagged one only from the chosen source.
  int untagged = 0, tagged = 0;
  for (const Note& n : o.notes) {
    untagged += n.tag.empty() ? 1 : 0;
    if (!n.tag.empty()) {
      ++tagged;
      CHECK(n.text == "Tutor B on the second");
    }
  }
  CHECK(untagged == 2);
  CHECK(tagged == 1);
  CHECK(checkAgainstFramework(o, icf(), "agreed").empty());

  // Merged into the learner's record like any other observation.
  const fs::path recordFile = dir / "learner-mod.record.json";
  ProgressRecord initial = newProgressRecord("learner-mod", LearnerProfile{"Ada", "", "ilm-coaching-level5", ""},
                                             "2026-11-01T09:00:00Z", "Lead IV");
  REQUIRE(store::updateRecordFile(
              recordFile,
              [&](ProgressRecord& record) -> Result<bool> {
                auto merged = mergeObservation(record, o);
                if (!merged.ok()) return merged.error();
                return merged->added;
              },
              &initial)
              .ok());
  auto record = store::loadRecordFile(recordFile);
  REQUIRE(record.ok());
  const auto* session = record->sessions.current(o.id);
  REQUIRE(session);
  CHECK(session->data.tutor == "Lead IV");
  CHECK(session->data.ratings.at(first.id).level == 4);
  CHECK(session->data.ratings.at(second.id).level == 2);
  CHECK_FALSE(record->sessions.contains(a->id));  // the originals stay out of the record
  // Merging again changes nothing: the record is a join.
  ProgressRecord again = *record;
  auto second_merge = mergeObservation(again, o);
  REQUIRE(second_merge.ok());
  CHECK_FALSE(second_merge->added);
  CHECK(again == *record);
}
