// Reads and validates competency framework files ("coachscope.framework/1").
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "core/framework.h"
#include "core/result.h"

namespace coachscope::core {

inline constexpr int kFrameworkFormatVersion = 1;

// Validates structure and cross-references (unique ids and codes, markers naming existing
// competencies, derived evidence naming existing markers, a scale with levels...). The first
// problem found is returned with `name`, its JSON Pointer and the reason.
Result<Framework> parseFramework(const nlohmann::json& document, const std::string& name);
Result<Framework> loadFrameworkFile(const std::filesystem::path& path);

}  // namespace coachscope::core
