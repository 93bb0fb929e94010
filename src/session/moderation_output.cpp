#include "session/moderation_output.h"

#include <fmt/format.h>

#include "session/record_merge.h"
#include "store/observation_codec.h"
#include "store/workspace.h"

namespace coachscope::session {

namespace fs = std::filesystem;

namespace {

// Where the merge goes, decided before anything is written: ids come from the files and never
// become paths unchecked.
core::Status chooseRecord(const fs::path& workspace, const core::Observation& agreed, MissingRecord missing,
                          AgreedOutput& out) {
  const std::string& learnerId = agreed.context.learnerId;
  if (learnerId.empty()) {
    if (missing == MissingRecord::Refuse) {
      return core::Error{"", "", "the observations name no learner record to merge into"};
    }
    out.merge = AgreedOutput::Merge::NoRecord;
    return core::Done{};
  }
  auto record = store::recordPath(workspace, learnerId);
  if (!record) return record.error();
  out.record = *record;
  std::error_code ec;
  if (!fs::exists(*record, ec)) {
    if (missing == MissingRecord::Refuse) {
      return core::Error{"", "", fmt::format("no record for learner {} at {}", learnerId, record->string())};
    }
    out.merge = AgreedOutput::Merge::NoRecord;
  }
  return core::Done{};
}

}  // namespace

core::Result<AgreedOutput> saveAgreedObservation(const fs::path& workspace, const core::Observation& agreed,
                                                 const fs::path& output, const std::vector<fs::path>& originals,
                                                 bool merge, MissingRecord missing) {
  AgreedOutput out;
  if (merge) {
    if (auto chosen = chooseRecord(workspace, agreed, missing, out); !chosen) return chosen.error();
  }
  out.file = output;
  if (out.file.empty()) {
    auto file = store::observationPath(workspace, agreed.id);
    if (!file) return file.error();
    out.file = *file;
  }
  for (const fs::path& original : originals) {
    std::error_code ec;
    if (fs::equivalent(original, out.file, ec)) {
      return core::Error{"", "", "will not write over the original " + original.string()};
    }
  }
  std::error_code ec;
  if (fs::exists(out.file, ec)) {
    return core::Error{"", "", out.file.string() + " exists already; name a new file with -o"};
  }
  if (auto saved = store::saveObservationFile(out.file, agreed); !saved) return saved.error();
  if (!merge || out.merge == AgreedOutput::Merge::NoRecord) return out;
  if (auto merged = mergeIntoRecordFile(out.record, agreed); !merged) {
    out.mergeError = merged.error();
  } else {
    out.merge = AgreedOutput::Merge::Merged;
  }
  return out;
}

}  // namespace coachscope::session
