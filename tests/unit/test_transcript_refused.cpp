// Malformed transcripts are refused with the file, the line and the reason, never a crash.
#include <catch_compat.hpp>

#include <filesystem>
#include <fstream>

#include "core/transcript.h"

using namespace coachscope::core;

namespace {

void expectRefused(std::string_view text, const std::string& where, const std::string& reasonPart,
                   const std::string& name = "bad.vtt") {
  auto result = parseTranscript(text, name);
  REQUIRE_FALSE(result.ok());
  INFO(result.error().message());
  CHECK(result.error().file == name);
  CHECK(result.error().where == where);
  CHECK(result.error().reason.find(reasonPart) != std::string::npos);
}

}  // namespace

TEST_CASE("recording: bad timestamps name their line", "[transcript]") {
  expectRefused("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: ok\n\n00:00:61.000 --> 00:01:02.000\nA: no\n", "line 6",
                "seconds must be below 60");
  expectRefused("WEBVTT\n\n00:75:01.000 --> 00:76:02.000\nA: no\n", "line 3", "minutes must be below 60");
  expectRefused("WEBVTT\n\n00:00:01 --> 00:00:02.000\nA: no\n", "line 3", "bad timestamp \"00:00:01\"");
  expectRefused("WEBVTT\n\n00:00:01.000 --> soon\nA: no\n", "line 3", "end: bad timestamp");
  expectRefused("1\n00:00:01,000 -> 00:00:02,000\nA: no\n", "line 2", "expected a timing line", "bad.srt");
  expectRefused("WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nA: backwards\n", "line 3", "before it starts");
}

TEST_CASE("recording: out-of-order cues are refused", "[transcript]") {
  expectRefused("WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nA: later\n\n00:00:01.000 --> 00:00:02.000\nB: earlier\n",
                "line 6", "out of order");
}

TEST_CASE("recording: one speaker overlapping themself is refused, crosstalk is kept", "[transcript]") {
  expectRefused("WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nAnn: one\n\n00:00:03.000 --> 00:00:06.000\nAnn: two\n",
                "line 6", "overlapping cues");
  expectRefused("WEBVTT\n\n00:00:01.000 --> 00:00:05.000\none\n\n00:00:03.000 --> 00:00:06.000\ntwo\n", "line 6",
                "overlapping cues");
  auto crosstalk =
      parseTranscript("WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nAnn: one\n\n00:00:03.000 --> 00:00:06.000\nBob: two\n", "x");
  CHECK(crosstalk.ok());
}

TEST_CASE("recording: invalid UTF-8 names line and column", "[transcript]") {
  expectRefused("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCaf\xE9 au lait\n", "line 4, column 4", "not valid UTF-8");
  expectRefused("1\n00:00:01,000 --> 00:00:02,000\n\xC0\xAF overlong\n", "line 3, column 1", "not valid UTF-8", "bad.srt");
  expectRefused("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\ncut \xE2\x82", "line 4, column 5", "not valid UTF-8");
}

TEST_CASE("recording: structure errors — header, missing timing, empty file", "[transcript]") {
  auto notVtt = parseWebVtt("WEBVTX\n\n00:00:01.000 --> 00:00:02.000\nA\n", "x.vtt");
  REQUIRE_FALSE(notVtt.ok());
  CHECK(notVtt.error().where == "line 1");
  expectRefused("WEBVTT\n00:00:01.000 --> 00:00:02.000\nA\n", "line 2", "blank line must follow");
  expectRefused("WEBVTT\n\ncue-1\nno timing here\n", "line 4", "expected a cue timing line");
  expectRefused("", "", "no cues found", "empty.srt");
}

TEST_CASE("recording: a missing transcript file is an error naming it", "[transcript]") {
  auto missing = loadTranscriptFile("/nonexistent/dir/session.vtt");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().file == "/nonexistent/dir/session.vtt");
  CHECK(missing.error().reason.find("cannot open") != std::string::npos);

  const std::filesystem::path dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "recording";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "session.srt") << "1\n00:00:01,000 --> 00:00:02,000\nCoach: Hi?\n";
  auto loaded = loadTranscriptFile(dir / "session.srt");
  REQUIRE(loaded.ok());
  CHECK(loaded->source == (dir / "session.srt").string());
  CHECK(loaded->cues.at(0).speaker == "Coach");
}
