#include "core/progress_record.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include <fmt/format.h>

#include "core/record_json.h"

namespace coachscope::core {
namespace {

template <typename T>
std::vector<std::string> headHashes(const VersionedSet<T>& set, const std::string& id) {
  std::vector<std::string> hashes;
  for (const Version<T>* head : set.heads(id)) hashes.push_back(head->hash);
  return hashes;  // heads() walks a map by hash: already sorted
}

// A version of `data` over the entity's current heads.
template <typename T>
void put(VersionedSet<T>& set, EntryKind kind, const std::string& id, const T& data, const std::string& at,
         const std::string& by) {
  Version<T> version;
  version.supersedes = headHashes(set, id);
  version.at = at;
  version.by = by;
  version.data = data;
  version.hash = record_json::versionHash(kind, id, version);
  set.add(id, std::move(version));
}

template <typename T>
bool remove(VersionedSet<T>& set, EntryKind kind, const std::string& id, const std::string& at, const std::string& by) {
  if (!set.current(id)) return false;
  Version<T> tombstone;
  tombstone.supersedes = headHashes(set, id);
  tombstone.deleted = true;
  tombstone.at = at;
  tombstone.by = by;
  tombstone.hash = record_json::versionHash(kind, id, tombstone);
  set.add(id, std::move(tombstone));
  set.redactDeletedHistory();
  return true;
}

template <typename T>
bool resolve(VersionedSet<T>& set, EntryKind kind, const std::string& id, const std::string& chosenHash,
             const std::string& at, const std::string& by) {
  auto heads = set.heads(id);
  auto chosen = std::find_if(heads.begin(), heads.end(), [&](const Version<T>* v) { return v->hash == chosenHash; });
  if (chosen == heads.end()) return false;
  Version<T> resolution;
  resolution.supersedes = headHashes(set, id);
  resolution.deleted = (*chosen)->deleted;
  resolution.at = at;
  resolution.by = by;
  resolution.data = (*chosen)->data;
  resolution.hash = record_json::versionHash(kind, id, resolution);
  set.add(id, std::move(resolution));
  if ((*chosen)->deleted) set.redactDeletedHistory();
  return true;
}

template <typename T>
void collectConflicts(const VersionedSet<T>& set, EntryKind kind, std::vector<Conflict>& out) {
  for (const auto& [id, versions] : set.entities()) {
    auto heads = headHashes(set, id);
    if (heads.size() > 1) out.push_back(Conflict{kind, id, std::move(heads)});
  }
}

template <typename T>
void collectTombstones(const VersionedSet<T>& set, EntryKind kind, std::vector<Tombstone>& out) {
  for (const auto& [id, versions] : set.entities()) {
    if (set.current(id)) continue;
    for (const Version<T>* head : set.heads(id)) {
      if (head->deleted) {
        out.push_back(Tombstone{kind, id, head->at, head->by});
        break;
      }
    }
  }
}

// Calls `f(set)` on the set of the given kind.
template <typename F>
auto withSet(ProgressRecord& r, EntryKind kind, F&& f) {
  switch (kind) {
    case EntryKind::Profile: return f(r.profile);
    case EntryKind::Session: return f(r.sessions);
    case EntryKind::Practice: return f(r.practice);
    case EntryKind::Supervision: return f(r.supervision);
    case EntryKind::BookReview: return f(r.bookReviews);
    case EntryKind::Assignment: return f(r.assignments);
    case EntryKind::Reflection: return f(r.reflections);
    case EntryKind::SelfAssessment: return f(r.selfAssessments);
    case EntryKind::ActionItem: return f(r.actionPlan);
  }
  return f(r.practice);
}

}  // namespace

const char* toString(AssignmentStatus status) {
  switch (status) {
    case AssignmentStatus::NotStarted: return "not-started";
    case AssignmentStatus::Draft: return "draft";
    case AssignmentStatus::Submitted: return "submitted";
    case AssignmentStatus::Pass: return "pass";
    case AssignmentStatus::Refer: return "refer";
  }
  return "not-started";
}

std::optional<AssignmentStatus> assignmentStatusFrom(const std::string& text) {
  for (auto s : {AssignmentStatus::NotStarted, AssignmentStatus::Draft, AssignmentStatus::Submitted,
                 AssignmentStatus::Pass, AssignmentStatus::Refer}) {
    if (text == toString(s)) return s;
  }
  return std::nullopt;
}

const char* label(AssignmentStatus status) {
  switch (status) {
    case AssignmentStatus::NotStarted: return "Not started";
    case AssignmentStatus::Draft: return "Draft";
    case AssignmentStatus::Submitted: return "Submitted";
    case AssignmentStatus::Pass: return "Pass";
    case AssignmentStatus::Refer: return "Refer";
  }
  return "Not started";
}

const char* toString(SupervisionKind kind) {
  return kind == SupervisionKind::MentorCoaching ? "mentor-coaching" : "supervision";
}

std::optional<SupervisionKind> supervisionKindFrom(const std::string& text) {
  if (text == "supervision") return SupervisionKind::Supervision;
  if (text == "mentor-coaching") return SupervisionKind::MentorCoaching;
  return std::nullopt;
}

const char* label(SupervisionKind kind) {
  return kind == SupervisionKind::MentorCoaching ? "Mentor coaching" : "Supervision";
}

const char* toString(EntryKind kind) {
  switch (kind) {
    case EntryKind::Profile: return "profile";
    case EntryKind::Session: return "sessions";
    case EntryKind::Practice: return "practice";
    case EntryKind::Supervision: return "supervision";
    case EntryKind::BookReview: return "bookReviews";
    case EntryKind::Assignment: return "assignments";
    case EntryKind::Reflection: return "reflections";
    case EntryKind::SelfAssessment: return "selfAssessments";
    case EntryKind::ActionItem: return "actionPlan";
  }
  return "practice";
}

bool isLearnerKind(EntryKind kind) {
  return kind == EntryKind::Reflection || kind == EntryKind::SelfAssessment || kind == EntryKind::ActionItem;
}

LearnerProfile ProgressRecord::currentProfile() const {
  const Version<LearnerProfile>* head = profile.current(learnerId);
  return head ? head->data : LearnerProfile{};
}

std::vector<Conflict> ProgressRecord::conflicts() const {
  std::vector<Conflict> out;
  forEachSet(*this, [&](EntryKind kind, const auto& set) { collectConflicts(set, kind, out); });
  return out;
}

std::vector<Tombstone> ProgressRecord::tombstones() const {
  std::vector<Tombstone> out;
  forEachSet(*this, [&](EntryKind kind, const auto& set) { collectTombstones(set, kind, out); });
  return out;
}

std::size_t ProgressRecord::versionCount() const {
  std::size_t n = 0;
  forEachSet(*this, [&](EntryKind, const auto& set) { n += set.versionCount(); });
  return n;
}

bool operator==(const ProgressRecord& a, const ProgressRecord& b) {
  bool equal = a.learnerId == b.learnerId;
  forEachSetPair(a, b, [&](EntryKind, const auto& x, const auto& y) { equal = equal && x == y; });
  return equal;
}

ProgressRecord newProgressRecord(const std::string& learnerId, const LearnerProfile& profile, const std::string& at,
                                 const std::string& by) {
  ProgressRecord record;
  record.learnerId = learnerId;
  putProfile(record, profile, at, by);
  return record;
}

void putProfile(ProgressRecord& r, const LearnerProfile& p, const std::string& at, const std::string& by) {
  put(r.profile, EntryKind::Profile, r.learnerId, p, at, by);
}
void putPractice(ProgressRecord& r, const std::string& id, const PracticeEntry& e, const std::string& at,
                 const std::string& by) {
  put(r.practice, EntryKind::Practice, id, e, at, by);
}
void putSupervision(ProgressRecord& r, const std::string& id, const SupervisionEntry& e, const std::string& at,
                    const std::string& by) {
  put(r.supervision, EntryKind::Supervision, id, e, at, by);
}
void putBookReview(ProgressRecord& r, const std::string& id, const BookReview& b, const std::string& at,
                   const std::string& by) {
  put(r.bookReviews, EntryKind::BookReview, id, b, at, by);
}
void putAssignment(ProgressRecord& r, const std::string& id, const AssignmentProgress& a, const std::string& at,
                   const std::string& by) {
  put(r.assignments, EntryKind::Assignment, id, a, at, by);
}

void putReflection(ProgressRecord& r, const std::string& sessionId, const Reflection& reflection, const std::string& at,
                   const std::string& by) {
  put(r.reflections, EntryKind::Reflection, sessionId, reflection, at, by);
}
void putSelfAssessment(ProgressRecord& r, const std::string& id, const SelfAssessment& a, const std::string& at,
                       const std::string& by) {
  put(r.selfAssessments, EntryKind::SelfAssessment, id, a, at, by);
}
void putActionItem(ProgressRecord& r, const std::string& id, const ActionItem& item, const std::string& at,
                   const std::string& by) {
  put(r.actionPlan, EntryKind::ActionItem, id, item, at, by);
}

bool removeEntry(ProgressRecord& r, EntryKind kind, const std::string& id, const std::string& at,
                 const std::string& by) {
  return withSet(r, kind, [&](auto& set) { return remove(set, kind, id, at, by); });
}

bool resolveConflict(ProgressRecord& r, EntryKind kind, const std::string& id, const std::string& chosenHash,
                     const std::string& at, const std::string& by) {
  return withSet(r, kind, [&](auto& set) { return resolve(set, kind, id, chosenHash, at, by); });
}

void redactDeletedHistory(ProgressRecord& r) {
  forEachSet(r, [](EntryKind, auto& set) { set.redactDeletedHistory(); });
}

std::string utcNow() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

}  // namespace coachscope::core
