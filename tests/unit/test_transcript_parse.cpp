// The transcript parsers read each style tutors bring: Zoom, Teams and YouTube WebVTT, plain
// WebVTT with ids, settings and styling, and SRT; BOM and CRLF line ends make no difference.
#include <catch_compat.hpp>

#include "core/transcript.h"

using namespace coachscope::core;

namespace {

Transcript parsed(std::string_view text, const std::string& name = "t.vtt") {
  auto result = parseTranscript(text, name);
  INFO((result.ok() ? std::string("ok") : result.error().message()));
  REQUIRE(result.ok());
  return *result;
}

}  // namespace

TEST_CASE("recording: Zoom WebVTT with numeric ids and Name: prefixes", "[transcript]") {
  const Transcript t = parsed(
      "WEBVTT\n\n1\n00:00:01.240 --> 00:00:05.120\nJane Smith: Good morning, Sam. What would you like to focus on?\n\n"
      "2\n00:00:05.500 --> 00:00:09.000\nSam: My new role, I think.\n");
  REQUIRE(t.cues.size() == 2);
  CHECK(t.cues[0].id == "1");
  CHECK(t.cues[0].speaker == "Jane Smith");
  CHECK(t.cues[0].text == "Good morning, Sam. What would you like to focus on?");
  CHECK(t.cues[0].start == Approx(1.24));
  CHECK(t.cues[0].end == Approx(5.12));
  CHECK(t.cues[0].line == 4);
  CHECK(t.cues[1].speaker == "Sam");
  CHECK(t.speakers() == std::vector<std::string>{"Jane Smith", "Sam"});
}

TEST_CASE("recording: Teams WebVTT with GUID ids and voice tags", "[transcript]") {
  const Transcript t = parsed(
      "WEBVTT\n\n6a1f2c3d-4b5e-4f60-9a7b-8c9d0e1f2a3b/12-0\n00:00:03.170 --> 00:00:06.440\n<v Jane Smith>Good morning, "
      "Sam.</v>\n\n6a1f2c3d-4b5e-4f60-9a7b-8c9d0e1f2a3b/15-0\n00:00:06.900 --> 00:00:08.000\n<v.loud Sam Patel>Morning!</v>\n");
  REQUIRE(t.cues.size() == 2);
  CHECK(t.cues[0].id == "6a1f2c3d-4b5e-4f60-9a7b-8c9d0e1f2a3b/12-0");
  CHECK(t.cues[0].speaker == "Jane Smith");
  CHECK(t.cues[0].text == "Good morning, Sam.");
  CHECK(t.cues[1].speaker == "Sam Patel");
  CHECK(t.cues[1].text == "Morning!");
}

TEST_CASE("recording: YouTube automatic captions lose their rolling repeats and word timings", "[transcript]") {
  const Transcript t = parsed(
      "WEBVTT\nKind: captions\nLanguage: en\n\n"
      "00:00:00.030 --> 00:00:02.669 align:start position:0%\n \ngood<00:00:00.539><c> morning</c><00:00:00.960><c> "
      "Sam</c>\n\n"
      "00:00:02.669 --> 00:00:02.679 align:start position:0%\ngood morning Sam\n \n\n"
      "00:00:02.679 --> 00:00:05.190 align:start position:0%\ngood morning Sam\nwhat<00:00:03.000><c> would</c><c> you</c> "
      "like\n");
  REQUIRE(t.cues.size() == 2);
  CHECK(t.cues[0].text == "good morning Sam");
  CHECK(t.cues[0].settings == "align:start position:0%");
  CHECK(t.cues[1].text == "what would you like");
  CHECK(t.cues[1].start == Approx(2.679));
  CHECK(t.speakers().empty());
}

TEST_CASE("recording: WebVTT cue settings, styling tags, entities, NOTE and STYLE blocks", "[transcript]") {
  const Transcript t = parsed(
      "WEBVTT - a session\n\nSTYLE\n::cue { color: yellow }\n\nNOTE written by hand\nover two lines\n\n"
      "intro\n00:01.000 --> 00:04.000 line:90% align:center\n<v Coach><i>Really</i>, <b>what</b> matters &amp; why "
      "&lt;now&gt;?</v>\n\n"
      "00:04.500 --> 00:06.000\n<c.client>It&#39;s <u>time</u>.</c>\n");
  REQUIRE(t.cues.size() == 2);
  CHECK(t.cues[0].id == "intro");
  CHECK(t.cues[0].settings == "line:90% align:center");
  CHECK(t.cues[0].text == "Really, what matters & why <now>?");
  CHECK(t.cues[0].speaker == "Coach");
  CHECK(t.cues[1].text == "It's time.");
  CHECK(t.cues[1].speaker == "Coach");  // carried over: this cue names no one
  CHECK(t.cues[1].speakerInferred);
}

TEST_CASE("recording: a cue with two voices is split between them", "[transcript]") {
  const Transcript t = parsed("WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Ann>Okay?</v>\n<v Bob>Yes, fine.</v>\n");
  REQUIRE(t.cues.size() == 2);
  CHECK(t.cues[0].speaker == "Ann");
  CHECK(t.cues[1].speaker == "Bob");
  CHECK(t.cues[0].end == Approx(t.cues[1].start));
  CHECK(t.cues[1].end == Approx(4.0));
  CHECK(t.cues[0].end < t.cues[1].end);
}

TEST_CASE("recording: BOM and CRLF line ends read the same as plain LF", "[transcript]") {
  const std::string lf = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAnn: Hello there.\n\n2\n00:00:02.500 --> "
                         "00:00:03.000\nBob: Hi.\n";
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const Transcript a = parsed(lf);
  const Transcript b = parsed(crlf);
  REQUIRE(a.cues.size() == b.cues.size());
  for (std::size_t i = 0; i < a.cues.size(); ++i) {
    CHECK(a.cues[i].text == b.cues[i].text);
    CHECK(a.cues[i].speaker == b.cues[i].speaker);
    CHECK(a.cues[i].line == b.cues[i].line);
  }
}

TEST_CASE("recording: SRT with sequence numbers, comma millis, tags and speaker prefixes", "[transcript]") {
  const Transcript t = parsed(
      "1\r\n00:00:01,000 --> 00:00:03,500\r\nCOACH: What brings you here today?\r\n\r\n"
      "2\r\n00:00:04,000 --> 00:00:07,250\r\n{\\an8}<i>CLIENT:</i> I want to\r\nmove on <font color=\"red\">from</font> "
      "my job.\r\n\r\n3\r\n00:00:08,000 --> 00:00:09,000\r\nThat's all.\r\n",
      "t.srt");
  REQUIRE(t.cues.size() == 3);
  CHECK(t.cues[0].speaker == "COACH");
  CHECK(t.cues[0].text == "What brings you here today?");
  CHECK(t.cues[1].speaker == "CLIENT");
  CHECK(t.cues[1].text == "I want to move on from my job.");
  CHECK(t.cues[1].end == Approx(7.25));
  CHECK(t.cues[2].speaker == "CLIENT");
  CHECK(t.cues[2].speakerInferred);
}

TEST_CASE("recording: words with colons later in a line are not speakers", "[transcript]") {
  const Transcript t = parsed("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nWe met at 10:30 and said: fine.\n");
  REQUIRE(t.cues.size() == 1);
  CHECK(t.cues[0].speaker.empty());
  CHECK(t.cues[0].text == "We met at 10:30 and said: fine.");
}

TEST_CASE("recording: hours beyond 99 and short mm:ss timestamps", "[transcript]") {
  const Transcript t = parsed("WEBVTT\n\n01:02.500 --> 01:03.000\nA: x\n\n101:00:00.000 --> 101:00:01.000\nA: y\n");
  CHECK(t.cues[0].start == Approx(62.5));
  CHECK(t.cues[1].start == Approx(101 * 3600.0));
}

TEST_CASE("recording: the cue at a time and speaker role mapping", "[transcript]") {
  const Transcript t = parsed(
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nJane: How are you? What matters?\n\n00:00:03.000 --> 00:00:04.000\nSam: "
      "Fine.\n");
  CHECK(t.cueIndexAt(0.5) == -1);
  CHECK(t.cueIndexAt(1.0) == 0);
  CHECK(t.cueIndexAt(2.5) == 0);
  CHECK(t.cueIndexAt(3.5) == 1);
  const SpeakerRoles guess = guessSpeakerRoles(t);
  CHECK(guess.role("Jane") == SpeakerRole::Coach);
  CHECK(guess.role("Sam") == SpeakerRole::Client);
  auto roles = parseSpeakerRoles("Jane=coach, Sam=Client");
  REQUIRE(roles.ok());
  CHECK(roles->role("Sam") == SpeakerRole::Client);
  CHECK(roles->label("Nobody") == "Nobody");
  auto bad = parseSpeakerRoles("Jane=boss");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().reason.find("Jane=boss") != std::string::npos);
}
