// One call from "this observation / this learner record" to a report file on disk, shared by the
// `coachscope report` command and the export buttons, so both write exactly the same files.
#pragma once

#include <filesystem>
#include <string>
#include <variant>

#include "core/catalog.h"
#include "core/cohort_view.h"
#include "core/observation.h"
#include "core/progress_record.h"
#include "core/result.h"
#include "report/feedback_report.h"
#include "report/report_format.h"

namespace coachscope::report {

// The session feedback report of an observation, in html, pdf or md. The observation's framework
// must be in the catalog.
core::Status exportObservation(const core::Observation& observation, const core::Catalog& catalog, Format format,
                               const std::filesystem::path& path, const ReportOptions& options = {});

// A learner record: the progress report in html, pdf or md, or the coaching log in csv.
core::Status exportRecord(const core::ProgressRecord& record, const core::Catalog& catalog, Format format,
                          const std::filesystem::path& path, const ReportOptions& options = {});

// A cohort's competencies (core/cohort_view.h) built on `framework`: the report in html, pdf or md,
// or the table in csv.
core::Status exportCohort(const core::CohortView& view, const core::Framework& framework, Format format,
                          const std::filesystem::path& path, const ReportOptions& options = {});

// The format to use: the named one, else the one the path's extension says; an error names both.
core::Result<Format> chooseFormat(const std::string& formatName, const std::filesystem::path& path);

}  // namespace coachscope::report
