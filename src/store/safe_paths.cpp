#include "store/safe_paths.h"

#include <fmt/format.h>

#include "core/ids.h"

namespace coachscope::store {
namespace {

// An id as a message may quote it: printable ASCII, the rest as \xNN, at most 40 characters.
std::string quoted(const std::string& id) {
  std::string out;
  for (std::size_t i = 0; i < id.size() && i < 40; ++i) {
    const unsigned char c = static_cast<unsigned char>(id[i]);
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("\\x{:02x}", c);
    }
  }
  if (id.size() > 40) out += "...";
  return "\"" + out + "\"";
}

}  // namespace

core::Status checkSafeId(const std::string& id, const std::string& what, const std::string& file,
                         const std::string& where) {
  if (core::isSafeId(id)) return core::Done{};
  return core::Error{file, where,
                     fmt::format("{} {} is not a safe id (1 to {} letters, digits, '.', '_' or '-', no \"..\", "
                                 "not starting with '.'): no file is made from it",
                                 what, quoted(id), core::kMaxIdLength)};
}

core::Result<std::filesystem::path> idPath(const std::filesystem::path& folder, const std::string& id,
                                           const std::string& suffix, const std::string& what) {
  if (auto safe = checkSafeId(id, what); !safe) return safe.error();
  std::filesystem::path path = folder / (id + suffix);
  if (!isInside(folder, path)) {
    return core::Error{path.string(), "", fmt::format("{} leads out of {}", what, folder.string())};
  }
  return path;
}

bool isInside(const std::filesystem::path& folder, const std::filesystem::path& path) {
  std::error_code ec;
  const std::filesystem::path base = std::filesystem::weakly_canonical(std::filesystem::absolute(folder, ec), ec);
  if (ec) return false;
  const std::filesystem::path full = std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
  if (ec) return false;
  const std::filesystem::path relative = full.lexically_relative(base);
  if (relative.empty() || relative.is_absolute()) return false;
  const std::string first = relative.begin()->string();
  return first != ".." && first != ".";
}

}  // namespace coachscope::store
