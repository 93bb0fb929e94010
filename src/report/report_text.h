// How reports write dates, durations and hours for people: "Mon 23 Nov 2026, 10:00", "47 min",
// "18.5 h". Shared by every report so the formats agree.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coachscope::report {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  int hour = -1;  // -1: no time given
  int minute = 0;
};

// "2026-11-23", "2026-11-23T10:00", "2026-11-23T10:00:00Z" (time zone ignored); nullopt otherwise.
std::optional<CivilDate> parseIsoDate(std::string_view text);
// Days since 1970-01-01 (proleptic Gregorian).
long daysFromCivil(int year, int month, int day);
// "23 Nov 2026" or "23 Nov 2026, 10:00"; unparseable text is returned cleaned but unchanged.
std::string readableDate(std::string_view iso);
// "2026-11-23" from any parseable date, else empty.
std::string isoDay(std::string_view iso);
// "47 min", "1 h 05 min"; "—" for zero.
std::string readableDuration(double seconds);
// Hours with at most one decimal: "18.5", "24".
std::string hoursText(double hours);
// Today's local date, "2026-11-23" (the same day the portfolio deadline counts from).
std::string todayIso();

}  // namespace coachscope::report
