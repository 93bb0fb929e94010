// The workspace folder every coachscope file lives in, and the learners it holds:
//   learners/<learner-id>.record.json   progress records ("coachscope.record/1")
//   observations/<id>.observation.json  saved observations
//   journal/<id>.journal                autosave journals of open observations
//   settings.json                       app settings
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/progress_record.h"
#include "core/result.h"

namespace coachscope::store {

// `--workspace DIR` when given, else $COACHSCOPE_WORKSPACE, else $XDG_DATA_HOME/coachscope, else
// ~/.local/share/coachscope (empty environment values count as unset).
std::filesystem::path resolveWorkspace(const std::string& commandLineOverride = {});

std::filesystem::path learnersFolder(const std::filesystem::path& workspace);
std::filesystem::path observationsFolder(const std::filesystem::path& workspace);
// journalFolder() is in store/journal.h and settingsPath() in store/settings.h, beside their formats.
// learners/<learner-id>.record.json and observations/<id>.observation.json, refused (store/safe_paths.h)
// when the id is no safe token: ids come from files and command lines.
core::Result<std::filesystem::path> recordPath(const std::filesystem::path& workspace, const std::string& learnerId);
core::Result<std::filesystem::path> observationPath(const std::filesystem::path& workspace,
                                                    const std::string& observationId);

// One line of the learner list.
struct LearnerSummary {
  std::string id;
  std::string name;
  std::string programme;  // programme id as the profile names it
  std::filesystem::path file;
};

// The learners in the workspace, by name. Records that fail to load are left out and their errors
// appended to `problems` when given.
std::vector<LearnerSummary> listLearners(const std::filesystem::path& workspace,
                                         std::vector<core::Error>* problems = nullptr);

// A new learner with a fresh id, saved to learners/<id>.record.json.
core::Result<core::ProgressRecord> createLearner(const std::filesystem::path& workspace, const std::string& name,
                                                 const std::string& programmeId);

inline constexpr const char* kSampleLearnerName = "Sample Learner";
inline constexpr const char* kSampleProgrammeId = "ilm-coaching-level5";

// When the workspace holds no learner, creates "Sample Learner" on ILM Level 5 with a little
// hand-logged practice, so the app opens on something to look at. Returns whether it created one.
core::Result<bool> ensureSampleLearner(const std::filesystem::path& workspace);

}  // namespace coachscope::store
