#include "report/svg_chart.h"

#include <fmt/format.h>

#include "report/chart_geometry.h"
#include "report/text_safety.h"

namespace coachscope::report {

std::string svgLineChart(const LineChart& chart, double width, double height) {
  const ChartGeometry g = layoutLineChart(chart, width, height);
  std::string svg = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {:.0f} {:.0f}" role="img" aria-label="{}">)", width,
      height, escapeHtml(chart.title));
  svg += fmt::format("<title>{}</title>", escapeHtml(chart.title));
  for (const auto& tick : g.yTicks) {
    svg += fmt::format(R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="#e3e8ee" stroke-width="1"/>)",
                       g.plotLeft, tick.position, g.plotRight, tick.position);
    svg += fmt::format(
        R"(<text x="{:.1f}" y="{:.1f}" font-size="11" fill="#5b6875" text-anchor="end" dominant-baseline="middle">{}</text>)",
        g.plotLeft - 6, tick.position, escapeHtml(tick.label));
  }
  svg += fmt::format(R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="#9aa6b2" stroke-width="1"/>)",
                     g.plotLeft, g.plotBottom, g.plotRight, g.plotBottom);
  for (const auto& tick : g.xTicks) {
    svg += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" font-size="11" fill="#5b6875" text-anchor="middle">{}</text>)",
                       tick.position, g.plotBottom + 18, escapeHtml(tick.label));
  }
  for (std::size_t s = 0; s < g.runs.size(); ++s) {
    const char* colour = seriesColour(s);
    for (const auto& run : g.runs[s]) {
      if (run.size() > 1) {
        std::string points;
        for (const ChartPoint& p : run) points += fmt::format("{:.1f},{:.1f} ", p.x, p.y);
        svg += fmt::format(
            R"(<polyline points="{}" fill="none" stroke="{}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>)",
            points, colour);
      }
      for (const ChartPoint& p : run) {
        svg += fmt::format(
            R"(<circle cx="{:.1f}" cy="{:.1f}" r="4.5" fill="#fff" stroke="{}" stroke-width="2.5"><title>{}</title></circle>)",
            p.x, p.y, colour, escapeHtml(fmt::format("{}: {:g}", chart.series[s].name, p.value)));
      }
    }
  }
  svg += "</svg>";
  return svg;
}

}  // namespace coachscope::report
