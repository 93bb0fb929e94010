#include "store/record_scan.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "store/record_codec.h"

namespace coachscope::store {
namespace {

constexpr std::string_view kRecordSuffix = ".record.json";

bool isRecordFileName(const std::string& name) {
  return name.size() > kRecordSuffix.size() && name[0] != '.' &&
         name.compare(name.size() - kRecordSuffix.size(), std::string::npos, kRecordSuffix) == 0;
}

}  // namespace

std::vector<std::filesystem::path> learnerRecordFiles(const std::filesystem::path& workspace) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(workspace / "learners", ec)) {
    if (entry.is_regular_file(ec) && isRecordFileName(entry.path().filename().string())) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

unsigned defaultScanThreads() { return std::max(1u, std::thread::hardware_concurrency()); }

std::vector<core::Error> scanRecords(const std::vector<std::filesystem::path>& files, const core::Catalog& catalog,
                                     const std::function<void(std::size_t, core::ProgressRecord&&)>& visit,
                                     unsigned threads) {
  std::vector<std::optional<core::Error>> errors(files.size());
  std::atomic<std::size_t> next{0};
  // Files are taken one at a time from a shared counter, so a large record on one thread does
  // not leave the other idle.
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      auto record = loadRecordFile(files[i], catalog);
      if (record) visit(i, std::move(*record));
      else errors[i] = record.error();
    }
  };
  const unsigned count = std::min<std::size_t>(threads ? threads : defaultScanThreads(), std::max<std::size_t>(files.size(), 1));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < count; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();
  std::vector<core::Error> skipped;
  for (auto& e : errors) {
    if (e) skipped.push_back(std::move(*e));
  }
  return skipped;
}

}  // namespace coachscope::store
