#include "app/record_inputs.h"

#include <fmt/format.h>

#include "core/json_document.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"

namespace coachscope::app {

core::Result<RecordInput> loadRecordInput(const std::filesystem::path& path, const core::Catalog& catalog) {
  auto doc = core::readJsonFile(path);
  if (!doc) return doc.error();
  const std::optional<core::FormatTag> tag = core::peekFormatTag(*doc);
  RecordInput input;
  if (tag && tag->kind == "record") {
    auto record = store::readRecord(*doc, path.string(), catalog);
    if (!record) return record.error();
    input.isRecord = true;
    input.record = std::move(*record);
    return input;
  }
  auto observation = store::readObservation(*doc, path.string(), catalog);
  if (!observation) return observation.error();
  input.observation = std::move(*observation);
  return input;
}

void printError(const char* command, const core::Error& error) {
  fmt::print(stderr, "coachscope {}: {}\n", command, error.message());
}

}  // namespace coachscope::app
