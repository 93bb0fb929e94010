#include "core/transcript_evidence.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "core/clock_text.h"
#include "core/transcript_export.h"

namespace coachscope::core {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : lower(text)) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'') {
      word += c;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

bool oneOf(const std::string& word, std::initializer_list<const char*> list) {
  return std::any_of(list.begin(), list.end(), [&](const char* w) { return word == w; });
}

// Sentences of a turn that end in a question mark.
std::vector<std::string> questionsIn(const std::string& text) {
  std::vector<std::string> questions;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' || c == '!' || c == '?') {
      std::string sentence = text.substr(start, i + 1 - start);
      const std::size_t first = sentence.find_first_not_of(" \"'");
      if (c == '?' && first != std::string::npos) questions.push_back(sentence.substr(first));
      start = i + 1;
    }
  }
  return questions;
}

std::string percent(double share) { return fmt::format("{:.0f}%", share * 100); }

}  // namespace

const char* toString(QuestionStyle style) {
  switch (style) {
    case QuestionStyle::Open: return "open";
    case QuestionStyle::Closed: return "closed";
    case QuestionStyle::Unclear: break;
  }
  return "unclear";
}

QuestionStyle estimateQuestionStyle(std::string_view question) {
  std::vector<std::string> w = words(question);
  // Skip openers that carry no question form: "So, what...", "And how...", "Okay, Sam, is...".
  while (w.size() > 1 && oneOf(w[0], {"so", "and", "but", "okay", "ok", "well", "now", "then", "right", "alright"})) {
    w.erase(w.begin());
  }
  if (w.empty()) return QuestionStyle::Unclear;
  const std::string& first = w[0];
  const std::string second = w.size() > 1 ? w[1] : "";
  if (oneOf(first, {"what", "how", "why", "which", "who", "whom", "whose", "where", "when"})) return QuestionStyle::Open;
  if (first == "tell" || first == "describe" || first == "explain" || first == "say" ||
      (first == "talk" && second == "me")) {
    return QuestionStyle::Open;
  }
  if (oneOf(first, {"is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should",
                    "shall", "have", "has", "had", "may", "might", "must", "isn't", "aren't", "don't", "doesn't",
                    "didn't", "can't", "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't"})) {
    // "Could you say more about..." and "Would you tell me..." invite an open answer.
    if (w.size() > 2 && oneOf(second, {"you"}) && oneOf(w[2], {"say", "tell", "describe", "explain", "share", "talk"})) {
      return QuestionStyle::Open;
    }
    return QuestionStyle::Closed;
  }
  // "You want to change jobs?" or "A or B?" narrow the answer too.
  if (std::find(w.begin(), w.end(), "or") != w.end()) return QuestionStyle::Closed;
  return QuestionStyle::Unclear;
}

double TalkTime::coachShare() const {
  const double total = coachSeconds + clientSeconds;
  return total > 0 ? coachSeconds / total : 0;
}
double TalkTime::clientShare() const {
  const double total = coachSeconds + clientSeconds;
  return total > 0 ? clientSeconds / total : 0;
}

int TranscriptEvidence::openQuestions() const {
  return static_cast<int>(std::count_if(questions.begin(), questions.end(),
                                        [](const CoachQuestion& q) { return q.style == QuestionStyle::Open; }));
}
int TranscriptEvidence::closedQuestions() const {
  return static_cast<int>(std::count_if(questions.begin(), questions.end(),
                                        [](const CoachQuestion& q) { return q.style == QuestionStyle::Closed; }));
}

TranscriptEvidence analyseTranscript(const Transcript& transcript, const SpeakerRoles& roles,
                                     const EvidenceSettings& settings) {
  TranscriptEvidence evidence;
  // The time each role's cues cover: cues overlapping within one role (a speaker's own, kept
  // when they overlap by more than the reader trims, or two speakers mapped to the coach) count once.
  struct Span {
    double start = 0, end = -1;
    double* total = nullptr;
    void add(const Cue& cue) {
      if (cue.start > end) {
        close();
        start = cue.start;
        end = cue.end;
      } else {
        end = std::max(end, cue.end);
      }
    }
    void close() {
      if (end > start) *total += end - start;
      end = start;
    }
  };
  Span coach{0, -1, &evidence.talkTime.coachSeconds};
  Span client{0, -1, &evidence.talkTime.clientSeconds};
  Span other{0, -1, &evidence.talkTime.otherSeconds};
  for (const Cue& cue : transcript.cues) {  // ordered by start
    switch (roles.role(cue.speaker)) {
      case SpeakerRole::Coach: coach.add(cue); break;
      case SpeakerRole::Client: client.add(cue); break;
      case SpeakerRole::Unassigned: other.add(cue); break;
    }
  }
  coach.close();
  client.close();
  other.close();
  for (const Turn& turn : turnsOf(transcript)) {
    if (roles.role(turn.speaker) != SpeakerRole::Coach) continue;
    const std::vector<std::string> asked = questionsIn(turn.text);
    for (const std::string& q : asked) {
      evidence.questions.push_back({turn.start, q, estimateQuestionStyle(q), asked.size() > 1});
    }
  }
  // Silence: nobody speaking. Track the latest end so far, as turns can overlap.
  double speakingUntil = -1;
  std::string lastSpeaker;
  const Cue* current = nullptr;  // the cue whose speaker holds the floor (ends last)
  for (const Cue& cue : transcript.cues) {
    if (speakingUntil >= 0 && cue.start - speakingUntil >= settings.silenceSeconds) {
      evidence.silences.push_back({speakingUntil, cue.start - speakingUntil, roles.label(lastSpeaker)});
    }
    // An unknown speaker may be either person: their overlap says nothing of who interrupted.
    if (current && cue.speaker != current->speaker && cue.start < current->end && !cue.speaker.empty() &&
        !current->speaker.empty()) {
      evidence.overlaps.push_back({cue.start, std::min(current->end, cue.end) - cue.start, roles.label(cue.speaker),
                                   roles.label(current->speaker)});
    }
    if (cue.end >= speakingUntil) {
      speakingUntil = cue.end;
      lastSpeaker = cue.speaker;
      current = &cue;
    }
  }
  return evidence;
}

std::vector<EvidenceHint> evidenceHints(const TranscriptEvidence& evidence, const SpeakerRoles& roles,
                                        const Framework* framework) {
  auto marker = [&](const char* kind) -> std::string {
    if (!framework) return "";
    auto it = framework->transcriptHints.find(kind);
    return it == framework->transcriptHints.end() ? "" : it->second;
  };
  (void)roles;
  std::vector<EvidenceHint> hints;
  const TalkTime& t = evidence.talkTime;
  if (t.coachSeconds + t.clientSeconds > 0) {
    hints.push_back({"talkTime", marker("talkTime"), -1,
                     fmt::format("Talk time: client {} ({}), coach {} ({})", percent(t.clientShare()),
                                 formatClock(t.clientSeconds), percent(t.coachShare()), formatClock(t.coachSeconds))});
  } else {
    hints.push_back({"talkTime", marker("talkTime"), -1, "Talk time: map the speakers to coach and client to see it"});
  }
  const int open = evidence.openQuestions();
  const int closed = evidence.closedQuestions();
  const int stacked = static_cast<int>(std::count_if(evidence.questions.begin(), evidence.questions.end(),
                                                     [](const CoachQuestion& q) { return q.stacked; }));
  hints.push_back({"questions", marker("questions"), -1,
                   fmt::format("Coach asked {} questions: about {} open, {} closed, {} unclear; {} asked in a stack",
                               evidence.questions.size(), open, closed,
                               static_cast<int>(evidence.questions.size()) - open - closed, stacked)});
  for (const CoachQuestion& q : evidence.questions) {
    hints.push_back({"questions", marker("questions"), q.time,
                     fmt::format("{}{} question: {}", toString(q.style), q.stacked ? " (stacked)" : "", q.text)});
  }
  for (const Silence& s : evidence.silences) {
    hints.push_back({"silence", marker("silence"), s.start,
                     fmt::format("Silence of {:.0f} s after {}", s.seconds, s.after)});
  }
  for (const Overlap& o : evidence.overlaps) {
    hints.push_back({"interruptions", marker("interruptions"), o.time,
                     fmt::format("{} came in while {} was speaking ({:.1f} s overlap)", o.interrupter, o.interrupted,
                                 o.seconds)});
  }
  return hints;
}

}  // namespace coachscope::core
