// Owner-only files and folders: coachscope's files hold learners' personal data, so every file it
// writes is 0600 and every folder it makes 0700 whatever the umask, and stays so on rewrite.
#pragma once

#include <filesystem>

#include "core/result.h"

namespace coachscope::store {

inline constexpr unsigned kPrivateFileMode = 0600;
inline constexpr unsigned kPrivateFolderMode = 0700;

// `mkdir -p` where each folder it creates is 0700. Folders that already exist are left as they are
// (a report may go to a shared folder the user chose).
core::Status createPrivateFolders(const std::filesystem::path& folder);

// Opens (creating when missing) a file that is 0600 whatever the umask; -1 with errno set on failure.
int openPrivateFile(const std::filesystem::path& file, int flags);

// The workspace and its own folders (learners/, observations/, journal/, reports/) made 0700 if
// they exist, and stale temporary files from killed writes removed: run once at start.
void tidyWorkspace(const std::filesystem::path& workspace);

}  // namespace coachscope::store
