// A line chart as inline SVG for HTML reports: axes, grid, one polyline and dots per series, and
// an accessible title. Every label is escaped.
#pragma once

#include <string>

#include "report/report_document.h"

namespace coachscope::report {

std::string svgLineChart(const LineChart& chart, double width, double height);

}  // namespace coachscope::report
