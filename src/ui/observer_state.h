// The Observe tab's state: the open observation (behind its CommandStack), the session clock, the
// autosave journal, the note being typed, selections, caches of derived values and open dialogs.
// Everything that changes the observation goes through observer_session.h.
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

namespace coachscope::ui {

// One row of the timeline: a marker event or a note, in time order.
struct TimelineRow {
  double time = 0;
  bool isNote = false;
  std::size_t index = 0;  // into observation().events or .notes
  char clock[12] = {};     // the time as shown ("1:02:03"), formatted once when the list is built
};

enum class TimelineFilter { All, Markers, Notes, Strengths, Development, Questions, Observations };

// What to do once the unsaved-changes question is answered.
enum class AfterPrompt { Nothing, Quit, NewSession, OpenFile };

struct FileDialogState {
  bool open = false;
  bool saving = false;  // Save as (else Open)
  std::filesystem::path folder;
  std::string fileName;
  std::vector<std::filesystem::path> entries;  // folders first, then *.json
  bool refresh = true;
};

struct ObserverState {
  std::filesystem::path workspace;  // set from --workspace, else resolved on first use
  bool initialised = false;
  std::string openOnStart;          // `coachscope OBS.json`
  std::vector<std::string> script;  // `--script FILE`, one action a line (observer_script.cpp)
  std::size_t scriptLine = 0;
  std::string scriptTyping;         // a scripted note, typed one character per frame
  std::size_t scriptTyped = 0;
  double scriptWaitUntil = 0;       // steady-clock seconds

  store::Settings settings;
  std::vector<store::LearnerSummary> learners;

  core::CommandStack stack;
  std::unique_ptr<core::SessionClock> clock;
  store::JournalWriter journal;
  std::string journalError;       // shown in the clock bar when the journal cannot be written
  std::filesystem::path filePath;  // where the observation is saved; empty until first saved

  // The note being typed: created at its first keystroke, updated as typed, finished by Enter.
  std::string noteText;
  std::string noteId;
  core::NoteKind noteKind = core::NoteKind::Observation;
  std::string noteTag;
  bool focusNote = false;
  bool notePausedClock = false;  // noteStarted() was sent (settings.autopause) and awaits noteFinished()

  std::string selectedId;           // the selected event or note
  std::string selectedCompetency;   // the rating that Ctrl+digits sets
  std::string lastMarkerCode;       // the marker pressed last (Alt+M tags the note with it)
  std::string selectedEditText;     // quote or note text being edited in the selection editor
  TimelineFilter filter = TimelineFilter::All;
  std::string filterText;
  bool focusFilter = false;
  bool focusEntryEditor = false;    // Ctrl+E: the selected entry's text
  bool focusRationale = false;      // Ctrl+R: the selected competency's rationale
  bool scrollToEnd = true;          // follow new entries until the user scrolls up
  int sheetTab = 0;                 // 0 ratings, 1 overall: the tab wanted
  int sheetTabShown = -1;           // the tab drawn last frame (a difference selects `sheetTab`)
  bool scrollToCompetency = false;  // Alt+Up/Down moved the selection: bring it into view

  // Derived values, rebuilt only when the observation (revision) or the filter changes.
  std::uint64_t evidenceRevision = UINT64_MAX;
  std::string evidenceFramework;
  core::EvidenceSummary evidence;
  std::uint64_t timelineRevision = UINT64_MAX;
  TimelineFilter timelineFilter = TimelineFilter::All;
  std::string timelineFilterText;
  std::vector<TimelineRow> timeline;

  // Dialogs.
  bool showSetup = false;
  std::string newLearnerName;
  FileDialogState fileDialog;
  bool showUnsavedPrompt = false;
  AfterPrompt afterPrompt = AfterPrompt::Nothing;
  std::string pendingOpenPath;
  bool quitConfirmed = false;
  std::vector<store::JournalContents> recoverable;  // offered on start
  std::vector<std::string> recoverableSummaries;     // one line each: who, when, how much
  std::string newLearnerProgramme;
};

}  // namespace coachscope::ui
