// Everything the window shows, in one plain struct passed by reference to each panel's draw
// function: the application's state (session::AppSession, which the session functions take) and
// beside it what only drawing keeps, each feature's in a member struct declared in its own header.
#pragma once

#include <string>
#include <vector>

#include "session/app_session.h"
#include "ui/calibration_view.h"
#include "ui/observer_view.h"
#include "ui/progress_view.h"
#include "ui/recording_view.h"
#include "ui/report_export_state.h"
#include "ui/theme.h"

namespace coachscope::ui {

using session::Notice;

// Derived rather than holding a session member, so panels read `state.observer` and pass `state`
// straight to the session functions that take the AppSession part.
struct AppState : session::AppSession {
  Theme theme = Theme::Dark;
  float uiScale = 1.0f;
  bool themeChanged = true;  // the platform layer re-applies the style when set

  ObserverView observerView;        // the Observe tab (ui/observer_view.h)
  RecordingView recordingView;      // the recorded-session pane of the Observe tab (ui/recording_view.h)
  CalibrationView calibrationView;  // the Calibrate tab (ui/calibration_view.h)
  ProgressView progressView;        // the Progress tab (ui/progress_view.h)
  ReportExportState reportExport;   // the "Export report" popup (ui/report_export_state.h)

  bool showShortcuts = false;  // F1 overlay
  bool showSync = false;       // the sync window (ui/sync_panel.h)
  int syncsSeen = 0;           // session::SyncState::finished when a finished sync was last shown
  bool quitRequested = false;  // set by Ctrl+Q, File > Quit or the window's close button

  // Files dropped onto the window since the last frame; the shell hands each to whoever reads it.
  std::vector<std::string> droppedFiles;

  // The tab to bring to the front on the next frame (by title), then cleared.
  std::string requestedTab;
};

}  // namespace coachscope::ui
