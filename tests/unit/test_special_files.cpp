// What is not a plain, reasonably sized file is refused by every reader with the system's reason,
// at once (a FIFO is never waited on, /dev/zero never read), and messages quote only a short,
// escaped excerpt of what a file holds.
#include <catch_compat.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <functional>

#include "bad_input_files.h"
#include "builtin_catalog.h"
#include "core/catalog.h"
#include "core/framework_loader.h"
#include "core/json_document.h"
#include "core/programme_loader.h"
#include "store/journal.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "store/settings.h"

using namespace coachscope;
namespace fs = std::filesystem;

namespace {

struct Reader {
  const char* format;
  std::function<std::optional<core::Error>(const fs::path&)> read;
};

template <typename Result>
std::optional<core::Error> errorOf(const Result& result) {
  if (result.ok()) return std::nullopt;
  return result.error();
}

// Every reader of a coachscope file, as the commands and the window call it.
const std::vector<Reader>& readers() {
  static const std::vector<Reader> all = {
      {"observation", [](const fs::path& p) { return errorOf(store::loadObservationFile(p, testing::builtInCatalog())); }},
      {"record", [](const fs::path& p) { return errorOf(store::loadRecordFile(p, testing::builtInCatalog())); }},
      {"framework", [](const fs::path& p) { return errorOf(core::loadFrameworkFile(p)); }},
      {"programme", [](const fs::path& p) { return errorOf(core::loadProgrammeFile(p)); }},
      {"settings", [](const fs::path& p) { return errorOf(store::loadSettings(p)); }},
      {"journal", [](const fs::path& p) { return errorOf(store::readJournal(p)); }},
      {"catalog file",
       [](const fs::path& p) -> std::optional<core::Error> {
         core::Catalog catalog;
         if (catalog.addFile(p)) return std::nullopt;
         return catalog.problems().back();
       }},
  };
  return all;
}

// `except` names a reader for which this case is no error (settings: a missing file is defaults).
void refusedByEveryReader(const fs::path& path, const std::string& reason, std::string_view except = {}) {
  for (const Reader& reader : readers()) {
    if (reader.format == except) continue;
    INFO(reader.format << " reader on " << path);
    auto error = reader.read(path);
    REQUIRE(error.has_value());
    INFO(error->message());
    CHECK(error->file == path.string());
    CHECK(error->reason.find(reason) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("a folder is refused with the system's reason") {
  const fs::path dir = testing::freshFolder("special-folder");
  fs::create_directories(dir / "learner.record.json");
  refusedByEveryReader(dir / "learner.record.json", "Is a directory");
}

TEST_CASE("a FIFO is refused at once, never waited on") {
  const fs::path fifo = testing::freshFolder("special-fifo") / "session.observation.json";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  refusedByEveryReader(fifo, "FIFO");
}

TEST_CASE("devices and a symlink to /dev/zero are refused unread") {
  refusedByEveryReader("/dev/null", "character device");
  const fs::path link = testing::freshFolder("special-zero") / "learner.record.json";
  fs::create_symlink("/dev/zero", link);
  refusedByEveryReader(link, "character device");
}

TEST_CASE("a symlink loop and a missing file are refused with the system's reason") {
  const fs::path dir = testing::freshFolder("special-loop");
  fs::create_symlink(dir / "b.json", dir / "a.json");
  fs::create_symlink(dir / "a.json", dir / "b.json");
  refusedByEveryReader(dir / "a.json", "Too many levels of symbolic links");
  refusedByEveryReader(dir / "missing.json", "No such file or directory", "settings");
  CHECK(store::loadSettings(dir / "missing.json").ok());
}

TEST_CASE("a file over the size limit is refused before it is read") {
  const fs::path big = testing::freshFolder("special-big") / "learner.record.json";
  testing::writeBytes(big, "{}");
  fs::resize_file(big, 65ull * 1024 * 1024);  // sparse: nothing is written
  refusedByEveryReader(big, "larger than 64 MiB");
}

TEST_CASE("a 50 MB string gives a short message") {
  const std::string huge(50 * 1024 * 1024, 'x');
  SECTION("a value the reader refuses") {
    auto parsed = core::parseJsonText(R"({"format": ")" + huge + R"("})", "big.json");
    REQUIRE(parsed.ok());
    auto status = core::checkFormat(*parsed, "observation", 1, "big.json");
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message().size() < 200);
  }
  SECTION("a string the parser refuses (a raw control character at its end)") {
    auto parsed = core::parseJsonText(R"({"feedback": ")" + huge + "\x01\"}", "big.json");
    REQUIRE_FALSE(parsed.ok());
    INFO(parsed.error().message().substr(0, 300));
    CHECK(parsed.error().message().size() < 300);
    CHECK(parsed.error().where.find("/feedback") != std::string::npos);
  }
  SECTION("a mode an observation does not know") {
    const fs::path path = testing::freshFolder("special-huge-mode") / "o.json";
    testing::writeBytes(path, R"({"format": "coachscope.observation/1", "id": "x", "framework": {"id": "icf-core-competencies", "version": "2019"}, "context": {"mode": ")" + huge + R"("}})");
    auto loaded = store::loadObservationFile(path, testing::builtInCatalog());
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().where == "/context/mode");
    CHECK(loaded.error().message().size() < 300);
  }
}

TEST_CASE("bytes that are not UTF-8 are escaped in messages, never echoed") {
  auto parsed = core::parseJsonText("{\"mode\": \"ab\xFF\xFE\"}", "bytes.json");
  REQUIRE_FALSE(parsed.ok());
  const std::string message = parsed.error().message();
  INFO(message);
  CHECK(message.find('\xFF') == std::string::npos);
  CHECK(message.find("\\xFF") != std::string::npos);
}
