// The recorded session: the player, the transcript with its speaker mapping and evidence hints,
// checks and relinking. One member of AppSession, changed through session/recording_session.h;
// what only the recording pane's drawing keeps is ui::RecordingView.
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

namespace coachscope::session {

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
  // Paths for the pane's forms to offer (a refused file's), taken by the view once shown.
  std::string offeredMediaPath;
  std::string offeredTranscriptPath;

  std::optional<core::Transcript> transcript;
  std::filesystem::path transcriptPath;
  std::optional<store::FileFingerprint> transcriptFingerprint;  // of the open transcript file
  std::string transcriptError;
  int transcriptLoads = 0;  // counts transcripts opened, so a view can tell a new one
  core::SpeakerRoles roles;
  bool rolesGuessed = false;

  core::EvidenceSettings evidenceSettings;
  core::TranscriptEvidence evidence;
  std::vector<core::EvidenceHint> hints;
  bool evidenceStale = true;

  std::string relinkMessage;    // what the last relink found
  bool relinkMismatch = false;  // the candidate differs: open it only when the tutor confirms
};

}  // namespace coachscope::session
