#include "report/report_text.h"

#include <fmt/format.h>

#include <cctype>
#include <cmath>

#include "core/portfolio_status.h"
#include "report/text_safety.h"

namespace coachscope::report {
namespace {

std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::optional<CivilDate> parseIsoDate(std::string_view text) {
  auto year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
  if (!year || !month || !day || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (*month < 1 || *month > 12 || *day < 1 || *day > 31) return std::nullopt;
  CivilDate date{*year, *month, *day};
  if (text.size() > 10) {
    if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
    auto hour = digits(text, 11, 2), minute = digits(text, 14, 2);
    if (!hour || !minute || text[13] != ':' || *hour > 23 || *minute > 59) return std::nullopt;
    date.hour = *hour;
    date.minute = *minute;
  }
  return date;
}

long daysFromCivil(int year, int month, int day) {
  // Howard Hinnant's days_from_civil.
  year -= month <= 2;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string readableDate(std::string_view iso) {
  auto date = parseIsoDate(iso);
  if (!date) return cleanText(iso);
  std::string text = fmt::format("{} {} {}", date->day, kMonths[date->month - 1], date->year);
  if (date->hour >= 0) text += fmt::format(", {:02}:{:02}", date->hour, date->minute);
  return text;
}

std::string isoDay(std::string_view iso) {
  auto date = parseIsoDate(iso);
  if (!date) return {};
  return fmt::format("{:04}-{:02}-{:02}", date->year, date->month, date->day);
}

std::string readableDuration(double seconds) {
  if (!(seconds > 0)) return "—";
  const long minutes = std::lround(seconds / 60.0);
  if (minutes < 60) return fmt::format("{} min", std::max(minutes, 1L));
  return fmt::format("{} h {:02} min", minutes / 60, minutes % 60);
}

std::string hoursText(double hours) {
  const double rounded = std::round(hours * 10.0) / 10.0;
  if (std::fabs(rounded - std::round(rounded)) < 1e-9) return fmt::format("{:.0f}", rounded);
  return fmt::format("{:.1f}", rounded);
}

std::string todayIso() { return core::todayIso(); }

}  // namespace coachscope::report
