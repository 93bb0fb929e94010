// One scored coaching session: who, what context, the marker evidence and notes stamped with the
// session clock, the ratings and the written feedback. What a tutor's observation sheet holds.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace coachscope::core {

enum class SessionMode { Live, Recorded };

enum class NoteKind { Observation, Strength, Development, Question };

struct SessionContext {
  std::string learnerId;        // the learner's record id (see the progress record)
  std::string learnerName;
  std::string tutor;
  std::string coacheePseudonym;  // first name only
  bool coacheeSeniorManager = false;
  bool group = false;
  int groupSize = 1;
  bool threeWayContracting = false;
  bool paid = false;
  SessionMode mode = SessionMode::Live;
  std::string date;  // ISO 8601 local date-time the session took place ("2026-11-23T10:00"), may be empty

  bool operator==(const SessionContext&) const = default;
};

// "Marker 6.2 was observed at 12:31", optionally with the words that showed it.
struct MarkerEvent {
  std::string id;
  std::string markerCode;
  double time = 0;  // seconds on the session clock
  std::string quote;

  bool operator==(const MarkerEvent&) const = default;
};

struct Note {
  std::string id;
  double time = 0;  // session clock at the note's first keystroke
  std::string text;
  NoteKind kind = NoteKind::Observation;
  std::string tag;  // a competency id or marker code, or empty

  bool operator==(const Note&) const = default;
};

struct CompetencyRating {
  std::optional<int> level;  // a value of the framework's scale; empty = not rated yet
  bool notObserved = false;
  std::string rationale;

  bool operator==(const CompetencyRating&) const = default;
};

// For competencies evidenced by an explicit judgement (e.g. ethical practice).
struct Judgement {
  std::string optionId;
  std::string reason;

  bool operator==(const Judgement&) const = default;
};

// The recording a recorded session was scored from; size and hash confirm a relinked file.
struct MediaLink {
  std::string path;
  std::uint64_t sizeBytes = 0;
  std::string contentHash;  // hex digest, see store/content_hash.h
  double durationSeconds = 0;
  std::string transcriptPath;
  std::uint64_t transcriptSizeBytes = 0;  // with transcriptHash: a transcript named here opens only if it matches
  std::string transcriptHash;

  bool operator==(const MediaLink&) const = default;
};

// An agreed observation built from two or more assessors' observations of one session.
struct Moderation {
  std::vector<std::string> sourceIds;                 // the originals, left untouched
  std::string moderator;
  std::string reason;
  std::string at;                                     // ISO 8601
  std::map<std::string, std::string> chosenSource;    // competency id -> source observation id

  bool operator==(const Moderation&) const = default;
};

struct Observation {
  std::string id;
  std::string frameworkId;
  std::string frameworkVersion;
  SessionContext context;
  double durationSeconds = 0;  // session clock at stop
  std::vector<MarkerEvent> events;
  std::vector<Note> notes;
  std::map<std::string, CompetencyRating> ratings;  // by competency id
  std::map<std::string, Judgement> judgements;      // by competency id
  std::string strengths;
  std::string developmentAreas;
  std::string feedback;         // written feedback for the learner
  std::string coacheeFeedback;  // the coachee's own view of the session
  std::optional<MediaLink> media;
  std::optional<Moderation> moderation;
  bool reference = false;  // a reference scoring that trainee tutors are calibrated against
  std::string updatedAt;   // ISO 8601 UTC, set when saved
  // Where this observation stands in its learner's record (see core/merge.h). `mergedVersion`:
  // the record version Finish merged this very content as. `recordVersion`: the version an edit
  // made after that supersedes — so merging the edited file updates the session rather than
  // conflicting with it. Both empty for an observation never finished.
  std::string recordVersion;
  std::string mergedVersion;

  std::string frameworkKey() const { return frameworkId + "@" + frameworkVersion; }
  const MarkerEvent* event(const std::string& eventId) const;
  const Note* note(const std::string& noteId) const;

  bool operator==(const Observation&) const = default;
};

const char* toString(SessionMode mode);
const char* toString(NoteKind kind);
std::optional<SessionMode> sessionModeFrom(const std::string& text);
std::optional<NoteKind> noteKindFrom(const std::string& text);

}  // namespace coachscope::core
