// Atomic writes, ids and clock text.
#include <catch_compat.hpp>

#include <filesystem>
#include <fstream>

#include "core/clock_text.h"
#include "core/ids.h"
#include "core/json_document.h"
#include "store/atomic_file.h"
#include "test_paths.h"

using namespace coachscope;
namespace fs = std::filesystem;

TEST_CASE("an atomic write replaces the file whole and leaves no temporary behind") {
  const fs::path folder = fs::path(COACHSCOPE_TEST_TMP) / "atomic";
  fs::remove_all(folder);
  const fs::path file = folder / "record.json";
  REQUIRE(store::writeFileAtomically(file, "first").ok());
  REQUIRE(store::writeFileAtomically(file, "second, longer").ok());
  CHECK(*core::readTextFile(file) == "second, longer");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(folder)) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("an atomic write into an unwritable place fails with the path and leaves the old file") {
  const fs::path folder = fs::path(COACHSCOPE_TEST_TMP) / "atomic-ro";
  fs::remove_all(folder);
  fs::create_directories(folder / "target.json");  // a folder where the file should be
  auto result = store::writeFileAtomically(folder / "target.json", "x");
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().file.find("target.json") != std::string::npos);
  CHECK(fs::is_directory(folder / "target.json"));
}

TEST_CASE("ids are unique RFC 4122 UUIDs") {
  const std::string a = core::newId(), b = core::newId();
  CHECK(a != b);
  CHECK(core::looksLikeId(a));
  CHECK_FALSE(core::looksLikeId("not-an-id"));
}

TEST_CASE("clock text round-trips") {
  CHECK(core::formatClock(0) == "0:00");
  CHECK(core::formatClock(65.9) == "1:05");
  CHECK(core::formatClock(3723) == "1:02:03");
  CHECK(core::formatClock(-4) == "0:00");
  CHECK(*core::parseClock("1:05") == 65);
  CHECK(*core::parseClock("1:02:03.5") == 3723.5);
  CHECK_FALSE(core::parseClock("1:75"));
  CHECK_FALSE(core::parseClock("abc"));
  CHECK_FALSE(core::parseClock("5"));
}
