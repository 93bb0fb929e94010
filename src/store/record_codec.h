// The progress record file format, "coachscope.record/1": one JSON file per learner holding every
// version of every entry (see core/progress_record.h), written atomically in a canonical order so
// equal records are equal bytes. Malformed or future-version files are refused with file, place
// and reason, and nothing is overwritten by a failed load.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/catalog.h"
#include "core/progress_record.h"
#include "core/result.h"

namespace coachscope::store {

inline constexpr int kRecordFormatVersion = 1;

nlohmann::json recordToJson(const core::ProgressRecord& record);
// `name` is what errors call the input. Every field's type and range is checked, and every
// version's hash is recomputed from its content: a mismatch (a hand-edited file) is refused, so a
// tampered copy can never be joined into a good record.
core::Result<core::ProgressRecord> recordFromJson(const nlohmann::json& document, const std::string& name);
core::Result<core::ProgressRecord> loadRecordFile(const std::filesystem::path& path);

// The one reader of record files for every command and the window: recordFromJson, then each
// session's ratings on its framework's scale for the frameworks `catalog` has.
core::Result<core::ProgressRecord> readRecord(const nlohmann::json& document, const std::string& name,
                                              const core::Catalog& catalog);
core::Result<core::ProgressRecord> loadRecordFile(const std::filesystem::path& path, const core::Catalog& catalog);
// One version per line, fields in a fixed order (see store/record_text.h), atomically replaced.
core::Status saveRecordFile(const std::filesystem::path& path, const core::ProgressRecord& record);
std::string recordText(const core::ProgressRecord& record);

}  // namespace coachscope::store
