// The workspace the whole application works in, and its learner list. The window and every
// command resolve the workspace once, in one order (--workspace, $COACHSCOPE_WORKSPACE, the XDG
// data folder), and every tab then reads and writes there only.
#pragma once

#include <filesystem>
#include <string>

#include "session/app_session.h"

namespace coachscope::session {

// Sets the application's workspace from the command line's `--workspace` value (empty: the
// environment, then XDG). Call once, before the first frame.
void useWorkspace(AppSession& state, const std::string& commandLineOverride = {});

// The workspace; resolved by the same rule on first use when nothing set it (tests, review mode).
const std::filesystem::path& workspaceOf(AppSession& state);

// Reads the learner list again now: after a learner is created, renamed or merged in.
void refreshLearners(AppSession& state);
// Each frame: about twice a second, a stat of the learners folder; reads the list again when
// another program (a merge, a sync, a second window) changed it.
void refreshLearnersIfChanged(AppSession& state);

// A file's or folder's modification time; the zero time when it cannot be read (gone, say), so
// "changed since" checks see a change rather than fail.
std::filesystem::file_time_type modificationTime(const std::filesystem::path& path);

}  // namespace coachscope::session
