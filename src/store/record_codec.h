// The progress record file format, "coachscope.record/1": one JSON file per learner holding every
// version of every entry (see core/progress_record.h), written atomically in a canonical order so
// equal records are equal bytes. Malformed or future-version files are refused with file, place
// and reason, and nothing is overwritten by a failed load.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/progress_record.h"
#include "core/result.h"

namespace coachscope::store {

inline constexpr int kRecordFormatVersion = 1;

nlohmann::json recordToJson(const core::ProgressRecord& record);
// `name` is what errors call the input. With `verifyHashes`, every version's hash is recomputed
// from its content and a mismatch (a hand-edited file) is refused; loading for use skips this.
core::Result<core::ProgressRecord> recordFromJson(const nlohmann::json& document, const std::string& name,
                                                  bool verifyHashes = false);

core::Result<core::ProgressRecord> loadRecordFile(const std::filesystem::path& path, bool verifyHashes = false);
// One version per line, fields in a fixed order (see store/record_text.h), atomically replaced.
core::Status saveRecordFile(const std::filesystem::path& path, const core::ProgressRecord& record);
std::string recordText(const core::ProgressRecord& record);

}  // namespace coachscope::store
