// Sync from the window: the Sync action and "sync when a session is finished" run the same
// store::syncWorkspace as `coachscope sync` on a worker thread, so no frame ever waits on git; the
// summary is the lines the command prints; when it is done the learner list and centre are read
// again.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/result.h"
#include "session/app_session.h"
#include "store/workspace_sync.h"

namespace coachscope::session {

// Why a sync cannot start now ("a sync is running", "this workspace has not joined ..."), or
// empty when it can.
std::string syncUnavailable(AppSession& state);
// Starts a sync on its worker and returns at once; false (with a notice) when it cannot start.
bool startSync(AppSession& state, bool afterFinish = false);
// Each frame: collects progress lines and a finished sync, then reloads what it changed. Never waits.
void updateSync(AppSession& state);
// Waits up to `timeout` for a running sync and takes it; true when none is left running. For tests.
bool finishSync(AppSession& state, std::chrono::milliseconds timeout = std::chrono::seconds(120));

// The setting "sync when a session is finished" (settings.json "syncAfterFinish", off by
// default), saved at once.
core::Status setSyncAfterFinish(AppSession& state, bool on);
// After a session is finished: starts a sync when the setting is on and the workspace is a clone.
void syncAfterFinish(AppSession& state);

// What a sync did and what came in, one line each, as `coachscope sync` prints it:
// "committed: 1 record, 1 observation", "came in: new learner Ann Example, 3 sessions added", ...
std::vector<std::string> syncSummary(const store::SyncReport& report);
// Whether the report holds something the tutor must see to: a file left out, a copy kept.
bool syncHadProblems(const store::SyncReport& report);

}  // namespace coachscope::session
