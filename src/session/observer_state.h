// The open observation's state: the observation (behind its CommandStack), the session clock, the
// autosave journal, the note being typed, selections and caches of derived values. Everything
// that changes the observation goes through session/observer_session.h. What only the Observe
// tab's drawing needs (focus requests, dialogs) is ui::ObserverView.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/evidence.h"
#include "core/observation_commands_stack.h"
#include "core/session_clock.h"
#include "store/journal.h"
#include "store/settings.h"
#include "store/workspace.h"

namespace coachscope::session {

// One row of the timeline: a marker event or a note, in time order.
struct TimelineRow {
  double time = 0;
  bool isNote = false;
  std::size_t index = 0;  // into observation().events or .notes
  char clock[12] = {};     // the time as shown ("1:02:03"), formatted once when the list is built
};

enum class TimelineFilter { All, Markers, Notes, Strengths, Development, Questions, Observations };

struct ObserverState {
  // The application's workspace (AppSession::workspace), copied here by initialiseObserver because
  // the undo stack's listener, which writes the journal, sees this struct only.
  std::filesystem::path journalWorkspace;
  bool initialised = false;
  std::string openOnStart;          // `coachscope OBS.json`

  store::Settings settings;
  core::CommandStack stack;
  std::unique_ptr<core::SessionClock> clock;
  store::JournalWriter journal;
  std::string journalError;       // shown in the clock bar when the journal cannot be written
  std::filesystem::path filePath;  // where the observation is saved; empty until first saved

  // session/finish_session.h's recordStanding(), cached: the standing it last read, for which
  // observation revision and record file time, and frames until it may read again.
  int recordStanding = 0;
  std::uint64_t standingRevision = UINT64_MAX;
  std::filesystem::file_time_type standingRecordTime{};
  int standingCountdown = 0;

  // The note being typed: created at its first keystroke, updated as typed, finished by Enter.
  std::string noteText;
  std::string noteId;
  core::NoteKind noteKind = core::NoteKind::Observation;
  std::string noteTag;
  bool notePausedClock = false;  // noteStarted() was sent (settings.autopause) and awaits noteFinished()

  std::string selectedId;           // the selected event or note
  std::string selectedCompetency;   // the rating that Ctrl+digits sets
  std::string lastMarkerCode;       // the marker pressed last (Alt+M tags the note with it)
  TimelineFilter filter = TimelineFilter::All;
  std::string filterText;
  bool scrollToEnd = true;          // a new entry was added: the timeline follows it until scrolled up

  // Derived values, rebuilt only when the observation (revision) or the filter changes.
  std::uint64_t evidenceRevision = UINT64_MAX;
  std::string evidenceFramework;
  core::EvidenceSummary evidence;
  std::uint64_t timelineRevision = UINT64_MAX;
  TimelineFilter timelineFilter = TimelineFilter::All;
  std::string timelineFilterText;
  std::vector<TimelineRow> timeline;

  std::vector<store::JournalContents> recoverable;  // offered on start
  std::vector<std::string> recoverableSummaries;     // one line each: who, when, how much
};

}  // namespace coachscope::session
