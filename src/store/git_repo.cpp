#include "store/git_repo.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <sstream>

namespace coachscope::store {
namespace {

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.pop_back();
  return text;
}

std::string hostName() {
  char buffer[256] = {};
  if (::gethostname(buffer, sizeof buffer - 1) != 0 || !*buffer) return "localhost";
  return buffer;
}

}  // namespace

GitRepo::GitRepo(std::filesystem::path workTree) : workTree_(std::move(workTree)) {
  environment_ = {
      {"GIT_TERMINAL_PROMPT", "0"},  // never ask for a user name or password on a terminal
      {"GIT_PAGER", "cat"},          // output is read, not paged
      {"PAGER", "cat"},
      {"GIT_EDITOR", "true"},  // no editor for merge messages
      {"GIT_MERGE_AUTOEDIT", "no"},
      {"LC_ALL", "C"},  // messages and porcelain output in one language
      {"LANGUAGE", std::nullopt},
      // Inherited from a hook or a shell these would point git at another repository.
      {"GIT_DIR", std::nullopt},
      {"GIT_WORK_TREE", std::nullopt},
      {"GIT_INDEX_FILE", std::nullopt},
      {"GIT_OBJECT_DIRECTORY", std::nullopt},
      {"GIT_CEILING_DIRECTORIES", std::nullopt},
  };
}

core::Result<ChildProcessResult> GitRepo::run(const std::vector<std::string>& args) const {
  ChildProcessSpec spec;
  spec.argv = {"git"};
  spec.argv.insert(spec.argv.end(), args.begin(), args.end());
  spec.cwd = workTree_;
  spec.environment = environment_;
  auto result = runChildProcess(spec);
  if (!result) return core::Error{workTree_.string(), "", "cannot run git: " + result.error().reason};
  return result;
}

core::Result<std::string> GitRepo::check(const std::vector<std::string>& args) const {
  auto result = run(args);
  if (!result) return result.error();
  if (result->exitCode != 0) {
    return core::Error{workTree_.string(), "",
                       fmt::format("git {} failed: {}", args.empty() ? "" : args[0], gitMessage(*result))};
  }
  return std::move(result->out);
}

void GitRepo::useFallbackIdentityWhereMissing() {
  const char* user = std::getenv("USER");
  const std::string host = hostName();
  const std::string login = user && *user ? user : "tutor";
  struct Field {
    const char* key;
    const char* authorVar;
    const char* committerVar;
    std::string fallback;
  };
  const Field fields[] = {{"user.name", "GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME", "coachscope on " + host},
                          {"user.email", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL", login + "@" + host}};
  for (const Field& field : fields) {
    auto configured = run({"config", "--get", field.key});
    const bool missing = !configured || configured->exitCode != 0 || trimmed(configured->out).empty();
    if (!missing) continue;
    if (!std::getenv(field.authorVar)) environment_.emplace_back(field.authorVar, field.fallback);
    if (!std::getenv(field.committerVar)) environment_.emplace_back(field.committerVar, field.fallback);
  }
}

std::optional<std::string> GitRepo::resolve(const std::string& rev) const {
  auto result = run({"rev-parse", "--verify", "--quiet", rev + "^{commit}"});
  if (!result || result->exitCode != 0) return std::nullopt;
  return trimmed(result->out);
}

std::string gitMessage(const ChildProcessResult& result) {
  std::istringstream lines(result.err.empty() ? result.out : result.err);
  std::vector<std::string> kept;
  for (std::string line; std::getline(lines, line);) {
    line = trimmed(line);
    // git's hints repeat advice meant for people typing git commands; the error lines are the news.
    if (line.empty() || line.rfind("hint:", 0) == 0) continue;
    kept.push_back(line);
  }
  if (kept.empty()) return fmt::format("exit status {}", result.exitCode);
  const std::size_t from = kept.size() > 3 ? kept.size() - 3 : 0;
  std::string message;
  for (std::size_t i = from; i < kept.size(); ++i) message += (message.empty() ? "" : " / ") + kept[i];
  return message;
}

}  // namespace coachscope::store
