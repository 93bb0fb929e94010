// The centre dashboard's session logic without a window: the rows read in the background are the
// centre query's, filters and orders go through it, and a learner opens for the Progress tab.
#include <catch_compat.hpp>

#include "centre_generator.h"
#include "core/centre_query.h"
#include "session/centre_session.h"
#include "store/centre_load.h"
#include "test_paths.h"

using namespace coachscope;

namespace {

std::vector<std::string> idsOf(const std::vector<core::CentreRow>& rows) {
  std::vector<std::string> ids;
  for (const auto& r : rows) ids.push_back(r.learnerId);
  return ids;
}

}  // namespace

TEST_CASE("centre session: a background read, then filters and orders as the centre query gives them") {
  session::AppSession state;
  state.catalog.addBuiltIns();
  state.workspace = std::filesystem::path(COACHSCOPE_TEST_TMP) / "centre-session";
  std::filesystem::remove_all(state.workspace);
  testing::CentreOptions options;
  options.workspace = state.workspace;
  options.learners = 26;
  options.sessions = 2;
  options.observationFiles = false;
  REQUIRE(testing::generateCentre(options, state.catalog));
  state.centre.today = options.today;

  session::updateCentre(state);  // starts the read and returns at once
  CHECK(state.centre.loading);
  REQUIRE(session::finishCentreRead(state));
  CHECK_FALSE(state.centre.loading);
  CHECK(state.centre.loads == 1);

  auto query = [&](const core::CentreFilter& filter, core::CentreSort sort) {
    return idsOf(core::selectRows(store::loadCentre(state.workspace, state.catalog, options.today).rows, filter, sort));
  };
  CHECK(idsOf(state.centre.shown) == query({}, core::CentreSort::Name));
  CHECK(state.centre.cohorts.size() == 2);
  CHECK_FALSE(state.centre.competencies.empty());

  session::sortCentre(state, core::CentreSort::LastObserved, true);
  auto longestAgo = query({}, core::CentreSort::LastObserved);
  CHECK(idsOf(state.centre.shown) == std::vector<std::string>(longestAgo.rbegin(), longestAgo.rend()));

  session::sortCentre(state, core::CentreSort::Flags, false);
  core::CentreFilter filter{state.centre.cohorts.front()};
  filter.anyFlag = true;
  session::filterCentre(state, filter);
  CHECK(idsOf(state.centre.shown) == query(filter, core::CentreSort::Flags));

  const std::string id = state.centre.shown.front().learnerId;
  CHECK(session::openCentreLearner(state, id));
  REQUIRE(state.progress.record);
  CHECK(state.progress.record->learnerId == id);
  CHECK_FALSE(session::openCentreLearner(state, "../elsewhere"));
  CHECK(state.notices.size() == 1);
}
