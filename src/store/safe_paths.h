// The one check applied wherever an id from a file or the command line becomes part of a path
// (records, observations, journals, erasure), and the confinement of such paths to the workspace.
#pragma once

#include <filesystem>
#include <string>

#include "core/result.h"

namespace coachscope::store {

// Done when `id` is a safe token (core::isSafeId); else an error naming `what` ("learner id"),
// the id quoted short and escaped, and, when given, the file and place it came from.
core::Status checkSafeId(const std::string& id, const std::string& what, const std::string& file = {},
                         const std::string& where = {});

// `folder / (id + suffix)` after checkSafeId, and only when it stays inside `folder`.
core::Result<std::filesystem::path> idPath(const std::filesystem::path& folder, const std::string& id,
                                           const std::string& suffix, const std::string& what);

// Whether `path` lies inside `folder` once both are made absolute and normal (symlinks of the
// parts that exist resolved), so no "..", absolute part or link leads out of it.
bool isInside(const std::filesystem::path& folder, const std::filesystem::path& path);

}  // namespace coachscope::store
