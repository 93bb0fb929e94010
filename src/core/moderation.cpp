#include "core/moderation.h"

#include <algorithm>
#include <set>

#include "core/ids.h"

namespace coachscope::core {
namespace {

Error refusal(std::string reason) { return Error{{}, {}, std::move(reason)}; }

bool sameRating(const Observation& x, const Observation& y, const std::string& id) {
  auto rx = x.ratings.find(id);
  auto ry = y.ratings.find(id);
  const CompetencyRating empty;
  const CompetencyRating& a = rx == x.ratings.end() ? empty : rx->second;
  const CompetencyRating& b = ry == y.ratings.end() ? empty : ry->second;
  if (a.notObserved != b.notObserved) return false;
  return a.notObserved || a.level == b.level;
}

bool sameJudgement(const Observation& x, const Observation& y, const std::string& id) {
  auto jx = x.judgements.find(id);
  auto jy = y.judgements.find(id);
  const std::string a = jx == x.judgements.end() ? "" : jx->second.optionId;
  const std::string b = jy == y.judgements.end() ? "" : jy->second.optionId;
  return a == b;
}

// The competency a note or event belongs to, by its tag or marker code; "" when none.
std::string competencyOfTag(const Framework& framework, const std::string& tag) {
  if (tag.empty()) return {};
  if (framework.competency(tag)) return tag;
  if (const Marker* marker = framework.marker(tag)) return marker->competencyId;
  return {};
}

}  // namespace

std::vector<std::string> competenciesInDispute(const Framework& framework,
                                               const std::vector<const Observation*>& sources) {
  std::vector<std::string> disputed;
  for (const Competency& competency : framework.competencies) {
    for (std::size_t i = 1; i < sources.size(); ++i) {
      if (!sameRating(*sources[0], *sources[i], competency.id) ||
          !sameJudgement(*sources[0], *sources[i], competency.id)) {
        disputed.push_back(competency.id);
        break;
      }
    }
  }
  return disputed;
}

Result<Observation> buildAgreedObservation(const Framework& framework, const ModerationRequest& request) {
  const auto& sources = request.sources;
  if (sources.size() < 2) return refusal("moderation needs two or more observations");
  for (const Observation* source : sources) {
    if (source->frameworkKey() != framework.key()) {
      return refusal("observation " + source->id + " is scored on " + source->frameworkKey() + ", not " +
                     framework.key());
    }
    if (source->context.learnerId != sources[0]->context.learnerId) {
      return refusal("the observations are of different learners (" + sources[0]->context.learnerId + ", " +
                     source->context.learnerId + ")");
    }
  }
  for (std::size_t i = 0; i < sources.size(); ++i) {
    for (std::size_t j = i + 1; j < sources.size(); ++j) {
      if (sources[i]->id == sources[j]->id) return refusal("observation " + sources[i]->id + " is given twice");
    }
  }
  if (request.moderator.empty()) return refusal("the moderator's name is missing");
  if (request.reason.empty()) return refusal("the reason for the moderation is missing");
  if (request.writtenFeedbackFrom >= sources.size()) return refusal("the written feedback is chosen from no given observation");
  for (const auto& [competencyId, index] : request.choices) {
    if (!framework.competency(competencyId)) {
      return refusal("competency \"" + competencyId + "\" is not in " + framework.key());
    }
    if (index >= sources.size()) return refusal("competency " + competencyId + " is chosen from no given observation");
  }
  std::vector<std::string> unresolved;
  for (const std::string& id : competenciesInDispute(framework, sources)) {
    if (!request.choices.count(id)) unresolved.push_back(id);
  }
  if (!unresolved.empty()) {
    std::string list;
    for (const std::string& id : unresolved) list += (list.empty() ? "" : ", ") + id;
    return refusal("the assessors differ on competenc" + std::string(unresolved.size() == 1 ? "y " : "ies ") + list +
                   ": choose whose rating stands");
  }

  // Which source each competency's evidence comes from.
  std::map<std::string, std::size_t> chosen;
  for (const Competency& competency : framework.competencies) {
    auto it = request.choices.find(competency.id);
    chosen[competency.id] = it == request.choices.end() ? 0 : it->second;
  }
  const Observation& base = *sources[request.writtenFeedbackFrom];

  Observation agreed;
  agreed.id = newId();
  agreed.frameworkId = framework.id;
  agreed.frameworkVersion = framework.version;
  agreed.context = base.context;
  agreed.context.tutor = request.moderator;
  agreed.strengths = base.strengths;
  agreed.developmentAreas = base.developmentAreas;
  agreed.feedback = base.feedback;
  agreed.coacheeFeedback = base.coacheeFeedback;
  agreed.updatedAt = request.at;
  for (const Observation* source : sources) {
    agreed.durationSeconds = std::max(agreed.durationSeconds, source->durationSeconds);
    if (!agreed.media && source->media) agreed.media = source->media;
  }

  Moderation moderation;
  for (const Observation* source : sources) moderation.sourceIds.push_back(source->id);
  moderation.moderator = request.moderator;
  moderation.reason = request.reason;
  moderation.at = request.at;

  for (const Competency& competency : framework.competencies) {
    const Observation& from = *sources[chosen[competency.id]];
    moderation.chosenSource[competency.id] = from.id;
    if (auto r = from.ratings.find(competency.id); r != from.ratings.end()) agreed.ratings[competency.id] = r->second;
    if (auto j = from.judgements.find(competency.id); j != from.judgements.end()) {
      agreed.judgements[competency.id] = j->second;
    }
  }
  agreed.moderation = std::move(moderation);

  // Evidence follows the rating it supports; evidence of no competency comes from every source.
  std::set<std::string> takenIds;
  for (std::size_t index = 0; index < sources.size(); ++index) {
    const Observation& source = *sources[index];
    for (const MarkerEvent& event : source.events) {
      const std::string owner = competencyOfTag(framework, event.markerCode);
      const bool belongs = owner.empty() ? index == request.writtenFeedbackFrom : chosen[owner] == index;
      if (belongs && takenIds.insert(event.id).second) agreed.events.push_back(event);
    }
    for (const Note& note : source.notes) {
      const std::string owner = competencyOfTag(framework, note.tag);
      const bool belongs = owner.empty() || chosen[owner] == index;
      if (belongs && takenIds.insert(note.id).second) agreed.notes.push_back(note);
    }
  }
  std::stable_sort(agreed.events.begin(), agreed.events.end(),
                   [](const MarkerEvent& x, const MarkerEvent& y) { return x.time < y.time; });
  std::stable_sort(agreed.notes.begin(), agreed.notes.end(), [](const Note& x, const Note& y) { return x.time < y.time; });
  return agreed;
}

}  // namespace coachscope::core
