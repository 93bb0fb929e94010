#include "ui/recording_pane.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <utility>

#include "ui/fonts.h"
#include "ui/recording_parts.h"
#include "session/recording_session.h"

namespace coachscope::ui {

void takeOfferedPaths(AppState& state) {
  session::RecordingState& r = state.recording;
  RecordingView& v = state.recordingView;
  if (!r.offeredMediaPath.empty()) v.mediaInput = std::exchange(r.offeredMediaPath, {});
  if (!r.offeredTranscriptPath.empty()) v.transcriptInput = std::exchange(r.offeredTranscriptPath, {});
}

namespace {

// No recording yet: paths to open, or drop files onto the window.
void drawOpenForm(AppState& state) {
  RecordingView& v = state.recordingView;
  takeOfferedPaths(state);
  ImGui::TextWrapped("Open the recording of this session (mp4, m4a, mp3, wav, webm, mkv) and, if you have it, "
                     "its transcript (WebVTT or SRT). You can also drop the files onto the window.");
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##media", "recording file", &v.mediaInput);
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##transcript", "transcript file (optional)", &v.transcriptInput);
  ImGui::BeginDisabled(v.mediaInput.empty());
  if (ImGui::Button("Open recording")) openRecording(state, v.mediaInput, v.transcriptInput);
  ImGui::EndDisabled();
}

// The file has gone (or is not the one scored): find it again.
void drawRelink(AppState& state) {
  session::RecordingState& r = state.recording;
  RecordingView& v = state.recordingView;
  ImGui::TextColored(palette().muted, "Find the recording (size and content are checked):");
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##relink", "new location of the recording", &v.relinkInput);
  ImGui::BeginDisabled(v.relinkInput.empty());
  if (ImGui::Button("Relink")) relinkRecording(state, v.relinkInput, false);
  ImGui::EndDisabled();
  if (r.relinkMismatch) {
    ImGui::SameLine();
    if (ImGui::Button("Use it anyway")) {
      if (!v.relinkInput.empty()) {
        relinkRecording(state, v.relinkInput, true);
      } else {  // the file already open differs from the one scored: the tutor accepts it
        r.expected.reset();
        r.relinkMismatch = false;
        r.relinkMessage = "Using this file, at your request";
      }
    }
  }
}

void drawWarnings(AppState& state) {
  session::RecordingState& r = state.recording;
  if (r.refusedLink) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(palette().warning, "Not opened: %s", r.refusedMessage.c_str());
    ImGui::TextColored(palette().muted, "Your scoring is kept. Open it only if you know the file.");
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Open it anyway")) confirmNamedRecording(state);
    drawRelink(state);
  }
  if (!r.playerError.empty()) ImGui::TextColored(palette().danger, "%s", r.playerError.c_str());
  if (r.player && r.player->state().failed) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(palette().danger, "%s", r.player->state().error.c_str());
    ImGui::TextColored(palette().muted, "Your scoring is kept; notes and events stay as they are.");
    if (!r.relinkMessage.empty()) ImGui::TextColored(palette().warning, "%s", r.relinkMessage.c_str());
    ImGui::PopTextWrapPos();
    drawRelink(state);
  } else if (!r.relinkMessage.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(r.relinkMismatch ? palette().warning : palette().good, "%s", r.relinkMessage.c_str());
    ImGui::PopTextWrapPos();
    if (r.relinkMismatch) drawRelink(state);
  }
  if (!r.transcriptError.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(palette().danger, "Transcript not loaded: %s", r.transcriptError.c_str());
    ImGui::PopTextWrapPos();
  }
  for (const core::RecordingWarning& w : recordingWarnings(state)) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(palette().warning, "! %s", w.text.c_str());
    ImGui::PopTextWrapPos();
  }
}

// Files dropped while the pane is visible: media opens, a transcript loads.
void takeDroppedFiles(AppState& state) {
  std::vector<std::string> unclaimed;
  for (const std::string& path : state.droppedFiles) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".vtt" || ext == ".srt") {
      openTranscript(state, path);
    } else if (ext == ".mp4" || ext == ".m4a" || ext == ".mp3" || ext == ".wav" || ext == ".webm" || ext == ".mkv" ||
               ext == ".mov" || ext == ".ogg" || ext == ".opus" || ext == ".flac" || ext == ".aac") {
      openRecording(state, path, state.recording.transcriptPath);
    } else {
      unclaimed.push_back(path);
    }
  }
  state.droppedFiles = std::move(unclaimed);
}

}  // namespace

void drawRecordingPane(AppState& state) {
  if (!state.droppedFiles.empty()) takeDroppedFiles(state);
  updateRecording(state);
  session::RecordingState& r = state.recording;
  if (r.player) r.player->update(ImGui::GetIO().BackendRendererName != nullptr);
  const float width = ImGui::GetContentRegionAvail().x;

  if (!r.player || r.mediaPath.empty()) {
    drawOpenForm(state);
  } else {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(r.mediaPath.filename().string().c_str());
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.mediaPath.string().c_str());
    if (!r.player->state().failed) {
      drawPlayer(state, width);
      drawTransport(state);
      handleTransportKeys(state);
    }
  }
  drawWarnings(state);
  ImGui::Separator();
  drawTranscriptTabs(state);
}

}  // namespace coachscope::ui
