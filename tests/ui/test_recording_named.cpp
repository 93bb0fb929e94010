// A recording or transcript path named inside an observation is opened only when it is the file
// whose size and SHA-256 the observation stores; otherwise the pane says where it points and
// waits for the tutor to confirm. (No player is started for a refused file, so no media is needed.)
#include <catch_compat.hpp>

#include <filesystem>
#include <fstream>

#include "store/content_hash.h"
#include "ui/app_state.h"
#include "session/recording_session.h"
#include "test_paths.h"

using namespace coachscope;
namespace fs = std::filesystem;

namespace {

fs::path writeFile(const std::string& name, const std::string& text) {
  const fs::path dir = fs::path(COACHSCOPE_TEST_TMP) / "recording-named";
  fs::create_directories(dir);
  std::ofstream(dir / name, std::ios::binary) << text;
  return dir / name;
}

}  // namespace

TEST_CASE("recording: a named file that is not the stored one stays shut, and says where it points") {
  ui::AppState state;
  state.catalog.addBuiltIns();
  const fs::path file = writeFile("named.m4a", "pretend media bytes");
  auto print = store::fingerprintFile(file);
  REQUIRE(print.ok());

  SECTION("different content") {
    core::MediaLink link{file.string(), print->sizeBytes, std::string(64, '0'), 40, ""};
    session::openNamedRecording(state, link, 0);
    CHECK(state.recording.refusedLink);
    CHECK(state.recording.refusedMessage.find(file.string()) != std::string::npos);
    CHECK(state.recording.refusedMessage.find("SHA-256") != std::string::npos);
  }
  SECTION("no size and hash stored") {
    core::MediaLink link{file.string(), 0, "", 40, ""};
    session::openNamedRecording(state, link, 0);
    CHECK(state.recording.refusedMessage.find("stores no size and SHA-256") != std::string::npos);
  }
  SECTION("a path through .. is shown resolved") {
    const fs::path roundabout = file.parent_path() / ".." / file.parent_path().filename() / file.filename();
    core::MediaLink link{roundabout.string(), print->sizeBytes + 1, print->sha256, 40, ""};
    session::openNamedRecording(state, link, 0);
    CHECK(state.recording.refusedMessage.find("(" + fs::weakly_canonical(file).string() + ")") != std::string::npos);
  }
  CHECK_FALSE(state.recording.player);  // nothing was opened
  REQUIRE_FALSE(state.notices.empty());
  CHECK(state.notices.back().text.find("not opened") != std::string::npos);
}

TEST_CASE("recording: a named file is checked for size, kind and SHA-256") {
  const fs::path file = writeFile("check.vtt", "WEBVTT\n");
  auto print = store::fingerprintFile(file);
  REQUIRE(print.ok());
  CHECK(store::checkNamedFile(file, print->sizeBytes, print->sha256).ok());
  auto wrongSize = store::checkNamedFile(file, print->sizeBytes + 1, print->sha256);
  REQUIRE_FALSE(wrongSize.ok());
  CHECK(wrongSize.error().reason.find("bytes") != std::string::npos);
  auto folder = store::checkNamedFile(file.parent_path(), 7, print->sha256);
  REQUIRE_FALSE(folder.ok());
  CHECK(folder.error().reason.find("not a regular file") != std::string::npos);
  auto missing = store::checkNamedFile(file.string() + ".gone", 7, print->sha256);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().reason.find("not found") != std::string::npos);
}
