// What every fuzz target shares: an invariant check that aborts (so libFuzzer and the replay
// driver both report it), the bytes as text, and the built-in frameworks as a catalog.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/catalog.h"
#include "core/error.h"
#include "core/progress_record.h"
#include "core/transcript_utf8.h"

namespace coachscope::fuzz {

inline void require(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
  }
}

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

inline bool validUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto d = core::utf8::decode(s, i);
    if (!d.valid) return false;
    i += d.length;
  }
  return true;
}

// A refusal says why, in readable text, and quotes no more than a short excerpt of the input.
inline void requireClearError(const core::Error& error) {
  require(!error.reason.empty(), "an error says why");
  const std::string message = error.message();
  require(validUtf8(message), "an error message is valid UTF-8");
  require(message.size() <= error.file.size() + 1000, "an error message quotes a short excerpt");
}

// Every version of every kind equal, data included (ProgressRecord's own == compares hashes only).
inline bool sameRecord(const core::ProgressRecord& a, const core::ProgressRecord& b) {
  bool same = a.learnerId == b.learnerId;
  core::forEachSetPair(
      a, b, [&](core::EntryKind, const auto& x, const auto& y) { same = same && x.entities() == y.entities(); });
  return same;
}

// The frameworks and programmes compiled into the binary, loaded once.
inline const core::Catalog& builtInCatalog() {
  static const core::Catalog catalog = [] {
    core::Catalog c;
    c.addBuiltIns();
    return c;
  }();
  return catalog;
}

}  // namespace coachscope::fuzz
