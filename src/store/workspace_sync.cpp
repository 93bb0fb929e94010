#include "store/workspace_sync.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <thread>

#include "store/conflict_copies.h"
#include "store/git_repo.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "store/record_lock.h"
#include "store/sync_incoming.h"
#include "store/sync_setup.h"

namespace coachscope::store {
namespace {

namespace fs = std::filesystem;

constexpr const char* kRemote = "origin";

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> result;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) result.push_back(line);
  }
  return result;
}

bool endsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string hostName() {
  char buffer[256] = {};
  if (::gethostname(buffer, sizeof buffer - 1) != 0 || !*buffer) return "this computer";
  return buffer;
}

std::string plural(int n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

class Sync {
 public:
  Sync(const fs::path& workspace, const SyncOptions& options) : git_(workspace), options_(options) {
    git_.useFallbackIdentityWhereMissing();
  }

  core::Result<SyncReport> run() {
    if (auto configured = configureSyncedWorkspace(git_, options_.executable); !configured) return configured.error();
    auto branch = git_.check({"symbolic-ref", "--short", "HEAD"});
    if (!branch) return fail("the workspace's clone is not on a branch (is a git command half-way?)");
    report_.branch = lines(*branch).empty() ? "main" : lines(*branch).front();
    auto url = git_.run({"remote", "get-url", kRemote});
    if (!url || url->exitCode != 0) return fail("the clone has no remote named origin: join with sync --clone URL");
    report_.remote = lines(url->out).empty() ? std::string() : lines(url->out).front();

    if (!git_.resolve("HEAD")) {
      // A clone with no commit yet takes the centre's history as is when nothing here collides
      // with it; otherwise the commit below and the merge join the two.
      say(fmt::format("fetching from {}", report_.remote));
      if (auto fetched = fetch(); !fetched) return fetched.error();
      if (git_.resolve(remoteRef())) {
        auto adopted = git_.run({"merge", "--ff-only", "--quiet", remoteRef()});
        if (adopted && adopted->exitCode == 0) {
          if (auto counted = countIncoming(std::nullopt); !counted) return counted.error();
        }
      }
    }
    say("committing this workspace's records and observations");
    if (auto committed = commitLocal(); !committed) return committed.error();
    for (;;) {
      say(fmt::format("fetching from {}", report_.remote));
      if (auto fetched = fetch(); !fetched) return fetched.error();
      if (auto merged = mergeRemote(); !merged) return merged.error();
      const auto head = git_.resolve("HEAD");
      if (!head || head == git_.resolve(remoteRef())) break;  // nothing anywhere yet, or all in
      ++report_.attempts;
      say(fmt::format("pushing to {} ({})", report_.remote, report_.branch));
      auto pushed = push();
      if (!pushed) return pushed.error();
      if (*pushed) {
        report_.pushed = true;
        break;
      }
      if (report_.attempts >= options_.maxAttempts) {
        return fail(
            fmt::format("other tutors pushed first {} times; nothing is lost, your work is committed here: "
                        "sync again in a moment",
                        report_.attempts));
      }
      backOff();
    }
    // So that a plain `git status` or `git pull` in the workspace knows what it follows.
    (void)git_.run({"config", fmt::format("branch.{}.remote", report_.branch), kRemote});
    (void)git_.run({"config", fmt::format("branch.{}.merge", report_.branch), "refs/heads/" + report_.branch});
    for (auto& [id, learner] : incoming_) report_.incoming.push_back(learner);
    std::sort(report_.incoming.begin(), report_.incoming.end(), [](const IncomingLearner& a, const IncomingLearner& b) {
      return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return report_;
  }

 private:
  std::string remoteRef() const { return fmt::format("refs/remotes/{}/{}", kRemote, report_.branch); }

  core::Error fail(const std::string& reason) const { return core::Error{git_.workTree().string(), "", reason}; }

  void say(const std::string& line) const {
    if (options_.progress) options_.progress(line);
  }

  // Stages what is shared and commits it. Files deleted here are put back from the last commit
  // (a record is never removed by deleting its file: deletion is a tombstone inside it), and a
  // file that does not load is left out so a broken record never reaches the other tutors.
  core::Status commitLocal() {
    const fs::path& ws = git_.workTree();
    auto deleted = git_.check({"ls-files", "--deleted", "--", "learners", "observations"});
    if (!deleted) return deleted.error();
    if (const auto missing = lines(*deleted); !missing.empty()) {
      std::vector<std::string> args = {"checkout", "--"};
      args.insert(args.end(), missing.begin(), missing.end());
      if (auto restored = git_.check(args); !restored) return restored.error();
      report_.restored.insert(report_.restored.end(), missing.begin(), missing.end());
    }
    std::vector<std::string> add = {"add", "--ignore-removal", "--"};
    std::error_code ec;
    for (const char* path : {".gitignore", ".gitattributes", "learners", "observations"}) {
      if (fs::exists(ws / path, ec)) add.push_back(path);
    }
    if (auto added = git_.check(add); !added) return added.error();
    auto staged = git_.check({"diff", "--cached", "--name-only", "--no-renames", "--diff-filter=AM"});
    if (!staged) return staged.error();
    const bool headExists = git_.resolve("HEAD").has_value();
    int records = 0, observations = 0, others = 0;
    for (const std::string& path : lines(*staged)) {
      const bool isRecord = endsWith(path, ".record.json");
      const bool isObservation = endsWith(path, ".observation.json");
      std::optional<core::Error> problem;
      if (isRecord) {
        if (auto loaded = loadRecordFile(ws / path, options_.catalog); !loaded) problem = loaded.error();
      } else if (isObservation) {
        if (auto loaded = loadObservationFile(ws / path, options_.catalog); !loaded) problem = loaded.error();
      }
      if (problem) {
        report_.notShared.push_back(problem->message());
        auto unstaged = headExists ? git_.check({"reset", "-q", "HEAD", "--", path})
                                   : git_.check({"rm", "--cached", "-q", "--", path});
        if (!unstaged) return unstaged.error();
        continue;
      }
      records += isRecord;
      observations += isObservation;
      others += !isRecord && !isObservation;
    }
    if (records + observations + others == 0) return core::Done{};
    const std::string message = fmt::format("Sync from {}: {}, {}", hostName(), plural(records, "record", "records"),
                                            plural(observations, "observation", "observations"));
    if (auto committed = git_.check({"commit", "-q", "-m", message}); !committed) return committed.error();
    report_.recordsCommitted += records;
    report_.observationsCommitted += observations;
    return core::Done{};
  }

  core::Status fetch() {
    auto fetched = git_.run({"fetch", "--quiet", "--prune", kRemote});
    if (!fetched) return fetched.error();
    if (fetched->exitCode != 0) {
      return fail(
          fmt::format("cannot reach the centre's repository {}: {}; nothing is lost: your work is committed "
                      "here and goes with the next sync",
                      report_.remote, gitMessage(*fetched)));
    }
    return core::Done{};
  }

  // Joins the remote branch into ours. Records go through the record merge driver; anything that
  // still conflicts (a file that is not a record, a record the driver refused) undoes the merge
  // and is reported: it is never resolved by picking a side.
  core::Status mergeRemote() {
    const auto remote = git_.resolve(remoteRef());
    if (!remote) return core::Done{};
    const auto head = git_.resolve("HEAD");
    if (head) {
      auto included = git_.run({"merge-base", "--is-ancestor", *remote, *head});
      if (included && included->exitCode == 0) return core::Done{};
    }
    // Hold the locks of the records the merge rewrites, so no save lands half-way through it.
    std::vector<RecordLock> locks;
    auto touched = head ? git_.check({"diff", "--name-only", "--no-renames", *head, *remote, "--", "learners/"})
                        : git_.check({"ls-tree", "-r", "--name-only", *remote, "--", "learners/"});
    if (!touched) return touched.error();
    std::error_code ec;
    for (const std::string& path : lines(*touched)) {
      if (!endsWith(path, ".record.json") || !fs::exists(git_.workTree() / path, ec)) continue;
      auto lock = RecordLock::acquire(git_.workTree() / path);
      if (!lock) return lock.error();
      locks.push_back(std::move(*lock));
    }
    if (auto committed = commitLocal(); !committed) return committed.error();
    const auto before = git_.resolve("HEAD");
    say(fmt::format("joining {} of {}", report_.branch, report_.remote));
    auto merged = git_.run({"merge", "--no-edit", "--ff", "--no-stat", "--allow-unrelated-histories", "-m",
                            fmt::format("Sync: join {} of the centre's repository", report_.branch), remoteRef()});
    if (!merged) return merged.error();
    if (merged->exitCode != 0) return undoMerge(*merged);
    return countIncoming(before);
  }

  // Adds what the commits since `before` brought in to the report.
  core::Status countIncoming(const std::optional<std::string>& before) {
    const auto after = git_.resolve("HEAD");
    if (!after) return fail("the merge left no commit");
    auto incoming = incomingBetween(git_, before, *after);
    if (!incoming) return incoming.error();
    for (const IncomingLearner& learner : incoming->learners) {
      IncomingLearner& total = incoming_[learner.id];
      total.id = learner.id;
      total.name = learner.name;
      total.newLearner = total.newLearner || learner.newLearner;
      total.sessionsAdded += learner.sessionsAdded;
    }
    report_.observationsAdded += incoming->observationsAdded;
    return core::Done{};
  }

  core::Status undoMerge(const ChildProcessResult& merged) {
    auto unmerged = git_.run({"diff", "--name-only", "--diff-filter=U"});
    const std::vector<std::string> files = unmerged ? lines(unmerged->out) : std::vector<std::string>{};
    const bool inMerge = git_.resolve("MERGE_HEAD").has_value();
    if (inMerge) {
      if (auto aborted = git_.check({"merge", "--abort"}); !aborted) {
        return fail("the merge failed and could not be undone: " + aborted.error().reason +
                    "; run `git merge --abort` in the workspace");
      }
    }
    if (files.empty()) return fail("git could not join the centre's repository: " + gitMessage(merged));
    std::string list;
    for (const std::string& f : files) list += (list.empty() ? "" : ", ") + f;
    return fail(
        fmt::format("{} changed both here and in the centre's repository and cannot be joined ({}): nothing "
                    "was merged or sent, your work is committed here; resolve it as README \"Sharing through "
                    "git\" says, then sync again",
                    list, gitMessage(merged)));
  }

  // True when pushed, false when another tutor pushed first (fetch and join again).
  core::Result<bool> push() {
    auto pushed = git_.run({"push", "--porcelain", kRemote, "HEAD:refs/heads/" + report_.branch});
    if (!pushed) return pushed.error();
    if (pushed->exitCode == 0) return true;
    for (const std::string& line : lines(pushed->out)) {
      if (line[0] == '!') return false;  // rejected (fetch first) or the remote's ref was locked
    }
    return fail(
        fmt::format("cannot send to the centre's repository {}: {}; nothing is lost: your work is committed "
                    "here and goes with the next sync",
                    report_.remote, gitMessage(*pushed)));
  }

  // Tutors racing for the same remote take turns sooner when they wait different times.
  void backOff() {
    static thread_local std::mt19937 random{std::random_device{}()};
    std::uniform_int_distribution<int> ms(50, 200 * std::min(report_.attempts, 5));
    std::this_thread::sleep_for(std::chrono::milliseconds(ms(random)));
  }

  GitRepo git_;
  const SyncOptions& options_;
  SyncReport report_;
  std::map<std::string, IncomingLearner> incoming_;
};

core::Result<RecordLock> lockSync(const fs::path& workspace) {
  // One sync at a time per workspace: two would race for git's own index lock.
  return RecordLock::acquire(workspace / ".git" / "coachscope-sync");
}

}  // namespace

bool isSyncedWorkspace(const fs::path& workspace) {
  std::error_code ec;
  return fs::exists(workspace / ".git", ec);
}

core::Result<SyncReport> syncWorkspace(const fs::path& workspace, const SyncOptions& options) {
  if (!isSyncedWorkspace(workspace)) {
    return core::Error{workspace.string(), "",
                       "not shared through git yet: join the centre's repository with "
                       "`coachscope sync --clone URL --workspace DIR`"};
  }
  auto lock = lockSync(workspace);
  if (!lock) return lock.error();
  // A copy left by a synced folder is joined into its record first, so what is shared is whole.
  const ConflictCopiesMerged copies = mergeConflictCopies(workspace);
  auto report = Sync(workspace, options).run();
  if (report) {
    report->conflictCopiesMerged = copies.merged;
    for (const core::Error& problem : copies.problems) report->conflictCopiesKept.push_back(problem.message());
  }
  return report;
}

core::Result<SyncReport> cloneWorkspace(const std::string& url, const fs::path& workspace, const SyncOptions& options) {
  if (isSyncedWorkspace(workspace)) {
    return core::Error{workspace.string(), "", "already joined to a repository: run `coachscope sync`"};
  }
  std::error_code ec;
  fs::create_directories(workspace, ec);
  if (ec) return core::Error{workspace.string(), "", "cannot create the workspace: " + ec.message()};
  fs::permissions(workspace, fs::perms::owner_all, ec);
  GitRepo git(workspace);
  // Until the first fetch works the clone is undone on any failure, leaving the workspace as it was.
  auto undo = [&](core::Error error) -> core::Result<SyncReport> {
    std::error_code ignored;
    fs::remove_all(workspace / ".git", ignored);
    return error;
  };
  if (auto init = git.check({"init", "--quiet"}); !init) return undo(init.error());
  if (auto added = git.check({"remote", "add", kRemote, url}); !added) return undo(added.error());
  if (options.progress) options.progress(fmt::format("fetching from {}", url));
  auto fetched = git.run({"fetch", "--quiet", kRemote});
  if (!fetched) return undo(fetched.error());
  if (fetched->exitCode != 0) {
    return undo(core::Error{workspace.string(), "",
                            fmt::format("cannot reach the centre's repository {}: {}; the workspace is unchanged", url,
                                        gitMessage(*fetched))});
  }
  auto branch = chooseBranch(git);
  if (!branch) return undo(branch.error());
  if (auto head = git.check({"symbolic-ref", "HEAD", "refs/heads/" + *branch}); !head) return undo(head.error());
  return syncWorkspace(workspace, options);
}

}  // namespace coachscope::store
