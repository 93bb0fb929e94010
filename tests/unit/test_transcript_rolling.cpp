// Rolling captions lose only their automatic repeats; real utterances that happen to repeat stay.
#include <fmt/format.h>

#include "test_transcript_files.h"

using namespace coachscope;
using namespace coachscope::core;
using coachscope::testing::loadWritten;

namespace {

std::vector<std::string> texts(const Transcript& t) {
  std::vector<std::string> out;
  for (const Cue& c : t.cues) out.push_back(c.text);
  return out;
}

}  // namespace

TEST_CASE("transcript rolling: YouTube's automatic captions read once, without the 10 ms restating cues", "[transcript]") {
  const Transcript t = loadWritten(
      "youtube.vtt",
      "WEBVTT\nKind: captions\nLanguage: en\n\n"
      "00:00:00.030 --> 00:00:02.669 align:start position:0%\n \ngood<00:00:00.539><c> morning</c><00:00:00.960><c> Sam</c>\n\n"
      "00:00:02.669 --> 00:00:02.679 align:start position:0%\ngood morning Sam\n \n\n"
      "00:00:02.679 --> 00:00:05.190 align:start position:0%\ngood morning Sam\nwhat<00:00:03.000><c> would</c><c> you</c> like\n\n"
      "00:00:05.190 --> 00:00:05.200 align:start position:0%\nwhat would you like\n \n\n"
      "00:00:05.200 --> 00:00:07.000 align:start position:0%\nwhat would you like\nokay\n\n"
      "00:00:07.000 --> 00:00:07.010 align:start position:0%\nokay\n \n\n"
      "00:00:07.010 --> 00:00:09.000 align:start position:0%\nokay\nokay<00:00:08.000><c> sure</c>\n");
  CHECK(texts(t) == std::vector<std::string>{"good morning Sam", "what would you like", "okay", "okay sure"});
  CHECK(t.cues[1].start == Approx(2.679));
  CHECK(t.warnings.empty());
}

TEST_CASE("transcript rolling: twenty real \"Okay.\" cues stay twenty", "[transcript]") {
  std::string file = "WEBVTT\n\n";
  for (int i = 0; i < 20; ++i) file += fmt::format("00:00:{:02}.000 --> 00:00:{:02}.800\nOkay.\n\n", i, i);
  const Transcript t = loadWritten("okays.vtt", file);
  CHECK(t.cues.size() == 20);
}

TEST_CASE("transcript rolling: a two-line cue that begins with the last words said is kept whole in ordinary captions", "[transcript]") {
  const Transcript t = loadWritten("not-rolling.vtt",
                                   "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOkay.\n\n"
                                   "00:00:02.500 --> 00:00:05.000\nOkay.\nLet's begin with your goal.\n\n"
                                   "00:00:05.500 --> 00:00:08.000\nMy goal is\nto say no more often.\n");
  CHECK(texts(t) == std::vector<std::string>{"Okay.", "Okay. Let's begin with your goal.", "My goal is to say no more often."});
}

TEST_CASE("transcript rolling: three-line roll-up captions without word timings", "[transcript]") {
  const Transcript t = loadWritten("rollup.vtt",
                                   "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nwe talked about\n\n"
                                   "00:00:03.000 --> 00:00:05.000\nwe talked about\nyour team\n\n"
                                   "00:00:05.000 --> 00:00:07.000\nwe talked about\nyour team\nand your manager\n\n"
                                   "00:00:07.000 --> 00:00:09.000\nyour team\nand your manager\nlast time\n");
  CHECK(texts(t) == std::vector<std::string>{"we talked about", "your team", "and your manager", "last time"});
}
