// A rebuildable cache of the learner list, so opening a large workspace does not parse every
// record: one entry per record file, keyed by its path, size and modification time. It is never
// trusted over the files — a file whose size or time differs, or that the index does not know, is
// read again; an entry whose file is gone is dropped — and a missing or corrupt index is rebuilt.
// It lives in the workspace (".coachscope-index.json", owner-only) and is never shared.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <vector>

#include "core/error.h"
#include "store/workspace.h"

namespace coachscope::store {

std::filesystem::path workspaceIndexPath(const std::filesystem::path& workspace);

struct WorkspaceScan {
  std::vector<LearnerSummary> learners;  // by name, then id
  std::vector<core::Error> problems;     // records that failed to load (never cached: read each time)
  std::size_t filesRead = 0;             // records parsed because the index did not know them as they are
  bool rebuilt = false;                  // the index was missing or corrupt
};

// (records looked at, records in all): for a progress bar while the index is rebuilt.
using ScanProgress = std::function<void(std::size_t done, std::size_t total)>;

// The learners in the workspace, through the index, which is brought up to date and saved.
WorkspaceScan scanLearners(const std::filesystem::path& workspace, const ScanProgress& progress = {});

}  // namespace coachscope::store
