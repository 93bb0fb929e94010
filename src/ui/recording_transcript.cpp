// The transcript beside the player: the current cue highlighted and kept in view, search,
// click-to-seek; the speaker mapping with the assessor-ready export; and the evidence hints.
#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

#include "core/transcript_export.h"
#include "store/atomic_file.h"
#include "ui/fonts.h"
#include "session/observer_session.h"
#include "ui/recording_parts.h"
#include "session/recording_session.h"

namespace coachscope::ui {
namespace {

bool containsIgnoringCase(const std::string& haystack, const std::string& needle) {
  if (needle.empty()) return true;
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
  return it != haystack.end();
}

ImVec4 roleColour(core::SpeakerRole role) {
  switch (role) {
    case core::SpeakerRole::Coach: return palette().accent;
    case core::SpeakerRole::Client: return palette().good;
    case core::SpeakerRole::Unassigned: break;
  }
  return palette().muted;
}

// Seeks the recording (through the observer's clock, so the observer hears of it too).
void seekRecording(AppState& state, double seconds) {
  if (state.observer.clock && state.observer.clock->canSeek()) {
    seekTo(state.observer, seconds);
  } else if (state.recording.player) {
    state.recording.player->seekTo(seconds);
  }
}

// What the reader skipped or repaired, collapsed under one line so the cues keep the room.
void drawWarnings(const core::Transcript& t) {
  if (t.warnings.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
  const bool open = ImGui::CollapsingHeader(
      fmt::format("{} warning{}: cues skipped or repaired###transcript-warnings", t.warnings.size(),
                  t.warnings.size() == 1 ? "" : "s")
          .c_str());
  ImGui::PopStyleColor();
  if (!open) return;
  const float height = std::min(ImGui::GetTextLineHeightWithSpacing() * 6.5f, ImGui::GetContentRegionAvail().y * 0.4f);
  if (ImGui::BeginChild("warnings", ImVec2(0, height), true, ImGuiWindowFlags_HorizontalScrollbar)) {
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(t.warnings.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        ImGui::TextUnformatted(t.warnings[static_cast<std::size_t>(i)].message().c_str());
      }
    }
  }
  ImGui::EndChild();
}

void drawCues(AppState& state) {
  session::RecordingState& r = state.recording;
  RecordingView& v = state.recordingView;
  const core::Transcript& t = *r.transcript;
  drawWarnings(t);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("Follow").x - 40);
  ImGui::InputTextWithHint("##search", "search the transcript", &v.search);
  ImGui::SameLine();
  ImGui::Checkbox("Follow", &v.followPlayback);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Keep the cue being spoken in view");

  const double now = r.player ? r.player->framePosition() : 0;
  // A little ahead: an exact seek to a cue's start can land a few milliseconds short of it.
  const int current = t.cueIndexAt(now + 0.02);
  std::vector<int> rows;
  for (int i = 0; i < static_cast<int>(t.cues.size()); ++i) {
    const core::Cue& cue = t.cues[static_cast<std::size_t>(i)];
    if (containsIgnoringCase(cue.text, v.search) || containsIgnoringCase(cue.speaker, v.search)) rows.push_back(i);
  }
  if (!v.search.empty()) ImGui::TextColored(palette().muted, "%zu of %zu cues match", rows.size(), t.cues.size());
  if (!ImGui::BeginChild("cues", ImVec2(0, 0), true)) {
    ImGui::EndChild();
    return;
  }
  if (v.shownTranscript != r.transcriptLoads) {  // another transcript: bring its current cue into view
    v.shownTranscript = r.transcriptLoads;
    v.shownCue = -2;
  }
  const bool scrollToCurrent = v.followPlayback && current != v.shownCue && v.search.empty();
  const float timeWidth = ImGui::CalcTextSize("0:00:00").x + ImGui::GetStyle().ItemSpacing.x;
  for (int i : rows) {
    const core::Cue& cue = t.cues[static_cast<std::size_t>(i)];
    ImGui::PushID(i);
    const bool isCurrent = i == current;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (isCurrent) {  // text on the top channel, the highlight drawn under it once its size is known
      draw->ChannelsSplit(2);
      draw->ChannelsSetCurrent(1);
    }
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().mono);
    ImGui::TextColored(palette().muted, "%s", mediaTime(cue.start).c_str());
    ImGui::PopFont();
    ImGui::SameLine(timeWidth);
    ImGui::BeginGroup();
    if (!cue.speaker.empty()) {
      ImGui::PushFont(fonts().bold);
      ImGui::TextColored(roleColour(r.roles.role(cue.speaker)), "%s", r.roles.label(cue.speaker).c_str());
      ImGui::PopFont();
      if (r.roles.role(cue.speaker) != core::SpeakerRole::Unassigned) {
        ImGui::SameLine();
        ImGui::TextColored(palette().muted, "%s", cue.speaker.c_str());
      }
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(cue.text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::EndGroup();
    const ImVec2 end(ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x, ImGui::GetItemRectMax().y);
    if (isCurrent) {
      draw->ChannelsSetCurrent(0);
      draw->AddRectFilled(ImVec2(start.x - 4, start.y - 2), ImVec2(end.x, end.y + 2), ImGui::GetColorU32(ImGuiCol_Header),
                          3.0f);
      draw->AddRectFilled(ImVec2(start.x - 4, start.y - 2), ImVec2(start.x - 1, end.y + 2),
                          ImGui::GetColorU32(palette().accent));
      draw->ChannelsMerge();
      if (scrollToCurrent) ImGui::SetScrollHereY(0.3f);
    }
    // The whole row is the click target: seek to the cue.
    ImGui::SetCursorScreenPos(start);
    if (ImGui::InvisibleButton("cue", ImVec2(std::max(1.0f, end.x - start.x), std::max(1.0f, end.y - start.y)))) {
      seekRecording(state, cue.start);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Line %d: click to play from %s", cue.line, mediaTime(cue.start, true).c_str());
    ImGui::PopID();
  }
  if (scrollToCurrent) v.shownCue = current;
  ImGui::EndChild();
}

void drawSpeakers(AppState& state) {
  session::RecordingState& r = state.recording;
  RecordingView& v = state.recordingView;
  const std::vector<std::string> speakers = r.transcript->speakers();
  if (speakers.empty()) {
    ImGui::TextWrapped("This transcript names no speakers, so coach and client cannot be told apart.");
  } else if (r.rolesGuessed) {
    ImGui::TextColored(palette().warning, "Guessed (the coach asks more questions): check.");
  }
  static const char* const kRoles[] = {"Unassigned", "Coach", "Client"};
  for (const std::string& speaker : speakers) {
    ImGui::PushID(speaker.c_str());
    int role = static_cast<int>(r.roles.role(speaker));
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("Unassigned").x + 40);
    if (ImGui::Combo("##role", &role, kRoles, 3)) setSpeakerRole(state, speaker, static_cast<core::SpeakerRole>(role));
    ImGui::SameLine();
    ImGui::TextUnformatted(speaker.c_str());
    ImGui::PopID();
  }
  ImGui::Separator();
  ImGui::TextUnformatted("Assessor-ready transcript");
  ImGui::TextColored(palette().muted, "Coach and client on separate lines, a timestamp at each change of speaker.");
  if (v.exportPath.empty()) v.exportPath = r.transcriptPath.parent_path() / (r.transcriptPath.stem().string() + "-assessor.html");
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputText("##export", &v.exportPath);
  auto write = [&](bool html) {
    std::filesystem::path path = v.exportPath;
    if (!html && path.extension() == ".html") path.replace_extension(".txt");
    if (html && path.extension() == ".txt") path.replace_extension(".html");
    const std::string title = fmt::format("Transcript: {}", r.transcriptPath.filename().string());
    const std::string text = html ? core::exportTranscriptHtml(*r.transcript, r.roles, title)
                                  : core::exportTranscriptText(*r.transcript, r.roles, title);
    auto written = store::writeFileAtomically(path, text);
    v.exportMessage = written ? "Written to " + path.string() : written.error().message();
  };
  if (ImGui::Button("Export HTML")) write(true);
  ImGui::SameLine();
  if (ImGui::Button("Export text")) write(false);
  if (!v.exportMessage.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(palette().muted, "%s", v.exportMessage.c_str());
    ImGui::PopTextWrapPos();
  }
}

void drawHints(AppState& state) {
  session::RecordingState& r = state.recording;
  ImGui::TextColored(palette().muted, "Hints to check against the recording, not scores.");
  float threshold = static_cast<float>(r.evidenceSettings.silenceSeconds);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
  if (ImGui::SliderFloat("silence", &threshold, 2.0f, 30.0f, "silences over %.0f s")) {
    r.evidenceSettings.silenceSeconds = threshold;
    refreshEvidence(state);
  }
  if (!ImGui::BeginChild("hints", ImVec2(0, 0), true)) {
    ImGui::EndChild();
    return;
  }
  int index = 0;
  for (const core::EvidenceHint& hint : r.hints) {
    ImGui::PushID(index++);
    if (!hint.markerCode.empty()) {
      ImGui::PushFont(fonts().bold);
      ImGui::TextColored(palette().accent, "%s", hint.markerCode.c_str());
      ImGui::PopFont();
      ImGui::SameLine();
    }
    if (hint.time >= 0) {
      if (ImGui::SmallButton(mediaTime(hint.time).c_str())) seekRecording(state, hint.time);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play from here");
      ImGui::SameLine();
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(hint.text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopID();
  }
  ImGui::EndChild();
}

}  // namespace

void drawTranscriptTabs(AppState& state) {
  session::RecordingState& r = state.recording;
  RecordingView& v = state.recordingView;
  if (!r.transcript) {
    ImGui::TextColored(palette().muted, "No transcript.");
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("Load").x - 24);
    takeOfferedPaths(state);
    ImGui::InputTextWithHint("##load-transcript", "WebVTT or SRT file", &v.transcriptInput);
    ImGui::SameLine();
    ImGui::BeginDisabled(v.transcriptInput.empty());
    if (ImGui::Button("Load")) openTranscript(state, v.transcriptInput);
    ImGui::EndDisabled();
    return;
  }
  if (ImGui::BeginTabBar("transcript-tabs")) {
    if (ImGui::BeginTabItem("Transcript")) {
      drawCues(state);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Speakers")) {
      drawSpeakers(state);
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Hints")) {
      drawHints(state);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
}

}  // namespace coachscope::ui
