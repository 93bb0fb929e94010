// The player: the video texture (or a position bar for audio), the seek bar and the transport.
#include <fmt/format.h>
#include <imgui.h>

#include <cmath>

#include "ui/fonts.h"
#include "ui/keys.h"
#include "ui/recording_pane.h"
#include "ui/recording_parts.h"
#include "session/recording_session.h"

namespace coachscope::ui {
namespace {

const Shortcut kBack5{Key::Left, Ctrl};
const Shortcut kForward5{Key::Right, Ctrl};
const Shortcut kBack30{Key::Left, Ctrl | Shift};
const Shortcut kForward30{Key::Right, Ctrl | Shift};
const Shortcut kFrameBack{Key::Comma, Ctrl};
const Shortcut kFrameForward{Key::Period, Ctrl};
const Shortcut kSlower{Key::Minus, Ctrl};
const Shortcut kFaster{Key::Equal, Ctrl};

constexpr double kSpeeds[] = {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};

void stepSpeed(media::MediaPlayer& player, int direction) {
  const double now = player.state().speed;
  if (direction > 0) {
    for (double s : kSpeeds) {
      if (s > now + 1e-3) return player.setSpeed(s);
    }
  } else {
    for (auto it = std::rbegin(kSpeeds); it != std::rend(kSpeeds); ++it) {
      if (*it < now - 1e-3) return player.setSpeed(*it);
    }
  }
}

// Audio only: a wide bar with the position, so there is something to look at and click.
void drawAudioBar(media::MediaPlayer& player, float width) {
  const media::PlaybackState& s = player.state();
  const float height = ImGui::GetFrameHeight() * 2.2f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("audio-bar", ImVec2(width, height));
  if (ImGui::IsItemActivated() && s.duration > 0) {
    const float x = (ImGui::GetIO().MousePos.x - origin.x) / width;
    player.seekTo(std::clamp(x, 0.0f, 1.0f) * s.duration);
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 back = ImGui::GetColorU32(ImGuiCol_FrameBg);
  const ImU32 fill = ImGui::GetColorU32(palette().accent);
  draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), back, 4.0f);
  const float done = s.duration > 0 ? static_cast<float>(player.framePosition() / s.duration) : 0.0f;
  draw->AddRectFilled(origin, ImVec2(origin.x + width * std::clamp(done, 0.0f, 1.0f), origin.y + height),
                      ImGui::GetColorU32(ImGuiCol_FrameBgActive), 4.0f);
  draw->AddLine(ImVec2(origin.x + width * done, origin.y), ImVec2(origin.x + width * done, origin.y + height), fill, 2.0f);
  const std::string label = fmt::format("audio  {}", mediaTime(player.framePosition()));
  const ImVec2 size = ImGui::CalcTextSize(label.c_str());
  draw->AddText(ImVec2(origin.x + (width - size.x) / 2, origin.y + (height - size.y) / 2),
                ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
}

}  // namespace

std::string mediaTime(double seconds, bool tenths) {
  seconds = std::max(0.0, seconds);
  const long whole = static_cast<long>(seconds);
  std::string text = whole >= 3600 ? fmt::format("{}:{:02}:{:02}", whole / 3600, whole / 60 % 60, whole % 60)
                                   : fmt::format("{}:{:02}", whole / 60, whole % 60);
  if (tenths) text += fmt::format(".{}", static_cast<int>((seconds - whole) * 10));
  return text;
}

void drawPlayer(AppState& state, float width) {
  media::MediaPlayer& player = *state.recording.player;
  const media::PlaybackState& s = player.state();
  if (s.hasVideo) {
    const unsigned texture = player.renderVideo();
    const float aspect = s.videoWidth > 0 && s.videoHeight > 0 ? static_cast<float>(s.videoHeight) / s.videoWidth : 9.0f / 16.0f;
    float w = width;
    float h = w * aspect;
    const float maxHeight = ImGui::GetContentRegionAvail().y * 0.36f;
    if (h > maxHeight && maxHeight > 60) {
      h = maxHeight;
      w = h / aspect;
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - w) / 2);
    }
    if (texture) {
      ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture)), ImVec2(w, h));
      if (ImGui::IsItemClicked()) player.togglePause();
    } else {
      ImGui::Dummy(ImVec2(w, h));
      ImGui::GetWindowDrawList()->AddRectFilled(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), IM_COL32(0, 0, 0, 255));
    }
  } else if (s.loaded) {
    drawAudioBar(player, width);
  } else {
    ImGui::TextColored(palette().muted, "Opening…");
  }
}

void drawTransport(AppState& state) {
  media::MediaPlayer& player = *state.recording.player;
  const media::PlaybackState& s = player.state();
  // Seek bar: dragging seeks exactly; the label is position / duration.
  float position = static_cast<float>(player.framePosition());
  const std::string label = fmt::format("{} / {}", mediaTime(position, true), mediaTime(s.duration));
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::SliderFloat("##seek", &position, 0.0f, static_cast<float>(std::max(s.duration, 0.1)), label.c_str(),
                         ImGuiSliderFlags_NoRoundToFormat)) {
    player.seekTo(position);
  }
  auto button = [](const char* label, const char* tip) {
    const bool clicked = ImGui::Button(label);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
    ImGui::SameLine();
    return clicked;
  };
  if (button("-30", "Back 30 seconds (Ctrl+Shift+Left)")) player.seekBy(-30);
  if (button("-5", "Back 5 seconds (Ctrl+Left)")) player.seekBy(-5);
  if (button(s.paused ? "Play##toggle" : "Pause##toggle", "Play or pause (F5: the session clock)")) player.togglePause();
  if (button("+5", "Forward 5 seconds (Ctrl+Right)")) player.seekBy(5);
  if (button("+30", "Forward 30 seconds (Ctrl+Shift+Right)")) player.seekBy(30);
  if (s.hasVideo) {
    if (button("<|", "One frame back (Ctrl+,)")) player.frameBackStep();
    if (button("|>", "One frame forward (Ctrl+.)")) player.frameStep();
  }
  ImGui::NewLine();
  float speed = static_cast<float>(s.speed);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
  if (ImGui::SliderFloat("##speed", &speed, 0.5f, 2.0f, "speed %.2fx")) player.setSpeed(std::round(speed * 20) / 20);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Playback speed; the voice keeps its pitch (Ctrl+- / Ctrl+=)");
  ImGui::SameLine();
  float volume = static_cast<float>(s.volume);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::SliderFloat("##volume", &volume, 0.0f, 100.0f, "volume %.0f")) player.setVolume(volume);
  ImGui::Checkbox("Pause while I type a note", &state.observer.settings.autopause);
}

void handleTransportKeys(AppState& state) {
  if (ImGui::GetIO().WantTextInput) return;  // Ctrl+arrows move the cursor in a note
  media::MediaPlayer& player = *state.recording.player;
  for (const session::KeyEvent& e : frameKeys()) {
    if (pressed(e, kBack5, true)) player.seekBy(-5);
    if (pressed(e, kForward5, true)) player.seekBy(5);
    if (pressed(e, kBack30, true)) player.seekBy(-30);
    if (pressed(e, kForward30, true)) player.seekBy(30);
    if (pressed(e, kFrameBack, true)) player.frameBackStep();
    if (pressed(e, kFrameForward, true)) player.frameStep();
    if (pressed(e, kSlower)) stepSpeed(player, -1);
    if (pressed(e, kFaster)) stepSpeed(player, +1);
  }
}

std::vector<ShortcutHelp> recordingShortcuts() {
  return {{describe(kBack5) + " / " + describe(kForward5), "Recording: back / forward 5 seconds"},
          {describe(kBack30) + " / " + describe(kForward30), "Recording: back / forward 30 seconds"},
          {describe(kFrameBack) + " / " + describe(kFrameForward), "Recording: one video frame back / forward"},
          {describe(kSlower) + " / " + describe(kFaster), "Recording: slower / faster (0.5x to 2x, pitch kept)"}};
}

}  // namespace coachscope::ui
