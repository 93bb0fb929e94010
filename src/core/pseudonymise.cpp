#include "core/pseudonymise.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/record_json.h"

namespace coachscope::core {
namespace {

bool isWordChar(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '_'; }

std::string replaceWord(const std::string& text, const std::string& word, const std::string& replacement) {
  if (word.empty()) return text;
  std::string out;
  std::size_t from = 0;
  while (true) {
    std::size_t at = text.find(word, from);
    if (at == std::string::npos) break;
    const bool startOk = at == 0 || !isWordChar(static_cast<unsigned char>(text[at - 1]));
    const std::size_t end = at + word.size();
    const bool endOk = end == text.size() || !isWordChar(static_cast<unsigned char>(text[end]));
    out += text.substr(from, at - from);
    out += startOk && endOk ? replacement : word;
    from = end;
  }
  return out + text.substr(from);
}

std::string firstWord(const std::string& name) {
  const std::size_t space = name.find(' ');
  return space == std::string::npos ? std::string() : name.substr(0, space);
}

// One fresh version of `data`, superseding nothing.
template <typename T>
void addFresh(VersionedSet<T>& set, EntryKind kind, const std::string& id, const T& data, const std::string& at,
              const std::string& by) {
  Version<T> version;
  version.at = at;
  version.by = by;
  version.data = data;
  version.hash = record_json::versionHash(kind, id, version);
  set.add(id, std::move(version));
}

// Each live entry's current state, changed by `change`, into `out`.
template <typename T, typename Change>
void copyLive(const VersionedSet<T>& in, VersionedSet<T>& out, EntryKind kind, const std::string& at, Change change,
              const Pseudonyms& p) {
  for (const std::string& id : in.liveIds()) {
    const Version<T>* current = in.current(id);
    T data = current->data;
    change(data);
    addFresh(out, kind, id, data, at, p.replaceNames(current->by));
  }
}

std::string mapped(const Pseudonyms& p, const std::string& name) {
  if (name.empty()) return name;
  auto it = p.names.find(name);
  return it == p.names.end() ? p.replaceNames(name) : it->second;
}

void pseudonymiseNotes(std::vector<Note>& notes, const Pseudonyms& p) {
  for (Note& n : notes) n.text = p.replaceNames(n.text);
}

void pseudonymiseJudgements(std::map<std::string, CompetencyRating>& ratings, std::map<std::string, Judgement>& judgements,
                            const Pseudonyms& p) {
  for (auto& [id, r] : ratings) r.rationale = p.replaceNames(r.rationale);
  for (auto& [id, j] : judgements) j.reason = p.replaceNames(j.reason);
}

}  // namespace

std::string Pseudonyms::replaceNames(const std::string& text) const {
  std::vector<std::pair<std::string, std::string>> byLength(names.begin(), names.end());
  std::stable_sort(byLength.begin(), byLength.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::string out = text;
  for (const auto& [name, pseudonym] : byLength) out = replaceWord(out, name, pseudonym);
  return out;
}

Pseudonyms makePseudonyms(const ProgressRecord& record, const std::vector<Observation>& observations,
                          const std::string& freshLearnerId) {
  Pseudonyms p;
  p.learnerId = freshLearnerId;
  p.learnerName = "Learner " + freshLearnerId.substr(0, 4);
  std::set<std::string> learnerNames, coachees;
  for (const std::string& id : record.profile.liveIds()) learnerNames.insert(record.profile.current(id)->data.name);
  for (const Observation& o : observations) {
    learnerNames.insert(o.context.learnerName);
    coachees.insert(o.context.coacheePseudonym);
  }
  for (const std::string& id : record.sessions.liveIds()) coachees.insert(record.sessions.current(id)->data.coacheePseudonym);
  for (const std::string& id : record.practice.liveIds()) coachees.insert(record.practice.current(id)->data.coacheePseudonym);
  learnerNames.erase("");
  coachees.erase("");
  for (const std::string& name : learnerNames) {
    p.names[name] = p.learnerName;
    if (const std::string first = firstWord(name); first.size() > 1) p.names.emplace(first, p.learnerName);
  }
  int n = 0;
  for (const std::string& name : coachees) {
    if (!p.names.count(name)) p.names[name] = "Coachee " + std::to_string(++n);
  }
  return p;
}

ProgressRecord pseudonymiseRecord(const ProgressRecord& record, const Pseudonyms& p, const std::string& at) {
  ProgressRecord out;
  out.learnerId = p.learnerId;
  if (const Version<LearnerProfile>* profile = record.profile.current(record.learnerId)) {
    LearnerProfile data = profile->data;
    data.name = p.learnerName;
    addFresh(out.profile, EntryKind::Profile, p.learnerId, data, at, p.replaceNames(profile->by));
  }
  copyLive(record.sessions, out.sessions, EntryKind::Session, at, [&](SessionSummary& s) {
    s.coacheePseudonym = mapped(p, s.coacheePseudonym);
    pseudonymiseNotes(s.notes, p);
    pseudonymiseJudgements(s.ratings, s.judgements, p);
    for (std::string* text : {&s.strengths, &s.developmentAreas, &s.feedback, &s.coacheeFeedback}) {
      *text = p.replaceNames(*text);
    }
  }, p);
  copyLive(record.practice, out.practice, EntryKind::Practice, at, [&](PracticeEntry& e) {
    e.coacheePseudonym = mapped(p, e.coacheePseudonym);
    e.reflection = p.replaceNames(e.reflection);
    e.coacheeFeedback = p.replaceNames(e.coacheeFeedback);
  }, p);
  copyLive(record.supervision, out.supervision, EntryKind::Supervision, at,
           [&](SupervisionEntry& e) { e.notes = p.replaceNames(e.notes); }, p);
  copyLive(record.bookReviews, out.bookReviews, EntryKind::BookReview, at,
           [&](BookReview& b) { b.notes = p.replaceNames(b.notes); }, p);
  copyLive(record.assignments, out.assignments, EntryKind::Assignment, at,
           [&](AssignmentProgress& a) { a.notes = p.replaceNames(a.notes); }, p);
  copyLive(record.reflections, out.reflections, EntryKind::Reflection, at, [&](Reflection& r) {
    for (std::string* text : {&r.wentWell, &r.doDifferently, &r.fromFeedback}) *text = p.replaceNames(*text);
  }, p);
  copyLive(record.selfAssessments, out.selfAssessments, EntryKind::SelfAssessment, at, [&](SelfAssessment& a) {
    for (auto& [id, rating] : a.ratings) rating.why = p.replaceNames(rating.why);
  }, p);
  copyLive(record.actionPlan, out.actionPlan, EntryKind::ActionItem, at, [&](ActionItem& i) {
    for (std::string* text : {&i.developmentArea, &i.action, &i.evidence, &i.tutorComment}) *text = p.replaceNames(*text);
  }, p);
  return out;
}

Observation pseudonymiseObservation(const Observation& observation, const Pseudonyms& p) {
  Observation o = observation;
  o.context.learnerId = p.learnerId;
  o.context.learnerName = p.learnerName;
  o.context.coacheePseudonym = mapped(p, o.context.coacheePseudonym);
  for (MarkerEvent& e : o.events) {
    if (!e.quote.empty()) e.quote = kQuoteRemoved;
  }
  pseudonymiseNotes(o.notes, p);
  pseudonymiseJudgements(o.ratings, o.judgements, p);
  for (std::string* text : {&o.strengths, &o.developmentAreas, &o.feedback, &o.coacheeFeedback}) {
    *text = p.replaceNames(*text);
  }
  o.media.reset();
  return o;
}

}  // namespace coachscope::core
