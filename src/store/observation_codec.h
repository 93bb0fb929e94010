// The observation file format, "coachscope.observation/1": JSON a person can read, written
// atomically; reading refuses malformed or future-version files with file, place and reason.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/catalog.h"
#include "core/observation.h"
#include "core/result.h"

namespace coachscope::store {

inline constexpr int kObservationFormatVersion = 1;

nlohmann::json observationToJson(const core::Observation& observation);
core::Result<core::Observation> observationFromJson(const nlohmann::json& document, const std::string& name);

// The one reader of observation files for every command and the window: the file's shape and
// ranges, then its fit to its framework, which must be in `catalog` (see core/observation_check.h).
core::Result<core::Observation> readObservation(const nlohmann::json& document, const std::string& name,
                                                const core::Catalog& catalog);
core::Result<core::Observation> loadObservationFile(const std::filesystem::path& path, const core::Catalog& catalog);
// Shape and ranges only, without the framework fit: for finding whose an observation is (erasing a
// learner must find their files even when a framework is missing), never for using its ratings.
core::Result<core::Observation> loadObservationShape(const std::filesystem::path& path);
// Pretty-printed, atomically replaced. Does not touch `updatedAt`; the caller stamps it.
core::Status saveObservationFile(const std::filesystem::path& path, const core::Observation& observation);

}  // namespace coachscope::store
