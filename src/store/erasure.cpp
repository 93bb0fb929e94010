#include "store/erasure.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>

#include "core/file_slug.h"
#include "core/json_document.h"
#include "core/progress_record.h"
#include "store/atomic_file.h"
#include "store/journal.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "store/record_lock.h"
#include "store/safe_paths.h"
#include "store/settings.h"
#include "store/workspace.h"

namespace coachscope::store {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Reports are small: a bigger file in reports/ is not read to tell whose it is.
constexpr std::uintmax_t kLargestReport = 64u << 20;

bool endsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool startsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

std::vector<fs::path> regularFiles(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    if (entry.is_regular_file(ec) && !entry.is_symlink(ec)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string readSmallFile(const fs::path& file) {
  std::error_code ec;
  if (fs::file_size(file, ec) > kLargestReport || ec) return {};
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

fs::path normal(const fs::path& p) {
  std::error_code ec;
  fs::path full = fs::weakly_canonical(fs::absolute(p, ec), ec);
  return ec ? p : full;
}

void findRecords(const fs::path& workspace, ErasurePlan& plan) {
  const std::string ownName = plan.learnerId + ".record";
  for (const fs::path& file : regularFiles(learnersFolder(workspace))) {
    const std::string name = file.filename().string();
    if (name.front() == '.') continue;  // lock files and temporaries: found beside their record
    bool mine = startsWith(name, ownName);  // the record and any synced conflict copies of it
    if (mine || endsWith(name, ".json")) {
      auto record = loadRecordFile(file);
      if (record && record->learnerId == plan.learnerId) {
        mine = true;
        if (plan.learnerName.empty()) plan.learnerName = record->currentProfile().name;
      } else if (!record && !mine) {
        plan.unreadable.push_back(record.error());
      }
    }
    if (!mine) continue;
    plan.files.push_back({"record", file});
    const fs::path lock = lockPathFor(file);
    std::error_code ec;
    if (fs::exists(lock, ec)) plan.files.push_back({"lock", lock});
  }
}

std::vector<std::string> findObservations(const fs::path& workspace, ErasurePlan& plan) {
  std::vector<std::string> ids;
  for (const fs::path& file : regularFiles(observationsFolder(workspace))) {
    if (file.filename().string().front() == '.' || file.extension() != ".json") continue;
    auto observation = loadObservationShape(file);
    if (!observation) {
      plan.unreadable.push_back(observation.error());
    } else if (observation->context.learnerId == plan.learnerId) {
      plan.files.push_back({"observation", file});
      if (plan.learnerName.empty()) plan.learnerName = observation->context.learnerName;
      ids.push_back(observation->id);
    }
  }
  return ids;
}

void findJournals(const fs::path& workspace, ErasurePlan& plan, std::vector<std::string>& observationIds) {
  for (const fs::path& file : regularFiles(journalFolder(workspace))) {
    if (file.extension() != ".journal") continue;
    auto journal = readJournal(file);
    if (!journal) {
      plan.unreadable.push_back(journal.error());
    } else if (journal->header.base.context.learnerId == plan.learnerId) {
      plan.files.push_back({"journal", file});
      observationIds.push_back(journal->header.base.id);
    }
  }
}

// A report is the learner's when it names their record id or one of their observations, or has
// the file name the window suggests for them and names them.
void findReports(const fs::path& workspace, ErasurePlan& plan, const std::vector<std::string>& observationIds) {
  const std::string prefix = plan.learnerName.empty() ? std::string() : core::fileSlug(plan.learnerName) + "-";
  for (const fs::path& file : regularFiles(workspace / "reports")) {
    const std::string text = readSmallFile(file);
    bool mine = text.find(plan.learnerId) != std::string::npos;
    for (std::size_t i = 0; !mine && i < observationIds.size(); ++i) mine = text.find(observationIds[i]) != std::string::npos;
    if (!mine && !prefix.empty() && startsWith(file.filename().string(), prefix)) {
      mine = text.find(plan.learnerName) != std::string::npos;
    }
    if (mine) plan.files.push_back({"report", file});
  }
}

void findRecentEntries(const fs::path& workspace, ErasurePlan& plan) {
  auto settings = loadSettings(settingsPath(workspace));
  if (!settings) {
    plan.unreadable.push_back(settings.error());
    return;
  }
  std::vector<fs::path> removed;
  for (const auto& item : plan.files) removed.push_back(normal(item.file));
  for (const std::string& entry : settings->recentFiles) {
    bool mine = std::find(removed.begin(), removed.end(), normal(entry)) != removed.end();
    if (!mine) {
      // An observation of theirs saved outside the workspace: its entry goes, the file is the user's to remove.
      std::error_code ec;
      if (fs::is_regular_file(entry, ec)) {
        auto observation = loadObservationShape(entry);
        mine = observation && observation->context.learnerId == plan.learnerId;
      }
    }
    if (mine) plan.recentEntries.push_back(entry);
  }
}

}  // namespace

fs::path erasedListPath(const fs::path& workspace) { return workspace / "erased.json"; }

core::Result<std::set<std::string>> loadErasedLearners(const fs::path& workspace) {
  const fs::path file = erasedListPath(workspace);
  std::error_code ec;
  if (!fs::exists(file, ec)) return std::set<std::string>{};
  auto doc = core::readJsonFile(file);
  if (!doc) return doc.error();
  if (auto format = core::checkFormat(*doc, "erased", kErasedFormatVersion, file.string()); !format) {
    return format.error();
  }
  std::set<std::string> ids;
  const json* learners = doc->contains("learners") ? &(*doc)["learners"] : nullptr;
  if (!learners || !learners->is_array()) return core::Error{file.string(), "/learners", "expected an array"};
  for (std::size_t i = 0; i < learners->size(); ++i) {
    const json& item = (*learners)[i];
    if (!item.is_object() || !item.contains("id") || !item["id"].is_string()) {
      return core::Error{file.string(), fmt::format("/learners/{}/id", i), "expected a learner id"};
    }
    ids.insert(item["id"].get<std::string>());
  }
  return ids;
}

core::Status checkNotErased(const fs::path& recordFile, const std::string& learnerId) {
  const fs::path folder = recordFile.parent_path();
  if (folder.filename() != "learners") return core::Done{};
  auto erased = loadErasedLearners(folder.parent_path());
  if (!erased) return erased.error();
  if (erased->count(learnerId)) {
    return core::Error{recordFile.string(), "",
                       fmt::format("learner {} was erased from this workspace (see {}): not written back", learnerId,
                                   erasedListPath(folder.parent_path()).string())};
  }
  return core::Done{};
}

core::Result<ErasurePlan> planErasure(const fs::path& workspace, const std::string& learnerId) {
  if (auto safe = checkSafeId(learnerId, "learner id"); !safe) return safe.error();
  ErasurePlan plan;
  plan.learnerId = learnerId;
  auto erased = loadErasedLearners(workspace);
  if (!erased) return erased.error();
  plan.alreadyErased = erased->count(learnerId) > 0;
  findRecords(workspace, plan);
  std::vector<std::string> observationIds = findObservations(workspace, plan);
  findJournals(workspace, plan, observationIds);
  findReports(workspace, plan, observationIds);
  findRecentEntries(workspace, plan);
  return plan;
}

core::Status carryOutErasure(const fs::path& workspace, const ErasurePlan& plan) {
  auto erased = loadErasedLearners(workspace);
  if (!erased) return erased.error();
  if (!erased->count(plan.learnerId)) {
    auto existing = core::readJsonFile(erasedListPath(workspace));
    json doc = existing ? *existing : json{{"learners", json::array()}};  // loadErasedLearners checked its shape
    doc["format"] = core::formatTag("erased", kErasedFormatVersion);
    doc["learners"].push_back({{"id", plan.learnerId}, {"at", core::utcNow()}});
    if (auto saved = writeFileAtomically(erasedListPath(workspace), doc.dump(2) + "\n"); !saved) return saved.error();
  }
  std::vector<std::string> failures;
  for (const auto& item : plan.files) {
    std::error_code ec;
    fs::remove(item.file, ec);
    if (ec) failures.push_back(fmt::format("{}: {}", item.file.string(), ec.message()));
  }
  if (!plan.recentEntries.empty()) {
    auto settings = loadSettings(settingsPath(workspace));
    if (!settings) return settings.error();
    auto& recent = settings->recentFiles;
    for (const std::string& entry : plan.recentEntries) recent.erase(std::remove(recent.begin(), recent.end(), entry), recent.end());
    if (auto saved = saveSettings(settingsPath(workspace), *settings); !saved) return saved.error();
  }
  if (!failures.empty()) {
    std::string all;
    for (const std::string& f : failures) all += (all.empty() ? "" : "; ") + f;
    return core::Error{workspace.string(), "", "could not remove " + all};
  }
  return core::Done{};
}

}  // namespace coachscope::store
