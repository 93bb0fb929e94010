// Bad-input tests write each case as a file in a folder of their own and read it the way the
// commands and the window do, so what is tested is what a centre's file goes through.
#pragma once

#include <catch_compat.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include "test_paths.h"

namespace coachscope::testing {

// A fresh, empty folder for one test case.
inline std::filesystem::path freshFolder(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::path(COACHSCOPE_TEST_TMP) / "bad-input" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline std::filesystem::path writeBytes(const std::filesystem::path& path, std::string_view bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

inline std::string readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Replaces the first `from` in `text` with `to`; the test fails when `from` is not there.
inline std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace coachscope::testing
