// One CSV record from cells already made safe (csvField, csvNumber in report/text_safety.h),
// ended with CR LF as RFC 4180 and spreadsheets expect. Shared by every CSV export.
#pragma once

#include <string>
#include <vector>

namespace coachscope::report {

inline std::string csvRow(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out += ',';
    out += cells[i];
  }
  return out + "\r\n";
}

}  // namespace coachscope::report
