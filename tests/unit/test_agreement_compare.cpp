// Comparing two observations of one session, grouping double-marked sessions, agreement across
// them, and a trainee's deviation from a reference scoring.
#include <catch_compat.hpp>

#include "core/agreement_sessions.h"
#include "core/catalog.h"
#include "core/ids.h"
#include "core/observation_compare.h"
#include "core/reference_scoring.h"

using namespace coachscope::core;
using Catch::Detail::Approx;

namespace {

const Framework& icf() {
  static Catalog catalog = [] {
    Catalog c;
    c.addBuiltIns();
    return c;
  }();
  return *catalog.framework("icf-core-competencies@2019");
}

// The first competencies of the framework scored on its scale (no ids written into the test).
std::vector<const Competency*> scoredCompetencies() {
  std::vector<const Competency*> result;
  for (const Competency& c : icf().competencies) {
    if (c.evidence != EvidenceKind::Judgement) result.push_back(&c);
  }
  return result;
}

Observation observation(const std::string& tutor, const std::vector<std::optional<int>>& levels) {
  Observation o;
  o.id = newId();
  o.frameworkId = icf().id;
  o.frameworkVersion = icf().version;
  o.context.learnerId = "learner-1";
  o.context.learnerName = "Ada";
  o.context.tutor = tutor;
  o.context.coacheePseudonym = "Sam";
  o.context.date = "2026-11-02T10:00";
  const auto competencies = scoredCompetencies();
  for (std::size_t i = 0; i < levels.size() && i < competencies.size(); ++i) {
    if (levels[i]) o.ratings[competencies[i]->id].level = levels[i];
  }
  return o;
}

MarkerEvent event(const std::string& code, double time) { return MarkerEvent{newId(), code, time, ""}; }

std::string markerCode(std::size_t index) { return icf().markers.at(index).code; }

}  // namespace

TEST_CASE("agreement: marker events are matched within the tolerance, most matches first, then least gap") {
  const std::string code = markerCode(0);
  // A at 100 and 112; B at 105 and 125; tolerance 10 s. Candidate pairs: 100-105 (5 s) and
  // 112-105 (7 s); 112-125 is 13 s apart. At most one match is possible, and the least gap wins.
  MarkerComparison m = matchMarkerEvents(code, {event(code, 112), event(code, 100)}, {event(code, 125), event(code, 105)}, 10);
  REQUIRE(m.matched.size() == 1);
  CHECK(m.matched[0].a.time == 100);
  CHECK(m.matched[0].b.time == 105);
  REQUIRE(m.onlyA.size() == 1);
  CHECK(m.onlyA[0].time == 112);
  REQUIRE(m.onlyB.size() == 1);
  CHECK(m.onlyB[0].time == 125);

  // Maximum matching beats nearest pairs: A 10, 18; B 17, 27 -> 10-17 and 18-27 (two matches),
  // although 18-17 is the closest pair of all.
  m = matchMarkerEvents(code, {event(code, 10), event(code, 18)}, {event(code, 17), event(code, 27)}, 10);
  REQUIRE(m.matched.size() == 2);
  CHECK(m.matched[0].a.time == 10);
  CHECK(m.matched[0].b.time == 17);
  CHECK(m.matched[1].a.time == 18);
  CHECK(m.matched[1].b.time == 27);

  // Exactly at the tolerance counts; beyond does not.
  CHECK(matchMarkerEvents(code, {event(code, 50)}, {event(code, 60)}, 10).matched.size() == 1);
  CHECK(matchMarkerEvents(code, {event(code, 50)}, {event(code, 60.5)}, 10).matched.empty());
  // A wider tolerance is a setting.
  CHECK(matchMarkerEvents(code, {event(code, 50)}, {event(code, 75)}, 30).matched.size() == 1);
}

TEST_CASE("agreement: two observations side by side, per competency, per marker and on one timeline") {
  Observation a = observation("Tutor A", {4, 3, 5, std::nullopt});
  Observation b = observation("Tutor B", {4, 2, 2, 3});
  const auto competencies = scoredCompetencies();
  const std::string m0 = markerCode(0), m1 = markerCode(5);
  a.events = {event(m0, 30), event(m0, 300), event(m1, 400)};
  b.events = {event(m0, 36), event(m1, 700)};
  a.notes.push_back({newId(), 20, "A's note", NoteKind::Strength, ""});
  b.notes.push_back({newId(), 10, "B's note", NoteKind::Observation, ""});
  b.notes.push_back({newId(), 20, "B's second", NoteKind::Observation, ""});
  const Competency& judged = *std::find_if(icf().competencies.begin(), icf().competencies.end(),
                                           [](const Competency& c) { return c.evidence == EvidenceKind::Judgement; });
  a.judgements[judged.id] = {judged.judgementOptions.at(0).id, ""};
  b.judgements[judged.id] = {judged.judgementOptions.at(1).id, "slipped into advice"};

  const ObservationComparison c = compareObservations(icf(), a, b);
  REQUIRE(c.competencies.size() == icf().competencies.size());
  CHECK(c.competency(competencies[0]->id)->verdict == RatingVerdict::Same);
  CHECK(c.competency(competencies[1]->id)->verdict == RatingVerdict::Adjacent);
  CHECK(c.competency(competencies[2]->id)->verdict == RatingVerdict::Differ);
  CHECK(c.competency(competencies[2]->id)->disagreement());
  CHECK(c.competency(competencies[3]->id)->verdict == RatingVerdict::OneMissing);
  CHECK(c.competency(competencies[4]->id)->verdict == RatingVerdict::BothMissing);
  CHECK(c.competency(judged.id)->judgementsDiffer);
  CHECK(c.competency(judged.id)->disagreement());

  CHECK(c.matchedCount() == 1);
  CHECK(c.onlyACount() == 2);
  CHECK(c.onlyBCount() == 1);
  REQUIRE(c.markers.size() == 2);
  CHECK(c.markers[0].code == m0);  // framework order
  CHECK(c.marker(m1)->onlyB.at(0).time == 700);

  REQUIRE(c.notes.size() == 3);
  CHECK(c.notes[0].note.text == "B's note");
  CHECK(c.notes[1].side == 0);  // A before B at equal times
  CHECK(c.notes[2].note.text == "B's second");
}

TEST_CASE("agreement: sessions are matched by recording hash, else by learner, day and coachee") {
  Observation a = observation("Tutor A", {4});
  Observation b = observation("Tutor B", {4});
  b.context.date = "2026-11-02T10:05";  // same day, clocks a few minutes apart
  Observation other = observation("Tutor B", {3});
  other.context.date = "2026-11-09T10:00";
  Observation recordedA = observation("Tutor A", {2});
  Observation recordedB = observation("Tutor C", {2});
  recordedA.media = MediaLink{"/a/session.m4a", 10, "abc", 60, ""};
  recordedB.media = MediaLink{"/elsewhere/copy.m4a", 10, "abc", 60, ""};
  recordedB.context.date = "";  // the hash alone is enough
  Observation agreed = observation("Moderator", {4});
  agreed.moderation = Moderation{{a.id, b.id}, "Lead", "double marking", "2026-11-03T09:00:00Z", {}};
  Observation anonymous = observation("Tutor D", {1});
  anonymous.context = {};

  CHECK(sessionKey(a) == sessionKey(b));
  CHECK(sessionKey(a) != sessionKey(other));
  CHECK(sessionKey(recordedA) == sessionKey(recordedB));
  CHECK(sessionKey(anonymous).empty());

  std::vector<std::string> skipped;
  const auto groups = groupBySession({&a, &b, &other, &recordedA, &recordedB, &agreed, &anonymous}, &skipped);
  CHECK(groups.size() == 4);
  CHECK(skipped.size() == 1);
  int doubleMarked = 0;
  for (const SessionGroup& g : groups) doubleMarked += g.observations.size() == 2 ? 1 : 0;
  CHECK(doubleMarked == 2);
}

TEST_CASE("agreement: statistics across double-marked sessions, per competency and per marker") {
  // Two sessions, each rated by two tutors on the first five scored competencies.
  Observation s1a = observation("Tutor A", {4, 3, 5, 2, 4});
  Observation s1b = observation("Tutor B", {4, 2, 5, 3, 3});
  Observation s2a = observation("Tutor A", {3, 3, 1, 5, 4});
  Observation s2b = observation("Tutor B", {3, 4, 2, 5, 4});
  s2a.context.date = s2b.context.date = "2026-11-09T10:00";
  const std::string code = markerCode(0);
  s1a.events = {event(code, 100)};
  s1b.events = {event(code, 104), event(code, 900)};
  const auto groups = groupBySession({&s1a, &s1b, &s2a, &s2b});
  const AgreementReport report = computeAgreement(icf(), groups);
  CHECK(report.sessions == 2);
  CHECK(report.pairs == 2);
  // Pooled pairs are tutor A's and B's ten ratings of the kappa test in test_agreement.cpp:
  // A = 4 3 5 2 4 3 3 1 5 4, B = 4 2 5 3 3 3 4 2 5 4 -> the same independent values.
  CHECK(report.exact.items == 10);
  CHECK(*report.exact.value == Approx(0.5));
  CHECK(*report.kappa.value == Approx(0.3421052632).margin(1e-9));
  CHECK(*report.weightedKappa.value == Approx(0.8).margin(1e-9));
  CHECK(*report.alpha.value == Approx(0.8223515249).margin(1e-9));

  const auto competencies = scoredCompetencies();
  const CompetencyAgreement* first = nullptr;
  for (const auto& row : report.competencies) {
    if (row.competencyId == competencies[0]->id) first = &row;
  }
  REQUIRE(first);
  CHECK(*first->exact.value == 1.0);  // 4/4 and 3/3
  CHECK(first->exact.items == 2);
  CHECK(*first->kappa.value == Approx(1.0));

  const MarkerAgreement& marker = report.markers.front();
  CHECK(marker.code == code);
  CHECK(marker.matched == 1);
  CHECK(marker.onlyB == 1);
  CHECK(*marker.positive.value == Approx(2.0 / 3.0));
  CHECK(*marker.presence.exact.value == 1.0);  // seen by both in session 1, by neither in session 2
  // A marker nobody saw has no events to agree on.
  CHECK_FALSE(report.markers.back().positive.defined());
  CHECK_FALSE(report.markers.back().presence.kappa.defined());
}

TEST_CASE("agreement: a single observation or a mixed framework is left out with a warning") {
  Observation alone = observation("Tutor A", {4});
  Observation x = observation("Tutor A", {4});
  Observation y = observation("Tutor B", {4});
  x.context.date = y.context.date = "2026-12-01T09:00";
  y.frameworkVersion = "2025";
  const AgreementReport report = computeAgreement(icf(), groupBySession({&alone, &x, &y}));
  CHECK(report.sessions == 0);
  CHECK(report.warnings.size() == 2);
  CHECK_FALSE(report.exact.defined());
  CHECK_FALSE(report.alpha.defined());
}

TEST_CASE("agreement: a trainee's deviation from the reference, competency and marker") {
  Observation reference = observation("Lead assessor", {4, 3, 5, std::nullopt});
  reference.reference = true;
  Observation trainee = observation("New tutor", {5, 3, 3, 2});
  const std::string code = markerCode(1);
  reference.events = {event(code, 60), event(code, 200), event(code, 400)};
  trainee.events = {event(code, 65), event(code, 800)};
  const ReferenceDeviation d = deviationFromReference(icf(), reference, trainee);
  const auto competencies = scoredCompetencies();
  auto row = [&](const Competency* c) {
    return *std::find_if(d.competencies.begin(), d.competencies.end(),
                         [&](const CompetencyDeviation& r) { return r.competencyId == c->id; });
  };
  CHECK(*row(competencies[0]).difference == 1);
  CHECK(*row(competencies[1]).difference == 0);
  CHECK(*row(competencies[2]).difference == -2);
  CHECK_FALSE(row(competencies[3]).difference.has_value());
  CHECK(*d.meanAbsoluteDeviation.value == Approx(1.0));  // (1 + 0 + 2) / 3
  CHECK(*d.meanSignedDeviation.value == Approx(-1.0 / 3.0));
  CHECK(*d.exact.value == Approx(1.0 / 3.0));
  CHECK(d.exact.items == 3);
  REQUIRE(d.markers.size() == 1);
  CHECK(d.markers[0].matched == 1);
  CHECK(d.markers[0].missed == 2);
  CHECK(d.markers[0].extra == 1);
  CHECK(*d.markerRecall.value == Approx(1.0 / 3.0));
  CHECK(*d.markerPrecision.value == Approx(0.5));

  Observation silent = observation("Silent", {});
  const ReferenceDeviation none = deviationFromReference(icf(), silent, silent);
  CHECK_FALSE(none.meanAbsoluteDeviation.defined());
  CHECK_FALSE(none.markerRecall.defined());
}

TEST_CASE("agreement: judgement competencies agree on options, nominally; pooled figures use the scale only") {
  const Competency& judged = *std::find_if(icf().competencies.begin(), icf().competencies.end(),
                                           [](const Competency& c) { return c.evidence == EvidenceKind::Judgement; });
  REQUIRE(judged.judgementOptions.size() >= 2);
  const std::string first = judged.judgementOptions[0].id, second = judged.judgementOptions[1].id;
  // Three sessions: (first, first), (first, second), (second, second). Independent script:
  // judgement cohen 0.4000000000, judgement alpha nominal 0.4444444444.
  std::vector<Observation> all;
  const std::vector<std::pair<std::string, std::string>> sessions = {{first, first}, {first, second}, {second, second}};
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    Observation a = observation("Tutor A", {3});
    Observation b = observation("Tutor B", {3});
    a.context.date = b.context.date = "2026-12-0" + std::to_string(i + 1) + "T10:00";
    a.judgements[judged.id] = {sessions[i].first, ""};
    b.judgements[judged.id] = {sessions[i].second, "reason"};
    all.push_back(a);
    all.push_back(b);
  }
  std::vector<const Observation*> pointers;
  for (const auto& o : all) pointers.push_back(&o);
  const AgreementReport report = computeAgreement(icf(), groupBySession(pointers));
  REQUIRE(report.sessions == 3);
  const CompetencyAgreement& row = *std::find_if(report.competencies.begin(), report.competencies.end(),
                                                 [&](const CompetencyAgreement& c) { return c.competencyId == judged.id; });
  CHECK(*row.exact.value == Approx(2.0 / 3.0));
  CHECK(*row.kappa.value == Approx(0.4).margin(1e-9));
  CHECK(*row.alpha.value == Approx(0.4444444444).margin(1e-9));
  CHECK_FALSE(row.adjacent.defined());
  CHECK_FALSE(row.weightedKappa.defined());
  CHECK(row.weightedKappa.undefinedReason.find("not an ordered scale") != std::string::npos);
  // The pooled figures are the scale ratings only: three items, all 3 against 3.
  CHECK(report.exact.items == 3);
  CHECK(*report.exact.value == 1.0);
  CHECK_FALSE(report.kappa.defined());  // one category used by both
}
