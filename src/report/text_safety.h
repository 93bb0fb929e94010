// Making text from people and files safe to put into each output format: HTML escaping, Markdown
// escaping, CSV cells (with formula-injection guarding), and repairing text that is not valid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace coachscope::report {

// Valid UTF-8 with no control characters other than tab and newline: bad bytes become U+FFFD,
// CR LF and lone CR become LF. Every renderer passes people's text through this first.
std::string cleanText(std::string_view text);

// For HTML text and attribute values: & < > " ' become entities. Applies cleanText.
std::string escapeHtml(std::string_view text);

// For Markdown: characters Markdown or embedded HTML would interpret are backslash-escaped or
// turned into entities, so the text reads the same once rendered. Newlines become hard breaks
// ("  \n"); blank lines stay paragraph breaks. Applies cleanText.
std::string escapeMarkdown(std::string_view text);
// For a Markdown table cell: as escapeMarkdown, plus '|' escaped and line breaks as <br>.
std::string escapeMarkdownCell(std::string_view text);

// One RFC 4180 CSV field: quoted when it holds a comma, quote, CR or LF (quotes doubled). A cell
// a spreadsheet would run as a formula (first character = + - @, tab or CR) gets a leading
// apostrophe. Applies cleanText, keeping newlines as CR LF inside the quotes.
std::string csvField(std::string_view text);
// A number cell: never apostrophed, so negative numbers stay numbers.
std::string csvNumber(double value, int decimals);

}  // namespace coachscope::report
