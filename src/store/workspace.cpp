#include "store/workspace.h"

#include <algorithm>
#include <cstdlib>

#include "core/ids.h"
#include "store/erasure.h"
#include "store/record_codec.h"
#include "store/safe_paths.h"
#include "store/workspace_index.h"

namespace coachscope::store {
namespace {

const char* envValue(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? value : nullptr;
}

constexpr const char* kRecordSuffix = ".record.json";

}  // namespace

std::filesystem::path resolveWorkspace(const std::string& commandLineOverride) {
  if (!commandLineOverride.empty()) return commandLineOverride;
  if (const char* ws = envValue("COACHSCOPE_WORKSPACE")) return ws;
  if (const char* xdg = envValue("XDG_DATA_HOME")) return std::filesystem::path(xdg) / "coachscope";
  if (const char* home = envValue("HOME")) return std::filesystem::path(home) / ".local" / "share" / "coachscope";
  return std::filesystem::path(".coachscope");
}

std::filesystem::path learnersFolder(const std::filesystem::path& ws) { return ws / "learners"; }
std::filesystem::path observationsFolder(const std::filesystem::path& ws) { return ws / "observations"; }
core::Result<std::filesystem::path> recordPath(const std::filesystem::path& ws, const std::string& learnerId) {
  return idPath(learnersFolder(ws), learnerId, kRecordSuffix, "learner id");
}
core::Result<std::filesystem::path> observationPath(const std::filesystem::path& ws, const std::string& observationId) {
  return idPath(observationsFolder(ws), observationId, ".observation.json", "observation id");
}

// Through the workspace index, so a large workspace is not parsed on every start.
std::vector<LearnerSummary> listLearners(const std::filesystem::path& workspace, std::vector<core::Error>* problems) {
  WorkspaceScan scan = scanLearners(workspace);
  if (problems) problems->insert(problems->end(), scan.problems.begin(), scan.problems.end());
  auto erased = loadErasedLearners(workspace);
  if (!erased) {
    if (problems) problems->push_back(erased.error());
    return std::move(scan.learners);
  }
  std::vector<LearnerSummary> learners;
  for (LearnerSummary& learner : scan.learners) {
    if (erased->count(learner.id)) {
      // Brought back by a sync or a copy: not shown, and said so, until erased here again.
      if (problems) {
        problems->push_back(core::Error{learner.file.string(), "", "this learner was erased from the workspace; run "
                                                                   "`coachscope erase " + learner.id + "` again"});
      }
      continue;
    }
    learners.push_back(std::move(learner));
  }
  return learners;
}

core::Result<core::ProgressRecord> createLearner(const std::filesystem::path& workspace, const std::string& name,
                                                 const std::string& programmeId) {
  if (name.empty()) return core::Error{"", "", "a learner needs a name"};
  core::LearnerProfile profile;
  profile.name = name;
  profile.programmeId = programmeId;
  core::ProgressRecord record = core::newProgressRecord(core::newId(), profile, core::utcNow(), "");
  auto file = recordPath(workspace, record.learnerId);
  if (!file) return file.error();
  if (auto saved = saveRecordFile(*file, record); !saved) return saved.error();
  return record;
}

core::Result<bool> ensureSampleLearner(const std::filesystem::path& workspace) {
  std::vector<core::Error> problems;
  // A workspace whose records fail to load still has learners: never add a sample beside them.
  if (!listLearners(workspace, &problems).empty() || !problems.empty()) return false;
  auto created = createLearner(workspace, kSampleLearnerName, kSampleProgrammeId);
  if (!created) return created.error();
  core::ProgressRecord& record = *created;
  const std::string at = core::utcNow();
  const std::string by = "coachscope sample";
  core::LearnerProfile profile = record.currentProfile();
  profile.centre = "Sample Centre";
  profile.finalWorkshopDate = "2026-06-12";
  core::putProfile(record, profile, at, by);
  struct Sample {
    const char* date;
    double minutes;
    const char* coachee;
    bool senior;
    bool paid;
  };
  const Sample sessions[] = {{"2026-07-02", 60, "Alex", false, false},
                             {"2026-07-16", 45, "Alex", false, false},
                             {"2026-08-04", 60, "Sam", true, true},
                             {"2026-08-20", 50, "Priya", false, true}};
  for (const Sample& s : sessions) {
    core::PracticeEntry entry;
    entry.date = s.date;
    entry.minutes = s.minutes;
    entry.coacheePseudonym = s.coachee;
    entry.seniorManager = s.senior;
    entry.paid = s.paid;
    entry.preparationDone = true;
    entry.reflection = "Sample entry: what went well, what to try next time.";
    entry.coacheeFeedback = "Sample entry: the coachee's own words at the end of the session.";
    core::putPractice(record, core::newId(), entry, at, by);
  }
  core::SupervisionEntry supervision;
  supervision.date = "2026-08-10";
  supervision.minutes = 45;
  supervision.with = "Sample supervisor";
  core::putSupervision(record, core::newId(), supervision, at, by);
  core::BookReview review;
  review.title = "A book on coaching";
  review.author = "Sample Author";
  review.pages = 2;
  review.done = true;
  review.date = "2026-08-01";
  core::putBookReview(record, core::newId(), review, at, by);
  core::putAssignment(record, "1", core::AssignmentProgress{core::AssignmentStatus::Draft, "2026-08-15", ""}, at, by);
  auto file = recordPath(workspace, record.learnerId);
  if (!file) return file.error();
  if (auto saved = saveRecordFile(*file, record); !saved) return saved.error();
  return true;
}

}  // namespace coachscope::store
