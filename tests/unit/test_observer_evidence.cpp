// Marker tallies, derived competencies, and the data-driven suggestion rule.
#include <catch_compat.hpp>

#include "core/catalog.h"
#include "core/evidence.h"

using namespace coachscope::core;

namespace {

const Framework& icf() {
  static Catalog catalog = [] {
    Catalog c;
    c.addBuiltIns();
    return c;
  }();
  return *catalog.defaultFramework();
}

const Competency& firstOfKind(const Framework& f, EvidenceKind kind) {
  for (const Competency& c : f.competencies) {
    if (c.evidence == kind) return c;
  }
  FAIL("no competency of that kind");
  throw;
}

RatingScale scaleOf(int levels) {
  RatingScale s;
  for (int i = 1; i <= levels; ++i) s.levels.push_back({i * 10, "L" + std::to_string(i), ""});
  return s;
}

}  // namespace

TEST_CASE("observer: tallies per marker and per competency, derived through cross-references") {
  const Framework& f = icf();
  const Competency& derived = firstOfKind(f, EvidenceKind::Derived);
  REQUIRE(derived.derivedFrom.size() >= 2);
  const Marker& crossReferenced = *f.marker(derived.derivedFrom[0]);
  const Competency& owner = *f.competency(crossReferenced.competencyId);

  Observation o;
  o.events = {{"a", crossReferenced.code, 1, ""}, {"b", crossReferenced.code, 2, ""}, {"c", derived.derivedFrom[1], 3, ""}};
  o.notes = {{"n1", 4, "x", NoteKind::Strength, crossReferenced.code}, {"n2", 5, "y", NoteKind::Question, derived.id}};
  const EvidenceSummary s = summariseEvidence(f, o);
  CHECK(s.countOf(crossReferenced.code) == 2);
  CHECK(s.countOf("no-such") == 0);
  const CompetencyEvidence& d = *s.of(derived.id);
  CHECK(d.events == 3);
  CHECK(d.markersSeen == 2);
  CHECK(d.markersPossible == static_cast<int>(derived.derivedFrom.size()));
  CHECK(d.taggedNotes == 2);
  REQUIRE(d.suggestedLevel);
  const CompetencyEvidence& own = *s.of(owner.id);
  CHECK(own.events >= 2);
  CHECK(own.taggedNotes == 1);
  const Competency& judged = firstOfKind(f, EvidenceKind::Judgement);
  CHECK_FALSE(s.of(judged.id)->suggestedLevel);
}

TEST_CASE("observer: without a threshold the suggestion scales with the markers seen") {
  Competency c;
  c.evidence = EvidenceKind::Markers;
  const RatingScale five = scaleOf(5);
  CHECK(suggestLevel(five, c, 0, 4) == 10);
  CHECK(suggestLevel(five, c, 1, 4) == 20);
  CHECK(suggestLevel(five, c, 2, 4) == 30);
  CHECK(suggestLevel(five, c, 3, 4) == 40);
  CHECK(suggestLevel(five, c, 4, 4) == 50);
  CHECK(suggestLevel(five, c, 1, 9) == 20);  // any evidence lifts it off the lowest level
  CHECK_FALSE(suggestLevel(five, c, 0, 0));
}

TEST_CASE("observer: a centre's minimumMarkers sets where the 'meets' level starts") {
  Competency c;
  c.evidence = EvidenceKind::Markers;
  c.minimumMarkers = 3;
  const RatingScale five = scaleOf(5);
  CHECK(suggestLevel(five, c, 0, 6) == 10);
  CHECK(suggestLevel(five, c, 1, 6) == 20);
  CHECK(suggestLevel(five, c, 2, 6) == 30);
  CHECK(suggestLevel(five, c, 3, 6) == 40);  // meets the minimum: second-highest level
  CHECK(suggestLevel(five, c, 5, 6) == 40);
  CHECK(suggestLevel(five, c, 6, 6) == 50);  // every marker: the highest
  const RatingScale two = scaleOf(2);
  CHECK(suggestLevel(two, c, 2, 6) == 10);
  CHECK(suggestLevel(two, c, 3, 6) == 20);
  c.evidence = EvidenceKind::Judgement;
  CHECK_FALSE(suggestLevel(five, c, 3, 6));
}
