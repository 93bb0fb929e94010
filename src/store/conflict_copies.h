// Folding back the copies synced folders make when two machines change one record at once
// (Syncthing's "*.sync-conflict-*", Dropbox's and Nextcloud's "* (… conflicted copy …)*"): each is
// joined into the learner's record by the record merge, and removed only once the record has
// been saved, read back and found to hold every version of the copy.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/error.h"

namespace coachscope::store {

// Whether a file name in learners/ is a synced folder's conflict copy.
bool isConflictCopyName(const std::string& fileName);

struct ConflictCopiesMerged {
  std::vector<std::string> merged;    // "COPY: joined into RECORD", one line per copy removed
  std::vector<core::Error> problems;  // copies left in place, with why
};

ConflictCopiesMerged mergeConflictCopies(const std::filesystem::path& workspace);

}  // namespace coachscope::store
