#include "store/centre_load.h"

#include "store/record_scan.h"

namespace coachscope::store {

CentreLoad loadCentre(const std::filesystem::path& workspace, const core::Catalog& catalog, const std::string& today,
                      const core::CentreThresholds& thresholds, unsigned threads) {
  // The catalog is only read from here on, so the worker threads share it.
  auto summaries = summarizeRecords<core::CentreRow>(
      workspace, catalog,
      [&](const core::ProgressRecord& record) {
        const std::string programmeId = record.currentProfile().programmeId;
        const core::Programme* programme = programmeId.empty() ? nullptr : catalog.programme(programmeId);
        return core::centreRow(record, programme, today, thresholds);
      },
      threads);
  return CentreLoad{std::move(summaries.summaries), std::move(summaries.skipped)};
}

}  // namespace coachscope::store
