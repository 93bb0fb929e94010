// What the Observe tab's drawing keeps between frames beside the open observation
// (session::ObserverState): focus requests, the sheet's tab, the dialogs and a running --script.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace coachscope::ui {

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

struct ObserverView {
  bool confirmDiscardRecovery = false;  // the recovery offer's "Discard it…" asks once more
  std::vector<std::string> script;  // `--script FILE`, one action a line (observer_script.cpp)
  std::size_t scriptLine = 0;
  std::string scriptTyping;         // a scripted note, typed one character per frame
  std::size_t scriptTyped = 0;
  double scriptWaitUntil = 0;       // steady-clock seconds

  bool focusNote = false;
  bool noteBoxActive = false;       // the note box had the keyboard last frame
  std::string selectedEditText;     // quote or note text being edited in the selection editor
  bool focusFilter = false;
  bool focusEntryEditor = false;    // Ctrl+E: the selected entry's text
  bool focusRationale = false;      // Ctrl+R: the selected competency's rationale
  int sheetTab = 0;                 // 0 ratings, 1 overall: the tab wanted
  int sheetTabShown = -1;           // the tab drawn last frame (a difference selects `sheetTab`)
  bool scrollToCompetency = false;  // Alt+Up/Down moved the selection: bring it into view

  // Dialogs.
  bool showSetup = false;
  std::string newLearnerName;
  std::string newLearnerProgramme;
  FileDialogState fileDialog;
  bool showUnsavedPrompt = false;
  AfterPrompt afterPrompt = AfterPrompt::Nothing;
  std::string pendingOpenPath;
  bool quitConfirmed = false;
};

}  // namespace coachscope::ui
