#include "report/html_renderer.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/chart_geometry.h"
#include "report/html_style.h"
#include "report/svg_chart.h"
#include "report/text_safety.h"

namespace coachscope::report {
namespace {

const char* toneClass(Tone tone) {
  switch (tone) {
    case Tone::Neutral: return "tone-neutral";
    case Tone::Accent: return "tone-accent";
    case Tone::Good: return "tone-good";
    case Tone::Warning: return "tone-warning";
    case Tone::Concern: return "tone-concern";
  }
  return "tone-neutral";
}

// People's text: a blank line starts a paragraph, a single newline is a line break.
std::string paragraphs(const std::string& text, const char* cssClass = nullptr) {
  const std::string clean = cleanText(text);
  std::string out;
  std::size_t start = 0;
  while (start < clean.size()) {
    std::size_t end = clean.find("\n\n", start);
    if (end == std::string::npos) end = clean.size();
    std::string chunk = clean.substr(start, end - start);
    while (!chunk.empty() && chunk.front() == '\n') chunk.erase(chunk.begin());
    while (!chunk.empty() && chunk.back() == '\n') chunk.pop_back();
    if (!chunk.empty()) {
      std::string escaped = escapeHtml(chunk);
      std::string withBreaks;
      for (char c : escaped) withBreaks += c == '\n' ? std::string("<br>") : std::string(1, c);
      out += cssClass ? fmt::format(R"(<p class="{}">{}</p>)", cssClass, withBreaks) : "<p>" + withBreaks + "</p>";
    }
    start = end + 2;
  }
  return out;
}

void facts(std::string& out, const FactList& list, const char* cssClass) {
  if (list.facts.empty()) return;
  out += fmt::format(R"(<dl class="{}">)", cssClass);
  for (const Fact& f : list.facts) {
    out += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>", escapeHtml(f.label), escapeHtml(f.value));
  }
  out += "</dl>\n";
}

void rating(std::string& out, const Rating& r, Tone tone) {
  out += fmt::format(R"(<div class="rating {}">)", toneClass(tone));
  out += fmt::format(R"(<div class="pips" aria-label="{}">)",
                     r.value ? escapeHtml(fmt::format("{} of {}", *r.value, r.highest)) : escapeHtml(r.status));
  for (int v = r.lowest; v <= r.highest; ++v) {
    out += fmt::format(R"(<span class="pip{}">{}</span>)", r.value && v <= *r.value ? " on" : "", v);
  }
  out += "</div><div>";
  if (r.value) {
    out += fmt::format("<strong>{} · {}</strong>", *r.value, escapeHtml(r.label));
    if (!r.descriptor.empty()) out += fmt::format(R"(<p class="descriptor">{}</p>)", escapeHtml(r.descriptor));
  } else {
    out += fmt::format("<strong>{}</strong>", escapeHtml(r.status));
  }
  out += "</div></div>\n";
}

void timedList(std::string& out, const TimedList& list) {
  if (list.items.empty() && list.emptyText.empty()) return;
  if (!list.title.empty()) out += fmt::format("<h4>{}</h4>", escapeHtml(list.title));
  if (list.items.empty()) {
    out += fmt::format(R"(<p class="muted">{}</p>)", escapeHtml(list.emptyText));
    return;
  }
  // Dates need a wider first column than session clock times.
  bool dated = false;
  for (const TimedItem& item : list.items) dated |= item.time.size() > 8;
  out += dated ? R"(<ol class="timeline dated">)" : R"(<ol class="timeline">)";
  for (const TimedItem& item : list.items) {
    out += fmt::format(R"(<li class="{}"><span class="time">{}</span><span class="code">{}</span><div class="body">)",
                       toneClass(item.tone), escapeHtml(item.time), escapeHtml(item.code));
    if (!item.heading.empty()) out += fmt::format("<p>{}</p>", escapeHtml(item.heading));
    if (!item.text.empty()) out += paragraphs(item.text);
    if (!item.quote.empty()) out += fmt::format("<blockquote>“{}”</blockquote>", escapeHtml(item.quote));
    out += "</div></li>";
  }
  out += "</ol>\n";
}

std::string percent(double value, double maximum) {
  const double p = maximum > 0 ? std::clamp(value / maximum, 0.0, 1.0) * 100.0 : 0.0;
  return fmt::format("{:.1f}%", p);
}

void barChart(std::string& out, const BarChart& chart) {
  if (!chart.title.empty()) out += fmt::format("<h4>{}</h4>", escapeHtml(chart.title));
  out += R"(<div class="bars">)";
  for (const Bar& bar : chart.bars) {
    out += fmt::format(R"(<div class="bar-row {}"><span class="bar-label">{}</span><span class="bar-track">)",
                       toneClass(bar.tone), escapeHtml(bar.label));
    if (bar.value) out += fmt::format(R"(<span class="bar-fill" style="width:{}"></span>)", percent(*bar.value, bar.maximum));
    out += fmt::format(R"(</span><span class="bar-value">{}</span></div>)", escapeHtml(bar.valueText));
  }
  out += "</div>\n";
}

void progressList(std::string& out, const ProgressList& list) {
  if (!list.title.empty()) out += fmt::format("<h4>{}</h4>", escapeHtml(list.title));
  out += R"(<div class="bars progress">)";
  for (const Progress& p : list.items) {
    out += fmt::format(
        R"(<div class="bar-row {}"><span class="bar-label">{}</span><span class="bar-track"><span class="bar-fill" style="width:{}"></span></span><span class="bar-value">{}</span>)",
        toneClass(p.met ? Tone::Good : Tone::Warning), escapeHtml(p.label), percent(p.done, p.required),
        escapeHtml(p.doneText));
    if (!p.detail.empty()) out += fmt::format(R"(<span class="detail">{}</span>)", escapeHtml(p.detail));
    out += "</div>";
  }
  out += "</div>\n";
}

void lineChart(std::string& out, const LineChart& chart) {
  out += fmt::format(R"(<figure class="chart"><figcaption>{}</figcaption>)", escapeHtml(chart.title));
  out += svgLineChart(chart, 420, 190);
  if (chart.series.size() > 1) {
    out += R"(<div class="legend">)";
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
      out += fmt::format(R"(<span style="--swatch:{}">{}</span>)", seriesColour(i), escapeHtml(chart.series[i].name));
    }
    out += "</div>";
  }
  if (!chart.caption.empty()) out += fmt::format(R"(<p class="caption">{}</p>)", escapeHtml(chart.caption));
  out += "</figure>\n";
}

void table(std::string& out, const Table& t) {
  if (!t.title.empty()) out += fmt::format("<h4>{}</h4>", escapeHtml(t.title));
  auto numeric = [&](std::size_t i) { return i < t.numeric.size() && t.numeric[i]; };
  out += R"(<div class="table-wrap"><table><thead><tr>)";
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    out += fmt::format("<th{}>{}</th>", numeric(i) ? R"( class="num")" : "", escapeHtml(t.columns[i]));
  }
  out += "</tr></thead><tbody>";
  auto row = [&](const std::vector<std::string>& cells, const char* rowClass) {
    out += rowClass ? fmt::format(R"(<tr class="{}">)", rowClass) : std::string("<tr>");
    for (std::size_t i = 0; i < cells.size(); ++i) {
      out += fmt::format("<td{}>{}</td>", numeric(i) ? R"( class="num")" : "", escapeHtml(cells[i]));
    }
    out += "</tr>";
  };
  for (const auto& cells : t.rows) row(cells, nullptr);
  if (t.totals) row(*t.totals, "total");
  out += "</tbody></table></div>\n";
}

void block(std::string& out, const Block& b) {
  std::visit(
      [&](const auto& value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, FactList>) {
          facts(out, value, "facts inline");
        } else if constexpr (std::is_same_v<T, Paragraph>) {
          out += paragraphs(value.text, value.muted ? "muted" : nullptr);
        } else if constexpr (std::is_same_v<T, Callout>) {
          out += fmt::format(R"(<div class="callout {}"><h3>{}</h3>)", toneClass(value.tone), escapeHtml(value.title));
          out += value.text.empty() ? paragraphs(value.emptyText, "muted") : paragraphs(value.text);
          out += "</div>\n";
        } else if constexpr (std::is_same_v<T, Rating>) {
          rating(out, value, value.value ? Tone::Accent : Tone::Neutral);
        } else if constexpr (std::is_same_v<T, Verdict>) {
          out += fmt::format(R"(<div class="verdict {}"><span class="badge">{}</span>)", toneClass(value.tone),
                             value.tone == Tone::Concern ? "Concern" : "Judgement");
          out += fmt::format("<strong>{}</strong></div>", escapeHtml(value.label));
          if (!value.reason.empty()) out += paragraphs(value.reason);
        } else if constexpr (std::is_same_v<T, TimedList>) {
          timedList(out, value);
        } else if constexpr (std::is_same_v<T, BulletList>) {
          if (!value.title.empty()) out += fmt::format("<h4>{}</h4>", escapeHtml(value.title));
          out += R"(<ul class="bullets">)";
          for (const std::string& item : value.items) out += "<li>" + escapeHtml(item) + "</li>";
          out += "</ul>\n";
        } else if constexpr (std::is_same_v<T, BarChart>) {
          barChart(out, value);
        } else if constexpr (std::is_same_v<T, ProgressList>) {
          progressList(out, value);
        } else if constexpr (std::is_same_v<T, LineChart>) {
          lineChart(out, value);
        } else if constexpr (std::is_same_v<T, Table>) {
          table(out, value);
        }
      },
      b);
}

void blocks(std::string& out, const std::vector<Block>& list) {
  // Consecutive charts share a grid: two side by side on a wide screen, one on a phone.
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (std::holds_alternative<LineChart>(list[i])) {
      out += R"(<div class="charts">)";
      while (i < list.size() && std::holds_alternative<LineChart>(list[i])) block(out, list[i++]);
      out += "</div>\n";
      --i;
      continue;
    }
    block(out, list[i]);
  }
}

}  // namespace

std::string renderHtml(const Document& doc) {
  std::string out;
  out.reserve(64 * 1024);
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // Belt and braces: even if some text were not escaped, nothing could run or load.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src data:; base-uri 'none'; form-action 'none'\">\n";
  out += fmt::format("<meta name=\"generator\" content=\"coachscope {}\">\n", COACHSCOPE_VERSION);
  out += fmt::format("<title>{} — {}</title>\n", escapeHtml(doc.kind), escapeHtml(doc.title));
  out += "<style>";
  out += kReportCss;
  out += "</style>\n</head>\n<body>\n<main class=\"report\">\n<header class=\"masthead\">\n";
  out += fmt::format("<p class=\"kind\">{}</p>\n<h1>{}</h1>\n", escapeHtml(doc.kind), escapeHtml(doc.title));
  if (!doc.subtitle.empty()) out += fmt::format("<p class=\"subtitle\">{}</p>\n", escapeHtml(doc.subtitle));
  facts(out, doc.summary, "facts");
  out += "</header>\n<div class=\"content\">\n";
  bool inSection = false;
  for (const Section& s : doc.sections) {
    if (s.level <= 1) {
      if (inSection) out += "</section>\n";
      out += fmt::format("<section>\n<h2>{}</h2>\n", escapeHtml(s.title));
      inSection = true;
      blocks(out, s.blocks);
      continue;
    }
    out += "<article class=\"card\">\n<div class=\"card-head\">";
    out += fmt::format("<h3>{}</h3>", escapeHtml(s.title));
    if (!s.badge.empty()) out += fmt::format(R"(<span class="badge {}">{}</span>)", toneClass(s.badgeTone), escapeHtml(s.badge));
    out += "</div>\n";
    if (!s.subtitle.empty()) out += paragraphs(s.subtitle, "definition");
    blocks(out, s.blocks);
    out += "</article>\n";
  }
  if (inSection) out += "</section>\n";
  out += "</div>\n";
  out += fmt::format("<footer>{}</footer>\n", escapeHtml(doc.footer));
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace coachscope::report
