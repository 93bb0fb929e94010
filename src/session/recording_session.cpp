// Opening, relinking and analysing a recording: the logic behind the recording pane, kept apart
// from its drawing.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "core/live_clock.h"
#include "media/media_clock.h"
#include "session/observer_session.h"
#include "session/recording_session.h"

namespace coachscope::session {
namespace {

// Where there is no sound card (CI, Xvfb) set COACHSCOPE_AUDIO_OUTPUT=null.
media::PlayerOptions playerOptions() {
  media::PlayerOptions options;
  if (const char* ao = std::getenv("COACHSCOPE_AUDIO_OUTPUT")) options.audioOutput = ao;
  return options;
}

const core::Framework* sessionFramework(const AppSession& state) {
  const core::Framework* f = state.catalog.framework(state.observer.stack.observation().frameworkKey());
  if (!f) f = state.framework();
  return f ? f : state.catalog.defaultFramework();
}

bool ensurePlayer(AppSession& state) {
  RecordingState& r = state.recording;
  if (r.player) return true;
  auto created = media::MediaPlayer::create(playerOptions());
  if (!created) {
    r.playerError = created.error().message();
    return false;
  }
  r.player = std::move(*created);
  return true;
}

// The observation remembers the recording it is scored from (path, size, hash, transcript) through
// the command path, so the link is journaled, undoable and saved. Only a file that was read and
// matches (or that the tutor chose over a mismatch) is recorded: a missing file never overwrites
// the size and hash that a later relink is checked against.
void recordMediaLink(AppSession& state) {
  RecordingState& r = state.recording;
  // No session yet (no id, no workspace for its journal): nothing to record the link in.
  if (!state.observer.initialised || !r.fingerprint || r.relinkMismatch) return;
  std::optional<core::MediaLink> link = currentMediaLink(r);
  const std::optional<core::MediaLink>& stored = state.observer.stack.observation().media;
  if (stored && stored->path == link->path && stored->sizeBytes == link->sizeBytes &&
      stored->contentHash == link->contentHash && stored->transcriptPath == link->transcriptPath &&
      stored->transcriptHash == link->transcriptHash) {
    return;
  }
  if (stored && link->durationSeconds <= 0) link->durationSeconds = stored->durationSeconds;
  applyChange(state.observer, core::SetMedia{link});
}

void installClock(AppSession& state) {
  auto clock = std::make_unique<media::MediaClock>(state.recording.player, state.observer.settings.autopause);
  useClock(state.observer, std::move(clock));
}

}  // namespace

void openRecording(AppSession& state, const std::filesystem::path& media, const std::filesystem::path& transcript,
                   std::optional<core::MediaLink> expected, double startSeconds) {
  RecordingState& r = state.recording;
  r.expected = std::move(expected);
  r.refusedLink.reset();  // the tutor chose a file (or confirmed the named one)
  r.refusedMessage.clear();
  r.relinkMessage.clear();
  r.relinkMismatch = false;
  r.fingerprint.reset();
  r.mediaPath = media;
  if (!ensurePlayer(state)) return;
  r.player->open(media, startSeconds);
  installClock(state);
  if (!r.player->state().failed) {
    auto print = store::fingerprintFile(media);
    if (print) {
      r.fingerprint = *print;
      if (r.expected && r.expected->sizeBytes > 0) {
        const store::FileFingerprint stored{r.expected->sizeBytes, r.expected->contentHash};
        if (store::compareFingerprints(stored, *print) != store::RelinkMatch::Same) {
          r.relinkMessage = fmt::format("{} is not the file this observation was scored from (size or content differs)",
                                        media.string());
          r.relinkMismatch = true;
        }
      }
    }
  }
  if (!transcript.empty()) openTranscript(state, transcript);
  recordMediaLink(state);
}

void openTranscript(AppSession& state, const std::filesystem::path& transcript) {
  RecordingState& r = state.recording;
  auto loaded = core::loadTranscriptFile(transcript);
  if (!loaded) {
    // The old transcript (if any) stays: a bad file loses nothing.
    r.transcriptError = loaded.error().message();
    return;
  }
  r.transcriptError.clear();
  r.transcript = std::move(*loaded);
  r.transcriptPath = transcript;
  auto print = store::fingerprintFile(transcript);
  r.transcriptFingerprint = print ? std::optional<store::FileFingerprint>(*print) : std::nullopt;
  r.roles = core::guessSpeakerRoles(*r.transcript);
  r.rolesGuessed = !r.roles.bySpeaker.empty();
  ++r.transcriptLoads;
  r.evidenceStale = true;
  recordMediaLink(state);
}

void openNamedRecording(AppSession& state, const core::MediaLink& link, double resumeAt) {
  RecordingState& r = state.recording;
  r.refusedLink.reset();
  r.refusedMessage.clear();
  if (auto named = store::checkNamedFile(link.path, link.sizeBytes, link.contentHash); !named) {
    r.refusedLink = link;
    r.refusedResumeAt = resumeAt;
    r.refusedMessage = named.error().message();
    r.expected = link;  // a relink is still checked against what the observation stores
    r.offeredMediaPath = link.path;
    r.offeredTranscriptPath = link.transcriptPath;
    state.notify(Notice::Level::Warning, "The observation's recording " + r.refusedMessage);
    return;
  }
  std::filesystem::path transcript;
  if (!link.transcriptPath.empty()) {
    if (auto named = store::checkNamedFile(link.transcriptPath, link.transcriptSizeBytes, link.transcriptHash)) {
      transcript = link.transcriptPath;
    } else {
      r.offeredTranscriptPath = link.transcriptPath;
      r.transcriptError = named.error().message() + " (open it from the form above to use it)";
    }
  }
  openRecording(state, link.path, transcript, link, resumeAt);
}

void confirmNamedRecording(AppSession& state) {
  RecordingState& r = state.recording;
  if (!r.refusedLink) return;
  const core::MediaLink link = *r.refusedLink;
  r.refusedLink.reset();
  r.refusedMessage.clear();
  openRecording(state, link.path, link.transcriptPath, link, r.refusedResumeAt);
}

void relinkRecording(AppSession& state, const std::filesystem::path& candidate, bool force) {
  RecordingState& r = state.recording;
  auto print = store::fingerprintFile(candidate);
  if (!print) {
    r.relinkMessage = print.error().message();
    r.relinkMismatch = false;
    return;
  }
  if (!force && r.expected && r.expected->sizeBytes > 0) {
    const store::FileFingerprint stored{r.expected->sizeBytes, r.expected->contentHash};
    switch (store::compareFingerprints(stored, *print)) {
      case store::RelinkMatch::Same: break;
      case store::RelinkMatch::DifferentSize:
        r.relinkMessage = fmt::format("{} has {} bytes; the recording had {}. Use it anyway?", candidate.string(),
                                      print->sizeBytes, stored.sizeBytes);
        r.relinkMismatch = true;
        return;
      case store::RelinkMatch::DifferentContent:
        r.relinkMessage = fmt::format("{} has the same size but different content. Use it anyway?", candidate.string());
        r.relinkMismatch = true;
        return;
    }
  }
  const std::optional<core::MediaLink> expected = r.expected;
  const std::filesystem::path transcript = r.transcriptPath;
  openRecording(state, candidate, {}, force ? std::nullopt : expected);
  if (!transcript.empty() && !r.transcript) openTranscript(state, transcript);
  r.relinkMessage = force ? "Relinked to a different file, at your request" : "Relinked: size and content match";
}

std::optional<core::MediaLink> currentMediaLink(const RecordingState& r) {
  if (r.mediaPath.empty()) return std::nullopt;
  core::MediaLink link;
  link.path = r.mediaPath.string();
  if (r.fingerprint) {
    link.sizeBytes = r.fingerprint->sizeBytes;
    link.contentHash = r.fingerprint->sha256;
  }
  if (r.player) link.durationSeconds = r.player->state().duration;
  link.transcriptPath = r.transcriptPath.string();
  if (!r.transcriptPath.empty() && r.transcriptFingerprint) {
    link.transcriptSizeBytes = r.transcriptFingerprint->sizeBytes;
    link.transcriptHash = r.transcriptFingerprint->sha256;
  }
  return link;
}

std::vector<core::RecordingWarning> recordingWarnings(const AppSession& state) {
  const RecordingState& r = state.recording;
  core::RecordingFacts facts;
  if (r.player && r.player->state().loaded && r.player->state().duration > 0) facts.mediaSeconds = r.player->state().duration;
  facts.hasTranscript = r.transcript.has_value();
  if (r.transcript) facts.transcriptEndSeconds = r.transcript->endTime();
  return core::checkRecording(facts, sessionFramework(state));
}

std::vector<const core::EvidenceHint*> hintsForMarker(const RecordingState& r, const std::string& code) {
  std::vector<const core::EvidenceHint*> out;
  for (const core::EvidenceHint& hint : r.hints) {
    if (hint.markerCode == code) out.push_back(&hint);
  }
  return out;
}

void setSpeakerRole(AppSession& state, const std::string& speaker, core::SpeakerRole role) {
  RecordingState& r = state.recording;
  r.roles.bySpeaker[speaker] = role;
  r.rolesGuessed = false;
  r.evidenceStale = true;
}

void refreshEvidence(AppSession& state) {
  RecordingState& r = state.recording;
  r.evidenceStale = false;
  if (!r.transcript) {
    r.evidence = {};
    r.hints.clear();
    return;
  }
  r.evidence = core::analyseTranscript(*r.transcript, r.roles, r.evidenceSettings);
  r.hints = core::evidenceHints(r.evidence, r.roles, sessionFramework(state));
}

void updateRecording(AppSession& state) {
  RecordingState& r = state.recording;
  const core::Observation& observation = state.observer.stack.observation();
  // An observation that names its recording opens it once; a missing file shows the relink form.
  if (!observation.media && r.linkedObservation != observation.id) {
    // Another session, with no recording yet: the previous one's player and transcript go, and
    // its media clock with them (a live clock until a recording is opened).
    const bool anotherSession = !r.linkedObservation.empty();  // not the first frame's observation
    r.linkedObservation = observation.id;
    if (anotherSession && (r.player || r.transcript)) {
      if (dynamic_cast<media::MediaClock*>(state.observer.clock.get())) {
        useClock(state.observer, std::make_unique<core::LiveClock>());
      }
      RecordingState fresh;
      fresh.linkedObservation = observation.id;
      fresh.transcriptLoads = r.transcriptLoads + 1;  // a view's remembered cue is of the old one
      r = std::move(fresh);
    }
  }
  if (observation.media && r.linkedObservation != observation.id) {
    r.linkedObservation = observation.id;
    if (r.mediaPath != observation.media->path) {
      double resumeAt = 0;
      for (const core::MarkerEvent& e : observation.events) resumeAt = std::max(resumeAt, e.time);
      for (const core::Note& n : observation.notes) resumeAt = std::max(resumeAt, n.time);
      openNamedRecording(state, *observation.media, resumeAt);
    }
  }
  if (r.evidenceStale) refreshEvidence(state);
  // The autopause setting may change at any time (settings, the pane's checkbox).
  if (auto* clock = dynamic_cast<media::MediaClock*>(state.observer.clock.get())) {
    clock->setAutopause(state.observer.settings.autopause);
  }
}

}  // namespace coachscope::session
