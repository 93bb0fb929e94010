#include "session/session_evidence.h"

#include <algorithm>
#include <system_error>

#include "store/observation_codec.h"
#include "store/workspace.h"

namespace coachscope::session {

std::vector<std::filesystem::path> evidenceWorkspaces(const std::filesystem::path& recordFile,
                                                      const std::filesystem::path& workspace) {
  std::vector<std::filesystem::path> out;
  auto add = [&](const std::filesystem::path& folder) {
    if (folder.empty()) return;
    std::error_code ec;
    std::filesystem::path normal = std::filesystem::weakly_canonical(folder, ec);
    if (ec) normal = folder.lexically_normal();
    if (std::find(out.begin(), out.end(), normal) == out.end()) out.push_back(normal);
  };
  const std::filesystem::path folder = recordFile.parent_path();
  if (folder.filename() == "learners") add(folder.parent_path());
  add(workspace);
  return out;
}

SessionEvidence loadSessionEvidence(const std::vector<std::filesystem::path>& workspaces, const std::string& sessionId,
                                    const std::string& recordedUpdatedAt, const core::Catalog& catalog) {
  SessionEvidence evidence;
  evidence.sessionId = sessionId;
  for (const auto& workspace : workspaces) {
    auto path = store::observationPath(workspace, sessionId);  // refuses an id that is no safe token
    if (!path) {
      evidence.problem = path.error().message();
      return evidence;
    }
    std::error_code ec;
    if (!std::filesystem::exists(*path, ec)) continue;
    evidence.file = *path;
    auto observation = store::loadObservationFile(*path, catalog);
    if (!observation) {
      evidence.problem = observation.error().message();
      return evidence;
    }
    evidence.events = observation->events;
    std::stable_sort(evidence.events.begin(), evidence.events.end(),
                     [](const core::MarkerEvent& a, const core::MarkerEvent& b) { return a.time < b.time; });
    evidence.differsFromRecord = !recordedUpdatedAt.empty() && observation->updatedAt != recordedUpdatedAt;
    return evidence;
  }
  return evidence;
}

}  // namespace coachscope::session
