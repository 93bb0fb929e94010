#include "session/centre_session.h"

#include <algorithm>
#include <set>

#include "core/portfolio_status.h"
#include "session/progress_session.h"
#include "session/workspace_session.h"
#include "store/workspace.h"

namespace coachscope::session {
namespace {

void select(CentreState& centre) {
  centre.shown = core::selectRows(centre.rows, centre.filter, centre.sort);
  if (centre.descending) std::reverse(centre.shown.begin(), centre.shown.end());
}

void startRead(AppSession& state) {
  CentreState& centre = state.centre;
  if (centre.loading) return;
  const std::filesystem::path workspace = workspaceOf(state);
  centre.pendingFolderTime = modificationTime(store::learnersFolder(workspace));
  centre.readOn = centre.today.empty() ? core::todayIso() : centre.today;
  // The worker reads its own copy of the catalog: a framework dropped onto the window meanwhile
  // changes the window's.
  auto catalog = std::make_shared<const core::Catalog>(state.catalog);
  centre.pending = std::async(std::launch::async, [workspace, catalog, today = centre.readOn] {
    return store::loadCentre(workspace, *catalog, today);
  });
  centre.loading = true;
}

void take(AppSession& state) {
  CentreState& centre = state.centre;
  store::CentreLoad load = centre.pending.get();
  centre.loading = false;
  centre.loadedFolderTime = centre.pendingFolderTime;
  centre.hasLearnersFolder = std::filesystem::is_directory(store::learnersFolder(workspaceOf(state)));
  centre.rows = std::move(load.rows);
  centre.skipped = std::move(load.skipped);
  centre.competencies = core::competencyColumns(centre.rows, state.catalog);
  std::set<std::string> cohorts, tutors;
  std::set<std::pair<std::string, std::string>> programmes;
  for (const core::CentreRow& r : centre.rows) {
    if (!r.cohort.empty()) cohorts.insert(r.cohort);
    if (!r.tutor.empty()) tutors.insert(r.tutor);
    if (!r.programmeId.empty()) programmes.emplace(r.programmeId, r.programmeKnown ? r.programmeTitle : r.programmeId);
  }
  centre.cohorts.assign(cohorts.begin(), cohorts.end());
  centre.tutors.assign(tutors.begin(), tutors.end());
  centre.programmes.assign(programmes.begin(), programmes.end());
  centre.flagCounts.clear();
  for (core::CentreFlag flag : core::kAllCentreFlags) {
    const auto n = std::count_if(centre.rows.begin(), centre.rows.end(), [&](const auto& r) { return r.has(flag); });
    centre.flagCounts.emplace_back(flag, static_cast<int>(n));
  }
  ++centre.loads;
  select(centre);
  if (centre.readAgain) {
    centre.readAgain = false;
    startRead(state);
  }
}

template <typename T>
bool ready(const std::future<T>& pending, std::chrono::milliseconds wait) {
  return pending.wait_for(wait) == std::future_status::ready;
}

void startCohortRead(AppSession& state) {
  CentreState& centre = state.centre;
  if (centre.cohort.empty() || centre.cohortLoading) return;
  auto catalog = std::make_shared<const core::Catalog>(state.catalog);
  centre.cohortPending = std::async(std::launch::async, [workspace = workspaceOf(state), catalog,
                                                         cohort = centre.cohort, period = centre.period] {
    return store::loadCohort(workspace, *catalog, cohort, period);
  });
  centre.cohortLoading = true;
  centre.cohortPendingOf = centre.cohort;
  centre.cohortPendingPeriod = centre.period;
  centre.cohortReadFor = centre.loads;
}

void takeCohort(AppSession& state) {
  CentreState& centre = state.centre;
  store::CohortLoad load = centre.cohortPending.get();
  centre.cohortLoading = false;
  centre.cohortView = std::move(load);
  centre.cohortViewOf = centre.cohortPendingOf;
  centre.cohortViewPeriod = centre.cohortPendingPeriod;
  // A choice made while this read ran is read next.
  if (centre.cohortViewOf != centre.cohort || centre.cohortViewPeriod != centre.period) centre.cohortReadFor = -1;
}

// The cohort view follows the choice and every new read of the centre.
void updateCohort(AppSession& state, std::chrono::milliseconds wait) {
  CentreState& centre = state.centre;
  if (centre.cohortLoading) {
    if (!ready(centre.cohortPending, wait)) return;
    takeCohort(state);
  }
  if (!centre.cohort.empty() && centre.cohortReadFor != centre.loads) startCohortRead(state);
}

}  // namespace

void updateCentre(AppSession& state) {
  CentreState& centre = state.centre;
  updateCohort(state, std::chrono::milliseconds(0));
  if (centre.loading) {
    if (ready(centre.pending, std::chrono::milliseconds(0))) take(state);
    return;
  }
  if (centre.loads == 0) {
    startRead(state);
    return;
  }
  if (--centre.checkCountdown > 0) return;
  centre.checkCountdown = 30;  // about twice a second: a stat, not a read
  if (modificationTime(store::learnersFolder(workspaceOf(state))) != centre.loadedFolderTime) startRead(state);
}

void reloadCentre(AppSession& state) {
  // A read already running may have missed the change that asked for this one: another follows it.
  if (state.centre.loading) state.centre.readAgain = true;
  else startRead(state);
}

bool finishCentreRead(AppSession& state, std::chrono::milliseconds timeout) {
  CentreState& centre = state.centre;
  while (centre.loading) {  // a read taken may start the one asked for meanwhile
    if (!ready(centre.pending, timeout)) return false;
    take(state);
  }
  // The cohort view is read after the rows it belongs with.
  for (int round = 0; round < 2; ++round) updateCohort(state, timeout);
  return !centre.cohortLoading;
}

void chooseCohort(AppSession& state, const std::string& cohort, core::CohortPeriod period) {
  CentreState& centre = state.centre;
  if (centre.cohort == cohort && centre.period == period) return;
  centre.cohort = cohort;
  centre.period = period;
  centre.cohortReadFor = -1;
  updateCohort(state, std::chrono::milliseconds(0));
}

void filterCentre(AppSession& state, const core::CentreFilter& filter) {
  CentreState& centre = state.centre;
  centre.filter = filter;
  select(centre);
}

void sortCentre(AppSession& state, core::CentreSort sort, bool descending) {
  CentreState& centre = state.centre;
  if (centre.sort == sort && centre.descending == descending) return;
  centre.sort = sort;
  centre.descending = descending;
  select(centre);
}

bool openCentreLearner(AppSession& state, const std::string& learnerId) {
  // The learner list knows each record's file; a learner it does not list yet (a read of the
  // centre that came after the list's) is found by the record's usual name.
  auto known = [&] {
    return std::find_if(state.learners.begin(), state.learners.end(),
                        [&](const store::LearnerSummary& l) { return l.id == learnerId; });
  };
  if (known() == state.learners.end()) refreshLearners(state);
  std::filesystem::path file;
  if (auto it = known(); it != state.learners.end()) {
    file = it->file;
  } else if (auto path = store::recordPath(workspaceOf(state), learnerId)) {
    file = *path;
  } else {
    state.notifyError(path.error());
    return false;
  }
  openLearner(state.progress, file);  // a record that does not load says why on the Progress tab
  return true;
}

}  // namespace coachscope::session
