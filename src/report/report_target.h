// Where a report may be written: never over one of its inputs, and over an existing file only
// when that file is a coachscope report itself (or the user says --force), so a mistyped -o never
// replaces an observation, a record or someone's document.
#pragma once

#include <filesystem>
#include <vector>

#include "core/result.h"

namespace coachscope::report {

// Whether `file` is a report coachscope wrote: HTML with its generator tag, a PDF it created, the
// Markdown footer it signs, the coaching log CSV it heads.
bool isCoachscopeReport(const std::filesystem::path& file);

// Done when `output` may be written. An output that is one of `inputs` (the same file by inode,
// links included) is refused even with `force`: that would destroy the input.
core::Status checkReportTarget(const std::vector<std::filesystem::path>& inputs, const std::filesystem::path& output,
                               bool force);

}  // namespace coachscope::report
