#include "report/markdown_renderer.h"

#include <fmt/format.h>

#include "report/text_safety.h"

namespace coachscope::report {
namespace {

std::string e(const std::string& text) { return escapeMarkdown(text); }
std::string cell(const std::string& text) { return escapeMarkdownCell(text); }

std::string tableRow(const std::vector<std::string>& cells, bool bold = false) {
  std::string row = "|";
  for (const std::string& c : cells) row += bold && !c.empty() ? " **" + cell(c) + "** |" : " " + cell(c) + " |";
  return row + "\n";
}

std::string separator(std::size_t columns, const std::vector<bool>& numeric = {}) {
  std::string row = "|";
  for (std::size_t i = 0; i < columns; ++i) row += i < numeric.size() && numeric[i] ? " ---: |" : " --- |";
  return row + "\n";
}

void block(std::string& out, const Block& b) {
  std::visit(
      [&](const auto& value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, FactList>) {
          for (const Fact& f : value.facts) out += fmt::format("- **{}:** {}\n", e(f.label), e(f.value));
          out += "\n";
        } else if constexpr (std::is_same_v<T, Paragraph>) {
          out += value.muted ? "_" + e(value.text) + "_\n\n" : e(value.text) + "\n\n";
        } else if constexpr (std::is_same_v<T, Callout>) {
          out += fmt::format("#### {}\n\n", e(value.title));
          out += value.text.empty() ? "_" + e(value.emptyText) + "_\n\n" : e(value.text) + "\n\n";
        } else if constexpr (std::is_same_v<T, Rating>) {
          if (value.value) {
            out += fmt::format("**Rating: {} of {} — {}.**", *value.value, value.highest, e(value.label));
            if (!value.descriptor.empty()) out += " " + e(value.descriptor);
            out += "\n\n";
          } else {
            out += fmt::format("**Rating:** {}.\n\n", e(value.status));
          }
        } else if constexpr (std::is_same_v<T, Verdict>) {
          out += fmt::format("**{}:** {}\n\n", value.tone == Tone::Concern ? "Concern" : "Judgement", e(value.label));
          if (!value.reason.empty()) out += e(value.reason) + "\n\n";
        } else if constexpr (std::is_same_v<T, TimedList>) {
          if (value.items.empty() && value.emptyText.empty()) return;
          if (!value.title.empty()) out += fmt::format("**{}**\n\n", e(value.title));
          if (value.items.empty()) {
            out += "_" + e(value.emptyText) + "_\n\n";
            return;
          }
          for (const TimedItem& item : value.items) {
            out += fmt::format("- `{}` **{}**", item.time, e(item.code));
            if (!item.heading.empty()) out += " " + e(item.heading);
            if (!item.text.empty()) out += (item.heading.empty() ? " " : ": ") + e(item.text);
            if (!item.quote.empty()) out += " — “" + e(item.quote) + "”";
            out += "\n";
          }
          out += "\n";
        } else if constexpr (std::is_same_v<T, BulletList>) {
          if (!value.title.empty()) out += fmt::format("**{}**\n\n", e(value.title));
          for (const std::string& item : value.items) out += "- " + e(item) + "\n";
          out += "\n";
        } else if constexpr (std::is_same_v<T, BarChart>) {
          if (!value.title.empty()) out += fmt::format("**{}**\n\n", e(value.title));
          out += tableRow({"", "Result"}) + separator(2);
          for (const Bar& bar : value.bars) out += tableRow({bar.label, bar.valueText});
          out += "\n";
        } else if constexpr (std::is_same_v<T, ProgressList>) {
          if (!value.title.empty()) out += fmt::format("**{}**\n\n", e(value.title));
          out += tableRow({"Requirement", "Progress", "Status"}) + separator(3);
          for (const Progress& p : value.items) {
            out += tableRow({p.label, p.doneText, p.detail.empty() ? (p.met ? "Done" : "Missing") : p.detail});
          }
          out += "\n";
        } else if constexpr (std::is_same_v<T, LineChart>) {
          out += fmt::format("**{}**\n\n", e(value.title));
          std::vector<std::string> head{"Session"};
          for (const ChartSeries& s : value.series) head.push_back(s.name);
          out += tableRow(head) + separator(head.size());
          for (std::size_t i = 0; i < value.xLabels.size(); ++i) {
            std::vector<std::string> row{value.xLabels[i]};
            for (const ChartSeries& s : value.series) {
              row.push_back(i < s.values.size() && s.values[i] ? fmt::format("{:g}", *s.values[i]) : "—");
            }
            out += tableRow(row);
          }
          if (!value.caption.empty()) out += "\n_" + e(value.caption) + "_\n";
          out += "\n";
        } else if constexpr (std::is_same_v<T, Table>) {
          if (!value.title.empty()) out += fmt::format("**{}**\n\n", e(value.title));
          out += tableRow(value.columns) + separator(value.columns.size(), value.numeric);
          for (const auto& row : value.rows) out += tableRow(row);
          if (value.totals) out += tableRow(*value.totals, true);
          out += "\n";
        }
      },
      b);
}

}  // namespace

std::string renderMarkdown(const Document& doc) {
  std::string out;
  out += fmt::format("# {}: {}\n\n", e(doc.kind), e(doc.title));
  if (!doc.subtitle.empty()) out += "_" + e(doc.subtitle) + "_\n\n";
  for (const Fact& f : doc.summary.facts) out += fmt::format("- **{}:** {}\n", e(f.label), e(f.value));
  if (!doc.summary.facts.empty()) out += "\n";
  for (const Section& s : doc.sections) {
    if (s.level <= 1) {
      out += fmt::format("## {}\n\n", e(s.title));
    } else {
      out += fmt::format("### {}", e(s.title));
      if (!s.badge.empty()) out += fmt::format(" ({})", e(s.badge));
      out += "\n\n";
      if (!s.subtitle.empty()) out += "_" + e(s.subtitle) + "_\n\n";
    }
    for (const Block& b : s.blocks) block(out, b);
  }
  out += "---\n\n_" + e(doc.footer) + "_\n";
  return out;
}

}  // namespace coachscope::report
