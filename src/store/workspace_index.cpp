#include "store/workspace_index.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <nlohmann/json.hpp>

#include "core/json_document.h"
#include "store/atomic_file.h"
#include "store/record_codec.h"

namespace coachscope::store {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kIndexFormat = "coachscope.index/1";

struct Entry {
  std::uintmax_t size = 0;
  std::int64_t mtime = 0;  // nanoseconds of the file clock
  LearnerSummary summary;
};

constexpr const char* kRecordSuffix = ".record.json";

bool isRecordFile(const fs::path& path) {
  const std::string name = path.filename().string();
  const std::size_t n = std::char_traits<char>::length(kRecordSuffix);
  return name.size() > n && name[0] != '.' && name.compare(name.size() - n, n, kRecordSuffix) == 0;
}

std::int64_t ticks(fs::file_time_type time) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
}

// Anything unexpected in the file makes the whole index worthless: it is rebuilt.
bool readIndex(const fs::path& file, std::map<std::string, Entry>& entries) {
  auto text = core::readTextFile(file);
  if (!text) return false;
  json doc = json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object() || doc.value("format", json()) != kIndexFormat || !doc.contains("records") ||
      !doc["records"].is_array()) {
    return false;
  }
  for (const json& item : doc["records"]) {
    if (!item.is_object()) return false;
    const json* name = item.contains("file") ? &item["file"] : nullptr;
    if (!name || !name->is_string() || !item.contains("size") || !item["size"].is_number_unsigned() ||
        !item.contains("mtime") || !item["mtime"].is_number_integer()) {
      return false;
    }
    Entry entry;
    entry.size = item["size"].get<std::uintmax_t>();
    entry.mtime = item["mtime"].get<std::int64_t>();
    for (auto [field, target] : {std::pair{"id", &entry.summary.id}, std::pair{"name", &entry.summary.name},
                                 std::pair{"programme", &entry.summary.programme}}) {
      if (!item.contains(field) || !item[field].is_string()) return false;
      *target = item[field].get<std::string>();
    }
    entries[name->get<std::string>()] = std::move(entry);
  }
  return true;
}

void writeIndex(const fs::path& file, const std::map<std::string, Entry>& entries, std::int64_t trustedBefore) {
  json records = json::array();
  for (const auto& [name, entry] : entries) {
    // A file changed within the clock's last moments could change again with the same size and
    // time stamp; such entries are left out, so the next scan reads them once more.
    if (entry.mtime >= trustedBefore) continue;
    records.push_back({{"file", name},
                       {"size", entry.size},
                       {"mtime", entry.mtime},
                       {"id", entry.summary.id},
                       {"name", entry.summary.name},
                       {"programme", entry.summary.programme}});
  }
  const json doc = {{"format", kIndexFormat}, {"records", std::move(records)}};
  // The index is only a cache: failing to write it costs the next start time, never data.
  if (writeFileAtomically(file, doc.dump())) {
    std::error_code ec;
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, ec);
  }
}

}  // namespace

fs::path workspaceIndexPath(const fs::path& workspace) { return workspace / ".coachscope-index.json"; }

WorkspaceScan scanLearners(const fs::path& workspace, const ScanProgress& progress) {
  WorkspaceScan scan;
  const fs::path folder = learnersFolder(workspace);
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return scan;
  std::map<std::string, Entry> cached;
  scan.rebuilt = !readIndex(workspaceIndexPath(workspace), cached);
  if (scan.rebuilt) cached.clear();

  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    if (!isRecordFile(entry.path())) continue;
    if (entry.is_regular_file(ec)) {
      files.push_back(entry.path());
    } else if (auto refused = loadRecordFile(entry.path()); !refused) {
      // A folder, FIFO or dangling link named like a record is reported with its reason, never
      // passed over in silence (the reader refuses it unread).
      scan.problems.push_back(refused.error());
    }
  }
  std::map<std::string, Entry> current;
  bool changed = scan.rebuilt;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (progress) progress(i, files.size());
    const fs::path& file = files[i];
    const std::string key = file.filename().string();
    Entry entry;
    entry.size = fs::file_size(file, ec);
    if (ec) continue;  // gone since the folder was listed
    entry.mtime = ticks(fs::last_write_time(file, ec));
    if (ec) continue;
    auto known = cached.find(key);
    if (known != cached.end() && known->second.size == entry.size && known->second.mtime == entry.mtime) {
      entry.summary = known->second.summary;
    } else {
      ++scan.filesRead;
      changed = true;
      auto record = loadRecordFile(file);
      if (!record) {
        scan.problems.push_back(record.error());
        continue;
      }
      const core::LearnerProfile profile = record->currentProfile();
      entry.summary = LearnerSummary{record->learnerId, profile.name, profile.programmeId, {}};
    }
    entry.summary.file = file;
    scan.learners.push_back(entry.summary);
    current[key] = std::move(entry);
  }
  if (progress) progress(files.size(), files.size());
  changed = changed || current.size() != cached.size();
  if (changed) {
    const auto margin = std::chrono::seconds(2);
    writeIndex(workspaceIndexPath(workspace), current, ticks(fs::file_time_type::clock::now() - margin));
  }
  std::sort(scan.learners.begin(), scan.learners.end(), [](const LearnerSummary& a, const LearnerSummary& b) {
    return a.name != b.name ? a.name < b.name : a.id < b.id;
  });
  return scan;
}

}  // namespace coachscope::store
