// A report as one self-contained HTML file: inline CSS and SVG only, nothing fetched from the
// network (a Content-Security-Policy forbids it too), readable on a phone and print-friendly.
#pragma once

#include <string>

#include "report/report_document.h"

namespace coachscope::report {

std::string renderHtml(const Document& document);

}  // namespace coachscope::report
