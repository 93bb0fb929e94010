#include "store/record_lock.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "store/private_files.h"
#include "store/record_codec.h"

namespace coachscope::store {

std::filesystem::path lockPathFor(const std::filesystem::path& recordPath) {
  std::filesystem::path folder = recordPath.parent_path();
  return folder / ("." + recordPath.filename().string() + ".lock");
}

core::Result<RecordLock> RecordLock::acquire(const std::filesystem::path& recordPath) {
  const std::filesystem::path lockPath = lockPathFor(recordPath);
  if (auto folder = createPrivateFolders(lockPath.parent_path()); !folder) return folder.error();
  const bool existed = ::access(lockPath.c_str(), F_OK) == 0;
  int fd = openPrivateFile(lockPath, O_RDWR | O_CREAT);
  if (fd < 0) {
    return core::Error{lockPath.string(), "", fmt::format("cannot open the lock file: {}", std::strerror(errno))};
  }
  while (::flock(fd, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    int saved = errno;
    ::close(fd);
    return core::Error{lockPath.string(), "", fmt::format("cannot lock: {}", std::strerror(saved))};
  }
  RecordLock lock(fd);
  if (!existed) lock.created_ = lockPath;
  return lock;
}

void RecordLock::forgetUnusedLockFile() {
  // Only a lock file this lock created is removed: another process may hold an older one open.
  if (!created_.empty()) ::unlink(created_.c_str());
  created_.clear();
}

RecordLock& RecordLock::operator=(RecordLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    created_ = std::move(other.created_);
    other.fd_ = -1;
  }
  return *this;
}

RecordLock::~RecordLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the descriptor releases the flock
}

core::Status updateRecordFile(const std::filesystem::path& recordPath,
                              const std::function<core::Result<bool>(core::ProgressRecord&)>& change,
                              const core::ProgressRecord* initial) {
  std::error_code ec;
  // Lock files only beside real records: a target that is missing (and not to be created) or is
  // no regular file is refused before any lock file is made.
  const bool missing = !std::filesystem::exists(recordPath, ec);
  if (!(missing && initial)) {
    if (missing) return core::Error{recordPath.string(), "", "no such record file"};
    if (!std::filesystem::is_regular_file(recordPath, ec)) {
      return core::Error{recordPath.string(), "", "not a regular file"};
    }
  }
  auto lock = RecordLock::acquire(recordPath);
  if (!lock) return lock.error();
  core::ProgressRecord record;
  if (initial && !std::filesystem::exists(recordPath, ec)) {
    record = *initial;
  } else {
    auto loaded = loadRecordFile(recordPath);
    if (!loaded) {
      lock->forgetUnusedLockFile();
      return loaded.error();
    }
    record = std::move(*loaded);
  }
  auto changed = change(record);
  if (!changed) return changed.error();
  if (!*changed) return core::Done{};
  auto saved = saveRecordFile(recordPath, record);
  if (!saved && !std::filesystem::exists(recordPath, ec)) lock->forgetUnusedLockFile();
  return saved;
}

}  // namespace coachscope::store
