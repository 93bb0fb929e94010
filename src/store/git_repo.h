// The system's git run on one working tree, with a controlled environment: no pager, no editor,
// no prompts (GIT_TERMINAL_PROMPT=0 and no terminal), messages in the C locale so they can be
// read, and an explicit author when the user has configured none. Everything else — SSH keys and
// agent, credential helpers, the remote's URL scheme, the user's own config — is the user's git
// setup, used as is (see third_party/README.md for why this is the system's git, not libgit2).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/child_process.h"

namespace coachscope::store {

class GitRepo {
 public:
  explicit GitRepo(std::filesystem::path workTree);

  const std::filesystem::path& workTree() const { return workTree_; }

  // Runs `git <args>` in the working tree. An error only when git could not be started.
  core::Result<ChildProcessResult> run(const std::vector<std::string>& args) const;
  // The same, with a non-zero exit turned into an error naming the command and git's message.
  core::Result<std::string> check(const std::vector<std::string>& args) const;

  // When user.name or user.email is not configured for this repository, commits are made as
  // "coachscope on HOST" <USER@HOST> instead of failing (the user's own setting always wins).
  void useFallbackIdentityWhereMissing();

  // A commit id for `rev`, or nullopt when it names nothing (an unborn branch, a missing ref).
  std::optional<std::string> resolve(const std::string& rev) const;

 private:
  std::filesystem::path workTree_;
  std::vector<std::pair<std::string, std::optional<std::string>>> environment_;
};

// The last non-empty lines of git's message, for an error people read.
std::string gitMessage(const ChildProcessResult& result);

}  // namespace coachscope::store
