// Finishing a scored session: the observation saved, then merged into its learner's record in
// the workspace under the record's lock — the window's Finish action (header button, File menu,
// Ctrl+Enter) and the scripted verb `merge`. The observation remembers the record version it was
// merged as, so finishing again after a later edit updates the session instead of conflicting.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/result.h"
#include "session/app_session.h"

namespace coachscope::session {

struct FinishResult {
  enum class Kind {
    New,        // the session is in the record for the first time
    Updated,    // a later edit replaced the version merged before
    Unchanged,  // the record already held exactly this
    Conflict,   // the record now holds another current version too (another tutor's copy)
  };
  Kind kind = Kind::New;
  std::filesystem::path observationFile;
  std::filesystem::path recordFile;
  std::string learnerName;
};

// Stops a running clock, saves the observation (to its file, else the workspace's observations
// folder), merges it into the learner's record and shows the record on the Progress tab at once.
// Refused, with nothing merged, when no learner is chosen or the learner has no record here; a
// failed merge leaves the saved observation (and says so).
core::Result<FinishResult> finishSession(AppSession& state);

// "Sam Lee's record: a new session." — what the window and scripts say after finishing.
std::string describeFinish(const FinishResult& result);

// How the learner's record stands against the open observation, for the Observe header.
enum class RecordStanding {
  NoLearner,   // no learner chosen
  NoRecord,    // the learner has no record in the workspace
  NotMerged,   // the record has no version of this session yet
  Behind,      // the record holds an earlier version: Finish to bring it up to date
  UpToDate,    // the record holds what the observation says
  Unreadable,  // the record could not be read
};
// Read at most about twice a second, and only when the observation or the record changed.
RecordStanding recordStanding(AppSession& state);
const char* describeStanding(RecordStanding standing);

}  // namespace coachscope::session
