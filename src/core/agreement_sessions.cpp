#include "core/agreement_sessions.h"

#include <algorithm>
#include <map>

namespace coachscope::core {
namespace {

std::optional<int> levelOf(const Observation& o, const std::string& competencyId) {
  auto it = o.ratings.find(competencyId);
  if (it == o.ratings.end() || it->second.notObserved) return std::nullopt;
  return it->second.level;
}

// A judgement as a category number: its option's position in the framework (nominal only).
std::optional<int> judgementOf(const Observation& o, const Competency& competency) {
  auto it = o.judgements.find(competency.id);
  if (it == o.judgements.end()) return std::nullopt;
  for (std::size_t i = 0; i < competency.judgementOptions.size(); ++i) {
    if (competency.judgementOptions[i].id == it->second.optionId) return static_cast<int>(i);
  }
  return std::nullopt;  // an option the framework does not know: not comparable
}

std::optional<int> valueOf(const Observation& o, const Competency& competency) {
  return competency.evidence == EvidenceKind::Judgement ? judgementOf(o, competency) : levelOf(o, competency.id);
}

bool sawMarker(const Observation& o, const std::string& code) {
  return std::any_of(o.events.begin(), o.events.end(), [&](const MarkerEvent& e) { return e.markerCode == code; });
}

std::string label(const Observation& o) { return o.context.tutor.empty() ? o.id : o.context.tutor + " (" + o.id + ")"; }

}  // namespace

std::string sessionKey(const Observation& observation) {
  if (observation.media && !observation.media->contentHash.empty()) {
    return "recording " + observation.media->contentHash;
  }
  const SessionContext& c = observation.context;
  const std::string learner = c.learnerId.empty() ? c.learnerName : c.learnerId;
  if (learner.empty() || c.date.size() < 10) return {};
  return "learner " + learner + " on " + c.date.substr(0, 10) + " with " + c.coacheePseudonym;
}

void orderForPairing(std::vector<const Observation*>& observations) {
  std::stable_sort(observations.begin(), observations.end(), [](const Observation* x, const Observation* y) {
    if (x->reference != y->reference) return x->reference;
    if (x->context.tutor != y->context.tutor) return x->context.tutor < y->context.tutor;
    return x->id < y->id;
  });
}

std::vector<SessionGroup> groupBySession(const std::vector<const Observation*>& observations,
                                         std::vector<std::string>* skipped) {
  std::map<std::string, SessionGroup> byKey;
  for (const Observation* o : observations) {
    if (o->moderation) {
      if (skipped) skipped->push_back(label(*o) + " is an agreed (moderated) observation, not an assessor's own");
      continue;
    }
    std::string key = sessionKey(*o);
    if (key.empty()) key = "observation " + o->id;  // nothing to match on: a session of its own
    SessionGroup& group = byKey[key];
    group.key = key;
    group.observations.push_back(o);
  }
  std::vector<SessionGroup> groups;
  for (auto& [key, group] : byKey) {
    orderForPairing(group.observations);
    groups.push_back(std::move(group));
  }
  return groups;
}

AgreementReport computeAgreement(const Framework& framework, const std::vector<SessionGroup>& groups,
                                 const CompareSettings& settings) {
  AgreementReport report;
  report.frameworkKey = framework.key();
  std::map<std::string, std::vector<RatingPair>> pairsByCompetency;
  std::map<std::string, std::vector<std::vector<int>>> unitsByCompetency;
  std::map<std::string, std::vector<std::pair<bool, bool>>> presenceByMarker;
  std::map<std::string, MarkerAgreement> eventsByMarker;

  for (const SessionGroup& group : groups) {
    if (group.observations.size() < 2) {
      report.warnings.push_back(group.key + ": only one observation, not double-marked");
      continue;
    }
    const bool sameFramework =
        std::all_of(group.observations.begin(), group.observations.end(),
                    [&](const Observation* o) { return o->frameworkKey() == framework.key(); });
    if (!sameFramework) {
      report.warnings.push_back(group.key + ": not every observation uses " + framework.key());
      continue;
    }
    ++report.sessions;
    report.observations += static_cast<int>(group.observations.size());
    for (const Competency& competency : framework.competencies) {
      std::vector<int> unit;
      for (const Observation* o : group.observations) {
        if (auto value = valueOf(*o, competency)) unit.push_back(*value);
      }
      unitsByCompetency[competency.id].push_back(std::move(unit));
    }
    for (std::size_t i = 0; i < group.observations.size(); ++i) {
      for (std::size_t j = i + 1; j < group.observations.size(); ++j) {
        const Observation& a = *group.observations[i];
        const Observation& b = *group.observations[j];
        ++report.pairs;
        for (const Competency& competency : framework.competencies) {
          pairsByCompetency[competency.id].push_back({valueOf(a, competency), valueOf(b, competency)});
        }
        const ObservationComparison comparison = compareObservations(framework, a, b, settings);
        for (const Marker& marker : framework.markers) {
          presenceByMarker[marker.code].emplace_back(sawMarker(a, marker.code), sawMarker(b, marker.code));
          if (const MarkerComparison* m = comparison.marker(marker.code)) {
            MarkerAgreement& counts = eventsByMarker[marker.code];
            counts.matched += static_cast<int>(m->matched.size());
            counts.onlyA += static_cast<int>(m->onlyA.size());
            counts.onlyB += static_cast<int>(m->onlyB.size());
          }
        }
      }
    }
  }

  std::vector<RatingPair> allPairs;
  std::vector<std::vector<int>> allUnits;
  for (const Competency& competency : framework.competencies) {
    const auto& pairs = pairsByCompetency[competency.id];
    const auto& units = unitsByCompetency[competency.id];
    if (competency.evidence == EvidenceKind::Judgement) {
      const int items = exactAgreement(pairs).items;
      const Statistic unordered{std::nullopt, items, "judgement options are not an ordered scale"};
      report.competencies.push_back({competency.id, exactAgreement(pairs), unordered, cohensKappa(pairs), unordered,
                                     krippendorffAlpha(units, AlphaMetric::Nominal)});
      continue;
    }
    allPairs.insert(allPairs.end(), pairs.begin(), pairs.end());
    allUnits.insert(allUnits.end(), units.begin(), units.end());
    report.competencies.push_back({competency.id, exactAgreement(pairs), adjacentAgreement(pairs), cohensKappa(pairs),
                                   quadraticWeightedKappa(pairs), krippendorffAlpha(units, AlphaMetric::Ordinal)});
  }
  report.exact = exactAgreement(allPairs);
  report.adjacent = adjacentAgreement(allPairs);
  report.kappa = cohensKappa(allPairs);
  report.weightedKappa = quadraticWeightedKappa(allPairs);
  report.alpha = krippendorffAlpha(allUnits, AlphaMetric::Ordinal);

  int matched = 0, onlyA = 0, onlyB = 0;
  for (const Marker& marker : framework.markers) {
    MarkerAgreement row = eventsByMarker[marker.code];
    row.code = marker.code;
    row.presence = binaryAgreement(presenceByMarker[marker.code]);
    row.positive = positiveAgreement(row.matched, row.onlyA, row.onlyB);
    matched += row.matched;
    onlyA += row.onlyA;
    onlyB += row.onlyB;
    report.markers.push_back(std::move(row));
  }
  report.markerPositive = positiveAgreement(matched, onlyA, onlyB);
  return report;
}

}  // namespace coachscope::core
