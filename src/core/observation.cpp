#include "core/observation.h"

#include <algorithm>

namespace coachscope::core {

const MarkerEvent* Observation::event(const std::string& eventId) const {
  auto it = std::find_if(events.begin(), events.end(), [&](const MarkerEvent& e) { return e.id == eventId; });
  return it == events.end() ? nullptr : &*it;
}

const Note* Observation::note(const std::string& noteId) const {
  auto it = std::find_if(notes.begin(), notes.end(), [&](const Note& n) { return n.id == noteId; });
  return it == notes.end() ? nullptr : &*it;
}

const char* toString(SessionMode mode) { return mode == SessionMode::Live ? "live" : "recorded"; }

const char* toString(NoteKind kind) {
  switch (kind) {
    case NoteKind::Observation: return "observation";
    case NoteKind::Strength: return "strength";
    case NoteKind::Development: return "development";
    case NoteKind::Question: return "question";
  }
  return "observation";
}

std::optional<SessionMode> sessionModeFrom(const std::string& text) {
  if (text == "live") return SessionMode::Live;
  if (text == "recorded") return SessionMode::Recorded;
  return std::nullopt;
}

std::optional<NoteKind> noteKindFrom(const std::string& text) {
  for (NoteKind kind : {NoteKind::Observation, NoteKind::Strength, NoteKind::Development, NoteKind::Question}) {
    if (text == toString(kind)) return kind;
  }
  return std::nullopt;
}

}  // namespace coachscope::core
