// Speakers as people name themselves: Zoom display names with any characters, Teams voices,
// "Speaker 1" labels; a sentence with a colon stays text; unnamed cues are an unknown speaker;
// a speaker's own rounding overlap is trimmed.
#include "core/transcript_evidence.h"
#include "core/transcript_speakers.h"
#include "test_transcript_files.h"

using namespace coachscope;
using namespace coachscope::core;
using coachscope::testing::loadWritten;
using coachscope::testing::mentions;
using coachscope::testing::warningAt;

TEST_CASE("transcript speakers: Zoom display names with pronouns, accents, apostrophes, hyphens and emoji", "[transcript]") {
  const Transcript t = loadWritten(
      "zoom-names.vtt",
      "WEBVTT\n\n1\n00:00:01.000 --> 00:00:05.000\nAmelia Hart (she/her): Good morning. What would you like to focus on?\n\n"
      "2\n00:00:05.500 --> 00:00:12.000\nSiobh\xC3\xA1n O'Neil-Ng \xF0\x9F\x8C\xBB: Saying no, mostly.\n\n"
      "3\n00:00:12.500 --> 00:00:14.000\nAmelia Hart (she/her): Say more?\n\n"
      "4\n00:00:14.500 --> 00:00:20.000\nSiobh\xC3\xA1n O'Neil-Ng \xF0\x9F\x8C\xBB: My manager asks and I agree.\n\n"
      "5\n00:00:20.500 --> 00:00:22.000\nDr. J.-P. M\xC3\xBCller / Observer: (joins)\n\n"
      "6\n00:00:22.500 --> 00:00:24.000\n\xE6\x9D\x8E\xE6\x98\x8E: \xE4\xBD\xA0\xE5\xA5\xBD\n");
  REQUIRE(t.cues.size() == 6);
  CHECK(t.speakers() == std::vector<std::string>{"Amelia Hart (she/her)", "Siobh\xC3\xA1n O'Neil-Ng \xF0\x9F\x8C\xBB",
                                                 "Dr. J.-P. M\xC3\xBCller / Observer", "\xE6\x9D\x8E\xE6\x98\x8E"});
  CHECK(t.cues[0].text == "Good morning. What would you like to focus on?");
  CHECK(t.cues[2].speaker == "Amelia Hart (she/her)");
  CHECK(t.cues[2].text == "Say more?");
  CHECK(t.warnings.empty());
}

TEST_CASE("transcript speakers: the coach's lines are not folded into the client's turn, so talk time is right", "[transcript]") {
  const Transcript t = loadWritten(
      "zoom-talk.vtt",
      "WEBVTT\n\n00:00:00.000 --> 00:00:10.000\nAmelia Hart (she/her): What would make today worthwhile?\n\n"
      "00:00:10.000 --> 00:00:40.000\nSam Lee: Knowing how to say no to my manager without a row.\n\n"
      "00:00:40.000 --> 00:00:50.000\nAmelia Hart (she/her): What have you tried?\n");
  SpeakerRoles roles;
  roles.bySpeaker["Amelia Hart (she/her)"] = SpeakerRole::Coach;
  roles.bySpeaker["Sam Lee"] = SpeakerRole::Client;
  const TranscriptEvidence e = analyseTranscript(t, roles);
  CHECK(e.talkTime.coachSeconds == Approx(20));
  CHECK(e.talkTime.clientSeconds == Approx(30));
  CHECK(e.questions.size() == 2);
  CHECK(guessSpeakerRoles(t).role("Amelia Hart (she/her)") == SpeakerRole::Coach);
}

TEST_CASE("transcript speakers: a sentence with a colon stays text, in named and unnamed files", "[transcript]") {
  Transcript t = loadWritten("colon-named.vtt",
                             "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nJane Smith: Here's the thing: I never asked.\n"
                             "So my question is: why now?\n\n"
                             "00:00:05.000 --> 00:00:06.000\nSam: Honestly? No idea.\n");
  REQUIRE(t.cues.size() == 2);
  CHECK(t.cues[0].speaker == "Jane Smith");
  CHECK(t.cues[0].text == "Here's the thing: I never asked. So my question is: why now?");

  t = loadWritten("colon-unnamed.vtt",
                  "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nso my question is: what now\n\n"
                  "00:00:02.000 --> 00:00:03.000\nwe met at 10:30 and said: fine\n\n"
                  "00:00:03.000 --> 00:00:04.000\nso my question is: what now\n\n"
                  "00:00:04.000 --> 00:00:05.000\nNote: bring the plan next time\n\n"
                  "00:00:05.000 --> 00:00:06.000\nand then we stopped\n\n"
                  "00:00:06.000 --> 00:00:07.000\nand started again\n");
  REQUIRE(t.cues.size() == 6);
  CHECK(t.speakers().empty());
  CHECK(t.cues[0].text == "so my question is: what now");
  CHECK(t.cues[3].text == "Note: bring the plan next time");
}

TEST_CASE("transcript speakers: Teams voices, with entities and classes, and an unnamed voice", "[transcript]") {
  const Transcript t = loadWritten(
      "teams.vtt",
      "WEBVTT\n\n6a1f2c3d-4b5e-4f60-9a7b-8c9d0e1f2a3b/12-0\n00:00:03.170 --> 00:00:06.440\n<v Hart, Amelia (she/her)>Good "
      "morning.</v>\n\n6a1f2c3d-4b5e-4f60-9a7b-8c9d0e1f2a3b/15-0\n00:00:06.900 --> 00:00:08.000\n<v.loud O&apos;Brien "
      "&amp; Co>Morning!</v>\n\n00:00:08.500 --> 00:00:09.000\n<v>Someone else</v>\n");
  REQUIRE(t.cues.size() == 3);
  CHECK(t.cues[0].speaker == "Hart, Amelia (she/her)");
  CHECK(t.cues[1].speaker == "O'Brien & Co");
  CHECK(t.cues[2].speaker.empty());
  CHECK_FALSE(t.cues[2].speakerInferred);  // an unnamed voice is someone else, not the speaker before
}

TEST_CASE("transcript speakers: \"Speaker 1\", SPEAKER_00 and [Speaker A] labels", "[transcript]") {
  const Transcript t = loadWritten(
      "labels.srt",
      "1\n00:00:01,000 --> 00:00:02,000\nSpeaker 1: Hello.\n\n2\n00:00:02,500 --> 00:00:03,000\n[SPEAKER_00]: Hi.\n\n"
      "3\n00:00:03,500 --> 00:00:04,000\n[Speaker A] How are you?\n\n4\n00:00:04,500 --> 00:00:05,000\n[laughs] Fine.\n\n"
      "5\n00:00:05,500 --> 00:00:06,000\nspk_1: Good.\n");
  REQUIRE(t.cues.size() == 5);
  CHECK(t.cues[0].speaker == "Speaker 1");
  CHECK(t.cues[1].speaker == "SPEAKER_00");
  CHECK(t.cues[2].speaker == "Speaker A");
  CHECK(t.cues[2].text == "How are you?");
  CHECK(t.cues[3].text == "[laughs] Fine.");  // a sound description is not a name
  CHECK(t.cues[4].speaker == "spk_1");
  CHECK(transcript_speakers::isGenericLabel("Unknown Speaker"));
  CHECK_FALSE(transcript_speakers::isGenericLabel("Speakers corner"));
}

TEST_CASE("transcript speakers: unnamed cues that overlap are an unknown speaker, never one overlapping itself", "[transcript]") {
  const Transcript t = loadWritten("unnamed-overlap.vtt",
                                   "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\none\n\n00:00:03.000 --> 00:00:06.000\ntwo\n\n"
                                   "00:00:05.500 --> 00:00:07.000\nthree\n");
  REQUIRE(t.cues.size() == 3);
  for (const Cue& c : t.cues) CHECK(c.speaker.empty());
  CHECK(t.warnings.empty());
  CHECK(t.cues[0].end == Approx(5.0));  // nothing trimmed: nobody is known to overlap themself
}

TEST_CASE("transcript speakers: a speaker's own overlap of up to 0.25 s is trimmed, a larger one kept", "[transcript]") {
  const Transcript t = loadWritten("own-overlap.vtt",
                                   "WEBVTT\n\n00:00:01.000 --> 00:00:04.010\nAnn: one\n\n00:00:04.000 --> 00:00:06.000\nAnn: two\n\n"
                                   "00:00:05.000 --> 00:00:08.000\nAnn: three\n\n00:00:07.000 --> 00:00:09.000\nBob: crosstalk\n");
  REQUIRE(t.cues.size() == 4);
  CHECK(t.cues[0].end == Approx(4.0));
  CHECK(mentions(warningAt(t, 6), "Ann's cue starts 0.010 s before their cue at line 3 ends; that cue now ends at 00:00:04.000"));
  CHECK(t.cues[1].end == Approx(6.0));
  CHECK(mentions(warningAt(t, 9), "Ann's cue starts 1.00 s before their cue at line 6 ends (00:00:06.000); both are kept"));
  CHECK_FALSE(warningAt(t, 12));  // two people at once is crosstalk: evidence, not a fault
}

TEST_CASE("transcript speakers: an unnamed cue continues the speaker before it, unless it overlaps them or >> says so", "[transcript]") {
  const Transcript t = loadWritten("carry.srt",
                                   "1\n00:00:01,000 --> 00:00:03,000\nJANE: What brings you here?\n\n"
                                   "2\n00:00:03,000 --> 00:00:05,000\nI'd like to know.\n\n"
                                   "3\n00:00:04,000 --> 00:00:06,000\nsomeone else at once\n\n"
                                   "4\n00:00:07,000 --> 00:00:08,000\nJANE: And?\n\n"
                                   "5\n00:00:08,000 --> 00:00:09,000\n>> It's new.\n\n"
                                   "6\n00:00:09,000 --> 00:00:10,000\n>> SAM: Yes it is.\n");
  REQUIRE(t.cues.size() == 6);
  CHECK(t.cues[1].speaker == "JANE");
  CHECK(t.cues[1].speakerInferred);
  CHECK(t.cues[2].speaker.empty());  // it overlaps JANE's cue by a whole second
  CHECK(t.cues[4].speaker.empty());
  CHECK(t.cues[4].text == "It's new.");
  CHECK(t.cues[5].speaker == "SAM");
  CHECK(t.cues[5].text == "Yes it is.");
}

TEST_CASE("transcript speakers: a guest who speaks once in a file of named cues is still a speaker", "[transcript]") {
  const Transcript t = loadWritten("guest.vtt",
                                   "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nJane: Hello.\n\n00:00:02.000 --> 00:00:03.000\nSam: Hi.\n\n"
                                   "00:00:03.000 --> 00:00:04.000\nJane: Ready?\n\n00:00:04.000 --> 00:00:05.000\nSam: Yes.\n\n"
                                   "00:00:05.000 --> 00:00:06.000\nPriya Patel: Sorry I'm late.\n");
  CHECK(t.cues[4].speaker == "Priya Patel");
  CHECK(t.cues[4].text == "Sorry I'm late.");
}
