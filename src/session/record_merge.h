// Merging one observation into a learner's record file in a workspace, under the record's lock:
// the one way the window and the commands put a scored session into a record.
#pragma once

#include <filesystem>

#include "core/merge.h"
#include "core/observation.h"
#include "core/result.h"

namespace coachscope::session {

// Merges `observation` into the record at `record` (core::mergeObservation), read, joined and
// written atomically under the record's lock. An error names the file and the reason.
core::Result<core::MergeOutcome> mergeIntoRecordFile(const std::filesystem::path& record,
                                                     const core::Observation& observation);

}  // namespace coachscope::session
