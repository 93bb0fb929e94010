// Text from people and files is made safe for HTML, Markdown, CSV and PDF, and dates and hours
// read the same in every report.
#include <catch_compat.hpp>

#include "report/report_text.h"
#include "report/text_safety.h"

using namespace coachscope;

TEST_CASE("report: HTML escaping turns markup into text") {
  CHECK(report::escapeHtml("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(report::escapeHtml("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  CHECK(report::escapeHtml("Fish & chips") == "Fish &amp; chips");
  CHECK(report::escapeHtml("Zoë — ok") == "Zoë — ok");
}

TEST_CASE("report: text is repaired to valid UTF-8 without control characters") {
  CHECK(report::cleanText("a\xff" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(report::cleanText("over\xC0\xAFlong") == "over\xEF\xBF\xBD\xEF\xBF\xBDlong");
  CHECK(report::cleanText("cut \xE2\x82") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(report::cleanText("one\r\ntwo\rthree") == "one\ntwo\nthree");
  CHECK(report::cleanText(std::string("nul\0bell\x07", 10)) == "nulbell");
  CHECK(report::cleanText("tab\tkept") == "tab\tkept");
  CHECK(report::cleanText("😀 ok") == "😀 ok");
}

TEST_CASE("report: Markdown escaping keeps people's text as written") {
  CHECK(report::escapeMarkdown("**not bold** _x_") == "\\*\\*not bold\\*\\* \\_x\\_");
  CHECK(report::escapeMarkdown("# not a heading") == "\\# not a heading");
  CHECK(report::escapeMarkdown("1. not a list") == "1\\. not a list");
  CHECK(report::escapeMarkdown("<script>x</script>") == "\\<script\\>x\\</script\\>");
  CHECK(report::escapeMarkdown("Trust & safety") == "Trust & safety");  // reads as typed
  CHECK(report::escapeMarkdown("&amp; &#60;") == "\\&amp; \\&#60;");      // never a reference
  CHECK(report::escapeMarkdown("![img](https://evil/x.png)") == "\\!\\[img\\](https://evil/x.png)");
  CHECK(report::escapeMarkdown("line one\nline two") == "line one  \nline two");
  CHECK(report::escapeMarkdown("para\n\nnext") == "para\n\nnext");
  CHECK(report::escapeMarkdownCell("a | b\nc") == "a \\| b<br>c");
}

TEST_CASE("report: CSV fields are quoted per RFC 4180 and never run as formulas") {
  CHECK(report::csvField("plain") == "plain");
  CHECK(report::csvField("a, b") == "\"a, b\"");
  CHECK(report::csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(report::csvField("two\nlines") == "\"two\r\nlines\"");
  CHECK(report::csvField("=HYPERLINK(\"http://evil\")") == "\"'=HYPERLINK(\"\"http://evil\"\")\"");
  CHECK(report::csvField("+44 7700") == "'+44 7700");
  CHECK(report::csvField("-1") == "'-1");
  CHECK(report::csvField("@SUM(A1)") == "'@SUM(A1)");
  CHECK(report::csvField("\tcmd") == "'\tcmd");
  CHECK(report::csvNumber(-1.5, 2) == "-1.50");
}

TEST_CASE("report: dates, durations and hours read as people write them") {
  CHECK(report::readableDate("2026-11-12T14:00") == "12 Nov 2026, 14:00");
  CHECK(report::readableDate("2026-03-01") == "1 Mar 2026");
  CHECK(report::readableDate("2026-11-12T14:00:00Z") == "12 Nov 2026, 14:00");
  CHECK(report::readableDate("last <b>Tuesday</b>") == "last <b>Tuesday</b>");  // escaped later, by the renderer
  CHECK(report::isoDay("2026-11-12T14:00") == "2026-11-12");
  CHECK(report::isoDay("soon").empty());
  CHECK(report::readableDuration(2790) == "47 min");
  CHECK(report::readableDuration(3900) == "1 h 05 min");
  CHECK(report::readableDuration(0) == "—");
  CHECK(report::hoursText(18.5) == "18.5");
  CHECK(report::hoursText(24) == "24");
  CHECK(report::hoursText(0.75) == "0.8");
  CHECK(report::daysFromCivil(1970, 1, 1) == 0);
  CHECK(report::daysFromCivil(2027, 3, 14) - report::daysFromCivil(2026, 11, 23) == 111);
  CHECK(report::parseIsoDate(report::todayIso()).has_value());
}
