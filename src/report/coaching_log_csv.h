// The coaching log as a CSV file that opens cleanly in a spreadsheet: UTF-8 with a byte order mark,
// CR LF line ends, RFC 4180 quoting, ISO dates, one row per session and a totals row, with the ICF
// client-log columns and the ILM fields; supervision and mentor coaching follow as their own table,
// then the ICF client log. No cell can run as a formula.
#pragma once

#include <string>

#include "core/progress_record.h"

namespace coachscope::report {

std::string coachingLogCsv(const core::ProgressRecord& record);

}  // namespace coachscope::report
