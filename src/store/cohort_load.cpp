#include "store/cohort_load.h"

#include <fmt/format.h>

#include <map>
#include <set>

#include "core/profile_labels.h"
#include "store/record_scan.h"

namespace coachscope::store {
namespace {

// What a cohort needs of each record: its cohort, and for the cohort asked for, its sessions.
struct Extract {
  std::string cohort;
  std::string programmeId;
  std::vector<core::RatedSession> sessions;
  bool inCohort = false;
};

}  // namespace

CohortLoad loadCohort(const std::filesystem::path& workspace, const core::Catalog& catalog,
                      const std::string& cohort, core::CohortPeriod period, unsigned threads) {
  auto extracts = summarizeRecords<Extract>(
      workspace, catalog,
      [&](const core::ProgressRecord& record) {
        const core::LearnerProfile profile = record.currentProfile();
        Extract e{profile.cohort, profile.programmeId, {}, core::sameGroupingLabel(profile.cohort, cohort)};
        if (e.inCohort) e.sessions = core::ratedSessions(record);
        return e;
      },
      threads);
  CohortLoad load;
  load.skipped = std::move(extracts.skipped);
  std::set<std::string> cohorts;
  std::map<std::string, int> frameworkVotes;
  std::vector<core::RatedSession> sessions;
  int learners = 0;
  std::string cohortName = cohort;
  for (auto& e : extracts.summaries) {
    if (!e.cohort.empty()) cohorts.insert(e.cohort);
    if (!e.inCohort) continue;
    ++learners;
    cohortName = e.cohort;
    if (const core::Programme* p = catalog.programme(e.programmeId); p && !p->frameworkId.empty()) {
      ++frameworkVotes[p->frameworkId];
    }
    for (auto& s : e.sessions) sessions.push_back(std::move(s));
  }
  load.cohorts.assign(cohorts.begin(), cohorts.end());
  if (learners == 0) {
    std::string known;
    for (const auto& c : load.cohorts) known += (known.empty() ? "" : ", ") + c;
    load.failure = core::Error{"", "",
                       fmt::format("no learner in {} is in cohort \"{}\" (cohorts: {})", workspace.string(), cohort,
                                   known.empty() ? "none set" : known)};
    return load;
  }
  // The framework most of the cohort's programmes score against.
  std::string frameworkId;
  int votes = 0;
  for (const auto& [id, n] : frameworkVotes) {
    if (n > votes) frameworkId = id, votes = n;
  }
  const core::Framework* framework = frameworkId.empty() ? catalog.defaultFramework() : catalog.framework(frameworkId);
  if (!framework) {
    load.failure =
        core::Error{"", "", fmt::format("framework \"{}\" of the cohort's programme is not available", frameworkId)};
    return load;
  }
  load.view = core::cohortView(cohortName, learners, sessions, *framework, period);
  return load;
}

}  // namespace coachscope::store
