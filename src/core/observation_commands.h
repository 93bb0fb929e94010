// The changes a tutor can make to an observation, as values. Panels never edit an Observation:
// they build one of these and hand it to the CommandStack, which applies it, keeps undo/redo,
// tracks unsaved changes and tells the journal (see observation_commands_stack.h).
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "core/observation.h"

namespace coachscope::core {

// Who is observed, against which framework, and the session's context.
struct SetSetup {
  std::string frameworkId;
  std::string frameworkVersion;
  SessionContext context;

  bool operator==(const SetSetup&) const = default;
};

// Adds a marker event, or replaces the one with the same id (quote, re-timing).
struct PutEvent {
  MarkerEvent event;

  bool operator==(const PutEvent&) const = default;
};
struct RemoveEvent {
  std::string id;

  bool operator==(const RemoveEvent&) const = default;
};

// Adds a note, or replaces the one with the same id (text, kind, tag, time).
struct PutNote {
  Note note;

  bool operator==(const PutNote&) const = default;
};
struct RemoveNote {
  std::string id;

  bool operator==(const RemoveNote&) const = default;
};

// A competency's rating; no value clears it.
struct SetRating {
  std::string competencyId;
  std::optional<CompetencyRating> rating;

  bool operator==(const SetRating&) const = default;
};

// A judgement-evidenced competency's judgement; no value clears it.
struct SetJudgement {
  std::string competencyId;
  std::optional<Judgement> judgement;

  bool operator==(const SetJudgement&) const = default;
};

// The free-text parts of the sheet.
enum class SheetText { Strengths, DevelopmentAreas, Feedback, CoacheeFeedback };
struct SetText {
  SheetText field = SheetText::Strengths;
  std::string text;

  bool operator==(const SetText&) const = default;
};

// The session clock at stop.
struct SetDuration {
  double seconds = 0;

  bool operator==(const SetDuration&) const = default;
};

// The recording a recorded session is scored from (opened or relinked); no value unlinks it.
struct SetMedia {
  std::optional<MediaLink> media;

  bool operator==(const SetMedia&) const = default;
};

using Command = std::variant<SetSetup, PutEvent, RemoveEvent, PutNote, RemoveNote, SetRating, SetJudgement, SetText,
                             SetDuration, SetMedia>;

// Applies `command` and returns the command that undoes it. Events and notes stay in time order
// (stable: equal times keep their order). Removing an id that is absent changes nothing.
Command applyCommand(Observation& observation, const Command& command);

// "add note", "rate competency 6": for the Edit menu's "Undo add note".
std::string describeCommand(const Command& command);

const char* toString(SheetText field);
std::optional<SheetText> sheetTextFrom(const std::string& text);
std::string& sheetText(Observation& observation, SheetText field);
const std::string& sheetText(const Observation& observation, SheetText field);

}  // namespace coachscope::core
