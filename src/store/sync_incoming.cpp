#include "store/sync_incoming.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "core/json_document.h"
#include "store/record_codec.h"

namespace coachscope::store {
namespace {

bool endsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "A\tpath" lines (or bare paths when listing a whole tree) -> (status, path).
std::vector<std::pair<char, std::string>> changedFiles(const GitRepo& git, const std::optional<std::string>& before,
                                                       const std::string& after, const std::string& folder,
                                                       std::string* error) {
  std::vector<std::pair<char, std::string>> files;
  auto listed = before ? git.check({"diff", "--name-status", "--no-renames", *before, after, "--", folder + "/"})
                       : git.check({"ls-tree", "-r", "--name-only", after, "--", folder + "/"});
  if (!listed) {
    *error = listed.error().reason;
    return files;
  }
  std::istringstream lines(*listed);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    if (!before) {
      files.emplace_back('A', line);
      continue;
    }
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    files.emplace_back(line[0], line.substr(tab + 1));
  }
  return files;
}

std::optional<core::ProgressRecord> recordAt(const GitRepo& git, const std::string& commit, const std::string& path) {
  auto text = git.run({"show", commit + ":" + path});
  if (!text || text->exitCode != 0) return std::nullopt;
  auto doc = core::parseJsonText(text->out, path);
  if (!doc) return std::nullopt;
  auto record = recordFromJson(*doc, path);
  if (!record) return std::nullopt;
  return std::move(*record);
}

}  // namespace

core::Result<Incoming> incomingBetween(const GitRepo& git, const std::optional<std::string>& before,
                                       const std::string& after) {
  Incoming incoming;
  std::string error;
  for (const auto& [status, path] : changedFiles(git, before, after, "learners", &error)) {
    if ((status != 'A' && status != 'M') || !endsWith(path, ".record.json")) continue;
    auto now = recordAt(git, after, path);
    if (!now) continue;  // an unreadable record is reported by whoever reads it, not counted here
    std::optional<core::ProgressRecord> was = before ? recordAt(git, *before, path) : std::nullopt;
    IncomingLearner learner;
    learner.id = now->learnerId;
    learner.name = now->currentProfile().name;
    learner.newLearner = !was;
    std::set<std::string> known;
    if (was) {
      for (const std::string& id : was->sessions.liveIds()) known.insert(id);
    }
    for (const std::string& id : now->sessions.liveIds()) learner.sessionsAdded += known.count(id) ? 0 : 1;
    if (learner.newLearner || learner.sessionsAdded > 0) incoming.learners.push_back(std::move(learner));
  }
  for (const auto& [status, path] : changedFiles(git, before, after, "observations", &error)) {
    if (status == 'A' && endsWith(path, ".observation.json")) ++incoming.observationsAdded;
  }
  if (!error.empty()) return core::Error{git.workTree().string(), "", error};
  std::sort(incoming.learners.begin(), incoming.learners.end(), [](const IncomingLearner& a, const IncomingLearner& b) {
    return a.name != b.name ? a.name < b.name : a.id < b.id;
  });
  return incoming;
}

}  // namespace coachscope::store
