#include "core/record_contains.h"

namespace coachscope::core {
namespace {

template <typename T>
bool holdsAll(const VersionedSet<T>& big, const VersionedSet<T>& small) {
  for (const auto& [id, versions] : small.entities()) {
    const auto* mine = big.versions(id);
    if (!mine) return false;
    for (const auto& [hash, version] : versions) {
      if (!mine->count(hash)) return false;
    }
  }
  return true;
}

}  // namespace

bool holdsAllVersions(const ProgressRecord& big, const ProgressRecord& small) {
  bool all = true;
  forEachSetPair(big, small, [&](EntryKind, const auto& b, const auto& s) { all = all && holdsAll(b, s); });
  return all;
}

}  // namespace coachscope::core
