// Erasing a learner from a workspace: everything of theirs that is on disk, found by content (the
// record, their observations and journals, their reports, recent-file entries), and the list of
// erased learners (erased.json, "coachscope.erased/1") that keeps a synced or merged copy from
// bringing them back.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/result.h"

namespace coachscope::store {

inline constexpr int kErasedFormatVersion = 1;

struct ErasurePlan {
  struct Item {
    std::string kind;  // "record", "observation", "journal", "report", "lock"
    std::filesystem::path file;
  };
  std::string learnerId;
  std::string learnerName;                // from the record, when it could be read
  std::vector<Item> files;                // to remove
  std::vector<std::string> recentEntries; // settings.json recent files that name a removed file
  std::vector<core::Error> unreadable;    // files that could not be read to tell whose they are
  bool alreadyErased = false;
};

std::filesystem::path erasedListPath(const std::filesystem::path& workspace);
// The erased learners' ids; an empty set when the list does not exist, an error when it is bad.
core::Result<std::set<std::string>> loadErasedLearners(const std::filesystem::path& workspace);
// Whether a record file at `recordFile` (learners/<id>.record.json of some workspace) may be written for
// `learnerId`: refused when that workspace lists the learner as erased.
core::Status checkNotErased(const std::filesystem::path& recordFile, const std::string& learnerId);

// What erasing `learnerId` would remove; nothing is changed.
core::Result<ErasurePlan> planErasure(const std::filesystem::path& workspace, const std::string& learnerId);
// Remembers the learner as erased first (so a crash half-way cannot let them come back), then removes
// the plan's files and recent-file entries.
core::Status carryOutErasure(const std::filesystem::path& workspace, const ErasurePlan& plan);

}  // namespace coachscope::store
