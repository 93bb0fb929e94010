// The assessor-ready export: one line per change of speaker, each with its timestamp, coach and
// client named by role; HTML with every piece of transcript text escaped.
#include <catch_compat.hpp>

#include "core/transcript.h"
#include "core/transcript_export.h"

using namespace coachscope::core;

namespace {

Transcript sample() {
  auto t = parseWebVtt(
      "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nJane: Hello Sam.\n\n00:00:03.000 --> 00:00:05.000\nJane: What would you "
      "like?\n\n00:01:05.500 --> 00:01:09.000\nSam: To stop saying &lt;yes&gt; & \"fine\".\n\n01:00:00.000 --> "
      "01:00:02.000\nJane: Thanks.\n",
      "s.vtt");
  REQUIRE(t.ok());
  return *t;
}

SpeakerRoles roles() {
  SpeakerRoles r;
  r.bySpeaker["Jane"] = SpeakerRole::Coach;
  r.bySpeaker["Sam"] = SpeakerRole::Client;
  return r;
}

}  // namespace

TEST_CASE("recording: turns join consecutive cues of one speaker", "[transcript]") {
  const std::vector<Turn> turns = turnsOf(sample());
  REQUIRE(turns.size() == 3);
  CHECK(turns[0].text == "Hello Sam. What would you like?");
  CHECK(turns[0].end == Approx(5.0));
  CHECK(turns[1].speaker == "Sam");
}

TEST_CASE("recording: text export puts a timestamp at every change of speaker", "[transcript]") {
  const std::string text = exportTranscriptText(sample(), roles(), "Session with Sam");
  CHECK(text ==
        "Session with Sam\nCoach: Jane, Client: Sam\n\n"
        "[00:00:01] Coach (Jane): Hello Sam. What would you like?\n\n"
        "[00:01:05] Client (Sam): To stop saying <yes> & \"fine\".\n\n"
        "[01:00:00] Coach (Jane): Thanks.\n\n");
}

TEST_CASE("recording: unmapped speakers keep their names in the export", "[transcript]") {
  const std::string text = exportTranscriptText(sample(), SpeakerRoles{}, "T");
  CHECK(text.find("[00:00:01] Jane: Hello Sam.") != std::string::npos);
  CHECK(text.find("Coach") == std::string::npos);
}

TEST_CASE("recording: HTML export escapes transcript text and the title", "[transcript]") {
  const std::string html = exportTranscriptHtml(sample(), roles(), "Sam & <Jane>");
  CHECK(html.find("<title>Sam &amp; &lt;Jane&gt;</title>") != std::string::npos);
  CHECK(html.find("To stop saying &lt;yes&gt; &amp; &quot;fine&quot;.") != std::string::npos);
  CHECK(html.find("<yes>") == std::string::npos);
  CHECK(html.find("<p class=\"turn client\"><span class=\"time\">00:01:05</span><span class=\"who\">Client "
                  "(Sam):</span>") != std::string::npos);
  CHECK(escapeHtml("a'b") == "a&#39;b");
}
