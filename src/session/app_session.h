// The application's state without the window: the catalog, the open observation with its clock,
// the recorded session, calibration, the learner's record, the centre at a glance, and messages
// for the user. The window's ui::AppState extends it with what only drawing needs; session
// functions take this part only.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/error.h"
#include "session/calibration_state.h"
#include "session/centre_state.h"
#include "session/observer_state.h"
#include "session/progress_state.h"
#include "session/recording_state.h"
#include "session/sync_state.h"
#include "store/workspace.h"

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

  // The one workspace every tab reads and writes, resolved once (--workspace, then
  // $COACHSCOPE_WORKSPACE, then the XDG data folder) by session/workspace_session.h.
  std::filesystem::path workspace;
  // The workspace's learners: one list that the Observe and Progress tabs both show, refreshed
  // when a learner is created here and when the learners folder changes on disk.
  std::vector<store::LearnerSummary> learners;
  std::vector<core::Error> learnerProblems;
  std::filesystem::file_time_type learnersFolderTime{};
  int learnersCheckCountdown = 0;  // frames until the folder's time is checked again

  ObserverState observer;        // the open observation (session/observer_state.h)
  RecordingState recording;      // the recording it is scored from (session/recording_state.h)
  CalibrationState calibration;  // observations compared and moderated (session/calibration_state.h)
  ProgressState progress;        // the learner's record (session/progress_state.h)
  CentreState centre;            // every learner at a glance (session/centre_state.h)
  SyncState sync;                // sharing through the centre's repository (session/sync_state.h)

  std::vector<Notice> notices;

  const core::Framework* framework() const { return catalog.framework(frameworkKey); }
  void notify(Notice::Level level, std::string text) { notices.push_back({level, std::move(text)}); }
  void notifyError(const core::Error& error) { notify(Notice::Level::Error, error.message()); }
};

}  // namespace coachscope::session
