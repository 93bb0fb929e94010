// The open observation's actions, shared by the keyboard, the mouse and `--script`: every change to the
// observation goes through applyChange() into the CommandStack, whose listener appends it to the
// autosave journal (fsynced) before the call returns.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/framework.h"
#include "core/session_clock.h"
#include "session/app_session.h"

namespace coachscope::session {

// Installs the session clock. Live sessions get a core::LiveClock; the recorded-session work
// installs its media clock here (the observer then stamps notes with the media position, seeks
// on click, and lets the clock pause playback while a note is typed).
void useClock(ObserverState& observer, std::unique_ptr<core::SessionClock> clock);
double clockNow(const ObserverState& observer);

// First frame: workspace, settings, sample learner, journals to recover, the file named on the
// command line, else a new session on the sample learner.
void initialiseObserver(AppSession& state);

// A new, empty session on the chosen framework and learner (the current ones by default).
void startNewSession(AppSession& state);
core::Status openObservation(AppSession& state, const std::filesystem::path& file);
// What a save writes: the open observation with its length settled (a live session's clock; a
// recorded session's recording length, or the span scored until the player knows it).
core::Observation observationToSave(const AppSession& state);
// Saves to `file`, or to the current file, or to the workspace's observations folder.
core::Status saveObservation(AppSession& state, const std::filesystem::path& file = {});
void recoverJournal(AppSession& state, std::size_t index);  // index into observer.recoverable
void discardRecoverable(AppSession& state, std::size_t index);
// A JSON file whose format tag says observation (dropped files are routed by it).
bool looksLikeObservationFile(const std::filesystem::path& file);

// --- changes: the one command path ---
void applyChange(ObserverState& observer, const core::Command& command, const std::string& mergeKey = {});
void closeTyping(ObserverState& observer);  // ends the current merged typing step
void undoChange(ObserverState& observer);
void redoChange(ObserverState& observer);

void recordMarker(ObserverState& observer, const std::string& markerCode);
// The note box's text changed. The first keystroke creates the note at the clock's time.
void typeNote(ObserverState& observer, const std::string& text);
void finishNote(ObserverState& observer);  // Enter: the next keystroke starts a new note
// The kind and tag of the note being typed (or of the next note, before its first keystroke).
// Once a note is added the next starts as an untagged observation, unless settings say to keep them.
void setNoteKind(ObserverState& observer, core::NoteKind kind);
void setNoteTag(ObserverState& observer, const std::string& tag);
// A note already in the timeline: changes that entry only, as one undo step.
void setEntryKind(ObserverState& observer, const std::string& noteId, core::NoteKind kind);
void setEntryTag(ObserverState& observer, const std::string& noteId, const std::string& tag);
void deleteSelected(ObserverState& observer);
void retimeSelected(ObserverState& observer, double newTime);
void setRating(ObserverState& observer, const std::string& competencyId, std::optional<int> level, bool notObserved);
void setRationale(ObserverState& observer, const std::string& competencyId, const std::string& text);
void setJudgement(ObserverState& observer, const std::string& competencyId, const std::string& optionId);
void setJudgementReason(ObserverState& observer, const std::string& competencyId, const std::string& reason);
void setSheetText(ObserverState& observer, core::SheetText field, const std::string& text);

// --- the clock ---
void toggleClock(ObserverState& observer);  // start, pause, resume
void stopClock(ObserverState& observer);    // pauses and records the session's duration
void seekTo(ObserverState& observer, double time);  // when the clock can seek

// --- derived, cached by revision ---
const core::Framework* observedFramework(const AppSession& state);
const core::EvidenceSummary& evidenceFor(ObserverState& observer, const core::Framework& framework);
const std::vector<TimelineRow>& timelineFor(ObserverState& observer);

void saveSettingsQuietly(AppSession& state);

}  // namespace coachscope::session
