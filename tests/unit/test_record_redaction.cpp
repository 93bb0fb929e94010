// Deleted entries keep no text in a record's history: not after the deletion, not after a join
// with a copy that still holds the text, not in the file; and the join stays a join.
#include <catch_compat.hpp>

#include "core/merge.h"
#include "store/record_codec.h"

using namespace coachscope;

namespace {

core::ProgressRecord withPractice(const std::string& reflection) {
  auto r = core::newProgressRecord("learner-r", {"Learner", "", "ilm-coaching-level5", ""}, "t0", "a");
  core::PracticeEntry e;
  e.minutes = 60;
  e.reflection = reflection;
  core::putPractice(r, "p", e, "t1", "learner");
  e.reflection = reflection + ", edited";
  core::putPractice(r, "p", e, "t2", "learner");
  return r;
}

}  // namespace

TEST_CASE("record: a deleted entry's earlier versions lose their text, keep their hashes") {
  auto r = withPractice("told my coachee's secret");
  const auto before = *r.practice.versions("p");
  REQUIRE(core::removeEntry(r, core::EntryKind::Practice, "p", "t3", "tutor"));
  const auto& after = *r.practice.versions("p");
  CHECK(after.size() == before.size() + 1);
  for (const auto& [hash, v] : after) {
    CHECK(before.count(hash) + v.deleted == 1);
    if (!v.deleted) {
      CHECK(v.redacted);
      CHECK(v.data.reflection.empty());
    }
  }
  const std::string text = store::recordText(r);
  CHECK(text.find("secret") == std::string::npos);

  // The file keeps the redaction and still loads with its hashes checked.
  auto loaded = store::recordFromJson(nlohmann::json::parse(text), "r.json");
  REQUIRE(loaded.ok());
  CHECK(*loaded == r);
  CHECK(store::recordText(*loaded) == text);
}

TEST_CASE("record: joining a copy that still holds the deleted text gives none of it back, either way round") {
  const auto old = withPractice("something private");
  auto deleted = old;
  REQUIRE(core::removeEntry(deleted, core::EntryKind::Practice, "p", "t3", "tutor"));
  auto a = deleted, b = old;
  REQUIRE(core::joinRecords(a, old).ok());
  REQUIRE(core::joinRecords(b, deleted).ok());
  CHECK(store::recordText(a).find("private") == std::string::npos);
  CHECK(store::recordText(b).find("private") == std::string::npos);
  CHECK(store::recordText(a) == store::recordText(b));
  CHECK(a.practice.current("p") == nullptr);
}

TEST_CASE("record: a redacted version that still claims data is refused") {
  auto r = withPractice("x");
  REQUIRE(core::removeEntry(r, core::EntryKind::Practice, "p", "t3", "tutor"));
  auto doc = nlohmann::json::parse(store::recordText(r));
  for (auto& v : doc["practice"]) {
    if (v.value("redacted", false)) v["data"] = {{"minutes", 60}};
  }
  auto loaded = store::recordFromJson(doc, "r.json");
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().reason.find("redacted") != std::string::npos);
}
