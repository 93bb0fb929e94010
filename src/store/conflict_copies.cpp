#include "store/conflict_copies.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/merge.h"
#include "core/record_contains.h"
#include "store/record_codec.h"
#include "store/record_lock.h"
#include "store/workspace.h"

namespace coachscope::store {
namespace {

namespace fs = std::filesystem;

core::Status mergeCopy(const fs::path& workspace, const fs::path& copyPath, std::string& target) {
  // The reader checks hashes: a copy is outside input, and its versions are about to become the record's.
  auto copy = loadRecordFile(copyPath);
  if (!copy) return copy.error();
  if (copy->learnerId.empty()) return core::Error{copyPath.string(), "/learnerId", "the copy names no learner"};
  auto safeRecordFile = recordPath(workspace, copy->learnerId);  // the id comes from the copy's content
  if (!safeRecordFile) return core::Error{copyPath.string(), "/learnerId", safeRecordFile.error().reason};
  const fs::path recordFile = *safeRecordFile;
  target = recordFile.filename().string();
  std::error_code ec;
  const bool missing = !fs::exists(recordFile, ec);  // then the copy becomes the record
  auto updated = updateRecordFile(
      recordFile,
      [&](core::ProgressRecord& record) -> core::Result<bool> {
        if (!missing && core::holdsAllVersions(record, *copy)) return false;
        if (auto joined = core::joinRecords(record, *copy); !joined) {
          return core::Error{copyPath.string(), joined.error().where, joined.error().reason};
        }
        return true;
      },
      &*copy);
  if (!updated) return updated.error();
  auto saved = loadRecordFile(recordFile);
  if (!saved) return saved.error();
  if (!core::holdsAllVersions(*saved, *copy)) {
    return core::Error{recordFile.string(), "",
                       fmt::format("does not hold every version of {} after the merge", copyPath.filename().string())};
  }
  fs::remove(copyPath, ec);
  if (ec) return core::Error{copyPath.string(), "", "merged, but cannot be removed: " + ec.message()};
  return core::Done{};
}

}  // namespace

bool isConflictCopyName(const std::string& fileName) {
  if (fileName.empty() || fileName[0] == '.') return false;  // locks and temporaries
  std::string lower = fileName;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower.find(".sync-conflict-") != std::string::npos || lower.find("conflicted copy") != std::string::npos;
}

ConflictCopiesMerged mergeConflictCopies(const fs::path& workspace) {
  ConflictCopiesMerged result;
  std::error_code ec;
  std::vector<fs::path> copies;
  for (const auto& entry : fs::directory_iterator(learnersFolder(workspace), ec)) {
    if (entry.is_regular_file(ec) && isConflictCopyName(entry.path().filename().string()))
      copies.push_back(entry.path());
  }
  std::sort(copies.begin(), copies.end());
  for (const fs::path& copy : copies) {
    std::string target;
    if (auto merged = mergeCopy(workspace, copy, target); !merged) {
      core::Error problem = merged.error();
      problem.reason += fmt::format(" (the conflict copy {} is kept)", copy.filename().string());
      result.problems.push_back(std::move(problem));
      continue;
    }
    result.merged.push_back(fmt::format("{}: joined into {}", copy.filename().string(), target));
  }
  return result;
}

}  // namespace coachscope::store
