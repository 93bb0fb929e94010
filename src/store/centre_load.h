// A workspace's learners as centre rows (core/centre_row.h), read on all cores: what the centre
// dashboard and `coachscope centre` show. Records that do not load are skipped and named.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/centre_row.h"
#include "core/error.h"

namespace coachscope::store {

struct CentreLoad {
  std::vector<core::CentreRow> rows;  // in record-file order
  std::vector<core::Error> skipped;
};

// Each learner is measured against the programme its profile names (from `catalog`). `today` is
// an ISO date; `threads` 0 uses every core.
CentreLoad loadCentre(const std::filesystem::path& workspace, const core::Catalog& catalog, const std::string& today,
                      const core::CentreThresholds& thresholds = {}, unsigned threads = 0);

}  // namespace coachscope::store
