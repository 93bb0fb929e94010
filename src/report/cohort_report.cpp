#include "report/cohort_report.h"

#include <fmt/format.h>

#include "report/csv_row.h"
#include "report/report_labels.h"
#include "report/text_safety.h"

namespace coachscope::report {
namespace {

std::string meanText(const core::LevelCounts& c) { return c.total ? fmt::format("{:.2f}", c.mean) : "-"; }

std::string levelLabel(const core::RatingScale& scale, int value) {
  const core::ScaleLevel* level = scale.level(value);
  return level && !level->label.empty() ? fmt::format("{} {}", value, level->label) : std::to_string(value);
}

Section competencyCard(const core::CohortCompetency& c, const core::Framework& framework) {
  Section card;
  card.level = 2;
  const core::Competency* competency = framework.competency(c.competencyId);
  card.title = competency ? competencyHeading(*competency) : c.competencyId;
  card.badge = c.overall.total ? fmt::format("mean {} of {}", meanText(c.overall), c.overall.total) : "not rated";
  card.badgeTone = c.overall.total ? ratingTone(static_cast<int>(c.overall.mean + 0.5), framework.scale) : Tone::Neutral;
  BarChart spread;
  spread.title = "Ratings given";
  for (const auto& [level, count] : c.overall.byLevel) {
    Bar bar;
    bar.label = levelLabel(framework.scale, level);
    bar.value = count;
    bar.maximum = std::max(1, c.overall.total);
    bar.valueText = c.overall.total ? fmt::format("{} ({:.0f}%)", count, 100.0 * count / c.overall.total) : "0";
    bar.tone = ratingTone(level, framework.scale);
    spread.bars.push_back(std::move(bar));
  }
  card.blocks.push_back(std::move(spread));
  if (!c.byPeriod.empty()) {
    Table table;
    table.title = "By period";
    table.columns = {"Period", "Ratings", "Mean"};
    for (const auto& [level, count] : c.overall.byLevel) table.columns.push_back(std::to_string(level));
    table.numeric.assign(table.columns.size(), true);
    table.numeric[0] = false;
    for (const auto& p : c.byPeriod) {
      std::vector<std::string> row = {p.period, std::to_string(p.counts.total), meanText(p.counts)};
      for (const auto& [level, count] : p.counts.byLevel) row.push_back(std::to_string(count));
      table.rows.push_back(std::move(row));
    }
    card.blocks.push_back(std::move(table));
  }
  return card;
}

// One line per competency of its mean rating across the periods.
LineChart meansChart(const core::CohortView& view, const core::Framework& framework) {
  LineChart chart;
  chart.title = "Mean rating by period";
  chart.xLabels = view.periods;
  chart.yMin = framework.scale.lowest();
  chart.yMax = framework.scale.highest();
  for (int v = framework.scale.lowest(); v <= framework.scale.highest(); ++v) chart.yLabels.push_back(std::to_string(v));
  for (const auto& c : view.competencies) {
    ChartSeries series;
    const core::Competency* competency = framework.competency(c.competencyId);
    series.name = competency ? competencyShortLabel(*competency) : c.competencyId;
    series.values.assign(view.periods.size(), std::nullopt);
    for (const auto& p : c.byPeriod) {
      for (std::size_t i = 0; i < view.periods.size(); ++i) {
        if (view.periods[i] == p.period) series.values[i] = p.counts.mean;
      }
    }
    chart.series.push_back(std::move(series));
  }
  chart.caption = "Each line is one competency; a gap is a period with no rating of it.";
  return chart;
}

Table markerTable(const core::CohortView& view, std::size_t limit) {
  Table table;
  table.columns = {"Marker", "What it is", "Sessions seen in", "Share", "Times seen"};
  table.numeric = {false, false, true, true, true};
  for (std::size_t i = 0; i < view.markers.size() && i < limit; ++i) {
    const auto& m = view.markers[i];
    table.rows.push_back({m.code, m.label, std::to_string(m.sessionsSeen), fmt::format("{:.0f}%", 100 * m.share),
                          std::to_string(m.timesSeen)});
  }
  return table;
}

}  // namespace

Document buildCohortReport(const core::CohortView& view, const core::Framework& framework, const ReportOptions& options) {
  Document doc;
  doc.kind = "Cohort competencies";
  doc.title = view.cohort;
  doc.subtitle = framework.title;
  doc.summary.facts = {{"Cohort", view.cohort},
                       {"Learners", std::to_string(view.learners)},
                       {"Observed sessions", std::to_string(view.sessions)},
                       {"Framework", framework.key()}};
  if (!view.periods.empty()) doc.summary.facts.push_back({"Period", view.periods.front() + " to " + view.periods.back()});

  Section overview;
  overview.title = "Where the cohort stands";
  if (view.sessions == 0) {
    overview.blocks.push_back(Paragraph{"No observed session of this cohort is scored against this framework yet.", true});
  } else {
    BarChart means;
    means.title = "Mean rating per competency";
    for (const auto& c : view.competencies) {
      const core::Competency* competency = framework.competency(c.competencyId);
      Bar bar;
      bar.label = competency ? competencyShortLabel(*competency) : c.competencyId;
      if (c.overall.total) bar.value = c.overall.mean - framework.scale.lowest();
      bar.maximum = framework.scale.highest() - framework.scale.lowest();
      bar.valueText = c.overall.total ? fmt::format("{} ({} ratings)", meanText(c.overall), c.overall.total) : "not rated";
      bar.tone = c.overall.total ? ratingTone(static_cast<int>(c.overall.mean + 0.5), framework.scale) : Tone::Neutral;
      means.bars.push_back(std::move(bar));
    }
    overview.blocks.push_back(std::move(means));
    if (view.periods.size() > 1) overview.blocks.push_back(meansChart(view, framework));
  }
  doc.sections.push_back(std::move(overview));

  Section markers;
  markers.title = "Markers least often seen";
  markers.blocks.push_back(Paragraph{
      fmt::format("The {} markers shown in the fewest of the cohort's {} sessions: what to teach harder.",
                  std::min(core::kLeastSeenMarkers, view.markers.size()), view.sessions),
      true});
  markers.blocks.push_back(markerTable(view, core::kLeastSeenMarkers));
  doc.sections.push_back(std::move(markers));

  Section competencies;
  competencies.title = "Competencies";
  doc.sections.push_back(std::move(competencies));
  for (const auto& c : view.competencies) doc.sections.push_back(competencyCard(c, framework));

  Section allMarkers;
  allMarkers.title = "Every marker";
  allMarkers.blocks.push_back(markerTable(view, view.markers.size()));
  doc.sections.push_back(std::move(allMarkers));
  doc.footer = generatedLine(options.generatedOn) + " · cohort " + view.cohort;
  return doc;
}

std::string cohortCsv(const core::CohortView& view, const core::Framework& framework) {
  std::string csv = "\xEF\xBB\xBF";  // Excel reads UTF-8 only with the BOM
  csv += csvRow({"Cohort", csvField(view.cohort), csvField(framework.key()), csvNumber(view.learners, 0),
               csvNumber(view.sessions, 0)});
  std::vector<std::string> header = {"Competency", "Title", "Period", "Ratings", "Mean"};
  for (const auto& level : framework.scale.levels) header.push_back(csvField("Level " + std::to_string(level.value)));
  csv += csvRow(header);
  auto row = [&](const core::CohortCompetency& c, const std::string& period, const core::LevelCounts& counts) {
    std::vector<std::string> cells = {csvField(c.competencyId), csvField(c.title), csvField(period),
                                      csvNumber(counts.total, 0), counts.total ? csvNumber(counts.mean, 2) : ""};
    for (const auto& level : framework.scale.levels) {
      auto it = counts.byLevel.find(level.value);
      cells.push_back(csvNumber(it == counts.byLevel.end() ? 0 : it->second, 0));
    }
    csv += csvRow(cells);
  };
  for (const auto& c : view.competencies) {
    row(c, "All", c.overall);
    for (const auto& p : c.byPeriod) row(c, p.period, p.counts);
  }
  csv += "\r\n";
  csv += csvRow({"Marker", "What it is", "Sessions seen in", "Share of sessions", "Times seen"});
  for (const auto& m : view.markers) {
    csv += csvRow({csvField(m.code), csvField(m.label), csvNumber(m.sessionsSeen, 0), csvNumber(m.share, 3),
                 csvNumber(m.timesSeen, 0)});
  }
  return csv;
}

}  // namespace coachscope::report
