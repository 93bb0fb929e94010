// What turns a workspace into a clone of the centre's repository: the files that say what is
// shared (.gitignore, .gitattributes) and the record merge driver in the clone's own config.
#pragma once

#include <filesystem>
#include <string>

#include "core/result.h"
#include "store/git_repo.h"

namespace coachscope::store {

// Shares learners/*.record.json and observations/*.observation.json only: never journals,
// settings, reports, locks, temporaries, the index or synced folders' conflict copies.
extern const char* const kSyncGitignore;
// Routes every record through the record merge, so git never merges one by lines.
extern const char* const kSyncGitattributes;
inline constexpr const char* kRecordMergeDriverName = "coachscope-record";

// Writes .gitignore when missing, adds the merge line to .gitattributes when it lacks it, and
// points merge.coachscope-record.driver at `executable merge-driver %O %A %B %P`.
core::Status configureSyncedWorkspace(const GitRepo& git, const std::filesystem::path& executable);

// The branch a new clone follows: the remote's default branch, else its "main", else its only
// branch, else "main" (a new centre's empty repository).
core::Result<std::string> chooseBranch(const GitRepo& git);

// 'text' quoted for the POSIX shell git runs merge drivers through.
std::string shellQuote(const std::string& text);

}  // namespace coachscope::store
