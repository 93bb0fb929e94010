// Merge is a join: property tests over thousands of random observations and records (seeded, so
// a failure repeats), plus the conflict, resolution and tombstone cases spelled out.
#include <catch_compat.hpp>

#include <random>

#include "core/merge.h"
#include "core/record_contains.h"
#include "core/record_json.h"
#include "store/record_codec.h"

using namespace coachscope;

namespace {

constexpr const char* kLearner = "learner-1";

struct Gen {
  std::mt19937 rng;
  explicit Gen(unsigned seed) : rng(seed) {}
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
  bool coin() { return pick(2) == 1; }
  std::string word() {
    static const char* words[] = {"listens", "silence", "goal", "values", "reflects", "summary", "", "stuck"};
    return words[pick(8)];
  }

  // One of a few observation ids, with a random (small) edit state, so copies collide often.
  core::Observation observation() {
    core::Observation o;
    o.id = "obs-" + std::to_string(pick(4));
    o.frameworkId = "icf-core-competencies";
    o.frameworkVersion = "2019";
    o.context.learnerId = coin() ? kLearner : "";
    o.context.tutor = coin() ? "Ann" : "Ben";
    o.context.coacheePseudonym = coin() ? "Sam" : "Jo";
    o.context.coacheeSeniorManager = coin();
    o.context.threeWayContracting = pick(4) == 0;
    o.context.date = "2026-0" + std::to_string(1 + pick(9)) + "-1" + std::to_string(pick(9));
    o.durationSeconds = 60.0 * (30 + pick(31));
    for (int i = pick(3); i > 0; --i) o.ratings[std::to_string(1 + pick(8))] = {1 + pick(5), false, word()};
    for (int i = pick(4); i > 0; --i) o.events.push_back({"e" + std::to_string(i), "6." + std::to_string(1 + pick(7)), 10.0 * i, ""});
    for (int i = pick(3); i > 0; --i) o.notes.push_back({"n" + std::to_string(i), 5.0 * i, word(), core::NoteKind::Observation, ""});
    o.feedback = word();
    o.coacheeFeedback = word();
    o.updatedAt = "2026-11-2" + std::to_string(pick(3)) + "T10:00:00Z";
    return o;
  }

  // A replica that lived a random history: merged observations, hand entries, edits, removals,
  // resolutions, and joins with other replicas' states.
  core::ProgressRecord record(int steps) {
    core::ProgressRecord r = core::newProgressRecord(kLearner, {"Learner", "", "ilm-coaching-level5", ""}, "t0", "a");
    for (int i = 0; i < steps; ++i) {
      const std::string at = "2026-11-23T10:" + std::to_string(10 + pick(50)) + ":00Z";
      switch (pick(6)) {
        case 0:
        case 1: (void)core::mergeObservation(r, observation()); break;
        case 2: {
          core::PracticeEntry e;
          e.minutes = 15.0 * (1 + pick(6));
          e.coacheePseudonym = word();
          core::putPractice(r, "p" + std::to_string(pick(4)), e, at, coin() ? "Ann" : "Ben");
          break;
        }
        case 3: {
          core::EntryKind kind = coin() ? core::EntryKind::Session : core::EntryKind::Practice;
          std::string id = kind == core::EntryKind::Session ? "obs-" + std::to_string(pick(4)) : "p" + std::to_string(pick(4));
          core::removeEntry(r, kind, id, at, "Ann");
          break;
        }
        case 4: {
          auto conflicts = r.conflicts();
          if (!conflicts.empty()) {
            const auto& c = conflicts[pick(static_cast<int>(conflicts.size()))];
            core::resolveConflict(r, c.kind, c.id, c.headHashes[pick(static_cast<int>(c.headHashes.size()))], at, "Ann");
          }
          break;
        }
        case 5: core::putAssignment(r, std::to_string(1 + pick(3)), {core::AssignmentStatus(pick(5)), "", ""}, at, "Ann"); break;
      }
    }
    return r;
  }
};

core::ProgressRecord joined(core::ProgressRecord a, const core::ProgressRecord& b) {
  REQUIRE(core::joinRecords(a, b).ok());
  return a;
}

bool holdsAll(const core::ProgressRecord& big, const core::ProgressRecord& small) {
  return core::holdsAllVersions(big, small);
}

}  // namespace

TEST_CASE("record: joining records is idempotent, commutative and associative (3,000 random cases)") {
  Gen gen(20261123);
  for (int trial = 0; trial < 3000; ++trial) {
    INFO("trial " << trial);
    const auto a = gen.record(gen.pick(12)), b = gen.record(gen.pick(12)), c = gen.record(gen.pick(12));
    const auto ab = joined(a, b);
    REQUIRE(joined(a, a) == a);
    REQUIRE(joined(ab, b) == ab);
    REQUIRE(ab == joined(b, a));
    REQUIRE(joined(ab, c) == joined(a, joined(b, c)));
    REQUIRE(holdsAll(ab, a));
    REQUIRE(holdsAll(ab, b));
    if (trial % 100 == 0) {
      // Equal version sets are equal files, byte for byte, however they were reached.
      REQUIRE(store::recordText(ab) == store::recordText(joined(b, a)));
      REQUIRE(store::recordText(joined(ab, c)) == store::recordText(joined(joined(c, b), a)));
    }
  }
}

TEST_CASE("record: merging observations is idempotent and order-independent (3,000 random cases)") {
  Gen gen(7);
  for (int trial = 0; trial < 3000; ++trial) {
    INFO("trial " << trial);
    const auto base = gen.record(gen.pick(8));
    std::vector<core::Observation> obs;
    for (int i = 1 + gen.pick(5); i > 0; --i) obs.push_back(gen.observation());
    auto forward = base;
    for (const auto& o : obs) REQUIRE(core::mergeObservation(forward, o).ok());
    auto backward = base;
    for (auto it = obs.rbegin(); it != obs.rend(); ++it) REQUIRE(core::mergeObservation(backward, *it).ok());
    REQUIRE(forward == backward);
    auto twice = forward;
    for (const auto& o : obs) {
      auto outcome = core::mergeObservation(twice, o);
      REQUIRE(outcome.ok());
      REQUIRE_FALSE(outcome->added);
    }
    REQUIRE(twice == forward);
    // Folding observations into two replicas and joining equals folding them all into one.
    auto left = base, right = base;
    for (std::size_t i = 0; i < obs.size(); ++i) (void)core::mergeObservation(i % 2 ? left : right, obs[i]);
    REQUIRE(joined(left, right) == forward);
    for (const auto& o : obs) REQUIRE(forward.sessions.versions(o.id)->size() >= 1);
  }
}

TEST_CASE("record: two different edits of one observation are both kept as a conflict, and its resolution merges cleanly") {
  Gen gen(1);
  core::Observation first = gen.observation();
  first.context.learnerId = kLearner;
  first.feedback = "Good contracting.";
  core::Observation second = first;
  second.feedback = "Good contracting; explore the goal's meaning.";
  second.ratings["3"] = {4, false, "set the goal"};

  auto base = core::newProgressRecord(kLearner, {"Learner", "", "ilm-coaching-level5", ""}, "t0", "a");
  auto tutorA = base, tutorB = base;
  REQUIRE(core::mergeObservation(tutorA, first)->added);
  REQUIRE(core::mergeObservation(tutorB, second)->added);
  auto together = joined(tutorA, tutorB);
  REQUIRE(together.sessions.versions(first.id)->size() == 2);
  auto conflicts = together.conflicts();
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0].kind == core::EntryKind::Session);
  CHECK(conflicts[0].id == first.id);
  REQUIRE(conflicts[0].headHashes.size() == 2);

  // Tutor A resolves in favour of the second version; tutor B meanwhile still holds both.
  auto resolved = together;
  const std::string chosen = [&] {
    for (const auto* head : together.sessions.heads(first.id)) {
      if (head->data.feedback == second.feedback) return head->hash;
    }
    return std::string();
  }();
  REQUIRE(core::resolveConflict(resolved, core::EntryKind::Session, first.id, chosen, "t9", "Ann"));
  CHECK(resolved.conflicts().empty());
  CHECK(resolved.sessions.current(first.id)->data.feedback == second.feedback);
  auto everyone = joined(tutorB, resolved);
  CHECK(everyone.conflicts().empty());
  CHECK(everyone == joined(resolved, tutorB));
  // Merging an old copy again changes nothing: it is already superseded.
  CHECK_FALSE(core::mergeObservation(everyone, first)->added);
  CHECK(everyone.conflicts().empty());
  // Resolving with a hash that is not a head is refused.
  CHECK_FALSE(core::resolveConflict(everyone, core::EntryKind::Session, first.id, "0000", "t", "x"));
}

TEST_CASE("record: a deletion travels as a tombstone and a concurrent edit surfaces as a conflict") {
  auto base = core::newProgressRecord(kLearner, {"Learner", "", "ilm-coaching-level5", ""}, "t0", "a");
  core::PracticeEntry e;
  e.minutes = 60;
  core::putPractice(base, "p", e, "t1", "learner");
  auto deleter = base, other = base;
  REQUIRE(core::removeEntry(deleter, core::EntryKind::Practice, "p", "t2", "tutor"));
  auto synced = joined(other, deleter);
  CHECK(synced.practice.current("p") == nullptr);
  CHECK(synced.tombstones().size() == 1);
  CHECK(synced.conflicts().empty());

  e.minutes = 90;
  core::putPractice(other, "p", e, "t3", "learner");
  auto both = joined(deleter, other);
  REQUIRE(both.conflicts().size() == 1);
  CHECK(both.practice.current("p")->data.minutes == 90);  // the live edit shows until resolved
}

TEST_CASE("record: an observation of another learner, or of none, is refused") {
  auto r = core::newProgressRecord(kLearner, {}, "t0", "a");
  core::Observation o;
  o.id = "x";
  o.context.learnerId = "someone-else";
  auto refused = core::mergeObservation(r, o);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().where == "/context/learnerId");
  o.id.clear();
  CHECK_FALSE(core::mergeObservation(r, o).ok());
  auto otherRecord = core::newProgressRecord("other", {}, "t0", "a");
  CHECK_FALSE(core::joinRecords(r, otherRecord).ok());
}

TEST_CASE("record: a tutor's own later edit of an observation replaces it without a conflict") {
  Gen gen(3);
  auto r = core::newProgressRecord(kLearner, {}, "t0", "a");
  core::Observation o = gen.observation();
  REQUIRE(core::mergeObservation(r, o).ok());
  o.feedback = "typo fixed";
  auto outcome = core::replaceWithObservation(r, o, "t5");
  REQUIRE(outcome.ok());
  CHECK(outcome->added);
  CHECK_FALSE(outcome->conflict);
  CHECK(r.sessions.current(o.id)->data.feedback == "typo fixed");
  CHECK_FALSE(core::replaceWithObservation(r, o, "t6")->added);
}
