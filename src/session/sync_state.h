// Sharing the workspace from the window, as the application holds it: a sync runs on a worker
// thread (the same store::syncWorkspace as `coachscope sync`), its progress lines come back as it
// goes, and what it brought in stays to be read. Changed only through session/sync_session.h.
#pragma once

#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/workspace_sync.h"

namespace coachscope::session {

struct SyncState {
  enum class Phase { Idle, Running, Done, Failed };
  Phase phase = Phase::Idle;

  // This coachscope: git runs it as the record merge driver.
  std::filesystem::path executable;
  // The sync itself; empty: store::syncWorkspace. Tests put a stand-in here.
  std::function<core::Result<store::SyncReport>(const std::filesystem::path&, const store::SyncOptions&)> run;

  // The worker's progress lines, written on its thread and read on the window's.
  struct Progress {
    std::mutex mutex;
    std::vector<std::string> lines;
  };
  std::shared_ptr<Progress> progress;
  std::future<core::Result<store::SyncReport>> pending;

  std::vector<std::string> steps;    // the running (or last) sync's progress lines so far
  std::vector<std::string> summary;  // after Done: what it did and what came in, as the command says it
  bool problems = false;             // after Done: files left out of the commit, or copies kept
  std::string error;                 // after Failed: why, with the file where there is one
  bool afterFinish = false;          // the sync was started by finishing a session
  int finished = 0;                  // syncs done or failed since start
};

}  // namespace coachscope::session
