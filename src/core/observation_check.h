// Does an observation fit its framework? Unknown marker codes, competencies or judgement options,
// and rating levels off the scale are reported with their place in the file. The same check for
// the sessions a progress record holds.
#pragma once

#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/error.h"
#include "core/framework.h"
#include "core/observation.h"
#include "core/progress_record.h"

namespace coachscope::core {

std::vector<Error> checkAgainstFramework(const Observation& observation, const Framework& framework,
                                         const std::string& name);

// What every reader of observations runs after the file's own shape: the framework it was scored
// against must be in `catalog`, and the observation must fit it. Empty when it does.
std::vector<Error> checkObservation(const Observation& observation, const Catalog& catalog, const std::string& name);

// Every version of every session in the record rated on its framework's scale, for the frameworks
// `catalog` has (a record may hold sessions of a framework this machine does not load).
std::vector<Error> checkRecordSessions(const ProgressRecord& record, const Catalog& catalog, const std::string& name);

// Every version of every self-assessment on its framework's scale and naming its competencies, for
// the frameworks `catalog` has: what the one reader runs after checkRecordSessions.
std::vector<Error> checkRecordLearnerEntries(const ProgressRecord& record, const Catalog& catalog,
                                             const std::string& name);

}  // namespace coachscope::core
