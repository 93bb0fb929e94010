#include "core/transcript_timestamp.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/transcript_excerpt.h"

namespace coachscope::core::transcript_time {
namespace {

constexpr std::size_t kMaxHourDigits = 9;  // a billion hours: anything longer is not a time

bool digit(char c) { return c >= '0' && c <= '9'; }

// Digits at `pos` as a number; `count` says how many there were.
double digits(std::string_view s, std::size_t& pos, std::size_t& count) {
  double value = 0;
  count = 0;
  while (pos < s.size() && digit(s[pos])) {
    if (count < 18) value = value * 10 + (s[pos] - '0');
    ++pos;
    ++count;
  }
  return value;
}

}  // namespace

Timestamp readWebVtt(std::string_view s, std::size_t& pos) {
  static constexpr const char* kShape = "expected hh:mm:ss.ttt or mm:ss.ttt";
  if (pos >= s.size() || !digit(s[pos])) return {0, kShape};
  std::size_t count = 0;
  double v1 = digits(s, pos, count);
  if (count > kMaxHourDigits) return {0, "too many digits for the hours"};
  const bool hours = count != 2 || v1 > 59;
  if (pos >= s.size() || s[pos] != ':') return {0, kShape};
  ++pos;
  double v2 = digits(s, pos, count);
  if (count != 2) return {0, "each part after a colon needs two digits"};
  double v3 = 0;
  if (hours || (pos < s.size() && s[pos] == ':')) {
    if (pos >= s.size() || s[pos] != ':') return {0, "hours need minutes and seconds after them"};
    ++pos;
    v3 = digits(s, pos, count);
    if (count != 2) return {0, "each part after a colon needs two digits"};
  } else {
    v3 = v2;
    v2 = v1;
    v1 = 0;
  }
  if (pos >= s.size() || s[pos] != '.') {
    if (pos < s.size() && s[pos] == ',') return {0, "a comma before the milliseconds, where WebVTT needs a dot"};
    return {0, "the milliseconds are missing (hh:mm:ss.ttt)"};
  }
  ++pos;
  const double v4 = digits(s, pos, count);
  if (count != 3) return {0, "the milliseconds need three digits"};
  if (v2 > 59) return {0, "the minutes must be below 60"};
  if (v3 > 59) return {0, "the seconds must be below 60"};
  return {v1 * 3600 + v2 * 60 + v3 + v4 / 1000, ""};
}

Timestamp readSrt(std::string_view s, std::size_t& pos) {
  double parts[3] = {0, 0, 0};
  std::size_t sizes[3] = {0, 0, 0};
  int n = 0;
  if (pos >= s.size() || !digit(s[pos])) return {0, "expected hh:mm:ss,ttt"};
  while (true) {
    parts[n] = digits(s, pos, sizes[n]);
    ++n;
    if (n == 3 || pos >= s.size() || s[pos] != ':' || pos + 1 >= s.size() || !digit(s[pos + 1])) break;
    ++pos;
  }
  if (n < 2) return {0, "expected hh:mm:ss,ttt"};
  if (sizes[0] > kMaxHourDigits) return {0, "too many digits for the hours"};
  const double hours = n == 3 ? parts[0] : 0;
  const double minutes = parts[n - 2];
  const double seconds = parts[n - 1];
  if (sizes[n - 1] > 2 || (n == 3 && sizes[1] > 2)) return {0, "minutes and seconds have at most two digits"};
  if (n == 3 && minutes > 59) return {0, "the minutes must be below 60"};
  if (seconds > 59) return {0, "the seconds must be below 60"};
  double fraction = 0;
  if (pos < s.size() && (s[pos] == ',' || s[pos] == '.')) {
    ++pos;
    std::size_t count = 0;
    const std::size_t start = pos;
    const double value = digits(s, pos, count);
    if (count == 0) return {0, "digits must follow the comma"};
    if (count > 9) return {0, "too many digits after the comma"};
    fraction = value / std::pow(10.0, static_cast<double>(pos - start));
  }
  return {hours * 3600 + minutes * 60 + seconds + fraction, ""};
}

bool looksLikeCutTimingLine(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  if (line.empty() || !digit(line.front()) || line.find(':') == std::string_view::npos) return false;
  return std::all_of(line.begin(), line.end(), [](char c) {
    return digit(c) || c == ':' || c == ',' || c == '.' || c == ' ' || c == '\t' || c == '-' || c == '>';
  });
}

std::string missingArrow(std::string_view rest) {
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t' || rest.front() == '\f')) rest.remove_prefix(1);
  if (rest.empty()) return "the timing line ends after the start time (cut off?)";
  return fmt::format("expected \"-->\" after the start time, found \"{}\"", visibleExcerpt(rest, 16));
}

std::string_view tokenAt(std::string_view line, std::size_t pos) {
  std::size_t end = std::min(pos, line.size());
  while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != '\f' &&
         line.compare(end, 3, "-->") != 0) {
    ++end;
  }
  return line.substr(std::min(pos, line.size()), end - std::min(pos, line.size()));
}

std::string format(double seconds) {
  const long long total = std::llround(std::max(0.0, seconds) * 1000);
  return fmt::format("{:02}:{:02}:{:02}.{:03}", total / 3600000, total / 60000 % 60, total / 1000 % 60, total % 1000);
}

}  // namespace coachscope::core::transcript_time
