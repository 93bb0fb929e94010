#include "report/exporter.h"

#include <fmt/format.h>

#include "report/coaching_log_csv.h"
#include "report/cohort_report.h"
#include "report/progress_report.h"
#include "store/atomic_file.h"

namespace coachscope::report {

core::Status exportObservation(const core::Observation& observation, const core::Catalog& catalog, Format format,
                               const std::filesystem::path& path, const ReportOptions& options) {
  const core::Framework* framework = catalog.framework(observation.frameworkKey());
  if (!framework) {
    return core::Error{path.string(), "",
                       fmt::format("the observation is scored against framework {}, which is not available",
                                   observation.frameworkKey())};
  }
  if (format == Format::Csv) {
    return core::Error{path.string(), "",
                       "a session feedback report is html, pdf or md; CSV is the coaching log of a learner record"};
  }
  return writeDocument(buildFeedbackReport(observation, *framework, options), format, path);
}

core::Status exportRecord(const core::ProgressRecord& record, const core::Catalog& catalog, Format format,
                          const std::filesystem::path& path, const ReportOptions& options) {
  if (format == Format::Csv) return store::writeFileAtomically(path, coachingLogCsv(record));
  return writeDocument(buildProgressReport(record, catalog, options), format, path);
}

core::Status exportCohort(const core::CohortView& view, const core::Framework& framework, Format format,
                          const std::filesystem::path& path, const ReportOptions& options) {
  if (format == Format::Csv) return store::writeFileAtomically(path, cohortCsv(view, framework));
  return writeDocument(buildCohortReport(view, framework, options), format, path);
}

core::Result<Format> chooseFormat(const std::string& formatName, const std::filesystem::path& path) {
  if (!formatName.empty()) {
    auto format = report::formatFromName(formatName);
    if (!format) return core::Error{"", "--format", fmt::format("unknown format \"{}\" (html, pdf, md or csv)", formatName)};
    return *format;
  }
  auto format = formatFromPath(path);
  if (!format) {
    return core::Error{path.string(), "",
                       "cannot tell the format from the file name: give --format html, pdf, md or csv"};
  }
  return *format;
}

}  // namespace coachscope::report
