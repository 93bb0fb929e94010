// The recorded-session side of the Observe tab: the player, the transcript with its speaker
// mapping and evidence hints, checks and relinking. One member of AppState; drawn by
// recording_pane.cpp, changed through the functions below.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/observation.h"
#include "core/recording_checks.h"
#include "core/transcript.h"
#include "core/transcript_evidence.h"
#include "media/media_player.h"
#include "store/content_hash.h"

namespace coachscope::ui {

struct AppState;

struct RecordingState {
  std::shared_ptr<media::MediaPlayer> player;
  std::string playerError;  // libmpv itself could not start
  std::filesystem::path mediaPath;
  std::optional<store::FileFingerprint> fingerprint;  // of the open media file
  std::optional<core::MediaLink> expected;  // what the observation recorded, to confirm a relink
  std::string linkedObservation;            // observation id whose media was opened automatically
  // A recording named inside the observation that is not the file it stores the size and SHA-256
  // of: not opened until the tutor, seeing where the path points, confirms it.
  std::optional<core::MediaLink> refusedLink;
  std::string refusedMessage;
  double refusedResumeAt = 0;

  std::optional<core::Transcript> transcript;
  std::filesystem::path transcriptPath;
  std::optional<store::FileFingerprint> transcriptFingerprint;  // of the open transcript file
  std::string transcriptError;
  core::SpeakerRoles roles;
  bool rolesGuessed = false;

  core::EvidenceSettings evidenceSettings;
  core::TranscriptEvidence evidence;
  std::vector<core::EvidenceHint> hints;
  bool evidenceStale = true;

  // What the pane shows and remembers between frames.
  std::string mediaInput;       // path fields of the "open a recording" form
  std::string transcriptInput;
  std::string relinkInput;
  std::string relinkMessage;
  bool relinkMismatch = false;  // the candidate differs: open it only when the tutor confirms
  std::string search;
  bool followPlayback = true;   // keep the current cue in view
  int shownCue = -2;            // the cue scrolled into view last
  std::string exportPath;
  std::string exportMessage;
  int tab = 0;                  // 0 transcript, 1 speakers, 2 hints
};

// Opens a recording (and its transcript, if any) for the open observation, installs the media
// clock in the observer and checks the file against `expected` (size and hash) when given.
// `startSeconds`: where playback starts (paused).
void openRecording(AppState& state, const std::filesystem::path& media, const std::filesystem::path& transcript = {},
                   std::optional<core::MediaLink> expected = std::nullopt, double startSeconds = 0);
// Loads or replaces the transcript; a malformed file becomes a message, the old one stays.
void openTranscript(AppState& state, const std::filesystem::path& transcript);
// Opens the recording an observation names, its path taken from the file: only when the file is
// the one whose size and SHA-256 the observation stores (the transcript likewise); else it stays
// shut and refusedLink/refusedMessage say where it points, for confirmNamedRecording.
void openNamedRecording(AppState& state, const core::MediaLink& link, double resumeAt);
// The tutor saw where the refused path points and opens it all the same.
void confirmNamedRecording(AppState& state);
// Tries a moved file: opens it when size and hash match the recording the observation names,
// or when `force` (the tutor confirmed a different file).
void relinkRecording(AppState& state, const std::filesystem::path& candidate, bool force);
// The media link to store in the observation: path, size, hash, duration, transcript.
std::optional<core::MediaLink> currentMediaLink(const RecordingState& recording);
// Warnings before scoring (length, transcript present, transcript within the media).
std::vector<core::RecordingWarning> recordingWarnings(const AppState& state);
// Hints that point at one marker, for showing beside it.
std::vector<const core::EvidenceHint*> hintsForMarker(const RecordingState& recording, const std::string& code);
void setSpeakerRole(AppState& state, const std::string& speaker, core::SpeakerRole role);
// Recomputes evidence hints after the transcript, mapping or threshold changed.
void refreshEvidence(AppState& state);
// Once per frame before drawing: opens the observation's recording when it names one, at its
// latest event or note, so a reopened session continues where the tutor left off.
void updateRecording(AppState& state);

}  // namespace coachscope::ui
