// Everything the window shows, in one plain struct passed by reference to each panel's draw
// function. Each feature keeps its own state in a member struct declared in its own header.
#pragma once

#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/error.h"
#include "ui/calibration_state.h"
#include "ui/observer_state.h"
#include "ui/progress_state.h"
#include "ui/recording_state.h"
#include "ui/report_export_state.h"
#include "ui/theme.h"

namespace coachscope::ui {

// A message for the user: a load error, a warning, a confirmation. Shown until dismissed.
struct Notice {
  enum class Level { Info, Warning, Error };
  Level level = Level::Info;
  std::string text;
};

struct AppState {
  core::Catalog catalog;
  std::string frameworkKey;  // the framework shown and scored against ("id@version")

  Theme theme = Theme::Dark;
  float uiScale = 1.0f;
  bool themeChanged = true;  // the platform layer re-applies the style when set

  ObserverState observer;  // the Observe tab (ui/observer_state.h)
  RecordingState recording;  // the recorded-session pane of the Observe tab (ui/recording_state.h)
  CalibrationState calibration;  // the Calibrate tab (ui/calibration_state.h)

  ProgressState progress;  // the Progress tab (ui/progress_state.h)
  ReportExportState reportExport;  // the "Export report" popup (ui/report_export_state.h)

  std::vector<Notice> notices;
  bool showShortcuts = false;  // F1 overlay
  bool quitRequested = false;  // set by Ctrl+Q, File > Quit or the window's close button

  // Files dropped onto the window since the last frame; the shell hands each to whoever reads it.
  std::vector<std::string> droppedFiles;

  // The tab to bring to the front on the next frame (by title), then cleared.
  std::string requestedTab;

  const core::Framework* framework() const { return catalog.framework(frameworkKey); }
  void notify(Notice::Level level, std::string text) { notices.push_back({level, std::move(text)}); }
  void notifyError(const core::Error& error) { notify(Notice::Level::Error, error.message()); }
};

}  // namespace coachscope::ui
