// Whether one copy of a progress record holds every version of another: what "nothing was lost"
// means for a join, checked before a merged-in copy may be thrown away.
#pragma once

#include "core/progress_record.h"

namespace coachscope::core {

bool holdsAllVersions(const ProgressRecord& record, const ProgressRecord& other);

}  // namespace coachscope::core
