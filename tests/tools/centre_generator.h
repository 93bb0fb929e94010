// A realistic, generated centre for tests and benchmarks: cohorts on both ILM programmes, tutors,
// learners whose observed sessions (ratings, marker events, notes, feedback) spread over months,
// hand-logged practice, supervision, book reviews and assignments. Everything comes from the
// framework and programme files in the catalog, and the same options give the same files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/catalog.h"
#include "core/result.h"

namespace coachscope::testing {

struct CentreOptions {
  std::filesystem::path workspace;
  int learners = 30;
  int sessions = 10;  // observed sessions per learner
  std::uint64_t seed = 1;
  std::string today = "2026-11-23";  // the centre's "now": dates are laid out around it
  bool observationFiles = true;      // also write observations/<id>.observation.json
  // The programmes the cohorts alternate between, by id (each names its framework).
  std::vector<std::string> programmes = {"ilm-coaching-level5", "ilm-coaching-level7"};
};

struct CentreSummary {
  int learners = 0;
  int cohorts = 0;
  int tutors = 0;
  int observations = 0;
  int practiceEntries = 0;
  int conflictedRecords = 0;
};

core::Result<CentreSummary> generateCentre(const CentreOptions& options, const core::Catalog& catalog);

}  // namespace coachscope::testing
