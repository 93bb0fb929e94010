// The rules for a learner's cohort and tutor labels: the keys a centre groups and filters its
// learners by, so they must be one line of plain text that compares the same wherever it is typed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coachscope::core {

// Longest cohort or tutor label, in characters (code points).
inline constexpr std::size_t kGroupingLabelMaxChars = 100;

// Why `label` cannot be a cohort or tutor label (control characters, spaces at either end, too
// long), or nullopt when it can. The empty label (not set) is always fine.
std::optional<std::string> groupingLabelProblem(std::string_view label);

// `typed` with spaces at both ends removed and runs of whitespace made one space: what an editor or
// a command line stores, so "2026  spring " and "2026 spring" are one cohort.
std::string normalizeGroupingLabel(std::string_view typed);

// Whether two labels name the same group: equal, ignoring ASCII case.
bool sameGroupingLabel(std::string_view a, std::string_view b);

}  // namespace coachscope::core
