#include "ui/calibration_timeline.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "core/clock_text.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace coachscope::ui {
namespace {

ImU32 colour(const ImVec4& c, float alpha = 1.0f) { return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, c.w * alpha)); }

// A tick step (seconds) that gives at most about ten labels across the session.
double tickStep(double duration) {
  for (double step : {30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0}) {
    if (duration / step <= 10.0) return step;
  }
  return 3600.0;
}

std::string who(const core::Observation& o, const char* side) {
  return fmt::format("{}  {}", side, o.context.tutor.empty() ? "(no tutor)" : o.context.tutor);
}

}  // namespace

bool calibrationCanSeek(const AppState& state) {
  const session::CalibrationState& c = state.calibration;
  if (c.loaded.size() < 2 || !state.observer.clock || !state.observer.clock->canSeek()) return false;
  const core::Observation& open = state.observer.stack.observation();
  auto sameRecording = [&](const core::Observation& o) {
    return o.media && open.media && !o.media->contentHash.empty() && o.media->contentHash == open.media->contentHash;
  };
  return sameRecording(c.loaded[c.indexA].observation) || sameRecording(c.loaded[c.indexB].observation);
}

void drawCalibrationTimelines(AppState& state, float height) {
  session::CalibrationState& c = state.calibration;
  if (!c.comparison) return;
  const core::ObservationComparison& comparison = *c.comparison;
  const core::Observation& a = c.loaded[c.indexA].observation;
  const core::Observation& b = c.loaded[c.indexB].observation;

  double duration = std::max({a.durationSeconds, b.durationSeconds, 60.0});
  for (const auto& m : comparison.markers) {
    for (const auto& p : m.matched) duration = std::max({duration, p.a.time, p.b.time});
    for (const auto& e : m.onlyA) duration = std::max(duration, e.time);
    for (const auto& e : m.onlyB) duration = std::max(duration, e.time);
  }
  for (const auto& n : comparison.notes) duration = std::max(duration, n.note.time);

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::InvisibleButton("##timelines", ImVec2(width, height));
  const bool clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const Palette& p = palette();
  const float labelWidth = 150.0f;
  const float left = origin.x + labelWidth, right = origin.x + width - 16.0f;
  const float laneA = origin.y + height * 0.28f, laneB = origin.y + height * 0.66f;
  const float axis = origin.y + height - 14.0f;
  auto xOf = [&](double t) { return left + static_cast<float>(t / duration) * (right - left); };

  draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), 4.0f);
  // Lanes and their tutors.
  for (int side = 0; side < 2; ++side) {
    const float y = side == 0 ? laneA : laneB;
    draw->AddLine(ImVec2(left, y), ImVec2(right, y), colour(p.muted, 0.6f), 1.0f);
    const std::string label = who(side == 0 ? a : b, side == 0 ? "A" : "B");
    draw->AddText(ImVec2(origin.x + 8, y - ImGui::GetTextLineHeight() * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                  label.c_str());
  }
  // Time axis.
  const double step = tickStep(duration);
  for (double t = 0; t <= duration + 1e-6; t += step) {
    const float x = xOf(t);
    draw->AddLine(ImVec2(x, laneA - 16), ImVec2(x, axis - 12), colour(p.muted, 0.18f));
    const std::string text = core::formatClock(t);
    draw->AddText(ImVec2(x - ImGui::CalcTextSize(text.c_str()).x * 0.5f, axis - 10), colour(p.muted), text.c_str());
  }
  // The selection, with the tolerance window around it.
  if (c.selectedTime >= 0) {
    const float x = xOf(c.selectedTime);
    const float halfBand = static_cast<float>(c.toleranceSeconds / duration) * (right - left);
    draw->AddRectFilled(ImVec2(x - halfBand, laneA - 18), ImVec2(x + halfBand, laneB + 18), colour(p.accent, 0.12f));
    draw->AddLine(ImVec2(x, laneA - 18), ImVec2(x, laneB + 18), colour(p.accent), 2.0f);
  }

  state.calibrationView.targets.clear();
  const float r = 5.5f;
  float lastLabelEnd[2] = {-1e9f, -1e9f};
  auto mark = [&](const core::MarkerEvent& e, int side, bool matched) {
    const float x = xOf(e.time), y = side == 0 ? laneA : laneB;
    const bool selected = e.id == c.selectedId;
    if (matched) {
      draw->AddCircleFilled(ImVec2(x, y), r, colour(p.good));
    } else {
      // Evidence only one assessor recorded: the disagreement to look at.
      draw->AddCircleFilled(ImVec2(x, y), r + 1.5f, colour(p.danger));
      draw->AddCircle(ImVec2(x, y), r + 5.0f, colour(p.danger, 0.5f), 0, 1.5f);
    }
    if (selected) draw->AddCircle(ImVec2(x, y), r + 8.0f, colour(p.accent), 0, 2.0f);
    const ImVec2 size = ImGui::CalcTextSize(e.markerCode.c_str());
    if (x - size.x * 0.5f > lastLabelEnd[side] + 4) {
      const float ty = side == 0 ? y - r - 6 - size.y : y + r + 6;
      draw->AddText(ImVec2(x - size.x * 0.5f, ty), matched ? colour(p.muted) : colour(p.danger), e.markerCode.c_str());
      lastLabelEnd[side] = x + size.x * 0.5f;
    }
    state.calibrationView.targets.push_back({x, y, r + 4, e.time, e.id});
  };
  for (const auto& m : comparison.markers) {
    for (const auto& pair : m.matched) {
      draw->AddLine(ImVec2(xOf(pair.a.time), laneA), ImVec2(xOf(pair.b.time), laneB), colour(p.good, 0.55f), 2.0f);
    }
  }
  for (const auto& m : comparison.markers) {
    for (const auto& pair : m.matched) {
      mark(pair.a, 0, true);
      mark(pair.b, 1, true);
    }
    for (const auto& e : m.onlyA) mark(e, 0, false);
    for (const auto& e : m.onlyB) mark(e, 1, false);
  }
  // Notes: small squares just inside the lanes (above A's, below B's), so both sets line up in time.
  for (const auto& n : comparison.notes) {
    const float x = xOf(n.note.time);
    const float y = n.side == 0 ? laneA + 12 : laneB - 12;
    const bool selected = n.note.id == c.selectedId;
    draw->AddRectFilled(ImVec2(x - 3.5f, y - 3.5f), ImVec2(x + 3.5f, y + 3.5f), colour(p.accent, selected ? 1.0f : 0.7f));
    state.calibrationView.targets.push_back({x, y, 6.0f, n.note.time, n.note.id});
  }

  // Nearest mark under the mouse: tooltip on hover, select (and seek) on click.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const TimelineTarget* nearest = nullptr;
  float best = 1e9f;
  for (const TimelineTarget& t : state.calibrationView.targets) {
    const float d = std::hypot(mouse.x - t.x, mouse.y - t.y);
    if (d <= t.radius + 3 && d < best) {
      best = d;
      nearest = &t;
    }
  }
  if (hovered && nearest) {
    ImGui::BeginTooltip();
    for (const auto& m : comparison.markers) {
      auto describeEvent = [&](const core::MarkerEvent& e, const char* what) {
        if (e.id == nearest->id) ImGui::Text("%s at %s — %s", e.markerCode.c_str(), core::formatClock(e.time).c_str(), what);
      };
      for (const auto& pair : m.matched) {
        describeEvent(pair.a, "matched");
        describeEvent(pair.b, "matched");
      }
      for (const auto& e : m.onlyA) describeEvent(e, "only A recorded it");
      for (const auto& e : m.onlyB) describeEvent(e, "only B recorded it");
    }
    for (const auto& n : comparison.notes) {
      if (n.note.id == nearest->id) {
        ImGui::Text("%s note at %s", n.side == 0 ? "A's" : "B's", core::formatClock(n.note.time).c_str());
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
        ImGui::TextUnformatted(n.note.text.c_str());
        ImGui::PopTextWrapPos();
      }
    }
    ImGui::EndTooltip();
  }
  if (clicked) {
    if (nearest) {
      c.selectedId = nearest->id;
      c.selectedTime = nearest->time;
    } else if (mouse.x >= left && mouse.x <= right) {
      c.selectedId.clear();
      c.selectedTime = (mouse.x - left) / (right - left) * duration;
    }
    if (c.selectedTime >= 0 && calibrationCanSeek(state)) {
      state.observer.clock->seek(c.selectedTime);
    }
  }
}

}  // namespace coachscope::ui
