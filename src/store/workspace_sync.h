// Sharing a workspace through the centre's git repository: join it once (clone), then sync —
// commit this workspace's records and observations, fetch, join records by the record merge,
// push, and try again when another tutor pushed first. Local work is never lost: it is committed
// before anything leaves the machine, and a merge that cannot finish is undone.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/result.h"

namespace coachscope::store {

struct SyncOptions {
  std::filesystem::path executable;                  // this coachscope, the record merge driver git calls
  int maxAttempts = 10;                              // fetch-merge-push rounds before giving up on a busy remote
  std::function<void(const std::string&)> progress;  // one line per step, for people
  core::Catalog catalog;                             // what observations and records are checked against
};

// One learner whose record changed through what came in.
struct IncomingLearner {
  std::string id;
  std::string name;
  bool newLearner = false;  // the record was not in this workspace before
  int sessionsAdded = 0;
};

struct SyncReport {
  std::string remote;  // the URL of origin
  std::string branch;
  int recordsCommitted = 0;
  int observationsCommitted = 0;
  std::vector<std::string> restored;   // files deleted here, put back (sync never removes one)
  std::vector<std::string> notShared;  // "file: reason": invalid files left out of the commit
  // Synced folders' conflict copies joined into their records first (store/conflict_copies.h).
  std::vector<std::string> conflictCopiesMerged;
  std::vector<std::string> conflictCopiesKept;  // "file: reason"
  std::vector<IncomingLearner> incoming;        // by name
  int observationsAdded = 0;
  bool pushed = false;
  int attempts = 0;  // push attempts made
};

// Joins the repository at `url`: `workspace` (new, empty or already holding work) becomes its
// clone and is synced once. Refused when the workspace is a clone already. When the remote
// cannot be reached, the workspace is left exactly as it was.
core::Result<SyncReport> cloneWorkspace(const std::string& url, const std::filesystem::path& workspace,
                                        const SyncOptions& options);

core::Result<SyncReport> syncWorkspace(const std::filesystem::path& workspace, const SyncOptions& options);

// Whether `workspace` is the working tree of a git clone.
bool isSyncedWorkspace(const std::filesystem::path& workspace);

}  // namespace coachscope::store
