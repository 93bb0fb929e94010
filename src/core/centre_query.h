// Choosing and ordering a centre's rows: by cohort, tutor, programme and flag, sorted by any
// column. Shared by `coachscope centre` and the window, so both list the same learners.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/catalog.h"
#include "core/centre_row.h"

namespace coachscope::core {

enum class CentreSort { Name, Cohort, Tutor, Programme, Deadline, Hours, LastObserved, Flags };
const char* toString(CentreSort sort);  // "name", "cohort", ..., "last-observed", "flags"
std::optional<CentreSort> centreSortFrom(const std::string& text);
// Every sort key's name, for help texts: "name, cohort, ...".
std::string centreSortNames();

// Empty fields match everything. Cohort and tutor compare without ASCII case; the programme
// matches its id or "id@version". With flags, a row must carry at least one of them; with
// `anyFlag`, at least one flag of any kind.
struct CentreFilter {
  std::string cohort{};  // (braces: a filter may name only its first fields)
  std::string tutor{};
  std::string programme{};
  std::vector<CentreFlag> flags{};
  bool anyFlag = false;
};

bool matches(const CentreRow& row, const CentreFilter& filter);

// Stable orderings with the learner's name, then id, breaking ties: deadline soonest first
// (unknown last), hours least done first (by share of the requirement), last observed longest
// ago first (never observed before all), flags most first.
void sortRows(std::vector<CentreRow>& rows, CentreSort sort);

std::vector<CentreRow> selectRows(std::vector<CentreRow> rows, const CentreFilter& filter, CentreSort sort);

// The competencies whose latest ratings a centre shows, as (id, short title): those of the
// frameworks behind the rows' programmes, in framework order, judged ones left out.
using CompetencyColumns = std::vector<std::pair<std::string, std::string>>;
CompetencyColumns competencyColumns(const std::vector<CentreRow>& rows, const Catalog& catalog);

}  // namespace coachscope::core
