#include "session/finish_session.h"

#include <system_error>

#include "core/merge.h"
#include "session/observer_session.h"
#include "session/progress_session.h"
#include "session/record_merge.h"
#include "session/sync_session.h"
#include "session/workspace_session.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "store/workspace.h"

namespace coachscope::session {
namespace {

core::Result<std::filesystem::path> learnerRecord(AppSession& state, const core::Observation& observation) {
  if (observation.context.learnerId.empty()) {
    return core::Error{"", "", "choose the learner first (F3): a finished session goes into that learner's record"};
  }
  auto record = store::recordPath(workspaceOf(state), observation.context.learnerId);
  if (!record) return record.error();
  std::error_code ec;
  if (!std::filesystem::exists(*record, ec)) {
    const std::string who = observation.context.learnerName.empty() ? observation.context.learnerId
                                                                    : observation.context.learnerName;
    return core::Error{record->string(), "", who + " has no record in this workspace (create the learner first)"};
  }
  return *record;
}

}  // namespace

core::Result<FinishResult> finishSession(AppSession& state) {
  ObserverState& o = state.observer;
  auto record = learnerRecord(state, o.stack.observation());
  if (!record) return record.error();
  if (o.clock && o.clock->running()) stopClock(o);
  if (auto written = saveObservation(state); !written) return written.error();

  // What the save wrote (the clock is stopped, so the length is settled the same way again).
  core::Observation saved = observationToSave(state);
  auto merged = mergeIntoRecordFile(*record, saved);
  if (!merged) {
    core::Error error = merged.error();
    error.reason = "saved to " + o.filePath.string() + ", but not merged into the record: " + error.reason;
    return error;
  }
  // The observation remembers the version it went in as; the file says so too, with the save's
  // stamp unchanged (this is not an edit), so a merge of the file later adds nothing.
  saved.mergedVersion = merged->version;
  o.stack.stamp(saved);
  if (auto written = store::saveObservationFile(o.filePath, saved); !written) {
    state.notify(Notice::Level::Warning, "Merged, but the observation could not note it: " + written.error().message());
  }

  FinishResult result;
  result.kind = merged->conflict ? FinishResult::Kind::Conflict
                : !merged->added ? FinishResult::Kind::Unchanged
                : merged->updated ? FinishResult::Kind::Updated
                                  : FinishResult::Kind::New;
  result.observationFile = o.filePath;
  result.recordFile = *record;
  result.learnerName = saved.context.learnerName;
  // The Progress tab shows the learner's record with this session at once.
  if (!state.progress.reviewMode) {
    openLearner(state.progress, *record);
    refreshLearners(state);
  }
  o.standingRevision = UINT64_MAX;
  syncAfterFinish(state);  // when the tutor asked for finished sessions to be shared at once
  return result;
}

std::string describeFinish(const FinishResult& result) {
  const std::string whose = (result.learnerName.empty() ? std::string("The learner") : result.learnerName) + "'s record";
  switch (result.kind) {
    case FinishResult::Kind::New: return whose + " has this session now.";
    case FinishResult::Kind::Updated: return whose + " has this session's latest version now.";
    case FinishResult::Kind::Unchanged: return whose + " already held this session as it is; nothing changed.";
    case FinishResult::Kind::Conflict:
      return whose + " has this session, and another version of it from another copy: resolve it on the Progress "
                     "tab's Conflicts section.";
  }
  return whose;
}

RecordStanding recordStanding(AppSession& state) {
  ObserverState& o = state.observer;
  const core::Observation& observation = o.stack.observation();
  if (observation.context.learnerId.empty()) return RecordStanding::NoLearner;
  auto record = store::recordPath(workspaceOf(state), observation.context.learnerId);
  if (!record) return RecordStanding::NoRecord;
  if (--o.standingCountdown > 0 && o.standingRevision != UINT64_MAX) return static_cast<RecordStanding>(o.recordStanding);
  o.standingCountdown = 30;
  const auto recordTime = modificationTime(*record);
  if (o.standingRevision == o.stack.revision() && o.standingRecordTime == recordTime) {
    return static_cast<RecordStanding>(o.recordStanding);
  }
  o.standingRevision = o.stack.revision();
  o.standingRecordTime = recordTime;
  RecordStanding standing = RecordStanding::NoRecord;
  std::error_code ec;
  if (std::filesystem::exists(*record, ec)) {
    auto loaded = store::loadRecordFile(*record, state.catalog);
    if (!loaded) {
      standing = RecordStanding::Unreadable;
    } else if (!loaded->sessions.contains(observation.id)) {
      standing = RecordStanding::NotMerged;
    } else {
      // What a save would write now, merged: the record holds it exactly when nothing changed
      // since Finish (or since the file was merged by `coachscope merge`).
      core::Observation next = observationToSave(state);
      core::settleRecordVersions(next, "(not saved yet)");
      const auto* versions = loaded->sessions.versions(observation.id);
      standing = versions && versions->count(core::observationVersion(next).hash) ? RecordStanding::UpToDate
                                                                                   : RecordStanding::Behind;
    }
  }
  o.recordStanding = static_cast<int>(standing);
  return standing;
}

const char* describeStanding(RecordStanding standing) {
  switch (standing) {
    case RecordStanding::NoLearner: return "No learner chosen";
    case RecordStanding::NoRecord: return "The learner has no record here";
    case RecordStanding::NotMerged: return "Not in the learner's record yet";
    case RecordStanding::Behind: return "The record lags behind: Finish to update it";
    case RecordStanding::UpToDate: return "In the learner's record";
    case RecordStanding::Unreadable: return "The learner's record cannot be read";
  }
  return "";
}

}  // namespace coachscope::session
