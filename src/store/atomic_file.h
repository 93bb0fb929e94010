// Writing a file so that a crash at any moment leaves either the old or the new contents,
// never a mix: write a temporary sibling, fsync it, rename over the target, fsync the folder.
#pragma once

#include <filesystem>
#include <string_view>

#include "core/result.h"

namespace coachscope::store {

core::Status writeFileAtomically(const std::filesystem::path& path, std::string_view contents);

}  // namespace coachscope::store
