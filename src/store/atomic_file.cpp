#include "store/atomic_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/ids.h"

namespace coachscope::store {
namespace {

core::Error systemError(const std::filesystem::path& path, std::string_view action) {
  return core::Error{path.string(), "", fmt::format("{} failed: {}", action, std::strerror(errno))};
}

bool writeAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

core::Status writeFileAtomically(const std::filesystem::path& path, std::string_view contents) {
  std::filesystem::path folder = path.parent_path().empty() ? "." : path.parent_path();
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) return core::Error{folder.string(), "", "cannot create folder: " + ec.message()};

  // The temporary lives beside the target so the rename stays within one filesystem.
  std::filesystem::path temp = folder / fmt::format(".{}.{}.tmp", path.filename().string(), core::newId());
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return systemError(temp, "creating a temporary file");
  bool written = writeAll(fd, contents) && ::fsync(fd) == 0;
  int savedErrno = errno;
  ::close(fd);
  if (!written) {
    ::unlink(temp.c_str());
    errno = savedErrno;
    return systemError(path, "writing");
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    savedErrno = errno;
    ::unlink(temp.c_str());
    errno = savedErrno;
    return systemError(path, "replacing");
  }
  // The rename itself is only durable once the folder's entry is on disk.
  int dirFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd >= 0) {
    ::fsync(dirFd);
    ::close(dirFd);
  }
  return core::Done{};
}

}  // namespace coachscope::store
