#include "report/chart_geometry.h"

#include <cmath>
#include <cstdlib>

namespace coachscope::report {

ChartGeometry layoutLineChart(const LineChart& chart, double width, double height) {
  ChartGeometry g;
  g.width = width;
  g.height = height;
  std::size_t longestY = 1;
  for (const std::string& label : chart.yLabels) longestY = std::max(longestY, label.size());
  g.plotLeft = 14 + 7.0 * static_cast<double>(std::min<std::size_t>(longestY, 14));
  g.plotRight = width - 14;
  g.plotTop = 12;
  g.plotBottom = height - 30;
  const double span = chart.yMax > chart.yMin ? chart.yMax - chart.yMin : 1;
  auto yOf = [&](double v) { return g.plotBottom - (v - chart.yMin) / span * (g.plotBottom - g.plotTop); };
  const std::size_t n = chart.xLabels.size();
  auto xOf = [&](std::size_t i) {
    if (n <= 1) return (g.plotLeft + g.plotRight) / 2;
    const double inset = 12;
    return g.plotLeft + inset + static_cast<double>(i) * (g.plotRight - g.plotLeft - 2 * inset) / static_cast<double>(n - 1);
  };

  const int steps = static_cast<int>(std::floor(chart.yMax - chart.yMin + 1e-9));
  for (int i = 0; i <= steps; ++i) {
    const double v = chart.yMin + i;
    std::string label = static_cast<std::size_t>(i) < chart.yLabels.size() ? chart.yLabels[i] : std::to_string(static_cast<int>(v));
    g.yTicks.push_back({yOf(v), label});
  }
  // Keep x labels readable: at most about one per 42 units of width.
  const std::size_t room = std::max<std::size_t>(1, static_cast<std::size_t>((g.plotRight - g.plotLeft) / 42));
  const std::size_t every = n <= room ? 1 : (n + room - 1) / room;
  for (std::size_t i = 0; i < n; ++i) {
    if (i % every == 0 || i + 1 == n) g.xTicks.push_back({xOf(i), chart.xLabels[i]});
  }
  if (g.xTicks.size() >= 2 && every > 1) {
    // The last label forced in may collide with the one before it.
    const auto& last = g.xTicks.back();
    const auto& before = g.xTicks[g.xTicks.size() - 2];
    if (last.position - before.position < 40) g.xTicks.erase(g.xTicks.end() - 2);
  }

  for (const ChartSeries& series : chart.series) {
    std::vector<std::vector<ChartPoint>> runs;
    std::vector<ChartPoint> run;
    for (std::size_t i = 0; i < series.values.size() && i < n; ++i) {
      if (!series.values[i]) {
        if (!run.empty()) runs.push_back(std::move(run));
        run.clear();
        continue;
      }
      run.push_back({xOf(i), yOf(*series.values[i]), *series.values[i]});
    }
    if (!run.empty()) runs.push_back(std::move(run));
    g.runs.push_back(std::move(runs));
  }
  return g;
}

const char* seriesColour(std::size_t index) {
  static const char* kColours[] = {"#1f5f8b", "#c2571a", "#2e7d4f", "#7b3f98", "#b3261e", "#00838f", "#8d6e00", "#455a64"};
  return kColours[index % (sizeof(kColours) / sizeof(kColours[0]))];
}

const char* toneColour(Tone tone) {
  switch (tone) {
    case Tone::Neutral: return "#5b6875";
    case Tone::Accent: return "#1f5f8b";
    case Tone::Good: return "#2e7d4f";
    case Tone::Warning: return "#a35f00";
    case Tone::Concern: return "#b3261e";
  }
  return "#5b6875";
}

const char* toneTint(Tone tone) {
  switch (tone) {
    case Tone::Neutral: return "#eef1f4";
    case Tone::Accent: return "#e6f0f7";
    case Tone::Good: return "#e7f3eb";
    case Tone::Warning: return "#fcf0de";
    case Tone::Concern: return "#fbe8e6";
  }
  return "#eef1f4";
}

void hexToRgb(const char* hex, double& r, double& g, double& b) {
  const long value = std::strtol(hex + 1, nullptr, 16);
  r = ((value >> 16) & 0xFF) / 255.0;
  g = ((value >> 8) & 0xFF) / 255.0;
  b = (value & 0xFF) / 255.0;
}

}  // namespace coachscope::report
