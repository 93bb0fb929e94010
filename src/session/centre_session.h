// The centre dashboard's logic without ImGui: reading every learner's row in the background,
// re-reading when the learners folder changes, filtering and sorting through the same core query
// as `coachscope centre`, and opening a learner's record for the Progress tab.
#pragma once

#include <chrono>
#include <string>

#include "core/centre_query.h"
#include "session/app_session.h"

namespace coachscope::session {

// Each frame the dashboard is shown: takes a finished read, and starts one when there has been
// none yet or the learners folder changed (looked at about twice a second). Never waits.
void updateCentre(AppSession& state);
// Reads the centre again now (F5, after a sync), keeping the rows shown until the read is done;
// with a read running, once it is done. Never waits.
void reloadCentre(AppSession& state);
// Waits up to `timeout` for the reads in progress (rows, cohort) and takes them; true when none is
// left running.
// For tests, benchmarks and screenshots, which need the rows before their next frame.
bool finishCentreRead(AppSession& state, std::chrono::milliseconds timeout = std::chrono::seconds(60));

void filterCentre(AppSession& state, const core::CentreFilter& filter);
// The order by one column; descending reverses it.
void sortCentre(AppSession& state, core::CentreSort sort, bool descending);

// Shows `cohort`'s competencies by `period`, read in the background (updateCentre takes it).
void chooseCohort(AppSession& state, const std::string& cohort, core::CohortPeriod period);

// Opens the learner's record for the Progress tab (session/progress_session.h), which says why
// when it does not load. False (with a notice) when the learner's file cannot even be named.
bool openCentreLearner(AppSession& state, const std::string& learnerId);

}  // namespace coachscope::session
