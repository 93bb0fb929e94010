// Opening, relinking and analysing the recording a session is scored from: the logic behind the
// recording pane, used by it and by --script alike.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "session/app_session.h"

namespace coachscope::session {

// Opens a recording (and its transcript, if any) for the open observation, installs the media
// clock in the observer and checks the file against `expected` (size and hash) when given.
// `startSeconds`: where playback starts (paused).
void openRecording(AppSession& state, const std::filesystem::path& media, const std::filesystem::path& transcript = {},
                   std::optional<core::MediaLink> expected = std::nullopt, double startSeconds = 0);
// Loads or replaces the transcript; a malformed file becomes a message, the old one stays.
void openTranscript(AppSession& state, const std::filesystem::path& transcript);
// Opens the recording an observation names, its path taken from the file: only when the file is
// the one whose size and SHA-256 the observation stores (the transcript likewise); else it stays
// shut and refusedLink/refusedMessage say where it points, for confirmNamedRecording.
void openNamedRecording(AppSession& state, const core::MediaLink& link, double resumeAt);
// The tutor saw where the refused path points and opens it all the same.
void confirmNamedRecording(AppSession& state);
// Tries a moved file: opens it when size and hash match the recording the observation names,
// or when `force` (the tutor confirmed a different file).
void relinkRecording(AppSession& state, const std::filesystem::path& candidate, bool force);
// The media link to store in the observation: path, size, hash, duration, transcript.
std::optional<core::MediaLink> currentMediaLink(const RecordingState& recording);
// Warnings before scoring (length, transcript present, transcript within the media).
std::vector<core::RecordingWarning> recordingWarnings(const AppSession& state);
// Hints that point at one marker, for showing beside it.
std::vector<const core::EvidenceHint*> hintsForMarker(const RecordingState& recording, const std::string& code);
void setSpeakerRole(AppSession& state, const std::string& speaker, core::SpeakerRole role);
// Recomputes evidence hints after the transcript, mapping or threshold changed.
void refreshEvidence(AppSession& state);
// Once per frame before drawing: opens the observation's recording when it names one, at its
// latest event or note, so a reopened session continues where the tutor left off.
void updateRecording(AppSession& state);

}  // namespace coachscope::session
