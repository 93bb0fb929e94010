#include "store/sync_setup.h"

#include <fmt/format.h>

#include <sstream>

#include "core/json_document.h"
#include "store/atomic_file.h"

namespace coachscope::store {

const char* const kSyncGitignore =
    "# Written by coachscope sync: only progress records and observations are shared.\n"
    "/*\n"
    "!/.gitignore\n"
    "!/.gitattributes\n"
    "!/learners/\n"
    "!/observations/\n"
    "/learners/*\n"
    "!/learners/*.record.json\n"
    "/observations/*\n"
    "!/observations/*.observation.json\n"
    // Hidden files are locks and temporaries, never records.
    ".*\n"
    "!/.gitignore\n"
    "!/.gitattributes\n";

const char* const kSyncGitattributes =
    "# Written by coachscope sync: records are joined by coachscope's record merge, never by lines.\n"
    "*.record.json merge=coachscope-record\n";

namespace {

core::Status writeIfMissing(const std::filesystem::path& path, const char* contents) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return core::Done{};
  return writeFileAtomically(path, contents);
}

core::Status ensureAttributes(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return writeFileAtomically(path, kSyncGitattributes);
  auto text = core::readTextFile(path);
  if (!text) return text.error();
  if (text->find(fmt::format("merge={}", kRecordMergeDriverName)) != std::string::npos) return core::Done{};
  std::string updated = *text;
  if (!updated.empty() && updated.back() != '\n') updated += '\n';
  updated += kSyncGitattributes;
  return writeFileAtomically(path, updated);
}

}  // namespace

std::string shellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'')
      quoted += "'\\''";
    else
      quoted += c;
  }
  return quoted + "'";
}

core::Status configureSyncedWorkspace(const GitRepo& git, const std::filesystem::path& executable) {
  const std::filesystem::path& ws = git.workTree();
  if (auto written = writeIfMissing(ws / ".gitignore", kSyncGitignore); !written) return written.error();
  if (auto written = ensureAttributes(ws / ".gitattributes"); !written) return written.error();
  const std::string section = fmt::format("merge.{}", kRecordMergeDriverName);
  if (auto set = git.check({"config", section + ".name", "coachscope progress record merge"}); !set) return set.error();
  const std::string driver = fmt::format("{} merge-driver %O %A %B %P", shellQuote(executable.string()));
  if (auto set = git.check({"config", section + ".driver", driver}); !set) return set.error();
  return core::Done{};
}

core::Result<std::string> chooseBranch(const GitRepo& git) {
  if (auto head = git.run({"remote", "set-head", "origin", "--auto"}); head && head->exitCode == 0) {
    if (auto target = git.run({"symbolic-ref", "--short", "refs/remotes/origin/HEAD"});
        target && target->exitCode == 0) {
      std::string name = target->out;
      while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) name.pop_back();
      if (name.rfind("origin/", 0) == 0) return name.substr(7);
    }
  }
  auto branches = git.check({"for-each-ref", "--format=%(refname:strip=3)", "refs/remotes/origin/"});
  if (!branches) return branches.error();
  std::vector<std::string> names;
  std::istringstream lines(*branches);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line != "HEAD") names.push_back(line);
  }
  for (const std::string& name : names) {
    if (name == "main") return name;
  }
  if (names.size() == 1) return names.front();
  return std::string("main");
}

}  // namespace coachscope::store
