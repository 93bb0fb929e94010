// What every fuzz target shares: an invariant check that aborts (so libFuzzer and the replay
// driver both report it), the bytes as text, and the built-in frameworks as a catalog.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "builtin_catalog.h"
#include "core/error.h"
#include "core/json_document.h"
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

// The reader's value, or null after checking that its refusal says why.
template <typename T>
const T* valueOrRefusal(const core::Result<T>& result) {
  if (!result) {
    requireClearError(result.error());
    return nullptr;
  }
  return &result.value();
}

// Runs `check` on the input's JSON document (a syntax error must be a clear refusal); whatever
// `check` calls must never throw: outside input becomes a result, never an exception.
template <typename Check>
int withJsonDocument(const std::uint8_t* data, std::size_t size, Check check) {
  try {
    const auto document = core::parseJsonText(text(data, size), "fuzz");
    if (valueOrRefusal(document)) check(*document);
  } catch (...) {
    require(false, "reading outside input never throws");
  }
  return 0;
}

}  // namespace coachscope::fuzz
