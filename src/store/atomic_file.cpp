#include "store/atomic_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/ids.h"
#include "store/private_files.h"

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

constexpr std::string_view kTempSuffix = ".tmp";
constexpr std::size_t kIdLength = 36;

// ".<target name>.<uuid>.tmp", the name writeFileAtomically gives its temporaries.
bool isTemporaryName(const std::string& name) {
  if (name.size() < 1 + 1 + 1 + kIdLength + kTempSuffix.size() || name[0] != '.') return false;
  if (name.compare(name.size() - kTempSuffix.size(), kTempSuffix.size(), kTempSuffix) != 0) return false;
  const std::size_t idStart = name.size() - kTempSuffix.size() - kIdLength;
  return name[idStart - 1] == '.' && core::looksLikeId(name.substr(idStart, kIdLength));
}

}  // namespace

void removeStaleTemporaries(const std::filesystem::path& folder) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (!isTemporaryName(name)) continue;
    int fd = ::open(entry.path().c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) continue;
    struct stat st {};
    // A writer holds its temporary's flock until the rename: a lock we can take is a dead writer's.
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
      ::unlink(entry.path().c_str());
    }
    ::close(fd);
  }
}

core::Status writeFileAtomically(const std::filesystem::path& path, std::string_view contents) {
  std::filesystem::path folder = path.parent_path().empty() ? "." : path.parent_path();
  if (auto created = createPrivateFolders(folder); !created) return created.error();
  removeStaleTemporaries(folder);

  // The temporary lives beside the target so the rename stays within one filesystem.
  std::filesystem::path temp = folder / fmt::format(".{}.{}.tmp", path.filename().string(), core::newId());
  int fd = openPrivateFile(temp, O_WRONLY | O_CREAT | O_EXCL);
  if (fd < 0) return systemError(temp, "creating a temporary file");
  // Held until the temporary is renamed or gone, so removeStaleTemporaries leaves it alone.
  ::flock(fd, LOCK_EX);
  bool written = writeAll(fd, contents) && ::fsync(fd) == 0;
  int savedErrno = errno;
  if (!written) {
    ::unlink(temp.c_str());
    ::close(fd);
    errno = savedErrno;
    return systemError(path, "writing");
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    savedErrno = errno;
    ::unlink(temp.c_str());
    ::close(fd);
    errno = savedErrno;
    return systemError(path, "replacing");
  }
  ::close(fd);
  // The rename itself is only durable once the folder's entry is on disk.
  int dirFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd >= 0) {
    ::fsync(dirFd);
    ::close(dirFd);
  }
  return core::Done{};
}

}  // namespace coachscope::store
