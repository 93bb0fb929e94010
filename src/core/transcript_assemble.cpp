#include "core/transcript_assemble.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>

#include "core/transcript_excerpt.h"
#include "core/transcript_markup.h"
#include "core/transcript_rolling.h"
#include "core/transcript_speakers.h"
#include "core/transcript_timestamp.h"

namespace coachscope::core {
namespace {

using transcript_raw::RawCue;
using transcript_time::format;

constexpr double kEpsilon = 1e-6;

Error noCue(const transcript_raw::RawTranscript& raw, const std::string& name, const char* syntax) {
  if (raw.skippedCues > 0) {
    return Error{name, fmt::format("line {}", raw.firstSkipped.line),
                 fmt::format("no cue could be read: {} {} skipped; the first: {}", raw.skippedCues,
                             raw.skippedCues == 1 ? "cue was" : "cues were", raw.firstSkipped.reason)};
  }
  if (std::string_view(syntax) == "WebVTT") {
    return Error{name, "", "no cues: the file has a WEBVTT header but no timing line (00:00:01.000 --> 00:00:04.000)"};
  }
  return Error{name, "", "no cues: expected SubRip (a number, a timing line 00:00:01,000 --> 00:00:04,000 and text) or WebVTT"};
}

// The file had a <00:00:01.000> word timing somewhere: the mark of automatic captions.
bool hasWordTimings(const std::vector<RawCue>& cues) {
  for (const RawCue& cue : cues) {
    for (std::string_view line : cue.payload) {
      for (std::size_t at = line.find('<'); at != std::string_view::npos; at = line.find('<', at + 1)) {
        if (at + 1 < line.size() && line[at + 1] >= '0' && line[at + 1] <= '9') return true;
      }
    }
  }
  return false;
}

struct Spoken {
  Cue cue;
  bool markedUnknown = false;
};

// Carries a speaker over to the unnamed cue that follows them, and trims a speaker's own
// overlaps of up to a quarter second. Unknown speakers take part in neither.
// Carries a speaker over to the unnamed cue that follows them. Unknown speakers are not carried.
void attribute(std::vector<Spoken>& spoken) {
  std::unordered_map<std::string, double> latestEnd;  // speaker -> the latest end of their cues
  for (std::size_t i = 0; i < spoken.size(); ++i) {
    Cue& cue = spoken[i].cue;
    if (cue.speaker.empty() && !spoken[i].markedUnknown && i > 0 && !spoken[i - 1].cue.speaker.empty()) {
      const std::string& candidate = spoken[i - 1].cue.speaker;
      if (cue.start + kOwnOverlapTrimSeconds + kEpsilon >= latestEnd[candidate]) {
        cue.speaker = candidate;
        cue.speakerInferred = true;
      }
    }
    if (!cue.speaker.empty()) latestEnd[cue.speaker] = std::max(latestEnd[cue.speaker], cue.end);
  }
}

// Trims a speaker's own overlaps of up to a quarter second; a larger one is kept and warned of
// once (`warnKept`). Returns whether any cue was trimmed: trimming can turn a larger overlap with
// a third cue into a small one, so the caller repeats until nothing changes.
bool trimOwnOverlaps(std::vector<Spoken>& spoken, std::vector<TranscriptWarning>& warnings, bool warnKept) {
  std::unordered_map<std::string, std::vector<std::size_t>> open;  // speaker -> cues still running
  bool trimmed = false;
  for (std::size_t i = 0; i < spoken.size(); ++i) {
    Cue& cue = spoken[i].cue;
    if (cue.speaker.empty()) continue;
    std::vector<std::size_t>& running = open[cue.speaker];
    const std::string who = visibleExcerpt(cue.speaker, 40);
    bool warnedKept = !warnKept;
    for (std::size_t k : running) {
      Cue& before = spoken[k].cue;
      const double overlap = before.end - cue.start;
      if (overlap <= kEpsilon) continue;
      if (overlap <= kOwnOverlapTrimSeconds + kEpsilon) {
        warnings.push_back({cue.line,
                            fmt::format("{}'s cue starts {:.3f} s before their cue at line {} ends; that cue now ends at {}",
                                        who, overlap, before.line, format(cue.start)),
                            ""});
        before.end = cue.start;
        trimmed = true;
      } else if (!warnedKept) {
        warnedKept = true;
        warnings.push_back({cue.line,
                            fmt::format("{}'s cue starts {:.2f} s before their cue at line {} ends ({}); both are kept",
                                        who, overlap, before.line, format(before.end)),
                            ""});
      }
    }
    // Only cues still running later can overlap a later cue (cues come in order of start).
    std::erase_if(running, [&](std::size_t k) { return spoken[k].cue.end <= cue.start + kEpsilon; });
    running.push_back(i);
  }
  return trimmed;
}

void attributeAndTrim(std::vector<Spoken>& spoken, std::vector<TranscriptWarning>& warnings) {
  attribute(spoken);
  // Each pass only shortens cues to another cue's start, so the passes come to an end.
  for (bool first = true; trimOwnOverlaps(spoken, warnings, first); first = false) {
  }
}

}  // namespace

Result<Transcript> assembleTranscript(transcript_raw::RawTranscript raw, const std::string& name, const char* syntax) {
  if (raw.cues.empty()) return noCue(raw, name, syntax);
  Transcript transcript;
  transcript.source = name;
  transcript.syntax = syntax;
  std::vector<TranscriptWarning>& warnings = raw.warnings;
  std::vector<RawCue>& cues = raw.cues;

  // Times: a cue cannot end before it starts; one that says so keeps its words, with no length.
  for (RawCue& cue : cues) {
    if (cue.end < cue.start) {
      warnings.push_back({cue.line,
                          fmt::format("the cue ends at {}, before it starts at {}; it is kept with no length",
                                      format(cue.end), format(cue.start)),
                          ""});
      cue.end = cue.start;
    }
  }
  // Order: the file's order where it is right, time order where it is not.
  double latestStart = -std::numeric_limits<double>::infinity();
  const RawCue* latest = nullptr;
  for (const RawCue& cue : cues) {
    if (latest && cue.start < latestStart) {
      warnings.push_back({cue.line,
                          fmt::format("this cue starts at {}, before the cue at line {} ({}); it is put in time order",
                                      format(cue.start), latest->line, format(latestStart)),
                          ""});
    } else {
      latestStart = cue.start;
      latest = &cue;
    }
  }
  std::stable_sort(cues.begin(), cues.end(), [](const RawCue& a, const RawCue& b) { return a.start < b.start; });

  std::vector<std::vector<transcript_markup::Piece>> pieces(cues.size());
  std::vector<transcript_rolling::CueText> texts(cues.size());
  for (std::size_t i = 0; i < cues.size(); ++i) {
    pieces[i] = transcript_markup::readCueText(cues[i].payload);
    texts[i] = {cues[i].start, cues[i].end, &pieces[i]};
  }
  transcript_rolling::removeRepeats(texts, hasWordTimings(cues));
  const std::vector<std::vector<transcript_speakers::Segment>> segments = transcript_speakers::attribute(pieces);

  // Several speakers in one cue share its time in proportion to how much each says.
  std::vector<Spoken> spoken;
  spoken.reserve(cues.size());
  for (std::size_t i = 0; i < cues.size(); ++i) {
    const RawCue& raw_cue = cues[i];
    const auto& parts = segments[i];
    std::size_t total = 0;
    for (const auto& s : parts) total += s.text.size();
    double at = raw_cue.start;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      Spoken s;
      s.cue.start = at;
      s.cue.end = k + 1 == parts.size() ? raw_cue.end
                                        : at + (raw_cue.end - raw_cue.start) * static_cast<double>(parts[k].text.size()) /
                                                   static_cast<double>(total);
      at = s.cue.end;
      s.cue.speaker = parts[k].speaker;
      s.cue.text = parts[k].text;
      s.cue.id = raw_cue.id;
      s.cue.settings = raw_cue.settings;
      s.cue.line = raw_cue.line;
      s.markedUnknown = parts[k].markedUnknown;
      spoken.push_back(std::move(s));
    }
  }
  if (spoken.empty()) return Error{name, "", "no cue holds any text"};
  std::stable_sort(spoken.begin(), spoken.end(), [](const Spoken& a, const Spoken& b) { return a.cue.start < b.cue.start; });
  attributeAndTrim(spoken, warnings);

  transcript.cues.reserve(spoken.size());
  for (Spoken& s : spoken) transcript.cues.push_back(std::move(s.cue));
  std::stable_sort(warnings.begin(), warnings.end(),
                   [](const TranscriptWarning& a, const TranscriptWarning& b) { return a.line < b.line; });
  transcript.warnings = std::move(warnings);
  return transcript;
}

}  // namespace coachscope::core
