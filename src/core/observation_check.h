// Does an observation fit its framework? Unknown marker codes, competencies or judgement options,
// and rating levels off the scale are reported with their place in the file.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "core/framework.h"
#include "core/observation.h"

namespace coachscope::core {

std::vector<Error> checkAgainstFramework(const Observation& observation, const Framework& framework,
                                         const std::string& name);

}  // namespace coachscope::core
