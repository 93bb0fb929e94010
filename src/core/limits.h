// The ranges every reader enforces, in one place so the readers, the README's "Bad input" table and
// the tests agree. A value outside its range is refused with file, JSON pointer and reason; nothing
// is clamped or truncated. The bounds are generous: each is far beyond anything real, but small
// enough that sums and conversions (seconds to hours, counts to int) can never overflow.
#pragma once

#include <cstddef>
#include <cstdint>

namespace coachscope::core::limits {

// Any file read as input (observation, record, framework, programme, settings, journal). A record
// of 1,000 scored sessions is about 3 MB.
inline constexpr std::uintmax_t kMaxInputBytes = 64ull * 1024 * 1024;
// Nesting of JSON arrays and objects; the deepest real file nests 6 levels.
inline constexpr std::size_t kMaxJsonDepth = 64;

// Times within a session and session lengths, in seconds (24 hours).
inline constexpr double kMaxSessionSeconds = 24 * 60 * 60;
// One coaching-log, supervision or mentor-coaching entry, in minutes (1,000 hours, room for a
// carried-over total).
inline constexpr double kMaxEntryMinutes = 60000;
// Hours a programme may require of anything.
inline constexpr double kMaxProgrammeHours = 100000;
// People coached at once in a group session.
inline constexpr long long kMaxGroupSize = 1000;
// Pages of one book review, and pages a programme asks for.
inline constexpr long long kMaxPages = 10000;
// Values of a rating scale's levels; a rating must also be one of its framework's levels.
inline constexpr long long kMinLevel = 0;
inline constexpr long long kMaxLevel = 100;
// How often one marker was seen in one session; also any other count (clients, reviews, sections,
// markers a competency needs, behaviours, words).
inline constexpr long long kMaxCount = 1000000;
// Minutes in a framework's recording rules or a programme's typical session (24 hours).
inline constexpr long long kMaxRuleMinutes = 24 * 60;
// Months to a deadline, weeks of marking (10 years).
inline constexpr long long kMaxMonths = 120;
inline constexpr long long kMaxWeeks = 520;
// The learner's own words (a reflection's part, evidence of progress, a tutor's comment), in bytes
// of UTF-8: several pages. A one-line field (a self-rating's why, a development area, an action)
// is one line of at most kMaxLineBytes.
inline constexpr std::size_t kMaxTextBytes = 32 * 1024;
inline constexpr std::size_t kMaxLineBytes = 1000;
// A date a learner types (a check-in, an action's by-when) is YYYY-MM-DD within these years.
inline constexpr int kMinYear = 1970;
inline constexpr int kMaxYear = 2200;
// A recording's size in bytes (1 TiB).
inline constexpr long long kMaxMediaBytes = 1ll << 40;

}  // namespace coachscope::core::limits
