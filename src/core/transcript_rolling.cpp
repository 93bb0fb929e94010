#include "core/transcript_rolling.h"

#include <algorithm>
#include <string>

namespace coachscope::core::transcript_rolling {
namespace {

using transcript_markup::Piece;

constexpr double kRepeatOnlySeconds = 0.1;  // YouTube's in-between cues last 10 ms

// The cue's text line by line (pieces of one payload line joined).
std::vector<std::string> linesOf(const std::vector<Piece>& pieces) {
  std::vector<std::string> lines;
  int current = -1;
  for (const Piece& p : pieces) {
    if (lines.empty() || p.line != current) {
      lines.push_back(p.text);
      current = p.line;
    } else {
      lines.back() += ' ' + p.text;
    }
  }
  return lines;
}

// How many of `cue`'s first lines repeat `before`'s last ones, leaving at least one new line.
std::size_t restated(const std::vector<std::string>& before, const std::vector<std::string>& cue) {
  if (cue.size() < 2) return 0;
  for (std::size_t k = std::min(cue.size() - 1, before.size()); k >= 1; --k) {
    if (std::equal(cue.begin(), cue.begin() + static_cast<long>(k), before.end() - static_cast<long>(k))) return k;
  }
  return 0;
}

// The cue says nothing the cue before did not end with.
bool onlyRepeats(const std::vector<std::string>& before, const std::vector<std::string>& cue) {
  return !cue.empty() && cue.size() <= before.size() &&
         std::equal(cue.begin(), cue.end(), before.end() - static_cast<long>(cue.size()));
}

}  // namespace

void removeRepeats(std::vector<CueText>& cues, bool hasWordTimings) {
  const std::size_t n = cues.size();
  std::vector<std::vector<std::string>> lines(n);
  std::vector<bool> usable(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& pieces = *cues[i].pieces;
    usable[i] = !pieces.empty() && std::none_of(pieces.begin(), pieces.end(), [](const Piece& p) { return p.voiced; });
    if (usable[i]) lines[i] = linesOf(pieces);
  }
  std::vector<std::size_t> drop(n, 0);  // lines to drop from the start; SIZE_MAX: the whole cue
  std::vector<bool> repeatOnly(n, false);
  int restating = 0;
  int multiLine = 0;
  std::size_t previous = n;
  for (std::size_t i = 0; i < n; ++i) {
    if (!usable[i]) {
      if (!cues[i].pieces->empty()) previous = n;  // a voiced cue breaks the roll
      continue;
    }
    if (previous < n) {
      if (lines[i].size() >= 2) ++multiLine;
      drop[i] = restated(lines[previous], lines[i]);
      restating += drop[i] > 0;
      repeatOnly[i] = drop[i] == 0 && onlyRepeats(lines[previous], lines[i]);
    }
    previous = i;
  }
  const bool rolling = restating > 0 && restating * 2 >= multiLine && (restating >= 2 || hasWordTimings);
  if (!rolling) return;
  for (std::size_t i = 0; i < n; ++i) {
    auto& pieces = *cues[i].pieces;
    if (repeatOnly[i] && cues[i].end - cues[i].start <= kRepeatOnlySeconds) {
      pieces.clear();
      continue;
    }
    if (drop[i] == 0) continue;
    // Drop the pieces of the first drop[i] payload lines.
    std::size_t seenLines = 0;
    int current = -1;
    std::size_t keepFrom = 0;
    for (; keepFrom < pieces.size(); ++keepFrom) {
      if (pieces[keepFrom].line != current) {
        if (seenLines == drop[i]) break;
        current = pieces[keepFrom].line;
        ++seenLines;
      }
    }
    pieces.erase(pieces.begin(), pieces.begin() + static_cast<long>(keepFrom));
  }
}

}  // namespace coachscope::core::transcript_rolling
