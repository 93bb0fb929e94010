// Writing a file so that a crash at any moment leaves either the old or the new contents,
// never a mix: write a temporary sibling, fsync it, rename over the target, fsync the folder.
#pragma once

#include <filesystem>
#include <string_view>

#include "core/result.h"

namespace coachscope::store {

// The file is 0600 and any folder it creates 0700, whatever the umask (store/private_files.h).
core::Status writeFileAtomically(const std::filesystem::path& path, std::string_view contents);

// Removes the temporaries that killed writes left in `folder` (never one a live writer holds).
// writeFileAtomically calls it for the target's folder; tidyWorkspace for the workspace at start.
void removeStaleTemporaries(const std::filesystem::path& folder);

}  // namespace coachscope::store
