// The learner's progress record: profile, merged sessions, coaching and supervision logs, book
// reviews and assignments, kept as a state-based CRDT so that tutors' copies always converge.
//
// Every entry (the profile, one session, one log line, ...) is an entity with a stable id. An
// entity is never overwritten in place: each edit adds a Version, identified by the hash of its
// content, that lists the versions it supersedes. The record is the set of all versions ever made;
// joining two records is the union of those sets, which is idempotent, commutative and associative
// by construction. An entity's current state is its heads (versions no other version supersedes):
// one head is the plain case, several heads are a conflict for a tutor to resolve, and a head that
// is a tombstone (deleted) means the entry was removed.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/observation.h"

namespace coachscope::core {

enum class AssignmentStatus { NotStarted, Draft, Submitted, Pass, Refer };
enum class SupervisionKind { Supervision, MentorCoaching };

const char* toString(AssignmentStatus status);
std::optional<AssignmentStatus> assignmentStatusFrom(const std::string& text);
const char* toString(SupervisionKind kind);
std::optional<SupervisionKind> supervisionKindFrom(const std::string& text);
// "Not started", "Mentor coaching": for people.
const char* label(AssignmentStatus status);
const char* label(SupervisionKind kind);

// Who the learner is and what they are working towards.
struct LearnerProfile {
  std::string name;
  std::string centre;
  std::string programmeId;        // a programme id ("ilm-coaching-level5") or "id@version"
  std::string finalWorkshopDate;  // ISO 8601 date ("2026-03-14"); empty until known
  // Which intake the learner belongs to ("2026 spring") and the tutor who looks after them: how a
  // centre groups its learners. Empty when not set; stored only when set, so the versions of
  // records written before these fields existed keep their hashes.
  std::string cohort{};  // (the braces spare older brace-initialisations a warning)
  std::string tutor{};

  bool operator==(const LearnerProfile&) const = default;
};

// One observed session as folded into the record from its observation (see core/merge.h).
struct SessionSummary {
  std::string frameworkKey;  // "id@version" the ratings refer to
  std::string tutor;
  std::string date;  // ISO 8601 local date-time of the session, may be empty
  double durationSeconds = 0;
  std::string coacheePseudonym;
  bool coacheeSeniorManager = false;
  bool group = false;
  int groupSize = 1;
  bool paid = false;
  bool threeWayContracting = false;
  SessionMode mode = SessionMode::Live;
  std::map<std::string, CompetencyRating> ratings;  // by competency id
  std::map<std::string, Judgement> judgements;      // by competency id
  std::map<std::string, int> markerCounts;          // marker code -> times observed
  std::vector<Note> notes;
  std::string strengths;
  std::string developmentAreas;
  std::string feedback;
  std::string coacheeFeedback;
  bool reference = false;
  std::string observationUpdatedAt;  // the observation's own save stamp

  bool operator==(const SessionSummary&) const = default;
};

// A coaching-log line entered by hand: unobserved practice, or (with observationId) the learner's
// own additions — preparation, reflection, coachee feedback — to an observed session's line.
struct PracticeEntry {
  std::string observationId;  // empty for unobserved practice
  std::string date;           // ISO 8601 date or date-time
  double minutes = 0;         // live coaching time; hours count pro rata
  std::string coacheePseudonym;
  bool group = false;
  int groupSize = 1;
  bool paid = false;
  bool seniorManager = false;
  bool threeWayContracting = false;
  bool preparationDone = false;
  std::string reflection;
  std::string coacheeFeedback;

  bool operator==(const PracticeEntry&) const = default;
};

// Supervision or mentor coaching received: logged apart, never counted as coaching hours.
struct SupervisionEntry {
  SupervisionKind kind = SupervisionKind::Supervision;
  std::string date;
  double minutes = 0;
  std::string with;  // supervisor or mentor coach
  bool group = false;
  std::string notes;

  bool operator==(const SupervisionEntry&) const = default;
};

struct BookReview {
  std::string title;
  std::string author;
  int pages = 0;     // length of the review
  bool done = false;  // written and ready for the portfolio
  std::string date;
  std::string notes;

  bool operator==(const BookReview&) const = default;
};

// The state of one of the programme's assignments; the entity id is the programme's assignment id.
struct AssignmentProgress {
  AssignmentStatus status = AssignmentStatus::NotStarted;
  std::string date;  // of the last change of status
  std::string notes;

  bool operator==(const AssignmentProgress&) const = default;
};

// The learner's own words on one observed session (entity id = the session's observation id):
// kept beside the tutor's feedback, never inside it, so no edit of one can overwrite the other.
// Who wrote it and when are the version's `by` and `at`.
struct Reflection {
  std::string wentWell;
  std::string doDifferently;
  std::string fromFeedback;  // what they take from the tutor's and the coachee's feedback

  bool operator==(const Reflection&) const = default;
};

// One competency as the learner rates themself: a level on the framework's scale and a line of why.
struct SelfRating {
  int level = 0;
  std::string why;

  bool operator==(const SelfRating&) const = default;
};

// The learner's self-assessment against a framework: for an observed session (entity id = its
// observation id, sessionId the same) or a standalone check-in (a generated id, sessionId empty).
struct SelfAssessment {
  std::string sessionId;
  std::string frameworkKey;  // "id@version" the levels are on
  std::string date;          // ISO 8601 date of a check-in; may be empty for a session's
  std::map<std::string, SelfRating> ratings;  // by competency id

  bool operator==(const SelfAssessment&) const = default;
};

// One line of the learner's action plan. The learner writes everything but the tutor's comment;
// each side's edit carries the other's fields forward (session/learner_entries.h).
struct ActionItem {
  std::string developmentArea;
  std::string competencyId;  // the competency it develops, or empty
  std::string action;
  std::string byWhen;        // ISO 8601 date, or empty
  std::string evidence;      // evidence of progress so far
  bool done = false;
  std::string tutorComment;

  bool operator==(const ActionItem&) const = default;
};

// One immutable version of an entity. `hash` is the content hash of everything else here.
template <typename T>
struct Version {
  std::string hash;
  std::vector<std::string> supersedes;  // sorted hashes of the versions this one replaces
  bool deleted = false;                 // a tombstone: the entity was removed
  // A version a deletion superseded: its data is gone for good, its hash, stamp and author stay
  // so the history still joins (see VersionedSet::redactDeletedHistory).
  bool redacted = false;
  std::string at;                       // ISO 8601 UTC when made
  std::string by;                       // who made it (tutor, learner)
  T data;

  bool operator==(const Version&) const = default;
};

// All versions of all entities of one kind, keyed by entity id then version hash.
template <typename T>
class VersionedSet {
 public:
  using Versions = std::map<std::string, Version<T>>;  // by hash

  // Adds a version (its hash already computed); false when it was already there.
  bool add(const std::string& id, Version<T> version) {
    auto& versions = entities_[id];
    return versions.emplace(version.hash, std::move(version)).second;
  }
  // The union of both sets of versions.
  void join(const VersionedSet& other) {
    for (const auto& [id, versions] : other.entities_) {
      auto& mine = entities_[id];
      for (const auto& [hash, version] : versions) {
        auto [it, added] = mine.emplace(hash, version);
        // Redaction only ever grows, so the join stays order-independent.
        if (!added && version.redacted) redact(it->second);
      }
    }
  }

  // Deleted entries keep no text: every version a tombstone supersedes, directly or through
  // others, loses its data. Run after each deletion and join.
  void redactDeletedHistory() {
    for (auto& [id, versions] : entities_) {
      std::vector<std::string> pending;
      for (const auto& [hash, version] : versions) {
        if (version.deleted) pending.insert(pending.end(), version.supersedes.begin(), version.supersedes.end());
      }
      while (!pending.empty()) {
        const std::string hash = pending.back();
        pending.pop_back();
        auto it = versions.find(hash);
        if (it == versions.end() || it->second.redacted) continue;
        redact(it->second);
        pending.insert(pending.end(), it->second.supersedes.begin(), it->second.supersedes.end());
      }
    }
  }

  const std::map<std::string, Versions>& entities() const { return entities_; }
  bool contains(const std::string& id) const { return entities_.count(id) != 0; }
  const Versions* versions(const std::string& id) const {
    auto it = entities_.find(id);
    return it == entities_.end() ? nullptr : &it->second;
  }

  // The versions of `id` that no other version supersedes, in hash order.
  std::vector<const Version<T>*> heads(const std::string& id) const {
    std::vector<const Version<T>*> result;
    const Versions* all = versions(id);
    if (!all) return result;
    std::map<std::string, bool> superseded;
    for (const auto& [hash, version] : *all) {
      for (const auto& old : version.supersedes) superseded[old] = true;
    }
    for (const auto& [hash, version] : *all) {
      if (!superseded.count(hash)) result.push_back(&version);
    }
    return result;
  }

  // The entity's state to show: its single live head; in a conflict, the most recent live head
  // (by `at`, then hash) so views stay deterministic until a tutor resolves it. Null when removed.
  const Version<T>* current(const std::string& id) const {
    const Version<T>* best = nullptr;
    for (const Version<T>* head : heads(id)) {
      if (head->deleted) continue;
      if (!best || head->at > best->at || (head->at == best->at && head->hash > best->hash)) best = head;
    }
    return best;
  }
  bool inConflict(const std::string& id) const { return heads(id).size() > 1; }
  // Ids whose entity is live (not removed), in id order.
  std::vector<std::string> liveIds() const {
    std::vector<std::string> ids;
    for (const auto& [id, versions] : entities_) {
      if (current(id)) ids.push_back(id);
    }
    return ids;
  }
  std::size_t versionCount() const {
    std::size_t n = 0;
    for (const auto& [id, versions] : entities_) n += versions.size();
    return n;
  }

  friend bool operator==(const VersionedSet& a, const VersionedSet& b) {
    if (a.entities_.size() != b.entities_.size()) return false;
    for (auto ia = a.entities_.begin(), ib = b.entities_.begin(); ia != a.entities_.end(); ++ia, ++ib) {
      if (ia->first != ib->first || ia->second.size() != ib->second.size()) return false;
      for (auto va = ia->second.begin(), vb = ib->second.begin(); va != ia->second.end(); ++va, ++vb) {
        if (va->first != vb->first) return false;
      }
    }
    return true;
  }

 private:
  static void redact(Version<T>& version) {
    if (version.deleted) return;  // a tombstone holds no data anyway
    version.redacted = true;
    version.data = T{};
  }

  std::map<std::string, Versions> entities_;
};

// The kinds of entity a record holds; also the names of their lists in the file.
enum class EntryKind {
  Profile,
  Session,
  Practice,
  Supervision,
  BookReview,
  Assignment,
  Reflection,
  SelfAssessment,
  ActionItem
};
const char* toString(EntryKind kind);  // "profile", "sessions", ...
// The learner's own kinds (reflections, self-assessments, the action plan): the lists a record
// written before they existed lacks, written to a file only once they hold something.
bool isLearnerKind(EntryKind kind);

// An entity with more than one head: what the Progress tab lists for a tutor to resolve.
struct Conflict {
  EntryKind kind;
  std::string id;
  std::vector<std::string> headHashes;
};

// A removed entity, for the record of what was deleted, when and by whom.
struct Tombstone {
  EntryKind kind;
  std::string id;
  std::string at;
  std::string by;
};

struct ProgressRecord {
  std::string learnerId;  // also the file name: learners/<learnerId>.record.json
  VersionedSet<LearnerProfile> profile;  // one entity, id = learnerId
  VersionedSet<SessionSummary> sessions;  // id = observation id
  VersionedSet<PracticeEntry> practice;   // id = generated
  VersionedSet<SupervisionEntry> supervision;
  VersionedSet<BookReview> bookReviews;
  VersionedSet<AssignmentProgress> assignments;  // id = the programme's assignment id
  VersionedSet<Reflection> reflections;          // id = the observation id (the learner's)
  VersionedSet<SelfAssessment> selfAssessments;  // id = the observation id, or generated for a check-in
  VersionedSet<ActionItem> actionPlan;           // id = generated

  // The current profile (empty fields when none has been written yet).
  LearnerProfile currentProfile() const;
  std::vector<Conflict> conflicts() const;
  std::vector<Tombstone> tombstones() const;

  std::size_t versionCount() const;

  friend bool operator==(const ProgressRecord& a, const ProgressRecord& b);
};

// Calls `f(kind, set)` on each kind of entry of `record` in file order, or `f(kind, set, otherSet)`
// on the same kind of two records: one list of kinds for joins, checks and counts.
template <typename Record, typename F>
void forEachSet(Record& r, F&& f) {
  f(EntryKind::Profile, r.profile);
  f(EntryKind::Session, r.sessions);
  f(EntryKind::Practice, r.practice);
  f(EntryKind::Supervision, r.supervision);
  f(EntryKind::BookReview, r.bookReviews);
  f(EntryKind::Assignment, r.assignments);
  f(EntryKind::Reflection, r.reflections);
  f(EntryKind::SelfAssessment, r.selfAssessments);
  f(EntryKind::ActionItem, r.actionPlan);
}
template <typename A, typename B, typename F>
void forEachSetPair(A& a, B& b, F&& f) {
  f(EntryKind::Profile, a.profile, b.profile);
  f(EntryKind::Session, a.sessions, b.sessions);
  f(EntryKind::Practice, a.practice, b.practice);
  f(EntryKind::Supervision, a.supervision, b.supervision);
  f(EntryKind::BookReview, a.bookReviews, b.bookReviews);
  f(EntryKind::Assignment, a.assignments, b.assignments);
  f(EntryKind::Reflection, a.reflections, b.reflections);
  f(EntryKind::SelfAssessment, a.selfAssessments, b.selfAssessments);
  f(EntryKind::ActionItem, a.actionPlan, b.actionPlan);
}

// A new record for a learner, with its first profile version.
ProgressRecord newProgressRecord(const std::string& learnerId, const LearnerProfile& profile, const std::string& at,
                                 const std::string& by);

// Local edits: each adds a version that supersedes the entity's current heads (what this replica
// saw), so an edit made after seeing a conflict also resolves it. `at` is ISO 8601 UTC.
void putProfile(ProgressRecord& record, const LearnerProfile& profile, const std::string& at, const std::string& by);
void putPractice(ProgressRecord& record, const std::string& id, const PracticeEntry& entry, const std::string& at,
                 const std::string& by);
void putSupervision(ProgressRecord& record, const std::string& id, const SupervisionEntry& entry,
                    const std::string& at, const std::string& by);
void putBookReview(ProgressRecord& record, const std::string& id, const BookReview& review, const std::string& at,
                   const std::string& by);
void putAssignment(ProgressRecord& record, const std::string& id, const AssignmentProgress& progress,
                   const std::string& at, const std::string& by);
void putReflection(ProgressRecord& record, const std::string& sessionId, const Reflection& reflection,
                   const std::string& at, const std::string& by);
void putSelfAssessment(ProgressRecord& record, const std::string& id, const SelfAssessment& assessment,
                       const std::string& at, const std::string& by);
void putActionItem(ProgressRecord& record, const std::string& id, const ActionItem& item, const std::string& at,
                   const std::string& by);
// Removes an entity by adding a tombstone over its heads; false when it is not live.
bool removeEntry(ProgressRecord& record, EntryKind kind, const std::string& id, const std::string& at,
                 const std::string& by);
// Resolves a conflict by choosing one head: a new version with that head's content superseding
// all heads. False when `chosenHash` is not a head of the entity.
bool resolveConflict(ProgressRecord& record, EntryKind kind, const std::string& id, const std::string& chosenHash,
                     const std::string& at, const std::string& by);

// VersionedSet::redactDeletedHistory on every kind of entry.
void redactDeletedHistory(ProgressRecord& record);

// Now as ISO 8601 UTC ("2026-11-23T12:04:05Z"), for version stamps.
std::string utcNow();

}  // namespace coachscope::core
