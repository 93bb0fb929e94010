// What another tutor's commits brought into a workspace: learners whose records arrived or gained
// sessions, and observation files added, read from the two commits rather than the working tree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/git_repo.h"
#include "store/workspace_sync.h"

namespace coachscope::store {

struct Incoming {
  std::vector<IncomingLearner> learners;  // by name
  int observationsAdded = 0;
};

// `before` is nullopt when the branch had no commit yet (everything in `after` came in).
core::Result<Incoming> incomingBetween(const GitRepo& git, const std::optional<std::string>& before,
                                       const std::string& after);

}  // namespace coachscope::store
