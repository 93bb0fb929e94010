// A learner's record and observations made fit for verification sampling: the learner's name and
// id, the coachees' names and every quote replaced, everything an assessor judges kept (ratings,
// markers, times, the tutor's words with those names replaced in them).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/observation.h"
#include "core/progress_record.h"

namespace coachscope::core {

struct Pseudonyms {
  std::string learnerId;    // a fresh id for the copy
  std::string learnerName;  // "Learner <first 4 of the fresh id>"
  std::map<std::string, std::string> names;  // every real name (learner, their first name, coachees) -> its pseudonym

  // `text` with every whole-word occurrence of a real name replaced, longest names first.
  std::string replaceNames(const std::string& text) const;
};

inline constexpr const char* kQuoteRemoved = "[quote removed]";

// Coachees become "Coachee 1", "Coachee 2", ... in the order of their names.
Pseudonyms makePseudonyms(const ProgressRecord& record, const std::vector<Observation>& observations,
                          const std::string& freshLearnerId);
// The copy holds the current state of each live entry (the learner's reflections, self-ratings and
// action plan too, their names replaced) as one fresh version (no history: nothing
// deleted or superseded can be read from it), stamped `at`.
ProgressRecord pseudonymiseRecord(const ProgressRecord& record, const Pseudonyms& pseudonyms, const std::string& at);
// The recording's link goes too: its file name may name people.
Observation pseudonymiseObservation(const Observation& observation, const Pseudonyms& pseudonyms);

}  // namespace coachscope::core
