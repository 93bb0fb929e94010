// The learner's record as the application holds it: the workspace's learners and the open record
// (reloaded when its file changes). Every edit goes through session/progress_session.h, which
// applies it to the file under the record's lock. The Progress tab's own selections and the
// entry being typed are ui::ProgressView.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/progress_record.h"
#include "store/workspace.h"

namespace coachscope::session {

struct ProgressState {
  bool initialised = false;
  // Review mode (`coachscope review RECORD`): that one record, read-only; nothing can be edited.
  bool reviewMode = false;
  std::filesystem::path reviewFile;

  std::filesystem::path recordPath;  // the open record's file
  // Shared and immutable: a frame holds the record it draws while an edit replaces this one, without
  // copying the whole record every frame.
  std::shared_ptr<const core::ProgressRecord> record;
  std::string loadError;             // why the selected record could not be opened
  std::filesystem::file_time_type loadedWriteTime{};
  int reloadCountdown = 0;           // frames until the file's time is checked again
  int recordLoads = 0;               // counts loads, so a view can tell the record was replaced
};

}  // namespace coachscope::session
