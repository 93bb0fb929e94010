// Transcript tests write each case as a file in their own folder and read it the way the app
// does, so what is tested is what a tutor's file goes through.
#pragma once

#include <catch_compat.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "core/transcript.h"
#include "test_paths.h"

namespace coachscope::testing {

inline std::filesystem::path transcriptDir() {
  const std::filesystem::path dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "transcripts";
  std::filesystem::create_directories(dir);
  return dir;
}

inline std::filesystem::path writeTranscript(const std::string& name, std::string_view bytes) {
  const std::filesystem::path path = transcriptDir() / name;
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

// Writes and loads a file that must load; shows the warnings when a check fails.
inline core::Transcript loadWritten(const std::string& name, std::string_view bytes) {
  auto result = core::loadTranscriptFile(writeTranscript(name, bytes));
  INFO((result.ok() ? std::string("loaded") : result.error().message()));
  REQUIRE(result.ok());
  for (const core::TranscriptWarning& w : result->warnings) UNSCOPED_INFO(w.message());
  return *result;
}

// Writes and loads a file that must be refused.
inline core::Error refusedWritten(const std::string& name, std::string_view bytes) {
  auto result = core::loadTranscriptFile(writeTranscript(name, bytes));
  REQUIRE_FALSE(result.ok());
  return result.error();
}

// The warning about `line`, or nullptr.
inline const core::TranscriptWarning* warningAt(const core::Transcript& t, int line) {
  for (const core::TranscriptWarning& w : t.warnings) {
    if (w.line == line) return &w;
  }
  return nullptr;
}

inline bool mentions(const core::TranscriptWarning* w, std::string_view text) {
  return w && (w->reason.find(text) != std::string::npos || w->skipped.find(text) != std::string::npos);
}

}  // namespace coachscope::testing
