// Writes a progress record's file text straight from the record, without building a JSON tree
// first: one version per line, fields in a fixed order, so equal records are equal bytes and git
// diffs show one line per change. (Building the tree made merging cost twice a plain rewrite.)
#pragma once

#include <string>

#include "core/progress_record.h"

namespace coachscope::store {

std::string writeRecordText(const core::ProgressRecord& record, int formatVersion);

}  // namespace coachscope::store
