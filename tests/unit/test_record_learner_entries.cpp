// The learner's entries in the record: reflections, self-assessments and the action plan. They
// merge as every other kind does (a join: property tests on random histories of the new kinds),
// are read through the one reader with their ranges, carried by pseudonymised export, removed by
// deletion, and edited with the roles kept apart (session/learner_entries.h).
#include <catch_compat.hpp>

#include <random>

#include "builtin_catalog.h"
#include "core/limits.h"
#include "core/merge.h"
#include "core/pseudonymise.h"
#include "core/record_contains.h"
#include "core/record_json.h"
#include "session/learner_entries.h"
#include "store/record_codec.h"

using namespace coachscope;
using nlohmann::json;
using session::Role;

namespace {

constexpr const char* kLearner = "learner-9";
constexpr const char* kFramework = "icf-core-competencies@2019";

core::Observation observation(const std::string& id, const std::string& updatedAt = "2026-11-01T10:00:00Z") {
  core::Observation o;
  o.id = id;
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.learnerId = kLearner;
  o.context.learnerName = "Zoë Learner";
  o.context.tutor = "Ann Tutor";
  o.context.coacheePseudonym = "Sam";
  o.context.date = "2026-11-01T10:00";
  o.ratings["6"] = {3, false, "Listened well"};
  o.feedback = "Strong contracting.";
  o.updatedAt = updatedAt;
  return o;
}

core::ProgressRecord baseRecord() {
  auto r = core::newProgressRecord(kLearner, {"Zoë Learner", "", "ilm-coaching-level5", ""}, "t0", "Ann Tutor");
  REQUIRE(core::mergeObservation(r, observation("obs-1")).ok());
  REQUIRE(core::mergeObservation(r, observation("obs-2")).ok());
  return r;
}

core::ProgressRecord joined(core::ProgressRecord a, const core::ProgressRecord& b) {
  REQUIRE(core::joinRecords(a, b).ok());
  return a;
}

core::ProgressRecord roundTrip(const core::ProgressRecord& r) {
  auto back = store::readRecord(json::parse(store::recordText(r)), "round.record.json", testing::builtInCatalog());
  REQUIRE(back.ok());
  return *back;
}

// Random histories of the learner's kinds only, on replicas that share one base, so that edits of
// the same entry on different copies collide often.
struct Gen {
  std::mt19937 rng;
  explicit Gen(unsigned seed) : rng(seed) {}
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
  std::string word() {
    static const char* words[] = {"listened", "rushed the close", "", "more silence", "asked two at once"};
    return words[pick(5)];
  }
  core::ProgressRecord replica(const core::ProgressRecord& base, int steps) {
    core::ProgressRecord r = base;
    for (int i = 0; i < steps; ++i) {
      const std::string at = "2026-11-0" + std::to_string(1 + pick(9)) + "T1" + std::to_string(pick(10)) + ":00:00Z";
      const std::string session = "obs-" + std::to_string(1 + pick(2));
      switch (pick(5)) {
        case 0: core::putReflection(r, session, {word(), word(), word()}, at, "Zoë"); break;
        case 1: {
          core::SelfAssessment a;
          a.sessionId = session;
          a.frameworkKey = kFramework;
          a.ratings[std::to_string(1 + pick(8))] = {1 + pick(5), word()};
          core::putSelfAssessment(r, session, a, at, "Zoë");
          break;
        }
        case 2: {
          core::ActionItem item;
          item.action = word() + "!";
          item.done = pick(2) == 1;
          item.tutorComment = pick(3) == 0 ? word() : "";
          core::putActionItem(r, "a" + std::to_string(pick(3)), item, at, pick(2) ? "Zoë" : "Ann");
          break;
        }
        case 3: {
          const core::EntryKind kinds[] = {core::EntryKind::Reflection, core::EntryKind::SelfAssessment,
                                           core::EntryKind::ActionItem};
          const core::EntryKind kind = kinds[pick(3)];
          core::removeEntry(r, kind, kind == core::EntryKind::ActionItem ? "a" + std::to_string(pick(3)) : session, at,
                            "Zoë");
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
      }
    }
    return r;
  }
};

}  // namespace

TEST_CASE("learner entries: joining copies is idempotent (2,000 random histories)") {
  Gen gen(14);
  const auto base = baseRecord();
  for (int trial = 0; trial < 2000; ++trial) {
    INFO("trial " << trial);
    const auto a = gen.replica(base, gen.pick(10));
    REQUIRE(joined(a, a) == a);
    const auto b = gen.replica(base, gen.pick(10));
    const auto ab = joined(a, b);
    REQUIRE(joined(ab, b) == ab);
    REQUIRE(joined(ab, a) == ab);
  }
}

TEST_CASE("learner entries: joining copies is commutative, byte for byte (2,000 random histories)") {
  Gen gen(1414);
  const auto base = baseRecord();
  for (int trial = 0; trial < 2000; ++trial) {
    INFO("trial " << trial);
    const auto a = gen.replica(base, gen.pick(10)), b = gen.replica(base, gen.pick(10));
    const auto ab = joined(a, b), ba = joined(b, a);
    REQUIRE(ab == ba);
    REQUIRE(core::holdsAllVersions(ab, a));
    REQUIRE(core::holdsAllVersions(ab, b));
    if (trial % 50 == 0) REQUIRE(store::recordText(ab) == store::recordText(ba));
  }
}

TEST_CASE("learner entries: joining copies is associative (2,000 random histories)") {
  Gen gen(141414);
  const auto base = baseRecord();
  for (int trial = 0; trial < 2000; ++trial) {
    INFO("trial " << trial);
    const auto a = gen.replica(base, gen.pick(8)), b = gen.replica(base, gen.pick(8)), c = gen.replica(base, gen.pick(8));
    REQUIRE(joined(joined(a, b), c) == joined(a, joined(b, c)));
    REQUIRE(joined(joined(c, a), b) == joined(a, joined(b, c)));
  }
}

TEST_CASE("learner entries: two copies with different reflections keep both versions and show the latest") {
  const auto base = baseRecord();
  auto mine = base, other = base;
  REQUIRE(*session::writeReflection(mine, Role::Learner, "obs-1", {"Good contracting", "", ""}, "2026-11-02T09:00:00Z",
                                    "Zoë"));
  REQUIRE(*session::writeReflection(other, Role::Learner, "obs-1", {"Held the silence", "Slow down", ""},
                                    "2026-11-03T09:00:00Z", "Zoë"));
  for (const auto& both : {joined(mine, other), joined(other, mine)}) {
    REQUIRE(both.reflections.versions("obs-1")->size() == 2);
    CHECK(both.reflections.inConflict("obs-1"));
    CHECK(both.reflections.current("obs-1")->data.wentWell == "Held the silence");
    CHECK(both.reflections.current("obs-1")->by == "Zoë");
    CHECK(both.reflections.current("obs-1")->at == "2026-11-03T09:00:00Z");
    // The tutor's words are untouched by the learner's.
    CHECK(both.sessions.current("obs-1")->data.feedback == "Strong contracting.");
    const auto back = roundTrip(both);
    CHECK(back == both);
  }
  // A later edit on the joined copy supersedes both: one head again.
  auto resolved = joined(mine, other);
  REQUIRE(*session::writeReflection(resolved, Role::Learner, "obs-1", {"Both", "", ""}, "2026-11-04T09:00:00Z", "Zoë"));
  CHECK_FALSE(resolved.reflections.inConflict("obs-1"));
  CHECK(resolved.reflections.versions("obs-1")->size() == 3);
}

TEST_CASE("learner entries: merging the tutor's later observation leaves the learner's reflection and self-rating alone") {
  auto r = baseRecord();
  REQUIRE(*session::writeReflection(r, Role::Learner, "obs-1", {"Went well", "Differently", "Taken"}, "t1", "Zoë"));
  REQUIRE(*session::writeSelfRating(r, testing::builtInCatalog(), Role::Learner, "obs-1", "6", 5, "I listened", "t1", "Zoë"));
  auto edited = observation("obs-1", "2026-11-05T10:00:00Z");
  edited.feedback = "Revised feedback.";
  REQUIRE(core::replaceWithObservation(r, edited, "t2").ok());
  CHECK(r.sessions.current("obs-1")->data.feedback == "Revised feedback.");
  CHECK(r.reflections.current("obs-1")->data.wentWell == "Went well");
  CHECK(r.selfAssessments.current("obs-1")->data.ratings.at("6").level == 5);
  CHECK(r.sessions.current("obs-1")->data.ratings.at("6").level == 3);
}

TEST_CASE("learner entries: roles are kept apart") {
  auto r = baseRecord();
  const auto& catalog = testing::builtInCatalog();
  auto tutorReflects = session::writeReflection(r, Role::Tutor, "obs-1", {"x", "", ""}, "t1", "Ann");
  REQUIRE_FALSE(tutorReflects.ok());
  CHECK(tutorReflects.error().reason.find("learner's to write") != std::string::npos);
  CHECK_FALSE(session::writeSelfRating(r, catalog, Role::Tutor, "obs-1", "6", 3, "", "t1", "Ann").ok());
  CHECK_FALSE(session::addActionItem(r, Role::Tutor, core::ActionItem{"", "", "Act", "", "", false, ""}, "t1", "Ann").ok());

  auto id = session::addActionItem(r, Role::Learner, core::ActionItem{"Silence", "5", "Pause after questions", "2027-01-31", "", false, ""},
                                   "t1", "Zoë");
  REQUIRE(id.ok());
  // The learner cannot write the tutor's comment, nor the tutor the learner's fields.
  CHECK_FALSE(session::commentOnAction(r, Role::Learner, *id, "Well done", "t2", "Zoë").ok());
  CHECK_FALSE(session::updateActionItem(r, Role::Tutor, *id, core::ActionItem{"", "", "Other", "", "", true, ""}, "t2", "Ann").ok());
  CHECK_FALSE(session::addActionItem(r, Role::Learner, core::ActionItem{"", "", "Act", "", "", false, "self-praise"}, "t1", "Zoë").ok());
  REQUIRE(*session::commentOnAction(r, Role::Tutor, *id, "Try it in the next session", "t2", "Ann"));
  // The learner ticks it off: the tutor's comment is carried over even though the learner's copy of
  // the item says nothing of it.
  REQUIRE(*session::updateActionItem(r, Role::Learner, *id,
                                     core::ActionItem{"Silence", "5", "Pause after questions", "2027-01-31", "Did it twice", true, "forged"},
                                     "t3", "Zoë"));
  const auto& item = r.actionPlan.current(*id)->data;
  CHECK(item.done);
  CHECK(item.evidence == "Did it twice");
  CHECK(item.tutorComment == "Try it in the next session");
  // The same words again add nothing.
  CHECK_FALSE(*session::commentOnAction(r, Role::Tutor, *id, "Try it in the next session", "t4", "Ann"));
}

TEST_CASE("learner entries: a self-rating must be on the session's framework and scale") {
  auto r = baseRecord();
  const auto& catalog = testing::builtInCatalog();
  CHECK_FALSE(session::writeSelfRating(r, catalog, Role::Learner, "obs-1", "6", 6, "", "t1", "Zoë").ok());
  CHECK_FALSE(session::writeSelfRating(r, catalog, Role::Learner, "obs-1", "6", 0, "", "t1", "Zoë").ok());
  CHECK_FALSE(session::writeSelfRating(r, catalog, Role::Learner, "obs-1", "99", 3, "", "t1", "Zoë").ok());
  CHECK_FALSE(session::writeSelfRating(r, catalog, Role::Learner, "obs-9", "6", 3, "", "t1", "Zoë").ok());
  CHECK_FALSE(session::writeSelfRating(r, catalog, Role::Learner, "obs-1", "6", 3, "two\nlines", "t1", "Zoë").ok());
  REQUIRE(*session::writeSelfRating(r, catalog, Role::Learner, "obs-1", "6", 4, "Reflected back", "t1", "Zoë"));
  REQUIRE(*session::writeSelfRating(r, catalog, Role::Learner, "obs-1", "7", 2, "Few open questions", "t2", "Zoë"));
  const auto& a = r.selfAssessments.current("obs-1")->data;
  CHECK(a.ratings.size() == 2);
  CHECK(a.frameworkKey == kFramework);
  CHECK(a.sessionId == "obs-1");

  core::SelfAssessment checkIn;
  checkIn.frameworkKey = kFramework;
  checkIn.date = "2026-12-01";
  checkIn.ratings["8"] = {3, "Growing"};
  auto id = session::addCheckIn(r, catalog, Role::Learner, checkIn, "t3", "Zoë");
  REQUIRE(id.ok());
  CHECK(r.selfAssessments.current(*id)->data.sessionId.empty());
  checkIn.date = "2026-02-30";
  CHECK_FALSE(session::addCheckIn(r, catalog, Role::Learner, checkIn, "t3", "Zoë").ok());
  CHECK(roundTrip(r) == r);
}

TEST_CASE("learner entries: a competency the tutor judges takes no self-rating on the scale") {
  // In the built-in ICF framework competency 1 (ethics) is judged, not rated on the scale.
  auto r = baseRecord();
  const auto& catalog = testing::builtInCatalog();
  const auto* ethics = catalog.framework(kFramework)->competency("1");
  REQUIRE(ethics);
  REQUIRE(ethics->evidence == core::EvidenceKind::Judgement);
  auto refusedRating = session::writeSelfRating(r, catalog, Role::Learner, "obs-1", "1", 3, "", "t1", "Zoë");
  REQUIRE_FALSE(refusedRating.ok());
  CHECK(refusedRating.error().reason.find("judged by the tutor") != std::string::npos);
  CHECK(refusedRating.error().where == "/ratings/1");
  CHECK(r.selfAssessments.current("obs-1") == nullptr);

  core::SelfAssessment checkIn;
  checkIn.frameworkKey = kFramework;
  checkIn.date = "2026-12-01";
  checkIn.ratings["1"] = {3, "Ethical"};
  CHECK_FALSE(session::addCheckIn(r, catalog, Role::Learner, checkIn, "t3", "Zoë").ok());
}

TEST_CASE("learner entries: the one reader refuses bad learner entries with place and reason") {
  auto r = baseRecord();
  REQUIRE(*session::writeReflection(r, Role::Learner, "obs-1", {"Fine", "", ""}, "t1", "Zoë"));
  REQUIRE(*session::writeSelfRating(r, testing::builtInCatalog(), Role::Learner, "obs-1", "6", 4, "ok", "t1", "Zoë"));
  REQUIRE(session::addActionItem(r, Role::Learner, core::ActionItem{"", "", "Act", "2027-01-01", "", false, ""}, "t1", "Zoë").ok());
  const json good = json::parse(store::recordText(r));

  // Each damage is written with a correct hash, so only the range check can refuse it.
  auto rehashed = [](json doc, const std::string& list, auto damage) {
    json& v = doc[list][0];
    damage(v["data"]);
    core::EntryKind kind = list == "reflections" ? core::EntryKind::Reflection
                           : list == "selfAssessments" ? core::EntryKind::SelfAssessment
                                                       : core::EntryKind::ActionItem;
    v["hash"] = core::record_json::versionHash(kind, v["id"].get<std::string>(), false,
                                               v["supersedes"].get<std::vector<std::string>>(), v["at"], v["by"], v["data"]);
    return doc;
  };
  struct Case {
    const char* what;
    json doc;
    const char* where;
  };
  const std::string big(core::limits::kMaxTextBytes + 1, 'x');
  const Case cases[] = {
      {"level off the framework's scale", rehashed(good, "selfAssessments", [](json& d) { d["ratings"]["6"]["level"] = 7; }),
       "/selfAssessments/0/data/ratings/6/level"},
      {"level off every scale", rehashed(good, "selfAssessments", [](json& d) { d["ratings"]["6"]["level"] = 1000; }),
       "/selfAssessments/0/data/ratings/6/level"},
      {"unknown competency", rehashed(good, "selfAssessments", [](json& d) { d["ratings"]["42"] = {{"level", 2}, {"why", ""}}; }),
       "/selfAssessments/0/data/ratings/42"},
      {"a why of two lines", rehashed(good, "selfAssessments", [](json& d) { d["ratings"]["6"]["why"] = "a\nb"; }),
       "/selfAssessments/0/data/ratings/6/why"},
      {"a check-in dated 2026-13-01", rehashed(good, "selfAssessments", [](json& d) { d["date"] = "2026-13-01"; }),
       "/selfAssessments/0/data/date"},
      {"a reflection too long", rehashed(good, "reflections", [&](json& d) { d["wentWell"] = big; }),
       "/reflections/0/data/wentWell"},
      {"a by-when in the year 3000", rehashed(good, "actionPlan", [](json& d) { d["byWhen"] = "3000-01-01"; }),
       "/actionPlan/0/data/byWhen"},
      {"a by-when that is not a date", rehashed(good, "actionPlan", [](json& d) { d["byWhen"] = "soon"; }),
       "/actionPlan/0/data/byWhen"},
      {"done that is not true or false", rehashed(good, "actionPlan", [](json& d) { d["done"] = "yes"; }),
       "/actionPlan/0/data/done"},
      {"a self-assessment of another session", rehashed(good, "selfAssessments", [](json& d) { d["session"] = "obs-2"; }),
       "/selfAssessments"},
  };
  REQUIRE(store::readRecord(good, "good", testing::builtInCatalog()).ok());
  for (const Case& c : cases) {
    INFO(c.what);
    auto read = store::readRecord(c.doc, "bad.record.json", testing::builtInCatalog());
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().file == "bad.record.json");
    CHECK(read.error().where == c.where);
  }
  // An edited field whose hash was not recomputed is refused too.
  json tampered = good;
  tampered["reflections"][0]["data"]["wentWell"] = "Rewritten";
  CHECK_FALSE(store::readRecord(tampered, "t", testing::builtInCatalog()).ok());
}

TEST_CASE("learner entries: a record without them reads and writes as before") {
  const auto r = baseRecord();
  const std::string text = store::recordText(r);
  CHECK(text.find("reflections") == std::string::npos);
  CHECK(text.find("actionPlan") == std::string::npos);
  CHECK(store::recordToJson(r).count("selfAssessments") == 0);
  CHECK(roundTrip(r) == r);
}

TEST_CASE("learner entries: pseudonymised export carries them with names replaced; removal keeps no text") {
  auto r = baseRecord();
  REQUIRE(*session::writeReflection(r, Role::Learner, "obs-1", {"Sam opened up", "Ask Sam less", "Zoë should pause"}, "t1", "Zoë Learner"));
  REQUIRE(*session::writeSelfRating(r, testing::builtInCatalog(), Role::Learner, "obs-1", "6", 4, "Sam said so", "t1", "Zoë Learner"));
  auto id = session::addActionItem(r, Role::Learner, core::ActionItem{"Listening to Sam", "", "Summarise for Sam", "", "Sam noticed", false, ""},
                                   "t1", "Zoë Learner");
  REQUIRE(id.ok());
  REQUIRE(*session::commentOnAction(r, Role::Tutor, *id, "Zoë did this", "t2", "Ann Tutor"));

  const auto p = core::makePseudonyms(r, {}, "fresh-learner");
  const auto out = core::pseudonymiseRecord(r, p, "t9");
  const std::string text = store::recordText(out);
  CHECK(text.find("Sam") == std::string::npos);
  CHECK(text.find("Zoë") == std::string::npos);
  REQUIRE(out.reflections.current("obs-1"));
  CHECK(out.reflections.current("obs-1")->data.wentWell == "Coachee 1 opened up");
  CHECK(out.selfAssessments.current("obs-1")->data.ratings.at("6").level == 4);
  CHECK(out.actionPlan.current(*id)->data.tutorComment == p.learnerName + " did this");
  CHECK(roundTrip(out) == out);

  // Removing them leaves tombstones and no words, in this copy and in any it is joined with.
  auto removed = r;
  REQUIRE(core::removeEntry(removed, core::EntryKind::Reflection, "obs-1", "t3", "Zoë Learner"));
  REQUIRE(core::removeEntry(removed, core::EntryKind::SelfAssessment, "obs-1", "t3", "Zoë Learner"));
  REQUIRE(core::removeEntry(removed, core::EntryKind::ActionItem, *id, "t3", "Zoë Learner"));
  const auto both = joined(r, removed);
  const std::string after = store::recordText(both);
  for (const char* word : {"opened up", "Sam said so", "Summarise", "Zoë did this"}) {
    INFO(word);
    CHECK(after.find(word) == std::string::npos);
  }
  CHECK(both.reflections.current("obs-1") == nullptr);
  CHECK(both.tombstones().size() == 3);
}
