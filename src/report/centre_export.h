// The centre at a glance as data for scripts (JSON, "coachscope.centre/1": an object whose
// `learners` array has one row per learner) and for spreadsheets (CSV as the coaching log is:
// UTF-8 with a byte order mark, CR LF, RFC 4180, no cell that runs as a formula).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "core/centre_query.h"
#include "core/centre_row.h"
#include "core/error.h"

namespace coachscope::report {

using core::CompetencyColumns;

nlohmann::json centreRowJson(const core::CentreRow& row);
nlohmann::json centreJson(const std::vector<core::CentreRow>& rows, const std::string& today,
                          const std::vector<core::Error>& skipped);
std::string centreCsv(const std::vector<core::CentreRow>& rows, const CompetencyColumns& competencies);

}  // namespace coachscope::report
