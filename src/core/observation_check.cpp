#include "core/observation_check.h"

#include <fmt/format.h>

#include "core/json_fields.h"

namespace coachscope::core {

std::vector<Error> checkAgainstFramework(const Observation& o, const Framework& f, const std::string& name) {
  namespace jf = json_fields;
  std::vector<Error> problems;
  auto problem = [&](std::string where, std::string reason) { problems.push_back({name, std::move(where), std::move(reason)}); };
  if (o.frameworkId != f.id || o.frameworkVersion != f.version) {
    problem("/framework", fmt::format("scored against {}, checked against {}", o.frameworkKey(), f.key()));
  }
  for (std::size_t i = 0; i < o.events.size(); ++i) {
    if (!f.marker(o.events[i].markerCode)) {
      problem(fmt::format("/events/{}/marker", i), fmt::format("marker {} is not in {}", jf::quoted(o.events[i].markerCode), f.key()));
    }
  }
  for (std::size_t i = 0; i < o.notes.size(); ++i) {
    const std::string& tag = o.notes[i].tag;
    if (!tag.empty() && !f.marker(tag) && !f.competency(tag)) {
      problem(fmt::format("/notes/{}/tag", i), fmt::format("{} is neither a competency nor a marker of {}", jf::quoted(tag), f.key()));
    }
  }
  for (const auto& [competencyId, rating] : o.ratings) {
    const std::string at = jf::child("/ratings", competencyId);
    if (!f.competency(competencyId)) problem(at, fmt::format("competency {} is not in {}", jf::quoted(competencyId), f.key()));
    if (rating.level && !f.scale.level(*rating.level)) {
      problem(at + "/level", fmt::format("level {} is not on the scale ({}..{})", *rating.level, f.scale.lowest(), f.scale.highest()));
    }
  }
  for (const auto& [competencyId, judgement] : o.judgements) {
    const std::string at = jf::child("/judgements", competencyId);
    const Competency* c = f.competency(competencyId);
    if (!c || c->evidence != EvidenceKind::Judgement) {
      problem(at, fmt::format("competency {} is not judged by option in {}", jf::quoted(competencyId), f.key()));
      continue;
    }
    const JudgementOption* chosen = nullptr;
    for (const auto& option : c->judgementOptions) {
      if (option.id == judgement.optionId) chosen = &option;
    }
    if (!chosen) problem(at + "/option", fmt::format("{} is not an option of competency {}", jf::quoted(judgement.optionId), c->id));
    else if (chosen->reasonRequired && judgement.reason.empty()) problem(at + "/reason", "this judgement needs a reason");
  }
  return problems;
}

std::vector<Error> checkObservation(const Observation& o, const Catalog& catalog, const std::string& name) {
  const Framework* f = catalog.framework(o.frameworkKey());
  if (!f) {
    return {Error{name, "/framework",
                  fmt::format("scored against framework {}, which is not available (load it with --framework FILE)",
                              o.frameworkKey())}};
  }
  return checkAgainstFramework(o, *f, name);
}

std::vector<Error> checkRecordSessions(const ProgressRecord& record, const Catalog& catalog, const std::string& name) {
  namespace jf = json_fields;
  std::vector<Error> problems;
  std::size_t index = 0;  // the version's place in the file's "sessions" list, which is in this order
  for (const auto& [id, versions] : record.sessions.entities()) {
    for (const auto& [hash, version] : versions) {
      const std::string at = jf::child("/sessions", index++) + "/data/ratings";
      if (version.deleted) continue;
      const Framework* f = catalog.framework(version.data.frameworkKey);
      if (!f) continue;
      for (const auto& [competencyId, rating] : version.data.ratings) {
        if (rating.level && !f->scale.level(*rating.level)) {
          problems.push_back({name, jf::child(at, competencyId) + "/level",
                              fmt::format("level {} is not on the scale of {} ({}..{})", *rating.level, f->key(),
                                          f->scale.lowest(), f->scale.highest())});
        }
      }
    }
  }
  return problems;
}

std::vector<Error> checkRecordLearnerEntries(const ProgressRecord& record, const Catalog& catalog,
                                             const std::string& name) {
  namespace jf = json_fields;
  std::vector<Error> problems;
  std::size_t index = 0;  // the version's place in the file's "selfAssessments" list
  for (const auto& [id, versions] : record.selfAssessments.entities()) {
    for (const auto& [hash, version] : versions) {
      const std::string at = jf::child("/selfAssessments", index++) + "/data/ratings";
      if (version.deleted || version.redacted) continue;
      const Framework* f = catalog.framework(version.data.frameworkKey);
      if (!f) continue;
      for (const auto& [competencyId, rating] : version.data.ratings) {
        if (!f->competency(competencyId)) {
          problems.push_back({name, jf::child(at, competencyId),
                              fmt::format("{} has no competency {}", f->key(), jf::quoted(competencyId))});
        } else if (!f->scale.level(rating.level)) {
          problems.push_back({name, jf::child(at, competencyId) + "/level",
                              fmt::format("level {} is not on the scale of {} ({}..{})", rating.level, f->key(),
                                          f->scale.lowest(), f->scale.highest())});
        }
      }
    }
  }
  return problems;
}

}  // namespace coachscope::core
