#include "store/record_lock.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "store/record_codec.h"

namespace coachscope::store {

std::filesystem::path lockPathFor(const std::filesystem::path& recordPath) {
  std::filesystem::path folder = recordPath.parent_path();
  return folder / ("." + recordPath.filename().string() + ".lock");
}

core::Result<RecordLock> RecordLock::acquire(const std::filesystem::path& recordPath) {
  const std::filesystem::path lockPath = lockPathFor(recordPath);
  std::error_code ec;
  if (!lockPath.parent_path().empty()) std::filesystem::create_directories(lockPath.parent_path(), ec);
  int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return core::Error{lockPath.string(), "", fmt::format("cannot open the lock file: {}", std::strerror(errno))};
  }
  while (::flock(fd, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    int saved = errno;
    ::close(fd);
    return core::Error{lockPath.string(), "", fmt::format("cannot lock: {}", std::strerror(saved))};
  }
  return RecordLock(fd);
}

RecordLock& RecordLock::operator=(RecordLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
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
  auto lock = RecordLock::acquire(recordPath);
  if (!lock) return lock.error();
  std::error_code ec;
  core::ProgressRecord record;
  if (initial && !std::filesystem::exists(recordPath, ec)) {
    record = *initial;
  } else {
    auto loaded = loadRecordFile(recordPath);
    if (!loaded) return loaded.error();
    record = std::move(*loaded);
  }
  auto changed = change(record);
  if (!changed) return changed.error();
  if (!*changed) return core::Done{};
  return saveRecordFile(recordPath, record);
}

}  // namespace coachscope::store
