// The application's state without the window: the catalog, the open observation with its clock,
// the recorded session, calibration, the learner's record, and messages for the user. The window's
// ui::AppState extends it with what only drawing needs; session functions take this part only.
#pragma once

#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/error.h"
#include "session/calibration_state.h"
#include "session/observer_state.h"
#include "session/progress_state.h"
#include "session/recording_state.h"

namespace coachscope::session {

// A message for the user: a load error, a warning, a confirmation. Shown until dismissed.
struct Notice {
  enum class Level { Info, Warning, Error };
  Level level = Level::Info;
  std::string text;
};

struct AppSession {
  core::Catalog catalog;
  std::string frameworkKey;  // the framework shown and scored against ("id@version")

  ObserverState observer;        // the open observation (session/observer_state.h)
  RecordingState recording;      // the recording it is scored from (session/recording_state.h)
  CalibrationState calibration;  // observations compared and moderated (session/calibration_state.h)
  ProgressState progress;        // the learner's record (session/progress_state.h)

  std::vector<Notice> notices;

  const core::Framework* framework() const { return catalog.framework(frameworkKey); }
  void notify(Notice::Level level, std::string text) { notices.push_back({level, std::move(text)}); }
  void notifyError(const core::Error& error) { notify(Notice::Level::Error, error.message()); }
};

}  // namespace coachscope::session
