// An exclusive lock on one progress record shared by every process on the machine (and on
// filesystems with working flock), so that read-modify-write cycles never interleave.
#pragma once

#include <filesystem>
#include <functional>

#include "core/progress_record.h"
#include "core/result.h"

namespace coachscope::store {

// Holds flock(LOCK_EX) on "<folder>/.<record file name>.lock" until destroyed. The lock lives in a
// sibling file because saving replaces the record file itself (atomic rename) and a lock on the
// replaced inode would protect nothing.
class RecordLock {
 public:
  static core::Result<RecordLock> acquire(const std::filesystem::path& recordPath);
  RecordLock(RecordLock&& other) noexcept : fd_(other.fd_), created_(std::move(other.created_)) { other.fd_ = -1; }
  RecordLock& operator=(RecordLock&& other) noexcept;
  RecordLock(const RecordLock&) = delete;
  RecordLock& operator=(const RecordLock&) = delete;
  ~RecordLock();
  // Removes the lock file when this lock created it and the record turned out not to be one.
  void forgetUnusedLockFile();

 private:
  explicit RecordLock(int fd) : fd_(fd) {}
  int fd_ = -1;
  std::filesystem::path created_;  // the lock file, when acquire() created it
};

std::filesystem::path lockPathFor(const std::filesystem::path& recordPath);

// Under the record's lock: load it, apply `change`, and save it atomically when `change` returns
// true. A record that fails to load is left untouched and its error returned. With
// `createIfMissing`, a missing file starts as `initial`.
core::Status updateRecordFile(const std::filesystem::path& recordPath,
                              const std::function<core::Result<bool>(core::ProgressRecord&)>& change,
                              const core::ProgressRecord* initial = nullptr);

}  // namespace coachscope::store
