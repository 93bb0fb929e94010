#include "core/framework.h"

#include <algorithm>

namespace coachscope::core {
namespace {

template <typename T, typename Field>
const T* findBy(const std::vector<T>& items, Field field, const std::string& wanted) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.*field == wanted; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

const ScaleLevel* RatingScale::level(int value) const {
  auto it = std::find_if(levels.begin(), levels.end(), [&](const ScaleLevel& l) { return l.value == value; });
  return it == levels.end() ? nullptr : &*it;
}

const Domain* Framework::domain(const std::string& domainId) const {
  return findBy(domains, &Domain::id, domainId);
}

const Competency* Framework::competency(const std::string& competencyId) const {
  return findBy(competencies, &Competency::id, competencyId);
}

const Marker* Framework::marker(const std::string& code) const {
  return findBy(markers, &Marker::code, code);
}

std::vector<const Competency*> Framework::competenciesIn(const std::string& domainId) const {
  std::vector<const Competency*> result;
  for (const Competency& c : competencies) {
    if (c.domainId == domainId) result.push_back(&c);
  }
  return result;
}

std::vector<const Marker*> Framework::markersOf(const std::string& competencyId) const {
  std::vector<const Marker*> result;
  for (const Marker& m : markers) {
    if (m.competencyId == competencyId) result.push_back(&m);
  }
  return result;
}

std::vector<const Marker*> Framework::evidenceMarkersOf(const Competency& c) const {
  if (c.evidence == EvidenceKind::Markers) return markersOf(c.id);
  std::vector<const Marker*> result;
  for (const std::string& code : c.derivedFrom) {
    if (const Marker* m = marker(code)) result.push_back(m);
  }
  return result;
}

}  // namespace coachscope::core
