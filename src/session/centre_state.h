// The centre at a glance as the application holds it: every learner's row (core/centre_row.h),
// read on a worker thread so a large centre never holds up a frame, and the filter and order the
// dashboard shows them in (the same core query as `coachscope centre`). Changed only through
// session/centre_session.h.
#pragma once

#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/centre_query.h"
#include "core/centre_row.h"
#include "core/error.h"
#include "store/centre_load.h"
#include "store/cohort_load.h"

namespace coachscope::session {

struct CentreState {
  // What the last finished read found.
  std::vector<core::CentreRow> rows;  // every learner, in file order
  std::vector<core::Error> skipped;   // records that did not load
  core::CompetencyColumns competencies;
  std::vector<std::string> cohorts, tutors;                        // every value the rows name, sorted
  std::vector<std::pair<std::string, std::string>> programmes;     // (id, title) the rows name
  std::string readOn;  // the day the rows were measured on (ISO)
  int loads = 0;       // finished reads; 0 until the first
  bool hasLearnersFolder = true;

  // A read in progress, and the learners folder's time it started from.
  bool loading = false;
  bool readAgain = false;  // asked for while a read ran: start another once it is done
  std::future<store::CentreLoad> pending;
  std::filesystem::file_time_type pendingFolderTime{};
  std::filesystem::file_time_type loadedFolderTime{};
  int checkCountdown = 0;  // frames until the learners folder's time is looked at again

  // "Today" for the flags and days to deadlines; empty: the real day at each read.
  std::string today;

  // What the dashboard shows: `shown` is core::selectRows(rows, filter, sort), reversed when
  // descending, recomputed only when one of them changes.
  core::CentreFilter filter;
  core::CentreSort sort = core::CentreSort::Name;
  bool descending = false;
  std::vector<core::CentreRow> shown;
  std::vector<std::pair<core::CentreFlag, int>> flagCounts;  // over every row, each flag once

  // One cohort's competencies (store/cohort_load.h, as `coachscope cohort` reads them), read on a
  // worker too, and again whenever the rows are.
  std::string cohort;  // the cohort chosen; empty: none yet
  core::CohortPeriod period = core::CohortPeriod::Month;
  std::optional<store::CohortLoad> cohortView;  // the last finished read
  std::string cohortViewOf;                      // the cohort and period it was read for
  core::CohortPeriod cohortViewPeriod = core::CohortPeriod::Month;
  bool cohortLoading = false;
  std::future<store::CohortLoad> cohortPending;
  std::string cohortPendingOf;
  core::CohortPeriod cohortPendingPeriod = core::CohortPeriod::Month;
  int cohortReadFor = -1;  // `loads` when the cohort read started, so a newer centre read starts another
};

}  // namespace coachscope::session
