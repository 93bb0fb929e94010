#include "core/transcript.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>

#include "core/transcript_webvtt.h"

namespace coachscope::core {

std::vector<std::string> Transcript::speakers() const {
  std::vector<std::string> names;
  for (const Cue& cue : cues) {
    if (!cue.speaker.empty() && std::find(names.begin(), names.end(), cue.speaker) == names.end()) {
      names.push_back(cue.speaker);
    }
  }
  return names;
}

double Transcript::endTime() const {
  double end = 0;
  for (const Cue& cue : cues) end = std::max(end, cue.end);
  return end;
}

int Transcript::cueIndexAt(double seconds) const {
  auto after = std::upper_bound(cues.begin(), cues.end(), seconds,
                                [](double t, const Cue& cue) { return t < cue.start; });
  return static_cast<int>(after - cues.begin()) - 1;
}

const char* toString(SpeakerRole role) {
  switch (role) {
    case SpeakerRole::Coach: return "Coach";
    case SpeakerRole::Client: return "Client";
    case SpeakerRole::Unassigned: break;
  }
  return "Unassigned";
}

SpeakerRole SpeakerRoles::role(const std::string& speaker) const {
  auto it = bySpeaker.find(speaker);
  return it == bySpeaker.end() ? SpeakerRole::Unassigned : it->second;
}

std::string SpeakerRoles::label(const std::string& speaker) const {
  const SpeakerRole r = role(speaker);
  if (r != SpeakerRole::Unassigned) return toString(r);
  return speaker.empty() ? "Unknown speaker" : speaker;
}

SpeakerRoles guessSpeakerRoles(const Transcript& transcript) {
  SpeakerRoles roles;
  const std::vector<std::string> names = transcript.speakers();
  if (names.size() != 2) return roles;
  int questions[2] = {0, 0};
  for (const Cue& cue : transcript.cues) {
    const int who = cue.speaker == names[0] ? 0 : cue.speaker == names[1] ? 1 : -1;
    if (who >= 0) questions[who] += static_cast<int>(std::count(cue.text.begin(), cue.text.end(), '?'));
  }
  const int coach = questions[1] > questions[0] ? 1 : 0;
  roles.bySpeaker[names[coach]] = SpeakerRole::Coach;
  roles.bySpeaker[names[1 - coach]] = SpeakerRole::Client;
  return roles;
}

Result<SpeakerRoles> parseSpeakerRoles(std::string_view text) {
  SpeakerRoles roles;
  while (!text.empty()) {
    const std::size_t comma = text.find(',');
    std::string_view entry = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
    const std::size_t eq = entry.rfind('=');
    auto trimmed = [](std::string_view s) {
      while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
      while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
      return std::string(s);
    };
    const std::string name = eq == std::string_view::npos ? "" : trimmed(entry.substr(0, eq));
    std::string role = eq == std::string_view::npos ? "" : trimmed(entry.substr(eq + 1));
    std::transform(role.begin(), role.end(), role.begin(), [](unsigned char c) { return std::tolower(c); });
    if (name.empty() || (role != "coach" && role != "client")) {
      return Error{"--speakers", "", fmt::format("\"{}\" should be NAME=coach or NAME=client", trimmed(entry))};
    }
    roles.bySpeaker[name] = role == "coach" ? SpeakerRole::Coach : SpeakerRole::Client;
  }
  return roles;
}

std::string TranscriptWarning::message() const {
  std::string out = fmt::format("line {}: {}", line, reason);
  if (!skipped.empty()) out += fmt::format("; skipped: \"{}\"", skipped);
  return out;
}

namespace {

// The WEBVTT signature at the start, after a byte order mark.
bool startsAsWebVtt(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const std::size_t end = bytes.find_first_of("\r\n");
  return webvtt::hasSignature(bytes.substr(0, end));
}

constexpr std::uintmax_t kMaxTranscriptBytes = 256ull << 20;  // 40,000 cues take about 4 MB

}  // namespace

Result<Transcript> parseTranscript(std::string_view bytes, const std::string& name) {
  return startsAsWebVtt(bytes) ? parseWebVtt(bytes, name) : parseSrt(bytes, name);
}

Result<Transcript> loadTranscriptFile(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return Error{name, "", "cannot open the transcript (missing or unreadable)"};
  if (std::filesystem::is_directory(status)) return Error{name, "", "this is a folder, not a transcript file"};
  // A FIFO or device would block or never end: only a plain file is read.
  if (!std::filesystem::is_regular_file(status)) {
    return Error{name, "", "not a regular file (a pipe, socket or device); give the transcript file itself"};
  }
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxTranscriptBytes) {
    return Error{name, "", fmt::format("{} MB is too large for a transcript", size >> 20)};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{name, "", "cannot open the transcript (missing or unreadable)"};
  std::string bytes;
  if (!ec) bytes.reserve(static_cast<std::size_t>(size));
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{name, "", "the transcript could not be read to the end"};
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".vtt" || ext == ".webvtt" || startsAsWebVtt(bytes)) return parseWebVtt(bytes, name);
  return parseSrt(bytes, name);
}

}  // namespace coachscope::core
