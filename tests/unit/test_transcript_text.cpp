// Cue text as people read it: every HTML named character reference from the WHATWG table,
// numeric references as HTML reads them, tags removed; and messages that show invisible characters.
#include <fmt/format.h>

#include "core/transcript_entities.h"
#include "core/transcript_excerpt.h"
#include "core/transcript_markup.h"
#include "test_transcript_files.h"

using namespace coachscope;
using namespace coachscope::core;

TEST_CASE("transcript text: all named character references come from the full table", "[transcript]") {
  // The WHATWG list has 2,231 names (those HTML reads without ';' counted twice): not a handful.
  CHECK(transcript_entities::kNamedReferenceCount == 2231);
  using transcript_markup::plainText;
  CHECK(plainText("a &hellip; b") == "a \xE2\x80\xA6 b");
  CHECK(plainText("&NotNestedGreaterGreater;") == "\xE2\xAA\xA2\xCC\xB8");  // two code points
  CHECK(plainText("&eacute;t&eacute; &Zcaron;ivko &ndash; &euro;5 &frac12;") ==
        "\xC3\xA9t\xC3\xA9 \xC5\xBDivko \xE2\x80\x93 \xE2\x82\xAC""5 \xC2\xBD");
  CHECK(plainText("&copy 2024 and &copy;") == "\xC2\xA9 2024 and \xC2\xA9");  // legacy name without ';'
  CHECK(plainText("I'm &notit; sure") == "I'm \xC2\xACit; sure");  // HTML's own example of the legacy rule
  CHECK(plainText("&notin; the set") == "\xE2\x88\x89 the set");
  CHECK(plainText("AT&T and &bogus; and & alone") == "AT&T and &bogus; and & alone");
  CHECK(plainText("&#150; &#x1F600; &#39; &#0; &#x110000; &#") == "\xE2\x80\x93 \xF0\x9F\x98\x80 ' \xEF\xBF\xBD \xEF\xBF\xBD &#");
  CHECK(plainText("&lt;b&gt; stays &amp;lt;") == "<b> stays &lt;");
}

TEST_CASE("transcript text: tags go, words stay, ruby pronunciations are not read twice", "[transcript]") {
  using transcript_markup::plainText;
  CHECK(plainText("<c.yellow.bg_blue>so</c> <i>much</i> <b><u>more</u></b> <lang en-GB>colour</lang>") == "so much more colour");
  CHECK(plainText("I <3 this and 2 < 3 > 1") == "I <3 this and 2 < 3 > 1");
  CHECK(plainText("word<00:00:01.250><c> timing</c>") == "word timing");
  CHECK(plainText("tab\there\x0Bvtab nbsp\xC2\xA0space") == "tab here vtab nbsp space");
  const auto pieces = transcript_markup::readCueText({"<ruby>\xE6\xBC\xA2<rt>kan</rt></ruby>\xE5\xAD\x97"});
  REQUIRE(pieces.size() == 1);
  CHECK(pieces[0].text == "\xE6\xBC\xA2\xE5\xAD\x97");
  const Transcript t = coachscope::testing::loadWritten("styled.srt", "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<font color=\"red\">Hi</font> &amp; bye\n");
  CHECK(t.cues.at(0).text == "Hi & bye");
}

TEST_CASE("transcript text: messages escape invisible characters and quote a short excerpt", "[transcript]") {
  CHECK(visibleExcerpt("\v\v\v00:00:00.000\v") == "\\v\\v\\v00:00:00.000\\v");
  CHECK(visibleExcerpt("a\tb\rc\nd\fe") == "a\\tb\\rc\\nd\\fe");
  CHECK(visibleExcerpt("00:00\xC2\xA0" "01.000") == "00:00\\u00A001.000");
  CHECK(visibleExcerpt("zero\xE2\x80\x8Bwidth \xE2\x80\x8Fmark \xEF\xBB\xBF" "bom") == "zero\\u200Bwidth \\u200Fmark \\uFEFFbom");
  CHECK(visibleExcerpt("bell\x07 del\x7F c1\xC2\x85") == "bell\\x07 del\\x7F c1\\u0085");
  CHECK(visibleExcerpt("bad \xE9 byte") == "bad \\xE9 byte");
  CHECK(visibleExcerpt("say \"no\" \\ ok") == "say \\\"no\\\" \\\\ ok");
  CHECK(visibleExcerpt("caf\xC3\xA9 \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB") == "caf\xC3\xA9 \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB");
  CHECK(visibleExcerpt("0123456789abcdef", 10) == "0123456789…");
  CHECK(visibleExcerpt("\xC3\xA9\xC3\xA9\xC3\xA9", 2) == "\xC3\xA9\xC3\xA9…");  // cut between characters, never inside one
}
