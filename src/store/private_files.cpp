#include "store/private_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "store/atomic_file.h"

namespace coachscope::store {

core::Status createPrivateFolders(const std::filesystem::path& folder) {
  if (folder.empty()) return core::Done{};
  std::vector<std::filesystem::path> missing;
  std::error_code ec;
  for (std::filesystem::path p = folder; !p.empty(); p = p.parent_path()) {
    if (std::filesystem::exists(p, ec)) break;
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), kPrivateFolderMode) != 0 && errno != EEXIST) {
      return core::Error{it->string(), "", std::string("cannot create folder: ") + std::strerror(errno)};
    }
    // mkdir's mode is masked by the umask; chmod is not.
    ::chmod(it->c_str(), kPrivateFolderMode);
  }
  if (!std::filesystem::is_directory(folder, ec)) {
    return core::Error{folder.string(), "", "cannot create folder: a file of that name is in the way"};
  }
  return core::Done{};
}

int openPrivateFile(const std::filesystem::path& file, int flags) {
  int fd = ::open(file.c_str(), flags | O_CLOEXEC, kPrivateFileMode);
  if (fd < 0) return fd;
  struct stat st {};
  // Only a file of ours that is too open is tightened; fchmod on another user's file would fail anyway.
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 07777) != kPrivateFileMode &&
      st.st_uid == ::geteuid()) {
    ::fchmod(fd, kPrivateFileMode);
  }
  return fd;
}

void tidyWorkspace(const std::filesystem::path& workspace) {
  for (const char* sub : {"", "learners", "observations", "journal", "reports"}) {
    const std::filesystem::path folder = *sub ? workspace / sub : workspace;
    struct stat st {};
    if (::lstat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()) continue;
    if ((st.st_mode & 07777) != kPrivateFolderMode) ::chmod(folder.c_str(), kPrivateFolderMode);
    removeStaleTemporaries(folder);
  }
}

}  // namespace coachscope::store
