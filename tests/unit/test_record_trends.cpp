// Competency development: ratings in time order, trends, and strengths / development areas.
#include <catch_compat.hpp>

#include "core/competency_trends.h"
#include "core/merge.h"

using namespace coachscope;

namespace {

void session(core::ProgressRecord& r, const std::string& id, const std::string& date,
             std::map<std::string, int> levels, bool reference = false, const std::string& framework = "icf") {
  core::Observation o;
  o.id = id;
  o.frameworkId = framework;
  o.frameworkVersion = "1";
  o.context.date = date;
  o.reference = reference;
  for (const auto& [c, level] : levels) o.ratings[c] = {level, false, ""};
  o.ratings["unrated"] = {std::nullopt, true, ""};
  REQUIRE(core::mergeObservation(r, o).ok());
}

const core::CompetencyTrend& trend(const core::CompetencyDevelopment& d, const std::string& id) {
  for (const auto& t : d.trends) {
    if (t.competencyId == id) return t;
  }
  FAIL("no trend for " << id);
  return d.trends.front();
}

}  // namespace

TEST_CASE("record: competency ratings are ordered by session date and show their trend") {
  auto r = core::newProgressRecord("l", {}, "t", "a");
  // Merged out of order on purpose.
  session(r, "c", "2026-03-01", {{"listen", 4}, {"evoke", 2}, {"trust", 3}});
  session(r, "a", "2026-01-01", {{"listen", 2}, {"evoke", 4}, {"trust", 3}});
  session(r, "b", "2026-02-01", {{"listen", 3}, {"evoke", 3}, {"trust", 3}});
  session(r, "ref", "2026-02-15", {{"listen", 1}}, /*reference=*/true);
  session(r, "other", "2026-02-16", {{"listen", 1}}, false, "emcc");
  auto d = core::competencyDevelopment(r, "icf");
  REQUIRE(d.trends.size() == 3);
  const auto& listen = trend(d, "listen");
  REQUIRE(listen.points.size() == 3);
  CHECK(listen.points[0].observationId == "a");
  CHECK(listen.points[2].level == 4);
  CHECK(listen.slope == Approx(1.0));
  CHECK(listen.trend == core::Trend::Improving);
  CHECK(trend(d, "evoke").trend == core::Trend::Declining);
  CHECK(trend(d, "trust").trend == core::Trend::Steady);
  CHECK(trend(d, "listen").recentMean == Approx(3.0));
  // Everything equal on the latest ratings: nothing stands out.
  CHECK(d.strengths.empty());
  CHECK(d.developmentAreas.empty());

  session(r, "d", "2026-04-01", {{"listen", 5}, {"evoke", 1}, {"trust", 3}});
  d = core::competencyDevelopment(r, "icf");
  REQUIRE(d.strengths == std::vector<std::string>{"listen"});
  REQUIRE(d.developmentAreas == std::vector<std::string>{"evoke"});
  CHECK(core::label(trend(d, "trust").trend) == std::string("steady"));
  // Without a framework filter, the other framework's session counts too.
  CHECK(trend(core::competencyDevelopment(r), "listen").points.size() == 5);
}

TEST_CASE("record: one rating is not a trend, and a removed session drops out") {
  auto r = core::newProgressRecord("l", {}, "t", "a");
  session(r, "a", "2026-01-01", {{"listen", 2}});
  auto d = core::competencyDevelopment(r);
  REQUIRE(d.trends.size() == 1);
  CHECK(d.trends[0].trend == core::Trend::NotEnoughData);
  core::removeEntry(r, core::EntryKind::Session, "a", "t2", "tutor");
  CHECK(core::competencyDevelopment(r).trends.empty());
}
