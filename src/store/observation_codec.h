// The observation file format, "coachscope.observation/1": JSON a person can read, written
// atomically; reading refuses malformed or future-version files with file, place and reason.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/observation.h"
#include "core/result.h"

namespace coachscope::store {

inline constexpr int kObservationFormatVersion = 1;

nlohmann::json observationToJson(const core::Observation& observation);
core::Result<core::Observation> observationFromJson(const nlohmann::json& document, const std::string& name);

core::Result<core::Observation> loadObservationFile(const std::filesystem::path& path);
// Pretty-printed, atomically replaced. Does not touch `updatedAt`; the caller stamps it.
core::Status saveObservationFile(const std::filesystem::path& path, const core::Observation& observation);

}  // namespace coachscope::store
