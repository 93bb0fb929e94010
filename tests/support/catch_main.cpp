// The test runner's main(): every run of a test binary gets a private home and workspace before any
// test starts, so no test — run through CTest (one process per test case) or by hand — reads or
// writes the person's own $HOME, XDG folders or workspace, nor another test's.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace {

// A fresh folder under $TMPDIR (or /tmp), removed again when the run ends.
class PrivateHome {
 public:
  PrivateHome() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/coachscope-test-home-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
      std::perror("coachscope tests: cannot create a private home under $TMPDIR");
      std::exit(2);
    }
    root_ = pattern;
    point("HOME", root_);
    point("XDG_CONFIG_HOME", root_ / ".config");
    point("XDG_DATA_HOME", root_ / ".local/share");
    point("XDG_STATE_HOME", root_ / ".local/state");
    point("XDG_CACHE_HOME", root_ / ".cache");
    point("COACHSCOPE_WORKSPACE", root_ / "workspace");
  }
  ~PrivateHome() {
    std::error_code ignored;
    std::filesystem::remove_all(root_, ignored);
  }
  PrivateHome(const PrivateHome&) = delete;
  PrivateHome& operator=(const PrivateHome&) = delete;

 private:
  static void point(const char* variable, const std::filesystem::path& folder) {
    ::setenv(variable, folder.c_str(), 1);
  }
  std::filesystem::path root_;
};

}  // namespace

int main(int argc, char* argv[]) {
  const PrivateHome home;
  return Catch::Session().run(argc, argv);
}
