// The evidence of one observed session as the tutor scored it: each marker event with its time on
// the session clock and its quote. The learner's record keeps only how often each marker was seen
// (core::SessionSummary::markerCounts), so the times and quotes come from the session's observation
// file, looked for beside the record and in the open workspace.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/observation.h"

namespace coachscope::session {

struct SessionEvidence {
  std::string sessionId;               // the observation's id (the record's session id)
  std::vector<core::MarkerEvent> events;  // in time order; empty when the file was not found or refused
  std::filesystem::path file;          // the observation file read, when one was found
  std::string problem;                 // why a file that was found could not be read
  bool differsFromRecord = false;      // the file was saved again after it went into the record
  bool found() const { return !file.empty() && problem.empty(); }
};

// The workspaces to look in, without repeats: the one the record lies in (a record at
// <workspace>/learners/<id>.record.json), then `workspace`.
std::vector<std::filesystem::path> evidenceWorkspaces(const std::filesystem::path& recordFile,
                                                      const std::filesystem::path& workspace);

// Reads observations/<sessionId>.observation.json through the one observation reader from the
// first of `workspaces` that has it. `recordedUpdatedAt` is the save stamp the record holds for it.
SessionEvidence loadSessionEvidence(const std::vector<std::filesystem::path>& workspaces, const std::string& sessionId,
                                    const std::string& recordedUpdatedAt, const core::Catalog& catalog);

}  // namespace coachscope::session
