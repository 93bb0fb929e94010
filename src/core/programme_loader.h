// Reads and validates programme rule files ("coachscope.programme/1").
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/programme.h"
#include "core/result.h"

namespace coachscope::core {

inline constexpr int kProgrammeFormatVersion = 1;

Result<Programme> parseProgramme(const nlohmann::json& document, const std::string& name);
Result<Programme> loadProgrammeFile(const std::filesystem::path& path);

}  // namespace coachscope::core
