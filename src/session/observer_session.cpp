#include "session/observer_session.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>

#include "core/clock_text.h"
#include "core/ids.h"
#include "core/json_document.h"
#include "core/live_clock.h"
#include "core/merge.h"
#include "core/observation_check.h"
#include "media/media_player.h"
#include "session/workspace_session.h"
#include "store/observation_codec.h"

namespace coachscope::session {
namespace {

// "1 note", "3 notes": what a person writes.
std::string counted(std::size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

std::string timeText(const char* format, bool utc) {
  std::time_t now = std::time(nullptr);
  std::tm parts{};
  if (utc) {
    gmtime_r(&now, &parts);
  } else {
    localtime_r(&now, &parts);
  }
  char text[32];
  std::strftime(text, sizeof text, format, &parts);
  return text;
}

core::LiveClock* liveClock(ObserverState& o) { return dynamic_cast<core::LiveClock*>(o.clock.get()); }

// A fresh live clock for a new session, unless another kind (a media clock) is installed.
void resetLiveClock(ObserverState& o, double elapsed) {
  if (!o.clock) o.clock = std::make_unique<core::LiveClock>();
  if (core::LiveClock* live = liveClock(o)) live->reset(elapsed);
}

// The stack reports each change here, before apply/undo/redo returns: the journal line is on
// disk before the next frame. The first change after a save starts a new journal holding the
// whole undo history, so a recovered session can still undo past the save.
void journalChange(ObserverState& o, const core::StackChange& change) {
  const double clock = clockNow(o);
  if (!o.journal.isOpen()) {
    if (change.kind == core::StackChange::Kind::CloseStep) return;
    auto file = store::journalPath(o.journalWorkspace, o.stack.observation().id);
    if (!file) {
      o.journalError = file.error().message();
      return;
    }
    auto created = store::JournalWriter::create(*file, o.stack.history(), o.filePath.string(), clock);
    if (created) {
      o.journal = std::move(*created);
      o.journalError.clear();
    } else {
      o.journalError = created.error().message();
    }
    return;
  }
  auto written = o.journal.append(change, clock);
  o.journalError = written ? std::string() : written.error().message();
}

// The listener holds a pointer to the state: re-wired before each change in case it moved.
void wire(ObserverState& o) {
  ObserverState* self = &o;
  o.stack.setListener([self](const core::StackChange& change) { journalChange(*self, change); });
}

void resetSessionView(ObserverState& o) {
  o.noteText.clear();
  o.noteId.clear();
  o.noteTag.clear();
  o.noteKind = core::NoteKind::Observation;
  o.selectedId.clear();
  o.selectedCompetency.clear();
  o.lastMarkerCode.clear();
  o.scrollToEnd = true;
  o.timelineRevision = UINT64_MAX;
  o.evidenceRevision = UINT64_MAX;
}

// Replaces the open session. The caller has made sure unsaved work was saved or given up.
void replaceSession(ObserverState& o, core::CommandStack stack) {
  if (o.journal.isOpen() && !o.stack.dirty()) o.journal.discard();
  o.journal = store::JournalWriter();
  o.stack = std::move(stack);
  wire(o);
  resetSessionView(o);
}

bool containsText(const std::string& haystack, const std::string& needle) {
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) ==
                                                    std::tolower(static_cast<unsigned char>(b)); });
  return it != haystack.end();
}

bool noteMatches(const core::Note& n, TimelineFilter f) {
  switch (f) {
    case TimelineFilter::All: case TimelineFilter::Notes: return true;
    case TimelineFilter::Markers: return false;
    case TimelineFilter::Strengths: return n.kind == core::NoteKind::Strength;
    case TimelineFilter::Development: return n.kind == core::NoteKind::Development;
    case TimelineFilter::Questions: return n.kind == core::NoteKind::Question;
    case TimelineFilter::Observations: return n.kind == core::NoteKind::Observation;
  }
  return true;
}


}  // namespace

void useClock(ObserverState& o, std::unique_ptr<core::SessionClock> clock) { o.clock = std::move(clock); }

double clockNow(const ObserverState& o) { return o.clock ? o.clock->now() : 0.0; }

void saveSettingsQuietly(AppSession& state) {
  auto saved = store::saveSettings(store::settingsPath(workspaceOf(state)), state.observer.settings);
  if (!saved) state.notifyError(saved.error());
}

void initialiseObserver(AppSession& state) {
  ObserverState& o = state.observer;
  if (o.initialised) return;
  o.initialised = true;
  const std::filesystem::path& workspace = workspaceOf(state);
  o.journalWorkspace = workspace;
  if (!o.clock) o.clock = std::make_unique<core::LiveClock>();
  if (auto settings = store::loadSettings(store::settingsPath(workspace))) {
    o.settings = std::move(*settings);
  } else {
    state.notifyError(settings.error());
  }
  if (auto sample = store::ensureSampleLearner(workspace); !sample) state.notifyError(sample.error());
  refreshLearners(state);
  for (const core::Error& e : state.learnerProblems) state.notifyError(e);
  for (const auto& file : store::listJournals(workspace)) {
    if (auto contents = store::readJournal(file)) {
      const core::Observation obs = store::replayJournal(*contents).observation();
      std::string summary = (obs.context.learnerName.empty() ? std::string("Unnamed learner") : obs.context.learnerName);
      if (!obs.context.coacheePseudonym.empty()) summary += " coaching " + obs.context.coacheePseudonym;
      if (!obs.context.date.empty()) summary += ", " + obs.context.date;
      summary += ": " + counted(obs.events.size(), "marker event") + ", " + counted(obs.notes.size(), "note") + ", " +
                 counted(obs.ratings.size(), "rating");
      if (contents->tornTail) summary += " (the last change was cut off by the crash)";
      o.recoverableSummaries.push_back(std::move(summary));
      o.recoverable.push_back(std::move(*contents));
    } else {
      state.notify(Notice::Level::Warning, "An autosave journal cannot be recovered: " + contents.error().message());
    }
  }
  startNewSession(state);
  if (!o.openOnStart.empty()) {
    if (auto opened = openObservation(state, o.openOnStart); !opened) state.notifyError(opened.error());
  }
}

void startNewSession(AppSession& state) {
  ObserverState& o = state.observer;
  const core::Framework* framework = state.framework();
  if (!framework) framework = state.catalog.defaultFramework();
  core::Observation next;
  next.id = core::newId();
  if (framework) {
    next.frameworkId = framework->id;
    next.frameworkVersion = framework->version;
  }
  // Keep the learner of the session before; else the first learner in the workspace.
  next.context.learnerId = o.stack.observation().context.learnerId;
  next.context.learnerName = o.stack.observation().context.learnerName;
  if (next.context.learnerId.empty() && !state.learners.empty()) {
    auto sample = std::find_if(state.learners.begin(), state.learners.end(),
                               [](const store::LearnerSummary& l) { return l.name == store::kSampleLearnerName; });
    const store::LearnerSummary& learner = sample != state.learners.end() ? *sample : state.learners.front();
    next.context.learnerId = learner.id;
    next.context.learnerName = learner.name;
  }
  next.context.tutor = o.settings.tutor;
  next.context.date = timeText("%Y-%m-%dT%H:%M", false);
  replaceSession(o, core::CommandStack(std::move(next)));
  o.filePath.clear();
  resetLiveClock(o, 0);
}

core::Status openObservation(AppSession& state, const std::filesystem::path& file) {
  auto loaded = store::loadObservationFile(file, state.catalog);
  if (!loaded) return loaded.error();
  ObserverState& o = state.observer;
  const double duration = loaded->durationSeconds;
  replaceSession(o, core::CommandStack(std::move(*loaded)));
  o.filePath = std::filesystem::absolute(file);
  resetLiveClock(o, duration);
  store::addRecentFile(o.settings, o.filePath.string());
  saveSettingsQuietly(state);
  return core::Done{};
}

core::Observation observationToSave(const AppSession& state) {
  const ObserverState& o = state.observer;
  const RecordingState& r = state.recording;
  core::Observation copy = o.stack.observation();
  if (copy.media) {
    // A recorded session lasts as long as its recording: the playhead says only where the tutor
    // last looked. The player learns the length after the link was made; until it does, the span
    // scored stands in.
    if (copy.media->durationSeconds <= 0 && r.player && r.mediaPath == copy.media->path &&
        r.player->state().duration > 0) {
      copy.media->durationSeconds = r.player->state().duration;
    }
    double scored = copy.durationSeconds;
    for (const core::MarkerEvent& e : copy.events) scored = std::max(scored, e.time);
    for (const core::Note& n : copy.notes) scored = std::max(scored, n.time);
    copy.durationSeconds = copy.media->durationSeconds > 0 ? copy.media->durationSeconds : scored;
  } else if (copy.durationSeconds < clockNow(o)) {
    copy.durationSeconds = clockNow(o);
  }
  return copy;
}

core::Status saveObservation(AppSession& state, const std::filesystem::path& file) {
  ObserverState& o = state.observer;
  finishNote(o);
  std::filesystem::path target = file;
  if (target.empty()) target = o.filePath;
  if (target.empty()) {
    auto file = store::observationPath(workspaceOf(state), o.stack.observation().id);
    if (!file) return file.error();
    target = *file;
  }
  core::Observation copy = observationToSave(state);
  core::settleRecordVersions(copy, timeText("%Y-%m-%dT%H:%M:%SZ", true));
  // The window never writes what `validate` would refuse (a concern without its reason, ...):
  // the unsaved work stays in the journal until the problem is put right.
  if (const core::Framework* f = state.catalog.framework(copy.frameworkKey())) {
    const std::vector<core::Error> problems = core::checkAgainstFramework(copy, *f, target.string());
    if (!problems.empty()) {
      return core::Error{problems.front().file, problems.front().where, "not saved: " + problems.front().reason};
    }
  }
  if (auto saved = store::saveObservationFile(target, copy); !saved) return saved.error();
  o.filePath = std::filesystem::absolute(target);
  o.stack.stamp(copy);
  o.stack.markSaved();
  o.journal.discard();
  o.journal = store::JournalWriter();
  o.journalError.clear();
  if (!copy.context.tutor.empty()) o.settings.tutor = copy.context.tutor;
  store::addRecentFile(o.settings, o.filePath.string());
  saveSettingsQuietly(state);
  return core::Done{};
}

void recoverJournal(AppSession& state, std::size_t index) {
  ObserverState& o = state.observer;
  if (index >= o.recoverable.size()) return;
  store::JournalContents contents = std::move(o.recoverable[index]);
  o.recoverable.erase(o.recoverable.begin() + static_cast<std::ptrdiff_t>(index));
  o.recoverableSummaries.erase(o.recoverableSummaries.begin() + static_cast<std::ptrdiff_t>(index));
  replaceSession(o, store::replayJournal(contents));
  o.filePath = contents.header.savedPath;
  resetLiveClock(o, std::max(contents.lastClock, o.stack.observation().durationSeconds));
  if (auto reopened = store::JournalWriter::resume(contents)) {
    o.journal = std::move(*reopened);
  } else {
    o.journalError = reopened.error().message();
  }
  const core::Observation& obs = o.stack.observation();
  state.notify(Notice::Level::Info, "Recovered the unsaved session with " + obs.context.learnerName + ": " +
                                        counted(obs.events.size(), "marker event") + ", " +
                                        counted(obs.notes.size(), "note") + ". Save it with Ctrl+S.");
}

void discardRecoverable(AppSession& state, std::size_t index) {
  ObserverState& o = state.observer;
  if (index >= o.recoverable.size()) return;
  std::error_code ec;
  std::filesystem::remove(o.recoverable[index].file, ec);
  o.recoverable.erase(o.recoverable.begin() + static_cast<std::ptrdiff_t>(index));
  o.recoverableSummaries.erase(o.recoverableSummaries.begin() + static_cast<std::ptrdiff_t>(index));
}

bool looksLikeObservationFile(const std::filesystem::path& file) {
  auto doc = core::readJsonFile(file);
  if (!doc) return false;
  auto tag = core::peekFormatTag(*doc);
  return tag && tag->kind == "observation";
}

// --- changes ---

void applyChange(ObserverState& o, const core::Command& command, const std::string& mergeKey) {
  wire(o);
  o.stack.apply(command, mergeKey);
}

void closeTyping(ObserverState& o) {
  wire(o);
  o.stack.closeStep();
}

void undoChange(ObserverState& o) {
  finishNote(o);
  wire(o);
  o.stack.undo();
}

void redoChange(ObserverState& o) {
  finishNote(o);
  wire(o);
  o.stack.redo();
}

void recordMarker(ObserverState& o, const std::string& markerCode) {
  applyChange(o, core::PutEvent{core::MarkerEvent{core::newId(), markerCode, clockNow(o), ""}});
  o.lastMarkerCode = markerCode;
  o.scrollToEnd = true;
}

void typeNote(ObserverState& o, const std::string& text) {
  o.noteText = text;
  const core::Note* existing = o.noteId.empty() ? nullptr : o.stack.observation().note(o.noteId);
  if (!existing) {
    if (text.empty()) return;
    // The first keystroke: this is the note's time, however long the typing takes.
    core::Note note;
    note.id = core::newId();
    note.time = clockNow(o);
    note.text = text;
    note.kind = o.noteKind;
    note.tag = o.noteTag;
    o.noteId = note.id;
    // A recorded session's player may pause while the note is typed (settings.json "autopause").
    if (o.clock && o.settings.autopause) {
      o.clock->noteStarted();
      o.notePausedClock = true;
    }
    applyChange(o, core::PutNote{note}, "note:" + note.id);
    o.scrollToEnd = true;
    return;
  }
  core::Note note = *existing;
  note.text = text;
  applyChange(o, core::PutNote{note}, "note:" + note.id);
}

void finishNote(ObserverState& o) {
  if (o.noteId.empty()) return;
  const core::Note* note = o.stack.observation().note(o.noteId);
  if (note && note->text.empty()) {
    applyChange(o, core::RemoveNote{o.noteId}, "note:" + o.noteId);
  } else if (note && !o.settings.keepNoteKindAndTag) {
    // A note was added: the next one starts as a plain, untagged observation.
    o.noteKind = core::NoteKind::Observation;
    o.noteTag.clear();
  }
  closeTyping(o);
  if (o.clock && o.notePausedClock) o.clock->noteFinished();
  o.notePausedClock = false;
  o.noteId.clear();
  o.noteText.clear();
}

void setNoteKind(ObserverState& o, core::NoteKind kind) {
  o.noteKind = kind;
  if (const core::Note* existing = o.noteId.empty() ? nullptr : o.stack.observation().note(o.noteId)) {
    core::Note note = *existing;
    note.kind = kind;
    applyChange(o, core::PutNote{note}, "note:" + note.id);  // part of typing the note
  }
}

void setNoteTag(ObserverState& o, const std::string& tag) {
  o.noteTag = tag;
  if (const core::Note* existing = o.noteId.empty() ? nullptr : o.stack.observation().note(o.noteId)) {
    core::Note note = *existing;
    note.tag = tag;
    applyChange(o, core::PutNote{note}, "note:" + note.id);
  }
}

void setEntryKind(ObserverState& o, const std::string& noteId, core::NoteKind kind) {
  if (noteId == o.noteId) return setNoteKind(o, kind);
  const core::Note* existing = o.stack.observation().note(noteId);
  if (!existing || existing->kind == kind) return;
  core::Note note = *existing;
  note.kind = kind;
  applyChange(o, core::PutNote{note});  // its own undo step
}

void setEntryTag(ObserverState& o, const std::string& noteId, const std::string& tag) {
  if (noteId == o.noteId) return setNoteTag(o, tag);
  const core::Note* existing = o.stack.observation().note(noteId);
  if (!existing || existing->tag == tag) return;
  core::Note note = *existing;
  note.tag = tag;
  applyChange(o, core::PutNote{note});
}

void deleteSelected(ObserverState& o) {
  const core::Observation& obs = o.stack.observation();
  if (obs.event(o.selectedId)) {
    applyChange(o, core::RemoveEvent{o.selectedId});
  } else if (obs.note(o.selectedId)) {
    if (o.noteId == o.selectedId) finishNote(o);
    applyChange(o, core::RemoveNote{o.selectedId});
  }
  o.selectedId.clear();
}

void retimeSelected(ObserverState& o, double newTime) {
  newTime = std::max(0.0, newTime);
  const core::Observation& obs = o.stack.observation();
  if (const core::MarkerEvent* e = obs.event(o.selectedId)) {
    core::MarkerEvent changed = *e;
    changed.time = newTime;
    applyChange(o, core::PutEvent{changed}, "retime:" + changed.id);
  } else if (const core::Note* n = obs.note(o.selectedId)) {
    core::Note changed = *n;
    changed.time = newTime;
    applyChange(o, core::PutNote{changed}, "retime:" + changed.id);
  }
}

void setRating(ObserverState& o, const std::string& competencyId, std::optional<int> level, bool notObserved) {
  closeTyping(o);
  core::CompetencyRating rating;
  if (auto it = o.stack.observation().ratings.find(competencyId); it != o.stack.observation().ratings.end()) {
    rating = it->second;
  }
  rating.level = notObserved ? std::nullopt : level;
  rating.notObserved = notObserved;
  std::optional<core::CompetencyRating> value = rating;
  if (!rating.level && !rating.notObserved && rating.rationale.empty()) value.reset();
  applyChange(o, core::SetRating{competencyId, value});
}

void setRationale(ObserverState& o, const std::string& competencyId, const std::string& text) {
  core::CompetencyRating rating;
  if (auto it = o.stack.observation().ratings.find(competencyId); it != o.stack.observation().ratings.end()) {
    rating = it->second;
  }
  rating.rationale = text;
  applyChange(o, core::SetRating{competencyId, rating}, "rationale:" + competencyId);
}

void setJudgement(ObserverState& o, const std::string& competencyId, const std::string& optionId) {
  closeTyping(o);
  core::Judgement judgement;
  if (auto it = o.stack.observation().judgements.find(competencyId); it != o.stack.observation().judgements.end()) {
    judgement = it->second;
  }
  judgement.optionId = optionId;
  // The option and the reason typed after it are one undo step, so undoing a concern restores the
  // judgement as it was, never a concern stripped of its reason.
  applyChange(o, core::SetJudgement{competencyId, judgement}, "judgement:" + competencyId);
}

void setJudgementReason(ObserverState& o, const std::string& competencyId, const std::string& reason) {
  auto it = o.stack.observation().judgements.find(competencyId);
  if (it == o.stack.observation().judgements.end()) return;  // choose an option first
  core::Judgement judgement = it->second;
  judgement.reason = reason;
  applyChange(o, core::SetJudgement{competencyId, judgement}, "judgement:" + competencyId);
}

void setSheetText(ObserverState& o, core::SheetText field, const std::string& text) {
  applyChange(o, core::SetText{field, text}, std::string("text:") + core::toString(field));
}

// --- the clock ---

void toggleClock(ObserverState& o) {
  if (!o.clock) return;
  if (o.clock->running()) {
    o.clock->pause();
  } else {
    o.clock->start();
  }
}

void stopClock(ObserverState& o) {
  if (!o.clock) return;
  finishNote(o);
  if (core::LiveClock* live = liveClock(o)) {
    live->stop();
    applyChange(o, core::SetDuration{o.clock->now()});
  } else {
    o.clock->pause();  // a recording's length is its own (observationToSave), not the playhead
  }
}

void seekTo(ObserverState& o, double time) {
  if (o.clock && o.clock->canSeek()) o.clock->seek(time);
}

// --- derived ---

const core::Framework* observedFramework(const AppSession& state) {
  return state.catalog.framework(state.observer.stack.observation().frameworkKey());
}

const core::EvidenceSummary& evidenceFor(ObserverState& o, const core::Framework& framework) {
  if (o.evidenceRevision != o.stack.revision() || o.evidenceFramework != framework.key()) {
    o.evidence = core::summariseEvidence(framework, o.stack.observation());
    o.evidenceRevision = o.stack.revision();
    o.evidenceFramework = framework.key();
  }
  return o.evidence;
}

const std::vector<TimelineRow>& timelineFor(ObserverState& o) {
  if (o.timelineRevision == o.stack.revision() && o.timelineFilter == o.filter &&
      o.timelineFilterText == o.filterText) {
    return o.timeline;
  }
  const core::Observation& obs = o.stack.observation();
  o.timeline.clear();
  const bool wantEvents = o.filter == TimelineFilter::All || o.filter == TimelineFilter::Markers;
  if (wantEvents) {
    for (std::size_t i = 0; i < obs.events.size(); ++i) {
      const core::MarkerEvent& e = obs.events[i];
      if (!o.filterText.empty() && !containsText(e.markerCode + " " + e.quote, o.filterText)) continue;
      o.timeline.push_back({e.time, false, i});
    }
  }
  for (std::size_t i = 0; i < obs.notes.size(); ++i) {
    const core::Note& n = obs.notes[i];
    if (!noteMatches(n, o.filter)) continue;
    if (!o.filterText.empty() && !containsText(n.text + " " + n.tag, o.filterText)) continue;
    o.timeline.push_back({n.time, true, i});
  }
  // Both lists are already in time order: a stable merge keeps equal times events-first.
  std::stable_sort(o.timeline.begin(), o.timeline.end(),
                   [](const TimelineRow& a, const TimelineRow& b) { return a.time < b.time; });
  for (TimelineRow& row : o.timeline) {
    const std::string text = core::formatClock(row.time);
    std::snprintf(row.clock, sizeof row.clock, "%s", text.c_str());
  }
  o.timelineRevision = o.stack.revision();
  o.timelineFilter = o.filter;
  o.timelineFilterText = o.filterText;
  return o.timeline;
}

}  // namespace coachscope::session
