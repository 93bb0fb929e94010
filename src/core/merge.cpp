#include "core/merge.h"

#include <fmt/format.h>

#include "core/record_json.h"

namespace coachscope::core {
namespace {

Status checkBelongs(const ProgressRecord& record, const Observation& observation) {
  if (observation.id.empty()) return Error{"", "/id", "the observation has no id"};
  if (!observation.context.learnerId.empty() && !record.learnerId.empty() &&
      observation.context.learnerId != record.learnerId) {
    return Error{"", "/context/learnerId",
                 fmt::format("the observation is of learner {}, not of this record's learner {}",
                             observation.context.learnerId, record.learnerId)};
  }
  return Done{};
}

Version<SessionSummary> sessionVersion(const Observation& observation, std::vector<std::string> supersedes,
                                       const std::string& at) {
  Version<SessionSummary> version;
  version.supersedes = std::move(supersedes);
  version.at = at;
  version.by = observation.context.tutor;
  version.data = summarizeObservation(observation);
  version.hash = record_json::versionHash(EntryKind::Session, observation.id, version);
  return version;
}

MergeOutcome addSession(ProgressRecord& record, const std::string& id, Version<SessionSummary> version) {
  MergeOutcome outcome;
  outcome.added = record.sessions.add(id, std::move(version));
  outcome.conflict = record.sessions.inConflict(id);
  return outcome;
}

}  // namespace

SessionSummary summarizeObservation(const Observation& o) {
  SessionSummary s;
  s.frameworkKey = o.frameworkKey();
  s.tutor = o.context.tutor;
  s.date = o.context.date;
  s.durationSeconds = o.durationSeconds;
  s.coacheePseudonym = o.context.coacheePseudonym;
  s.coacheeSeniorManager = o.context.coacheeSeniorManager;
  s.group = o.context.group;
  s.groupSize = o.context.groupSize;
  s.paid = o.context.paid;
  s.threeWayContracting = o.context.threeWayContracting;
  s.mode = o.context.mode;
  s.ratings = o.ratings;
  s.judgements = o.judgements;
  for (const auto& event : o.events) ++s.markerCounts[event.markerCode];
  s.notes = o.notes;
  s.strengths = o.strengths;
  s.developmentAreas = o.developmentAreas;
  s.feedback = o.feedback;
  s.coacheeFeedback = o.coacheeFeedback;
  s.reference = o.reference;
  s.observationUpdatedAt = o.updatedAt;
  return s;
}

Version<SessionSummary> observationVersion(const Observation& observation) {
  std::vector<std::string> supersedes;
  if (!observation.recordVersion.empty()) supersedes.push_back(observation.recordVersion);
  return sessionVersion(observation, std::move(supersedes), observation.updatedAt);
}

void settleRecordVersions(Observation& observation, const std::string& now) {
  if (!observation.mergedVersion.empty()) {
    if (observationVersion(observation).hash == observation.mergedVersion) return;  // as merged
    observation.recordVersion = observation.mergedVersion;
    observation.mergedVersion.clear();
  }
  observation.updatedAt = now;
}

Result<MergeOutcome> mergeObservation(ProgressRecord& record, const Observation& observation) {
  if (auto ok = checkBelongs(record, observation); !ok) return ok.error();
  Version<SessionSummary> version = observationVersion(observation);
  std::string hash = version.hash;
  MergeOutcome outcome = addSession(record, observation.id, std::move(version));
  outcome.updated = outcome.added && !observation.recordVersion.empty();
  outcome.version = std::move(hash);
  return outcome;
}

Result<MergeOutcome> replaceWithObservation(ProgressRecord& record, const Observation& observation,
                                            const std::string& at) {
  if (auto ok = checkBelongs(record, observation); !ok) return ok.error();
  std::vector<std::string> heads;
  for (const auto* head : record.sessions.heads(observation.id)) heads.push_back(head->hash);
  // Already the only head with this content: nothing to supersede.
  if (heads.size() == 1) {
    const auto* head = record.sessions.heads(observation.id).front();
    if (!head->deleted && record_json::toJson(head->data) == record_json::toJson(summarizeObservation(observation))) {
      return MergeOutcome{};
    }
  }
  return addSession(record, observation.id, sessionVersion(observation, std::move(heads), at));
}

Status joinRecords(ProgressRecord& into, const ProgressRecord& other) {
  if (into.learnerId.empty()) into.learnerId = other.learnerId;
  if (!other.learnerId.empty() && other.learnerId != into.learnerId) {
    return Error{"", "/learnerId",
                 fmt::format("records of different learners ({} and {}) cannot be merged", into.learnerId,
                             other.learnerId)};
  }
  forEachSetPair(into, other, [](EntryKind, auto& mine, const auto& theirs) { mine.join(theirs); });
  // A copy that still holds a deleted entry's text gives none of it back.
  redactDeletedHistory(into);
  return Done{};
}

}  // namespace coachscope::core
