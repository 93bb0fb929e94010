#include "core/clock_text.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <vector>

namespace coachscope::core {

std::string formatClock(double seconds) {
  if (!(seconds > 0)) seconds = 0;
  long long total = static_cast<long long>(std::floor(seconds));
  long long h = total / 3600, m = (total / 60) % 60, s = total % 60;
  if (h > 0) return fmt::format("{}:{:02}:{:02}", h, m, s);
  return fmt::format("{}:{:02}", m, s);
}

std::optional<double> parseClock(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ':') {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  double total = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    bool last = i + 1 == parts.size();
    double value = 0;
    auto part = parts[i];
    if (part.empty()) return std::nullopt;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (ec != std::errc() || end != part.data() + part.size() || value < 0) return std::nullopt;
    if (!last && value != std::floor(value)) return std::nullopt;
    if (i > 0 && value >= 60) return std::nullopt;
    total = total * 60 + value;
  }
  return total;
}

}  // namespace coachscope::core
