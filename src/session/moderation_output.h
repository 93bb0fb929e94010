// Where an agreed observation goes once moderation has built it: saved beside the others and,
// when asked, merged into the learner's record. `coachscope moderate` and the Calibrate tab
// both use this, so both refuse and merge the same way.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "core/error.h"
#include "core/observation.h"
#include "core/result.h"

namespace coachscope::session {

// What to do when the learner has no record in the workspace to merge into.
enum class MissingRecord { Refuse, Note };

struct AgreedOutput {
  std::filesystem::path file;  // where the agreed observation was saved
  enum class Merge { NotAsked, Merged, NoRecord } merge = Merge::NotAsked;
  std::filesystem::path record;          // merged into (Merged)
  std::optional<core::Error> mergeError;  // saved, but the merge failed
};

// Saves `agreed` to `output`, or when empty to the workspace's observations folder, then with
// `merge` merges it into its learner's record in the workspace under the record's lock. Refused,
// with nothing written, when that would replace one of `originals` or any existing file, when an
// id from the files is no safe file name, or (MissingRecord::Refuse) when the learner has no
// record there; with MissingRecord::Note that is Merge::NoRecord and the file is still saved.
core::Result<AgreedOutput> saveAgreedObservation(const std::filesystem::path& workspace, const core::Observation& agreed,
                                                 const std::filesystem::path& output,
                                                 const std::vector<std::filesystem::path>& originals, bool merge,
                                                 MissingRecord missing);

}  // namespace coachscope::session
