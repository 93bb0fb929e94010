// One cohort's competencies read from a workspace (core/cohort_view.h), on all cores: what
// `coachscope cohort` prints and exports and what the Centre tab's cohort view shows.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/cohort_view.h"
#include "core/error.h"

namespace coachscope::store {

struct CohortLoad {
  // Why there is no view: no learner is in the cohort (naming the cohorts there are), or the
  // framework of its programmes is not available.
  std::optional<core::Error> failure;
  core::CohortView view;             // view.frameworkKey names the framework it was built on
  std::vector<std::string> cohorts;  // every cohort the workspace's learners name, sorted
  std::vector<core::Error> skipped;  // records that did not load
};

// The sessions of the learners in `cohort` (compared without case) against the framework most of
// their programmes score against. `threads` 0 uses every core.
CohortLoad loadCohort(const std::filesystem::path& workspace, const core::Catalog& catalog,
                                    const std::string& cohort, core::CohortPeriod period, unsigned threads = 0);

}  // namespace coachscope::store
