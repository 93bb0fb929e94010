// Where the parts of a line chart go, computed once so the SVG (HTML) and cairo (PDF) charts are
// drawn from the same numbers and look the same.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/report_document.h"

namespace coachscope::report {

struct ChartPoint {
  double x = 0;
  double y = 0;
  double value = 0;
};

struct ChartGeometry {
  double width = 0, height = 0;
  double plotLeft = 0, plotTop = 0, plotRight = 0, plotBottom = 0;
  struct Tick {
    double position = 0;  // y for value ticks, x for session ticks
    std::string label;
  };
  std::vector<Tick> yTicks;
  std::vector<Tick> xTicks;  // may skip labels when there are many sessions
  // One polyline per series, broken where a session has no value.
  std::vector<std::vector<std::vector<ChartPoint>>> runs;
};

ChartGeometry layoutLineChart(const LineChart& chart, double width, double height);

// Colours for series and tones, as "#rrggbb", shared by the renderers.
const char* seriesColour(std::size_t index);
const char* toneColour(Tone tone);       // strong colour (text, lines, fills)
const char* toneTint(Tone tone);         // light background
void hexToRgb(const char* hex, double& r, double& g, double& b);

}  // namespace coachscope::report
