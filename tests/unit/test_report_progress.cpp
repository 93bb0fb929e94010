// The progress report and the coaching log CSV, built from fixture learner records (written by
// tests/fixtures/reports/make_record_fixtures.cpp through the real merge and codec).
#include <catch_compat.hpp>

#include <regex>

#include "core/catalog.h"
#include "report/coaching_log_csv.h"
#include "report/html_renderer.h"
#include "report/markdown_renderer.h"
#include "report/pdf_renderer.h"
#include "report/progress_report.h"
#include "store/record_codec.h"
#include "test_paths.h"

using namespace coachscope;

namespace {

const std::string kFixtures = std::string(COACHSCOPE_TEST_FIXTURES) + "/reports/";

core::ProgressRecord record(const std::string& name) {
  auto loaded = store::loadRecordFile(kFixtures + name);
  REQUIRE(loaded.ok());
  return *loaded;
}

report::Document progressDocument(const std::string& name) {
  core::Catalog catalog;
  catalog.addBuiltIns();
  return report::buildProgressReport(record(name), catalog, {"2026-11-23"});
}

const report::Section* section(const report::Document& doc, const std::string& title) {
  for (const auto& s : doc.sections) {
    if (s.title == title) return &s;
  }
  return nullptr;
}

template <typename T>
std::vector<const T*> blocksOf(const report::Section& s) {
  std::vector<const T*> found;
  for (const auto& b : s.blocks) {
    if (const T* value = std::get_if<T>(&b)) found.push_back(value);
  }
  return found;
}

std::vector<std::string> csvLines(const std::string& csv) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    if (csv[i] == '"') quoted = !quoted;
    if (!quoted && csv[i] == '\n') {
      lines.push_back(csv.substr(start, i - start));
      start = i + 1;
    }
  }
  return lines;
}

}  // namespace

TEST_CASE("report: the progress report measures the portfolio against the programme") {
  const report::Document doc = progressDocument("progress.record.json");
  CHECK(doc.kind == "Progress report");
  CHECK(doc.title == "Priya Raman");
  CHECK(doc.subtitle == "ILM Level 5 Certificate in Effective Coaching and Mentoring");
  const report::Section* portfolio = section(doc, "Portfolio status");
  REQUIRE(portfolio);
  auto paragraphs = blocksOf<report::Paragraph>(*portfolio);
  REQUIRE_FALSE(paragraphs.empty());
  CHECK(paragraphs[0]->text == "1 of 4 requirements met.");
  auto deadline = blocksOf<report::Callout>(*portfolio);
  REQUIRE(deadline.size() == 1);
  CHECK(deadline[0]->text.find("207 days") != std::string::npos);  // 18 Jun 2026 + 12 months, from 23 Nov 2026
  auto progress = blocksOf<report::ProgressList>(*portfolio);
  REQUIRE(progress.size() == 1);
  const report::Progress& coaching = progress[0]->items.at(0);
  CHECK(coaching.label == "Coaching practice");
  CHECK(coaching.doneText == "9.4 h of 24 h");
  CHECK_FALSE(coaching.met);
  CHECK(coaching.detail.rfind("Missing: ", 0) == 0);
  bool supervisionMet = false;
  for (const auto& p : progress[0]->items) supervisionMet |= p.label == "Supervision" && p.met && p.doneText == "1 h of 1 h";
  CHECK(supervisionMet);
  auto tables = blocksOf<report::Table>(*portfolio);
  REQUIRE(tables.size() == 1);
  REQUIRE(tables[0]->rows.size() == 3);
  CHECK(tables[0]->rows[0] == std::vector<std::string>{"1 · Coaching in context", "Pass"});
  CHECK(tables[0]->rows[2][1] == "Not started");
}

TEST_CASE("report: competency trends are charts of each rating across sessions") {
  const report::Document doc = progressDocument("progress.record.json");
  const report::Section* trends = section(doc, "Competency trends");
  REQUIRE(trends);
  auto charts = blocksOf<report::LineChart>(*trends);
  REQUIRE(charts.size() == 7);  // competency 1 is judged, never rated
  const report::LineChart* presence = charts[3];
  CHECK(presence->title == "5 · Maintains Presence");
  CHECK(presence->xLabels == std::vector<std::string>{"10 Sep", "8 Oct", "29 Oct", "12 Nov"});
  CHECK(presence->yMin == 1);
  CHECK(presence->yMax == 5);
  REQUIRE(presence->series.size() == 1);
  CHECK(presence->series[0].values == std::vector<std::optional<double>>{3, 4, 4, 5});
  CHECK(presence->caption == "now 4.3 on average, improving");

  const std::string html = report::renderHtml(doc);
  CHECK(html.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
  CHECK(html.find("<title>5 · Maintains Presence</title>") != std::string::npos);
  CHECK(html.find("<title>5 Presence: 5</title>") != std::string::npos);  // a point's tooltip
}

TEST_CASE("report: strengths, development areas and the action plan skeleton with its evidence") {
  const report::Document doc = progressDocument("progress.record.json");
  const report::Section* summary = section(doc, "Strengths and development areas");
  REQUIRE(summary);
  auto lists = blocksOf<report::BulletList>(*summary);
  REQUIRE(lists.size() == 2);
  CHECK(lists[0]->items.at(0) == "5 · Maintains Presence — now 4.3 on average, improving");
  CHECK(lists[1]->items.at(0).rfind("8 · Facilitates Client Growth — now 2.7", 0) == 0);
  auto written = blocksOf<report::Table>(*summary);
  REQUIRE(written.size() == 1);
  CHECK(written[0]->rows.size() == 4);
  CHECK(written[0]->rows[0][3] == "Ask open questions and resist giving advice.");

  const report::Section* growth = section(doc, "8 · Facilitates Client Growth");
  REQUIRE(growth);
  CHECK(growth->level == 2);
  auto evidence = blocksOf<report::TimedList>(*growth);
  REQUIRE(evidence.size() == 1);
  const auto& items = evidence[0]->items;
  REQUIRE(items.size() == 7);  // four ratings and three notes on marker 8.7
  CHECK(items[0].time == "10 Sep 26");
  CHECK(items[0].code == "Rated 2");
  CHECK(items[0].text == "Session ended without an agreed action.");
  CHECK(items[1].code == "To develop");
  CHECK(items[1].heading == "At 40:00 in the session · marker 8.7");
  auto plan = blocksOf<report::Table>(*growth);
  REQUIRE(plan.size() == 1);
  CHECK(plan[0]->rows.at(0).at(0) == "What I want to be able to do");
  CHECK(plan[0]->rows.at(0).at(1).empty());
  CHECK(section(doc, "7 · Evokes Awareness"));
}

TEST_CASE("report: the coaching log lists every session with totals, supervision apart") {
  const report::Document doc = progressDocument("progress.record.json");
  const report::Section* log = section(doc, "Coaching log");
  REQUIRE(log);
  auto tables = blocksOf<report::Table>(*log);
  REQUIRE(tables.size() == 2);
  CHECK(tables[0]->rows.size() == 10);
  REQUIRE(tables[0]->totals);
  CHECK((*tables[0]->totals)[0] == "10 sessions");
  CHECK((*tables[0]->totals)[2] == "9.41");
  CHECK(tables[1]->title == "Supervision and mentor coaching (not coaching hours)");
  CHECK(tables[1]->rows.size() == 2);
  CHECK((*tables[1]->totals)[3] == "1.75");
}

TEST_CASE("report: the progress report renders in every format, hostile text escaped") {
  const report::Document doc = progressDocument("progress.record.json");
  const std::string md = report::renderMarkdown(doc);
  CHECK(md.find("## Competency trends") != std::string::npos);
  CHECK(md.find("| 29 Oct | 4 |") != std::string::npos);
  CHECK(md.find("| Coaching practice | 9.4 h of 24 h | Missing: ") != std::string::npos);
  CHECK(md.find("| Supervision | 1 h of 1 h | Done |") != std::string::npos);
  CHECK(md.find("- `10 Sep 26` **Rated 2** Emerging — Jordan: Session ended without an agreed action.") != std::string::npos);
  auto pdf = report::renderPdf(doc);
  REQUIRE(pdf.ok());
  const std::regex page("/Type /Page[^s]");
  CHECK(std::distance(std::sregex_iterator(pdf->begin(), pdf->end(), page), std::sregex_iterator()) >= 4);

  const std::string hostile = report::renderHtml(progressDocument("hostile.record.json"));
  CHECK(hostile.find("<script") == std::string::npos);
  CHECK(hostile.find("<img") == std::string::npos);
  CHECK(hostile.find("<h1>Zoë &lt;script&gt;document.title=&#39;PWNED-RECORD&#39;&lt;/script&gt;") != std::string::npos);
  CHECK(hostile.find("&lt;img src=x onerror=&quot;document.title=&#39;PWNED-CENTRE&#39;&quot;&gt;") != std::string::npos);
}

TEST_CASE("report: the coaching log CSV opens cleanly in a spreadsheet") {
  const std::string csv = report::coachingLogCsv(record("progress.record.json"));
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  const auto lines = csvLines(csv.substr(3));
  for (const auto& line : lines) CHECK((line.empty() || line.back() == '\r'));
  CHECK(csv.back() == '\n');
  REQUIRE(lines.size() > 14);
  CHECK(lines[1] ==
        "Date,Client,Individual or group,Group size,Paid or pro bono,Minutes,Hours,Paid hours,Pro bono hours,Senior "
        "manager,Three-way contracting,Preparation done,Reflection,Coachee feedback,Observed by,Source\r");
  CHECK(lines[2] ==
        "2026-07-02,Morgan,individual,1,pro bono,60.00,1.00,0.00,1.00,no,no,yes,First full session; I talked too "
        "much.,Felt listened to.,,logged\r");
  CHECK(lines[3].find(",\"Useful, clearer next step.\",") != std::string::npos);
  CHECK(lines[5].rfind("2026-08-19,Team Blue,group,4,paid,90.00,1.50,1.50,0.00,", 0) == 0);
  CHECK(lines[12] == "Total,10 sessions,,,,564.50,9.41,4.86,4.55,5,3,6,,9 with feedback,,\r");
  CHECK(lines[13] == "\r");
  CHECK(lines[14] == "Supervision and mentor coaching (not coaching hours)\r");
  CHECK(csv.find("2026-08-28,Supervision,Dr Helen Marsh,individual,60.00,1.00,") != std::string::npos);
  CHECK(csv.find("Total supervision,,,,60.00,1.00,\r\n") != std::string::npos);
  CHECK(csv.find("Total mentor coaching,,,,45.00,0.75,\r\n") != std::string::npos);
  CHECK(csv.find("ICF client log\r\n") != std::string::npos);
  CHECK(csv.find("Sam,2026-09-10,2026-11-12,3,1.61,0.72,individual,1\r\n") != std::string::npos);
  CHECK(csv.find("Team Blue,2026-08-19,2026-08-19,1,1.50,0.00,group,4\r\n") != std::string::npos);
}

TEST_CASE("report: no cell of the coaching log CSV can run as a formula") {
  const std::string csv = report::coachingLogCsv(record("hostile.record.json"));
  CHECK(csv.find(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\",") != std::string::npos);
  CHECK(csv.find("\"'+SUM(1,2) and \"\"quotes\"\", commas\r\nand a second line\"") != std::string::npos);
  CHECK(csv.find(",'@cmd|' /C calc'!A0,") != std::string::npos);
  CHECK(csv.find(",'-2+3,") != std::string::npos);
  // Every field, quoted or not, starts with something a spreadsheet takes as text or a number.
  const std::regex dangerous("(^|,|\r\n)\"?[=+@]");
  CHECK_FALSE(std::regex_search(csv, dangerous));
}
