// Commands as JSON, for the autosave journal. Payloads (events, notes, ratings, context) use the
// same shapes as the observation file, read and checked by the observation codec.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/observation_commands.h"
#include "core/result.h"

namespace coachscope::store {

nlohmann::json commandToJson(const core::Command& command);
// `name` and `where` place errors ("x.journal", "line 7").
core::Result<core::Command> commandFromJson(const nlohmann::json& json, const std::string& name,
                                            const std::string& where);

}  // namespace coachscope::store
