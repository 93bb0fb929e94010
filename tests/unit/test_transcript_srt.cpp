// SubRip as real tools write it: dots for commas, missing or wrong numbers, extra blank lines,
// BOM, CRLF, trailing spaces, hours past 99; a bad block is skipped with a warning of its own.
#include "test_transcript_files.h"

using namespace coachscope;
using namespace coachscope::core;
using coachscope::testing::loadWritten;
using coachscope::testing::mentions;
using coachscope::testing::warningAt;

TEST_CASE("transcript SRT: the liberties real tools take", "[transcript]") {
  const Transcript t = loadWritten(
      "liberties.srt",
      "\xEF\xBB\xBF" "1\r\n00:00:01.000 --> 00:00:02.000  \r\nCoach: Dots for commas.  \r\n\r\n\r\n\r\n"
      "7\r\n00:00:03,000 --> 00:00:04,000\r\nClient: A wrong number.\r\n\r\n"
      "00:00:05,000 --> 00:00:06,500\r\nCoach: No number at all.\r\n   \r\n"
      "5\r\n0:00:09,5 --> 0:00:10,25\r\nCoach: Short fractions.\r\n\r\n"
      "4\r\n100:00:07,000 --> 100:00:08,000 X1:40 X2:600 Y1:20 Y2:50\r\nClient: Past a hundred hours.\r\n");
  REQUIRE(t.cues.size() == 5);
  CHECK(t.syntax == "SubRip");
  CHECK(t.cues[0].text == "Dots for commas.");
  CHECK(t.cues[0].end == Approx(2.0));
  CHECK(t.cues[1].id == "7");
  CHECK(t.cues[1].speaker == "Client");
  CHECK(t.cues[2].id.empty());
  CHECK(t.cues[2].end == Approx(6.5));
  CHECK(t.cues[3].start == Approx(9.5));
  CHECK(t.cues[3].end == Approx(10.25));
  CHECK(t.cues[4].start == Approx(100 * 3600.0 + 7));
  CHECK(t.warnings.empty());
}

TEST_CASE("transcript SRT: a warning for each skipped block, and the rest loads", "[transcript]") {
  const Transcript t = loadWritten("skips.srt",
                                   "1\n00:00:01,000 --> 00:00:02,000\nCoach: One.\n\n"
                                   "2\n00:00:03,000 --> 00:00:62,000\nClient: Sixty-two seconds.\n\n"
                                   "3\n00:00:05,000 -> 00:00:06,000\nCoach: A short arrow.\n\n"
                                   "4\n00:00:07,000 --> 00:00:08,000\nClient: Four.\n\n5\n00:00:09,0");
  REQUIRE(t.cues.size() == 2);
  CHECK(t.cues[1].text == "Four.");
  CHECK(mentions(warningAt(t, 6), "bad end time \"00:00:62,000\": the seconds must be below 60"));
  CHECK(mentions(warningAt(t, 6), "Client: Sixty-two seconds."));
  CHECK(mentions(warningAt(t, 10), "expected \"-->\" after the start time, found \"-> 00:00:06,000\""));
  CHECK(mentions(warningAt(t, 10), "Coach: A short arrow."));
  // The download stopped inside the last timing line.
  CHECK(mentions(warningAt(t, 18), "the timing line ends after the start time (cut off?)"));
  CHECK(t.warnings.size() == 3);
}

TEST_CASE("transcript SRT: a blank line inside a subtitle keeps its second half", "[transcript]") {
  const Transcript t = loadWritten("inner-blank.srt",
                                   "1\n00:00:01,000 --> 00:00:04,000\nCoach: What would\n\nmake the difference?\n\n"
                                   "2\n00:00:05,000 --> 00:00:06,000\nClient: Time.\n");
  REQUIRE(t.cues.size() == 2);
  CHECK(t.cues[0].text == "What would make the difference?");
  CHECK(mentions(warningAt(t, 5), "a blank line inside the cue at line 2"));
}

TEST_CASE("transcript SRT: WebVTT in a .srt file is read as WebVTT", "[transcript]") {
  const Transcript t = loadWritten("really-vtt.srt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi</v>\n");
  CHECK(t.syntax == "WebVTT");
  CHECK(t.cues.at(0).speaker == "Ann");
}
