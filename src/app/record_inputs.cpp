#include "app/record_inputs.h"

#include <fmt/format.h>

#include "core/json_document.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"

namespace coachscope::app {

core::Result<RecordInput> loadRecordInput(const std::filesystem::path& path) {
  auto doc = core::readJsonFile(path);
  if (!doc) return doc.error();
  std::optional<core::FormatTag> tag;
  if (doc->is_object() && doc->contains("format") && (*doc)["format"].is_string()) {
    tag = core::parseFormatTag((*doc)["format"].get<std::string>());
  }
  RecordInput input;
  if (tag && tag->kind == "record") {
    auto record = store::recordFromJson(*doc, path.string());
    if (!record) return record.error();
    input.isRecord = true;
    input.record = std::move(*record);
    return input;
  }
  auto observation = store::observationFromJson(*doc, path.string());
  if (!observation) return observation.error();
  input.observation = std::move(*observation);
  return input;
}

void printError(const char* command, const core::Error& error) {
  fmt::print(stderr, "coachscope {}: {}\n", command, error.message());
}

}  // namespace coachscope::app
