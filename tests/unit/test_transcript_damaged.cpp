// A damaged transcript loads: a bad cue is skipped (never the file) and a repairable one repaired,
// each with a warning carrying the line, the reason and what was skipped. These are the cases
// that outside files showed, each written as a file.
#include <fmt/format.h>

#include "test_transcript_files.h"

using namespace coachscope;
using namespace coachscope::core;
using coachscope::testing::loadWritten;
using coachscope::testing::mentions;
using coachscope::testing::warningAt;
using namespace std::string_literals;

namespace {

std::vector<std::string> texts(const Transcript& t) {
  std::vector<std::string> out;
  for (const Cue& c : t.cues) out.push_back(c.text);
  return out;
}

}  // namespace

TEST_CASE("transcript damaged: a truncated last cue is skipped and named; the rest loads", "[transcript]") {
  const Transcript t = loadWritten("cut-off.vtt",
                                   "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nJane: How was the week?\n\n"
                                   "2\n00:00:02.600 --> 00:00:04.000\nSam: Long.\n\n3\n00:00:04.100 --> 00:03:0");
  REQUIRE(t.cues.size() == 2);
  CHECK(texts(t) == std::vector<std::string>{"How was the week?", "Long."});
  REQUIRE(t.warnings.size() == 1);
  CHECK(t.warnings[0].line == 12);
  CHECK(t.warnings[0].reason == "bad end time \"00:03:0\": each part after a colon needs two digits");
  CHECK(t.warnings[0].message() == "line 12: bad end time \"00:03:0\": each part after a colon needs two digits");
}

TEST_CASE("transcript damaged: a lost digit, :60 seconds and a stray vertical tab each skip one cue", "[transcript]") {
  const Transcript t = loadWritten("bad-times.vtt",
                                   "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nSam: one\n\n"
                                   "00:00:3.000 --> 00:00:04.000\nSam: lost digit\n\n"
                                   "00:00:05.000 --> 00:00:60.000\nSam: sixty\n\n"
                                   "\v00:00:07.000 --> 00:00:08.000\nSam: vertical tab\n\n"
                                   "00:00:09.000 --> 00:00:10.000\nSam: two\n");
  CHECK(texts(t) == std::vector<std::string>{"one", "two"});
  REQUIRE(t.warnings.size() == 3);
  CHECK(t.warnings[0].line == 6);
  CHECK(t.warnings[0].reason == "bad start time \"00:00:3.000\": each part after a colon needs two digits");
  CHECK(t.warnings[0].skipped == "Sam: lost digit");
  CHECK(t.warnings[1].line == 9);
  CHECK(t.warnings[1].reason == "bad end time \"00:00:60.000\": the seconds must be below 60");
  CHECK(t.warnings[2].line == 12);
  // The tab is shown as \v, so nobody is told that "00:00:07.000" is a bad time.
  CHECK(t.warnings[2].reason == "bad start time \"\\v00:00:07.000\": expected hh:mm:ss.ttt or mm:ss.ttt");
  CHECK(t.warnings[2].message() ==
        "line 12: bad start time \"\\v00:00:07.000\": expected hh:mm:ss.ttt or mm:ss.ttt; skipped: \"Sam: vertical tab\"");
}

TEST_CASE("transcript damaged: a cue ending before it starts keeps its words, with no length", "[transcript]") {
  const Transcript t = loadWritten("backwards.vtt",
                                   "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: fine\n\n00:00:03.000 --> 00:00:02.500\nA: backwards\n");
  REQUIRE(t.cues.size() == 2);
  CHECK(t.cues[1].text == "backwards");
  CHECK(t.cues[1].start == Approx(3.0));
  CHECK(t.cues[1].end == Approx(3.0));
  CHECK(mentions(warningAt(t, 6), "the cue ends at 00:00:02.500, before it starts at 00:00:03.000"));
}

TEST_CASE("transcript damaged: a cue straight after the header, and a header line holding only a space", "[transcript]") {
  Transcript t = loadWritten("no-blank.vtt", "WEBVTT\n00:00:01.000 --> 00:00:02.000\nHello\n");
  REQUIRE(t.cues.size() == 1);
  CHECK(t.cues[0].text == "Hello");
  CHECK(mentions(warningAt(t, 2), "no blank line between the WEBVTT header and the first cue"));

  t = loadWritten("space-header.vtt", "WEBVTT\n \n00:00:01.000 --> 00:00:02.000\nHello\n");
  REQUIRE(t.cues.size() == 1);
  CHECK(t.cues[0].text == "Hello");
}

TEST_CASE("transcript damaged: a whitespace-only line after the NOTE blocks of a streaming service's file", "[transcript]") {
  std::string file = "WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n\nNOTE Netflix-style notes\n\nNOTE second note\nover two lines\n\n \n";
  for (int i = 0; i < 865; ++i) {
    const int s = i * 2;
    file += fmt::format("{:02}:{:02}:{:02}.000 --> {:02}:{:02}:{:02}.500\nline {}\n\n", s / 3600, s / 60 % 60, s % 60,
                        s / 3600, s / 60 % 60, s % 60, i);
  }
  const Transcript t = loadWritten("streaming.vtt", file);
  CHECK(t.cues.size() == 865);
  CHECK(t.cues.front().text == "line 0");
  CHECK(t.cues.front().id == " ");  // the browser reads the lone space as the first cue's id
  CHECK(t.warnings.empty());
}

TEST_CASE("transcript damaged: a blank line inside a cue keeps the text after it in that cue", "[transcript]") {
  const Transcript t = loadWritten("blank-inside.vtt",
                                   "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nJane: I wonder what\n\nwould change for you.\n\n"
                                   "00:00:05.000 --> 00:00:06.000\nSam: Everything.\n");
  REQUIRE(t.cues.size() == 2);
  CHECK(t.cues[0].text == "I wonder what would change for you.");
  CHECK(t.cues[0].speaker == "Jane");
  CHECK(mentions(warningAt(t, 6), "a blank line inside the cue at line 3; the text after it is kept in that cue"));
}

TEST_CASE("transcript damaged: a missing blank line loses no word, and a next cue's id is given back", "[transcript]") {
  Transcript t = loadWritten("no-gap.vtt",
                             "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nJane: How are\nyou today?\n"
                             "00:00:02.500 --> 00:00:03.000\nSam: Fine.\n");
  REQUIRE(t.cues.size() == 2);
  CHECK(t.cues[0].text == "How are you today?");  // "today?" is not taken for the next cue's id
  CHECK(t.cues[1].id.empty());
  CHECK(mentions(warningAt(t, 6), "no blank line between this cue and the cue at line 3"));

  t = loadWritten("no-gap-ids.vtt",
                  "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nJane: How are you?\n2\n00:00:02.500 --> 00:00:03.000\nSam: Fine.\n");
  REQUIRE(t.cues.size() == 2);
  CHECK(t.cues[0].text == "How are you?");
  CHECK(t.cues[1].id == "2");
  CHECK(mentions(warningAt(t, 6), "\"2\" is read as its identifier"));
}

TEST_CASE("transcript damaged: cues out of order are put in time order, with a warning each", "[transcript]") {
  const Transcript t = loadWritten("swapped.vtt",
                                   "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nSam: second\n\n"
                                   "00:00:01.000 --> 00:00:02.000\nJane: first\n\n00:00:07.000 --> 00:00:08.000\nJane: third\n");
  CHECK(texts(t) == std::vector<std::string>{"first", "second", "third"});
  CHECK(t.cues[0].line == 6);
  REQUIRE(t.warnings.size() == 1);
  CHECK(t.warnings[0].line == 6);
  CHECK(t.warnings[0].reason ==
        "this cue starts at 00:00:01.000, before the cue at line 3 (00:00:05.000); it is put in time order");
}

TEST_CASE("transcript damaged: text outside any cue and a lone cue number are skipped by name", "[transcript]") {
  const Transcript t = loadWritten("stray.vtt",
                                   "WEBVTT\n\nTranscribed by a service\n\n1\n00:00:01.000 --> 00:00:02.000\nHello\n\n2\n\n"
                                   "00:00:03.000 --> 00:00:04.000\nBye\n");
  CHECK(texts(t) == std::vector<std::string>{"Hello", "Bye"});
  CHECK(mentions(warningAt(t, 3), "text outside any cue"));
  CHECK(mentions(warningAt(t, 3), "Transcribed by a service"));
  CHECK(mentions(warningAt(t, 9), "a cue identifier with no timing line after it"));
}

TEST_CASE("transcript damaged: a download cut in the middle of a character, and a stray byte in UTF-8", "[transcript]") {
  Transcript t = loadWritten("cut-char.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCaf\xC3\xA9 au lait \xE2\x82");
  REQUIRE(t.cues.size() == 1);
  CHECK(t.cues[0].text == "Caf\xC3\xA9 au lait \xEF\xBF\xBD");
  CHECK(mentions(warningAt(t, 4), "ends in the middle of a character"));

  t = loadWritten("stray-byte.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nna\xC3\xAFve caf\xC3\xA9 and \xE9 here\n");
  REQUIRE(t.cues.size() == 1);
  CHECK(t.cues[0].text == "na\xC3\xAFve caf\xC3\xA9 and \xEF\xBF\xBD here");
  CHECK(mentions(warningAt(t, 4), "byte 0xE9 at column 16 is not UTF-8"));
}

TEST_CASE("transcript damaged: NUL characters become U+FFFD as WebVTT says, with a warning", "[transcript]") {
  const Transcript t = loadWritten("nul.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nte\0xt\n"s);
  REQUIRE(t.cues.size() == 1);
  CHECK(t.cues[0].text == "te\xEF\xBF\xBDxt");
  CHECK(mentions(warningAt(t, 4), "a NUL character at column 3"));
}

TEST_CASE("transcript damaged: a last cue cut off before its arrow is skipped, not glued to the cue before", "[transcript]") {
  const Transcript t = loadWritten("cut-arrow.vtt",
                                   "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nSee you next week.\n\n2\n00:00:02.500");
  REQUIRE(t.cues.size() == 1);
  CHECK(t.cues[0].text == "See you next week.");
  REQUIRE(t.warnings.size() == 1);
  CHECK(t.warnings[0].line == 8);
  CHECK(t.warnings[0].reason == "the timing line ends after the start time (cut off?)");
}
