// Folding observations into a learner's progress record, and joining two copies of a record.
// Both are joins of version sets (see core/progress_record.h): repeatable, order-independent,
// and losing nothing; different edits of one observation stay side by side as a conflict.
#pragma once

#include "core/observation.h"
#include "core/progress_record.h"
#include "core/result.h"

namespace coachscope::core {

// What the record keeps of an observation: everything except the raw media link.
SessionSummary summarizeObservation(const Observation& observation);

struct MergeOutcome {
  bool added = false;     // false: this exact version was already in the record
  bool updated = false;   // added over the version the observation was last merged as
  bool conflict = false;  // the session now has more than one current version
  std::string version;    // the hash of the session's version made from this observation
};

// Adds the observation as a version of the session with its id. The version depends only on
// the observation (stamp = its updatedAt, author = its tutor, superseding its recordVersion if it
// has one), so merging observations in any order, any number of times, gives the same record.
// Refused when the observation names another learner or has no id.
Result<MergeOutcome> mergeObservation(ProgressRecord& record, const Observation& observation);

// The version mergeObservation adds for `observation`.
Version<SessionSummary> observationVersion(const Observation& observation);

// A save of an observation that Finish merged as `mergedVersion`: unchanged since, it keeps its
// stamp (so the file still merges as exactly that version); edited since, it supersedes that
// version from now on (recordVersion) and takes the new stamp `now`.
void settleRecordVersions(Observation& observation, const std::string& now);

// The tutor's own later edit of an observation already in the record: a version that
// supersedes the session's current heads (resolving any conflict in favour of this edit).
Result<MergeOutcome> replaceWithObservation(ProgressRecord& record, const Observation& observation,
                                            const std::string& at);

// `into` becomes the join of both copies. Refused when they are records of different learners.
Status joinRecords(ProgressRecord& into, const ProgressRecord& other);

}  // namespace coachscope::core
