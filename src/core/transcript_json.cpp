#include "core/transcript_json.h"

#include <cctype>
#include <cmath>
#include <map>
#include <string>

namespace coachscope::core {
namespace {

std::string lower(const char* text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

double milliseconds(double seconds) { return std::round(seconds * 1000) / 1000; }

}  // namespace

nlohmann::ordered_json transcriptToJson(const Transcript& transcript, const SpeakerRoles& roles, bool rolesGuessed) {
  nlohmann::ordered_json cues = nlohmann::ordered_json::array();
  struct Tally {
    int cues = 0;
    double seconds = 0;
  };
  std::map<std::string, Tally> tally;
  for (const Cue& cue : transcript.cues) {
    cues.push_back({{"start", milliseconds(cue.start)},
                    {"end", milliseconds(cue.end)},
                    {"speaker", cue.speaker.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(cue.speaker)},
                    {"speakerInferred", cue.speakerInferred},
                    {"text", cue.text},
                    {"id", cue.id},
                    {"line", cue.line}});
    Tally& t = tally[cue.speaker];
    ++t.cues;
    t.seconds += cue.end - cue.start;
  }
  nlohmann::ordered_json speakers = nlohmann::ordered_json::array();
  auto speaker = [&](const std::string& name) {
    const Tally& t = tally[name];
    speakers.push_back({{"name", name.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(name)},
                        {"label", roles.label(name)},
                        {"role", lower(toString(roles.role(name)))},
                        {"roleGuessed", rolesGuessed && roles.role(name) != SpeakerRole::Unassigned},
                        {"cues", t.cues},
                        {"seconds", milliseconds(t.seconds)}});
  };
  for (const std::string& name : transcript.speakers()) speaker(name);
  if (tally.count("")) speaker("");
  nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
  for (const TranscriptWarning& w : transcript.warnings) {
    warnings.push_back({{"line", w.line}, {"reason", w.reason}, {"skipped", w.skipped}, {"message", w.message()}});
  }
  return {{"format", "coachscope.transcript/1"}, {"file", transcript.source}, {"syntax", transcript.syntax},
          {"cues", std::move(cues)},          {"speakers", std::move(speakers)},  {"warnings", std::move(warnings)}};
}

}  // namespace coachscope::core
