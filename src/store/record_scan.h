// Reading every learner record of a workspace at once, on all cores: each worker thread reads,
// parses and decodes a record and hands it to a summary function on that same thread, so the
// records themselves never pile up and a centre of hundreds of learners loads in parallel.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/progress_record.h"
#include "core/result.h"

namespace coachscope::store {

// The record files of the workspace's learners/ folder, in file-name order (hidden files and
// anything not named *.record.json are left out).
std::vector<std::filesystem::path> learnerRecordFiles(const std::filesystem::path& workspace);

// How many threads a scan uses when told 0: every core the machine has.
unsigned defaultScanThreads();

// Loads each file with the one record reader (loadRecordFile against `catalog`, which the threads
// share read-only) on `threads` threads (0: defaultScanThreads()) and calls `visit(index, record)`
// for the ones that load, `index` being the file's place in `files`; it may run on any of the
// threads at once, so it must only touch its own slot of the caller's results. Files that fail
// are skipped, their errors returned in file order.
std::vector<core::Error> scanRecords(const std::vector<std::filesystem::path>& files, const core::Catalog& catalog,
                                     const std::function<void(std::size_t, core::ProgressRecord&&)>& visit,
                                     unsigned threads = 0);

// The common case: one summary per learner, in file order, and the files that were skipped.
template <typename Summary>
struct RecordSummaries {
  std::vector<Summary> summaries;
  std::vector<core::Error> skipped;
};

template <typename Summary>
RecordSummaries<Summary> summarizeRecords(const std::filesystem::path& workspace, const core::Catalog& catalog,
                                          const std::function<Summary(const core::ProgressRecord&)>& summarize,
                                          unsigned threads = 0) {
  const auto files = learnerRecordFiles(workspace);
  std::vector<std::optional<Summary>> slots(files.size());
  RecordSummaries<Summary> out;
  out.skipped = scanRecords(
      files, catalog, [&](std::size_t i, core::ProgressRecord&& record) { slots[i] = summarize(record); }, threads);
  for (auto& slot : slots) {
    if (slot) out.summaries.push_back(std::move(*slot));
  }
  return out;
}

}  // namespace coachscope::store
