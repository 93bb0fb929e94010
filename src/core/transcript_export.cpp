#include "core/transcript_export.h"

#include <fmt/format.h>

#include "core/clock_text.h"

namespace coachscope::core {
namespace {

// "00:01:05": assessors cite times in hours, minutes and seconds.
std::string stamp(double seconds) {
  const long total = static_cast<long>(seconds);
  return fmt::format("{:02}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
}

std::string who(const SpeakerRoles& roles, const std::string& speaker) {
  const SpeakerRole role = roles.role(speaker);
  if (role == SpeakerRole::Unassigned) return speaker.empty() ? "Speaker" : speaker;
  return speaker.empty() ? toString(role) : fmt::format("{} ({})", toString(role), speaker);
}

}  // namespace

std::vector<Turn> turnsOf(const Transcript& transcript) {
  std::vector<Turn> turns;
  for (const Cue& cue : transcript.cues) {
    if (!turns.empty() && turns.back().speaker == cue.speaker) {
      turns.back().text += " " + cue.text;
      turns.back().end = std::max(turns.back().end, cue.end);
    } else {
      turns.push_back({cue.start, cue.end, cue.speaker, cue.text});
    }
  }
  return turns;
}

std::string exportTranscriptText(const Transcript& transcript, const SpeakerRoles& roles, const std::string& title) {
  std::string out = title + "\n";
  std::vector<std::string> people;
  for (const std::string& speaker : transcript.speakers()) {
    if (roles.role(speaker) != SpeakerRole::Unassigned) {
      people.push_back(fmt::format("{}: {}", toString(roles.role(speaker)), speaker));
    }
  }
  if (!people.empty()) out += fmt::format("{}\n", fmt::join(people, ", "));
  out += "\n";
  for (const Turn& turn : turnsOf(transcript)) {
    out += fmt::format("[{}] {}: {}\n\n", stamp(turn.start), who(roles, turn.speaker), turn.text);
  }
  return out;
}

std::string exportTranscriptHtml(const Transcript& transcript, const SpeakerRoles& roles, const std::string& title) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{0}</title>\n<style>\n"
      "body {{ font-family: 'DejaVu Sans', sans-serif; max-width: 48em; margin: 2em auto; line-height: 1.5; }}\n"
      "p.turn {{ margin: 0 0 0.8em 0; }}\n"
      ".time {{ font-family: 'DejaVu Sans Mono', monospace; color: #555; margin-right: 0.6em; }}\n"
      ".who {{ font-weight: bold; margin-right: 0.4em; }}\n"
      ".coach .who {{ color: #1f5f99; }}\n.client .who {{ color: #7a3b00; }}\n"
      "</style>\n</head>\n<body>\n<h1>{0}</h1>\n",
      escapeHtml(title));
  for (const std::string& speaker : transcript.speakers()) {
    if (roles.role(speaker) != SpeakerRole::Unassigned) {
      out += fmt::format("<p class=\"people\">{}: {}</p>\n", toString(roles.role(speaker)), escapeHtml(speaker));
    }
  }
  for (const Turn& turn : turnsOf(transcript)) {
    const SpeakerRole role = roles.role(turn.speaker);
    const char* cls = role == SpeakerRole::Coach ? "coach" : role == SpeakerRole::Client ? "client" : "other";
    out += fmt::format("<p class=\"turn {}\"><span class=\"time\">{}</span><span class=\"who\">{}:</span>{}</p>\n", cls,
                       stamp(turn.start), escapeHtml(who(roles, turn.speaker)), escapeHtml(turn.text));
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace coachscope::core
