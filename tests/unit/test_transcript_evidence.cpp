// Transcript evidence is hints with timestamps, pointed at markers named by the framework's data;
// recording checks warn; content hashes confirm a relinked file.
#include <catch_compat.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/framework_loader.h"
#include "core/json_document.h"
#include "core/recording_checks.h"
#include "core/transcript_evidence.h"
#include "store/content_hash.h"
#include "test_paths.h"

using namespace coachscope;
using namespace coachscope::core;

namespace {

Transcript session() {
  auto t = parseWebVtt(
      "WEBVTT\n\n"
      "00:00:00.000 --> 00:00:04.000\nJane: What would you like to focus on today?\n\n"
      "00:00:04.500 --> 00:00:20.000\nSam: My new job. I lead a team of eight now and it is hard.\n\n"
      "00:00:19.000 --> 00:00:22.000\nJane: Is it the team? Or is it you?\n\n"
      "00:00:30.000 --> 00:00:40.000\nSam: Both, I suppose. I never asked for this.\n\n"
      "00:00:40.000 --> 00:00:42.000\nJane: Tell me more about that.\n",
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

Framework icf() {
  auto f = loadFrameworkFile(std::string(COACHSCOPE_FRAMEWORKS_DIR) + "/icf-core-competencies-2019.json");
  REQUIRE(f.ok());
  return *f;
}

}  // namespace

TEST_CASE("recording: open and closed questions are estimated from their opening words", "[evidence]") {
  CHECK(estimateQuestionStyle("What would you like?") == QuestionStyle::Open);
  CHECK(estimateQuestionStyle("So, how does that feel?") == QuestionStyle::Open);
  CHECK(estimateQuestionStyle("Could you say more about that?") == QuestionStyle::Open);
  CHECK(estimateQuestionStyle("Is it the team?") == QuestionStyle::Closed);
  CHECK(estimateQuestionStyle("Don't you think so?") == QuestionStyle::Closed);
  CHECK(estimateQuestionStyle("The team or you?") == QuestionStyle::Closed);
  CHECK(estimateQuestionStyle("Really?") == QuestionStyle::Unclear);
}

TEST_CASE("recording: talk time, questions, silences and overlaps with their times", "[evidence]") {
  const TranscriptEvidence e = analyseTranscript(session(), roles(), EvidenceSettings{5});
  CHECK(e.talkTime.coachSeconds == Approx(4 + 3 + 2));
  CHECK(e.talkTime.clientSeconds == Approx(15.5 + 10));
  CHECK(e.talkTime.clientShare() == Approx(25.5 / 34.5));
  REQUIRE(e.questions.size() == 3);  // "Tell me more about that." has no question mark
  CHECK(e.questions[0].style == QuestionStyle::Open);
  CHECK(e.questions[0].time == Approx(0));
  CHECK(e.questions[1].text == "Is it the team?");
  CHECK(e.questions[1].stacked);
  CHECK(e.questions[2].style == QuestionStyle::Closed);
  CHECK(e.openQuestions() == 1);
  CHECK(e.closedQuestions() == 2);
  REQUIRE(e.silences.size() == 1);
  CHECK(e.silences[0].start == Approx(22));
  CHECK(e.silences[0].seconds == Approx(8));
  CHECK(e.silences[0].after == "Coach");
  REQUIRE(e.overlaps.size() == 1);
  CHECK(e.overlaps[0].time == Approx(19));
  CHECK(e.overlaps[0].seconds == Approx(1));
  CHECK(e.overlaps[0].interrupter == "Coach");
  CHECK(e.overlaps[0].interrupted == "Client");
}

TEST_CASE("recording: hints point at the markers the framework names for them", "[evidence]") {
  const Framework f = icf();
  CHECK(f.transcriptHints.at("talkTime") == "7.8");
  const TranscriptEvidence e = analyseTranscript(session(), roles(), EvidenceSettings{5});
  const std::vector<EvidenceHint> hints = evidenceHints(e, roles(), &f);
  REQUIRE(!hints.empty());
  CHECK(hints[0].kind == "talkTime");
  CHECK(hints[0].markerCode == f.transcriptHints.at("talkTime"));
  CHECK(hints[0].text.find("client 74%") != std::string::npos);
  bool silence = false, overlap = false;
  for (const EvidenceHint& h : hints) {
    if (h.kind == "silence") silence = h.markerCode == f.transcriptHints.at("silence") && h.time == Approx(22);
    if (h.kind == "interruptions") overlap = h.markerCode == f.transcriptHints.at("interruptions") && h.time == Approx(19);
  }
  CHECK(silence);
  CHECK(overlap);
  // A framework without the section still gets hints, beside no marker.
  Framework plain = f;
  plain.transcriptHints.clear();
  CHECK(evidenceHints(e, roles(), &plain)[0].markerCode.empty());
}

TEST_CASE("recording: transcriptHints naming an unknown marker or kind is refused", "[evidence]") {
  auto doc = readJsonFile(std::string(COACHSCOPE_FRAMEWORKS_DIR) + "/icf-core-competencies-2025.json");
  REQUIRE(doc.ok());
  REQUIRE(parseFramework(*doc, "f.json").ok());
  nlohmann::json bad = *doc;
  bad["transcriptHints"]["silence"] = "9.9";
  auto refused = parseFramework(bad, "f.json");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().where == "/transcriptHints/silence");
  bad = *doc;
  bad["transcriptHints"]["laughter"] = "7.8";
  refused = parseFramework(bad, "f.json");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().where == "/transcriptHints/laughter");
}

TEST_CASE("recording: checks warn about length, a missing transcript and a transcript past the end", "[evidence]") {
  const Framework f = icf();
  auto kinds = [&](const RecordingFacts& facts) {
    std::vector<std::string> out;
    for (const RecordingWarning& w : checkRecording(facts, &f)) out.push_back(w.kind);
    return out;
  };
  CHECK(kinds({30 * 60.0, true, 29 * 60.0}).empty());
  CHECK(kinds({10 * 60.0, true, 9 * 60.0}) == std::vector<std::string>{"tooShort"});
  CHECK(kinds({61 * 60.0, true, 60 * 60.0}) == std::vector<std::string>{"tooLong"});
  CHECK(kinds({30 * 60.0, false, std::nullopt}) == std::vector<std::string>{"noTranscript"});
  CHECK(kinds({30 * 60.0, true, 31 * 60.0}) == std::vector<std::string>{"transcriptLonger"});
  CHECK(kinds({std::nullopt, true, 31 * 60.0}).empty());  // not known until the media opens
  const auto warnings = checkRecording({10 * 60.0, true, 9 * 60.0}, &f);
  CHECK(warnings[0].text.find("20 minutes") != std::string::npos);
}

TEST_CASE("recording: size and SHA-256 confirm a relinked file", "[evidence]") {
  CHECK(store::sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const std::filesystem::path dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "recording";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.bin", std::ios::binary) << "abc";
  std::ofstream(dir / "b.bin", std::ios::binary) << "abd";
  std::ofstream(dir / "c.bin", std::ios::binary) << "abcd";
  auto a = store::fingerprintFile(dir / "a.bin");
  REQUIRE(a.ok());
  CHECK(a->sizeBytes == 3);
  CHECK(a->sha256 == store::sha256Hex("abc"));
  CHECK(store::compareFingerprints(*a, *store::fingerprintFile(dir / "a.bin")) == store::RelinkMatch::Same);
  CHECK(store::compareFingerprints(*a, *store::fingerprintFile(dir / "b.bin")) == store::RelinkMatch::DifferentContent);
  CHECK(store::compareFingerprints(*a, *store::fingerprintFile(dir / "c.bin")) == store::RelinkMatch::DifferentSize);
  auto missing = store::fingerprintFile(dir / "gone.bin");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().file == (dir / "gone.bin").string());
}

TEST_CASE("recording: hints stay right with trimmed overlaps and unknown speakers", "[evidence]") {
  auto t = parseWebVtt(
      "WEBVTT\n\n"
      "00:00:00.000 --> 00:00:04.010\nJane: What would you like to focus on today?\n\n"
      "00:00:04.000 --> 00:00:06.000\nJane: And why now?\n\n"          // overlaps by 10 ms: trimmed
      "00:00:06.500 --> 00:00:16.000\nSam: My team, I think.\n\n"
      "00:00:10.000 --> 00:00:12.000\n[laughter]\n\n"                 // nobody named: unknown
      "00:00:14.000 --> 00:00:17.000\nJane: How does that feel?\n",   // a real interruption
      "s.vtt");
  REQUIRE(t.ok());
  REQUIRE(t->warnings.size() == 1);
  CHECK(t->warnings[0].line == 6);
  CHECK(t->cues[3].speaker.empty());
  const TranscriptEvidence e = analyseTranscript(*t, roles(), EvidenceSettings{5});
  CHECK(e.talkTime.coachSeconds == Approx(6 + 3));  // 0-4 trimmed, 4-6, 14-17: the 10 ms counted once
  CHECK(e.talkTime.clientSeconds == Approx(9.5));
  CHECK(e.talkTime.otherSeconds == Approx(2));
  REQUIRE(e.overlaps.size() == 1);  // Jane over Sam; the unknown cue over Sam is not an interruption
  CHECK(e.overlaps[0].time == Approx(14));
  CHECK(e.overlaps[0].interrupter == "Coach");
  CHECK(e.questions.size() == 3);
  const Framework f = icf();
  const auto hints = evidenceHints(e, roles(), &f);
  auto markerOf = [&](const char* kind) {
    for (const EvidenceHint& h : hints) {
      if (h.kind == kind) return h.markerCode;
    }
    return std::string("none");
  };
  CHECK(markerOf("talkTime") == "7.8");
  CHECK(markerOf("questions") == "7.6");
  CHECK(markerOf("interruptions") == "6.6");
  CHECK(hints.front().text.find("client 51%") != std::string::npos);
}
