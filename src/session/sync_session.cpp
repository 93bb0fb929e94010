#include "session/sync_session.h"

#include <fmt/format.h>

#include "session/centre_session.h"
#include "session/observer_session.h"
#include "session/workspace_session.h"
#include "store/settings.h"

namespace coachscope::session {
namespace {

std::string plural(int n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

void take(AppSession& state) {
  SyncState& sync = state.sync;
  core::Result<store::SyncReport> result = sync.pending.get();
  {
    std::lock_guard lock(sync.progress->mutex);
    sync.steps = sync.progress->lines;
  }
  ++sync.finished;
  if (!result) {
    sync.phase = SyncState::Phase::Failed;
    sync.error = result.error().message();
    sync.summary.clear();
    sync.problems = true;
    state.notify(Notice::Level::Error, "Sync failed: " + sync.error);
    return;
  }
  sync.phase = SyncState::Phase::Done;
  sync.summary = syncSummary(*result);
  sync.problems = syncHadProblems(*result);
  sync.error.clear();
  // What came in is on every tab at once: the learner list now, the centre as soon as it is read
  // again, the open record by its own check of the file.
  refreshLearners(state);
  if (state.centre.loads > 0) reloadCentre(state);
}

}  // namespace

std::string syncUnavailable(AppSession& state) {
  if (state.sync.phase == SyncState::Phase::Running) return "a sync is running";
  if (state.progress.reviewMode) return "review mode shares nothing";
  const std::filesystem::path& workspace = workspaceOf(state);
  if (!store::isSyncedWorkspace(workspace)) {
    return fmt::format("{} has not joined a centre's repository: join once with coachscope sync --clone URL --workspace {}",
                       workspace.string(), workspace.string());
  }
  return "";
}

bool startSync(AppSession& state, bool afterFinish) {
  if (const std::string why = syncUnavailable(state); !why.empty()) {
    state.notify(Notice::Level::Warning, "Cannot sync now: " + why);
    return false;
  }
  SyncState& sync = state.sync;
  sync.phase = SyncState::Phase::Running;
  sync.afterFinish = afterFinish;
  sync.steps.clear();
  sync.summary.clear();
  sync.error.clear();
  sync.problems = false;
  sync.progress = std::make_shared<SyncState::Progress>();
  store::SyncOptions options;
  options.executable = sync.executable;
  options.catalog = state.catalog;  // the worker's own copy
  options.progress = [progress = sync.progress](const std::string& line) {
    std::lock_guard lock(progress->mutex);
    progress->lines.push_back(line);
  };
  auto run = sync.run ? sync.run : [](const std::filesystem::path& w, const store::SyncOptions& o) {
    return store::syncWorkspace(w, o);
  };
  sync.pending = std::async(std::launch::async, [run, workspace = workspaceOf(state), options = std::move(options)] {
    return run(workspace, options);
  });
  return true;
}

void updateSync(AppSession& state) {
  SyncState& sync = state.sync;
  if (sync.phase != SyncState::Phase::Running) return;
  if (sync.pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
    take(state);
    return;
  }
  std::lock_guard lock(sync.progress->mutex);
  if (sync.progress->lines.size() != sync.steps.size()) sync.steps = sync.progress->lines;
}

bool finishSync(AppSession& state, std::chrono::milliseconds timeout) {
  SyncState& sync = state.sync;
  if (sync.phase != SyncState::Phase::Running) return true;
  if (sync.pending.wait_for(timeout) != std::future_status::ready) return false;
  take(state);
  return true;
}

core::Status setSyncAfterFinish(AppSession& state, bool on) {
  ObserverState& o = state.observer;
  // Before the Observe tab has read the settings, read them here, so saving keeps the others.
  if (!o.initialised) {
    auto settings = store::loadSettings(store::settingsPath(workspaceOf(state)));
    if (!settings) return settings.error();
    o.settings = std::move(*settings);
  }
  o.settings.syncAfterFinish = on;
  return store::saveSettings(store::settingsPath(workspaceOf(state)), o.settings);
}

void syncAfterFinish(AppSession& state) {
  if (!state.observer.settings.syncAfterFinish) return;
  if (state.sync.phase == SyncState::Phase::Running) {
    state.notify(Notice::Level::Info, "A sync is running; this session goes with the next one.");
    return;
  }
  startSync(state, true);
}

std::vector<std::string> syncSummary(const store::SyncReport& report) {
  std::vector<std::string> lines;
  for (const std::string& line : report.conflictCopiesMerged) lines.push_back("conflict copy merged: " + line);
  for (const std::string& line : report.conflictCopiesKept) lines.push_back("conflict copy kept: " + line);
  for (const std::string& file : report.restored) {
    lines.push_back(fmt::format("restored {} (deleted here; sync never removes a record or observation)", file));
  }
  for (const std::string& problem : report.notShared) lines.push_back("not shared, does not load: " + problem);
  if (report.recordsCommitted + report.observationsCommitted > 0) {
    lines.push_back(fmt::format("committed: {}, {}", plural(report.recordsCommitted, "record", "records"),
                                plural(report.observationsCommitted, "observation", "observations")));
  } else {
    lines.push_back("committed: nothing new here");
  }
  if (report.incoming.empty() && report.observationsAdded == 0) {
    lines.push_back("came in: nothing new");
  } else {
    for (const store::IncomingLearner& learner : report.incoming) {
      lines.push_back(fmt::format("came in: {}{}, {} added", learner.newLearner ? "new learner " : "",
                                  learner.name.empty() ? learner.id : learner.name,
                                  plural(learner.sessionsAdded, "session", "sessions")));
    }
    if (report.observationsAdded > 0) {
      lines.push_back(fmt::format("came in: {}", plural(report.observationsAdded, "observation", "observations")));
    }
  }
  if (report.pushed) {
    lines.push_back(fmt::format("sent to {} ({}){}", report.remote, report.branch,
                                report.attempts > 1 ? fmt::format(", after {} attempts", report.attempts) : ""));
  } else {
    lines.push_back(fmt::format("up to date with {} ({})", report.remote, report.branch));
  }
  return lines;
}

bool syncHadProblems(const store::SyncReport& report) {
  return !report.notShared.empty() || !report.conflictCopiesKept.empty();
}

}  // namespace coachscope::session
