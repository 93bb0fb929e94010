// Hints drawn from a transcript for the tutor to check, never scores: who talked how much, the
// coach's questions (open or closed), long silences and overlapping turns, each with its time.
// Which marker a hint is shown beside comes from the framework's "transcriptHints".
#pragma once

#include <string>
#include <vector>

#include "core/framework.h"
#include "core/transcript.h"

namespace coachscope::core {

enum class QuestionStyle { Open, Closed, Unclear };
const char* toString(QuestionStyle style);

// A guess from the question's opening words ("What...", "How..." open; "Do you...", "Is it..."
// closed; "A or B?" closed). It is a hint: the tutor judges.
QuestionStyle estimateQuestionStyle(std::string_view question);

struct TalkTime {
  double coachSeconds = 0;
  double clientSeconds = 0;
  double otherSeconds = 0;  // speakers not mapped to coach or client
  double coachShare() const;   // of coach + client time, 0..1
  double clientShare() const;
};

struct CoachQuestion {
  double time = 0;
  std::string text;
  QuestionStyle style = QuestionStyle::Unclear;
  bool stacked = false;  // one of several questions asked in the same turn
};

struct Silence {
  double start = 0;
  double seconds = 0;
  std::string after;  // speaker of the cue before the silence
};

struct Overlap {
  double time = 0;           // when the second speaker came in
  double seconds = 0;        // how long both spoke
  std::string interrupter;   // who came in
  std::string interrupted;   // who was still speaking
};

struct EvidenceSettings {
  double silenceSeconds = 5;  // gaps at least this long are listed
};

struct TranscriptEvidence {
  TalkTime talkTime;
  std::vector<CoachQuestion> questions;
  std::vector<Silence> silences;
  std::vector<Overlap> overlaps;
  int openQuestions() const;
  int closedQuestions() const;
};

TranscriptEvidence analyseTranscript(const Transcript& transcript, const SpeakerRoles& roles,
                                     const EvidenceSettings& settings = {});

// One line a tutor reads beside a marker: "Client spoke 68% of the time", with the time to jump to.
struct EvidenceHint {
  std::string kind;        // "talkTime", "questions", "silence", "interruptions"
  std::string markerCode;  // from the framework; empty when it names none for this kind
  double time = -1;        // seconds, or -1 when the hint is about the whole session
  std::string text;
};

// The hints in framework order of kinds; talk time and question counts first, then each item.
std::vector<EvidenceHint> evidenceHints(const TranscriptEvidence& evidence, const SpeakerRoles& roles,
                                        const Framework* framework);

}  // namespace coachscope::core
