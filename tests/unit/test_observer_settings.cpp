// settings.json: defaults when missing, round trip, unknown keys kept, bad files refused untouched.
#include <catch_compat.hpp>

#include <fstream>

#include "store/settings.h"
#include "test_paths.h"

using namespace coachscope;
namespace fs = std::filesystem;

TEST_CASE("observer: settings round-trip, keep unknown keys and cap recent files") {
  const fs::path dir = fs::path(COACHSCOPE_TEST_TMP) / "observer" / "settings";
  fs::remove_all(dir);
  const fs::path file = store::settingsPath(dir);
  auto defaults = store::loadSettings(file);
  REQUIRE(defaults.ok());
  CHECK(defaults->autopause);
  CHECK(defaults->recentFiles.empty());

  store::Settings s;
  s.markerKeys["icf-core-competencies"]["6.2"] = "Shift+w";
  s.autopause = false;
  s.tutor = "Alex";
  s.other["theme"] = "light";
  for (int i = 0; i < 12; ++i) store::addRecentFile(s, "/obs/" + std::to_string(i) + ".json");
  store::addRecentFile(s, "/obs/5.json");
  CHECK(s.recentFiles.size() == store::kMaxRecentFiles);
  CHECK(s.recentFiles.front() == "/obs/5.json");
  CHECK(std::count(s.recentFiles.begin(), s.recentFiles.end(), "/obs/5.json") == 1);
  REQUIRE(store::saveSettings(file, s).ok());

  auto back = store::loadSettings(file);
  REQUIRE(back.ok());
  CHECK(back->markerKeys.at("icf-core-competencies").at("6.2") == "Shift+w");
  CHECK_FALSE(back->autopause);
  CHECK(back->tutor == "Alex");
  CHECK(back->recentFiles == s.recentFiles);
  CHECK(back->other.at("theme") == "light");
}

TEST_CASE("observer: a malformed settings file is an error naming the place") {
  const fs::path dir = fs::path(COACHSCOPE_TEST_TMP) / "observer" / "settings-bad";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path file = store::settingsPath(dir);
  {
    std::ofstream out(file);
    out << R"({"format":"coachscope.settings/1","markerKeys":{"icf":{"6.2":5}}})";
  }
  auto bad = store::loadSettings(file);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().where == "/markerKeys/icf/6.2");
}
