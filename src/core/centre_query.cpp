#include "core/centre_query.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "core/profile_labels.h"

namespace coachscope::core {
namespace {

constexpr std::pair<CentreSort, const char*> kSortNames[] = {
    {CentreSort::Name, "name"},         {CentreSort::Cohort, "cohort"},
    {CentreSort::Tutor, "tutor"},       {CentreSort::Programme, "programme"},
    {CentreSort::Deadline, "deadline"}, {CentreSort::Hours, "hours"},
    {CentreSort::LastObserved, "last-observed"}, {CentreSort::Flags, "flags"},
};

bool sameProgramme(const CentreRow& row, const std::string& wanted) {
  const std::string id = row.programmeId.substr(0, row.programmeId.find('@'));
  const std::string wantedId = wanted.substr(0, wanted.find('@'));
  if (!sameGroupingLabel(id, wantedId)) return false;
  return wanted.find('@') == std::string::npos || row.programmeId.find('@') == std::string::npos ||
         sameGroupingLabel(row.programmeId, wanted);
}

double hoursShare(const CentreRow& r) {
  return r.coachingHours.required > 0 ? r.coachingHours.done / r.coachingHours.required : 1e9 + r.coachingHours.done;
}

// Lower sorts first.
auto key(const CentreRow& r, CentreSort sort) {
  using K = std::tuple<std::string, double>;
  switch (sort) {
    case CentreSort::Name: return K{"", 0};
    case CentreSort::Cohort: return K{r.cohort, 0};
    case CentreSort::Tutor: return K{r.tutor, 0};
    case CentreSort::Programme: return K{r.programmeKnown ? r.programmeTitle : r.programmeId, 0};
    case CentreSort::Deadline: return K{"", r.deadline.known ? r.deadline.daysLeft : 1e12};
    case CentreSort::Hours: return K{"", hoursShare(r)};
    case CentreSort::LastObserved:
      return K{"", r.daysSinceLastObservation ? -double(*r.daysSinceLastObservation) : -1e12};
    case CentreSort::Flags: return K{"", -double(r.flags.size())};
  }
  return K{"", 0};
}

}  // namespace

const char* toString(CentreSort sort) {
  for (const auto& [s, name] : kSortNames) {
    if (s == sort) return name;
  }
  return "name";
}

std::optional<CentreSort> centreSortFrom(const std::string& text) {
  for (const auto& [s, name] : kSortNames) {
    if (text == name) return s;
  }
  return std::nullopt;
}

std::string centreSortNames() {
  std::string names;
  for (const auto& [s, name] : kSortNames) names += (names.empty() ? "" : ", ") + std::string(name);
  return names;
}

bool matches(const CentreRow& row, const CentreFilter& f) {
  if (!f.cohort.empty() && !sameGroupingLabel(row.cohort, f.cohort)) return false;
  if (!f.tutor.empty() && !sameGroupingLabel(row.tutor, f.tutor)) return false;
  if (!f.programme.empty() && !sameProgramme(row, f.programme)) return false;
  if (f.anyFlag && row.flags.empty()) return false;
  if (!f.flags.empty() && std::none_of(f.flags.begin(), f.flags.end(), [&](CentreFlag flag) { return row.has(flag); })) {
    return false;
  }
  return true;
}

void sortRows(std::vector<CentreRow>& rows, CentreSort sort) {
  std::stable_sort(rows.begin(), rows.end(), [sort](const CentreRow& a, const CentreRow& b) {
    const auto ka = key(a, sort), kb = key(b, sort);
    if (ka != kb) return ka < kb;
    return a.name != b.name ? a.name < b.name : a.learnerId < b.learnerId;
  });
}

std::vector<CentreRow> selectRows(std::vector<CentreRow> rows, const CentreFilter& filter, CentreSort sort) {
  rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const CentreRow& r) { return !matches(r, filter); }),
             rows.end());
  sortRows(rows, sort);
  return rows;
}

CompetencyColumns competencyColumns(const std::vector<CentreRow>& rows, const Catalog& catalog) {
  CompetencyColumns columns;
  std::set<std::string> seen, frameworks;
  for (const auto& r : rows) {
    const Programme* p = catalog.programme(r.programmeId);
    if (!p || !frameworks.insert(p->frameworkId).second) continue;
    if (const Framework* f = catalog.framework(p->frameworkId)) {
      for (const auto& c : f->competencies) {
        if (c.evidence != EvidenceKind::Judgement && seen.insert(c.id).second) {
          columns.emplace_back(c.id, c.shortTitle.empty() ? c.title : c.shortTitle);
        }
      }
    }
  }
  return columns;
}

}  // namespace coachscope::core
