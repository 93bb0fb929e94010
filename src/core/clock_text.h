// Session times as people read them: "4:05", "1:02:03", and back.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coachscope::core {

// Whole seconds, rounded down: "0:00", "12:34", "1:02:03".
std::string formatClock(double seconds);
// "mm:ss" or "h:mm:ss" (optionally ".fff"); nullopt when malformed.
std::optional<double> parseClock(std::string_view text);

}  // namespace coachscope::core
