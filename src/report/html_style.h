// The stylesheet inlined into every HTML report.
#pragma once

namespace coachscope::report {

extern const char* const kReportCss;

}  // namespace coachscope::report
