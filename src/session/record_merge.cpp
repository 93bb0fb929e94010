#include "session/record_merge.h"

#include "store/record_lock.h"

namespace coachscope::session {

core::Result<core::MergeOutcome> mergeIntoRecordFile(const std::filesystem::path& record,
                                                     const core::Observation& observation) {
  core::MergeOutcome outcome;
  auto status = store::updateRecordFile(record, [&](core::ProgressRecord& r) -> core::Result<bool> {
    auto merged = core::mergeObservation(r, observation);
    if (!merged) return merged.error();
    outcome = *merged;
    return merged->added;
  });
  if (!status) return status.error();
  return outcome;
}

}  // namespace coachscope::session
