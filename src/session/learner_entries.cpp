#include "session/learner_entries.h"

#include <fmt/format.h>

#include "core/ids.h"
#include "core/record_json.h"
#include "store/record_lock.h"

namespace coachscope::session {
namespace {

namespace rj = core::record_json;

core::Error refused(std::string where, std::string reason) { return core::Error{"", std::move(where), std::move(reason)}; }

core::Status requireRole(Role role, Role needed, const char* what) {
  if (role == needed) return core::Done{};
  return refused("", fmt::format("{} are the {}'s to write, not the {}'s", what, label(needed), label(role)));
}

core::Status checkText(const std::string& text, bool oneLine, const std::string& field) {
  if (std::string problem = rj::textProblem(text, oneLine); !problem.empty()) return refused(field, problem);
  return core::Done{};
}

// Adds a version only when it differs from the current one: saving the same words twice is a no-op.
template <typename T, typename Put>
bool putIfChanged(const core::VersionedSet<T>& set, const std::string& id, const T& data, Put put) {
  if (const auto* current = set.current(id); current && !set.inConflict(id) && rj::toJson(current->data) == rj::toJson(data)) {
    return false;
  }
  put();
  return true;
}

core::Status checkRating(const core::Framework& framework, const std::string& competencyId, int level,
                         const std::string& why) {
  const std::string where = "/ratings/" + competencyId;
  const core::Competency* competency = framework.competency(competencyId);
  if (!competency) {
    return refused(where, fmt::format("{} has no competency \"{}\"", framework.key(), competencyId));
  }
  // A judged competency (ethics, say) is met or not, never a level: a level beside the tutor's
  // judgement would compare two different things.
  if (competency->evidence == core::EvidenceKind::Judgement) {
    return refused(where, fmt::format("competency {} is judged by the tutor, not rated on the scale: say how you "
                                      "see it in your reflection",
                                      competencyId));
  }
  if (!framework.scale.level(level)) {
    return refused(where + "/level", fmt::format("level {} is not on the scale of {} ({}..{})", level, framework.key(),
                                                 framework.scale.lowest(), framework.scale.highest()));
  }
  return checkText(why, true, where + "/why");
}

core::Status checkLearnerFields(const core::ActionItem& item) {
  for (auto [text, oneLine, field] : {std::tuple{&item.developmentArea, true, "/developmentArea"},
                                      std::tuple{&item.competencyId, true, "/competency"},
                                      std::tuple{&item.action, false, "/action"},
                                      std::tuple{&item.evidence, false, "/evidence"}}) {
    if (auto ok = checkText(*text, oneLine, field); !ok) return ok;
  }
  if (item.action.empty()) return refused("/action", "an action-plan item needs an action");
  if (std::string problem = rj::dateProblem(item.byWhen); !problem.empty()) return refused("/byWhen", problem);
  return core::Done{};
}

const core::Version<core::ActionItem>* liveAction(const core::ProgressRecord& record, const std::string& id) {
  return record.actionPlan.current(id);
}

template <typename T>
core::Result<std::string> findLive(const core::VersionedSet<T>& set, const std::string& text, const char* what) {
  if (text.empty()) return refused("", fmt::format("which {}? give its id", what));
  if (set.current(text)) return text;
  std::vector<std::string> matches;
  for (const std::string& id : set.liveIds()) {
    if (id.compare(0, text.size(), text) == 0) matches.push_back(id);
  }
  if (matches.size() == 1) return matches.front();
  if (matches.empty()) return refused("", fmt::format("no {} {} in the record", what, text));
  return refused("", fmt::format("{} {} ids start with {}: give more of the id", matches.size(), what, text));
}

}  // namespace

core::Result<std::string> findSession(const core::ProgressRecord& record, const std::string& text) {
  return findLive(record.sessions, text, "observed session");
}

core::Result<std::string> findActionItem(const core::ProgressRecord& record, const std::string& text) {
  return findLive(record.actionPlan, text, "action-plan item");
}

const char* label(Role role) { return role == Role::Learner ? "learner" : "tutor"; }

std::string* part(core::Reflection& r, ReflectionPart which) {
  switch (which) {
    case ReflectionPart::WentWell: return &r.wentWell;
    case ReflectionPart::DoDifferently: return &r.doDifferently;
    case ReflectionPart::FromFeedback: return &r.fromFeedback;
  }
  return &r.wentWell;
}

core::Result<bool> writeReflection(core::ProgressRecord& record, Role role, const std::string& sessionId,
                                   const core::Reflection& reflection, const std::string& at, const std::string& by) {
  if (auto ok = requireRole(role, Role::Learner, "reflections"); !ok) return ok.error();
  if (!record.sessions.current(sessionId)) return refused("", fmt::format("no observed session {} in the record", sessionId));
  for (auto [text, field] : {std::pair{&reflection.wentWell, "/wentWell"}, std::pair{&reflection.doDifferently, "/doDifferently"},
                             std::pair{&reflection.fromFeedback, "/fromFeedback"}}) {
    if (auto ok = checkText(*text, false, field); !ok) return ok.error();
  }
  return putIfChanged(record.reflections, sessionId, reflection,
                      [&] { core::putReflection(record, sessionId, reflection, at, by); });
}

core::Result<bool> writeSelfRating(core::ProgressRecord& record, const core::Catalog& catalog, Role role,
                                   const std::string& sessionId, const std::string& competencyId, int level,
                                   const std::string& why, const std::string& at, const std::string& by) {
  if (auto ok = requireRole(role, Role::Learner, "self-ratings"); !ok) return ok.error();
  const auto* session = record.sessions.current(sessionId);
  if (!session) return refused("", fmt::format("no observed session {} in the record", sessionId));
  const core::Framework* framework = catalog.framework(session->data.frameworkKey);
  if (!framework) return refused("", fmt::format("the session's framework {} is not loaded", session->data.frameworkKey));
  if (auto ok = checkRating(*framework, competencyId, level, why); !ok) return ok.error();
  core::SelfAssessment assessment;
  if (const auto* current = record.selfAssessments.current(sessionId)) assessment = current->data;
  assessment.sessionId = sessionId;
  assessment.frameworkKey = framework->key();
  assessment.ratings[competencyId] = core::SelfRating{level, why};
  return putIfChanged(record.selfAssessments, sessionId, assessment,
                      [&] { core::putSelfAssessment(record, sessionId, assessment, at, by); });
}

core::Result<std::string> addCheckIn(core::ProgressRecord& record, const core::Catalog& catalog, Role role,
                                     const core::SelfAssessment& checkIn, const std::string& at,
                                     const std::string& by) {
  if (auto ok = requireRole(role, Role::Learner, "self-ratings"); !ok) return ok.error();
  const core::Framework* framework = catalog.framework(checkIn.frameworkKey);
  if (!framework) return refused("/framework", fmt::format("no framework {} is loaded", checkIn.frameworkKey));
  if (checkIn.date.empty()) return refused("/date", "a check-in needs its date");
  if (std::string problem = rj::dateProblem(checkIn.date); !problem.empty()) return refused("/date", problem);
  if (checkIn.ratings.empty()) return refused("/ratings", "a check-in rates at least one competency");
  for (const auto& [competencyId, rating] : checkIn.ratings) {
    if (auto ok = checkRating(*framework, competencyId, rating.level, rating.why); !ok) return ok.error();
  }
  core::SelfAssessment stored = checkIn;
  stored.sessionId.clear();
  stored.frameworkKey = framework->key();
  const std::string id = core::newId();
  core::putSelfAssessment(record, id, stored, at, by);
  return id;
}

core::Result<std::string> addActionItem(core::ProgressRecord& record, Role role, const core::ActionItem& item,
                                        const std::string& at, const std::string& by) {
  if (auto ok = requireRole(role, Role::Learner, "action-plan items"); !ok) return ok.error();
  if (auto ok = checkLearnerFields(item); !ok) return ok.error();
  if (!item.tutorComment.empty()) return refused("/tutorComment", "the tutor's comment is the tutor's to write");
  const std::string id = core::newId();
  core::putActionItem(record, id, item, at, by);
  return id;
}

core::Result<bool> updateActionItem(core::ProgressRecord& record, Role role, const std::string& id,
                                    const core::ActionItem& item, const std::string& at, const std::string& by) {
  if (auto ok = requireRole(role, Role::Learner, "action-plan items"); !ok) return ok.error();
  const auto* current = liveAction(record, id);
  if (!current) return refused("", fmt::format("no action-plan item {} in the record", id));
  if (auto ok = checkLearnerFields(item); !ok) return ok.error();
  core::ActionItem next = item;
  next.tutorComment = current->data.tutorComment;  // never the learner's to change
  return putIfChanged(record.actionPlan, id, next, [&] { core::putActionItem(record, id, next, at, by); });
}

core::Result<bool> commentOnAction(core::ProgressRecord& record, Role role, const std::string& id,
                                   const std::string& comment, const std::string& at, const std::string& by) {
  if (auto ok = requireRole(role, Role::Tutor, "comments on the action plan"); !ok) return ok.error();
  const auto* current = liveAction(record, id);
  if (!current) return refused("", fmt::format("no action-plan item {} in the record", id));
  if (auto ok = checkText(comment, false, "/tutorComment"); !ok) return ok.error();
  core::ActionItem next = current->data;  // the learner's fields as they are
  next.tutorComment = comment;
  return putIfChanged(record.actionPlan, id, next, [&] { core::putActionItem(record, id, next, at, by); });
}

core::Result<bool> editRecordFile(const std::filesystem::path& recordFile,
                                  const std::function<core::Result<bool>(core::ProgressRecord&)>& edit) {
  bool changed = false;
  auto status = store::updateRecordFile(recordFile, [&](core::ProgressRecord& record) -> core::Result<bool> {
    auto result = edit(record);
    if (!result) {
      core::Error error = result.error();
      error.file = recordFile.string();
      return error;
    }
    changed = *result;
    return changed;
  });
  if (!status) return status.error();
  return changed;
}

}  // namespace coachscope::session
