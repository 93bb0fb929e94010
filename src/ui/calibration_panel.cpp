#include "ui/calibration_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <fmt/format.h>

#include <algorithm>

#include "core/clock_text.h"
#include "core/moderation.h"
#include "ui/calibration_timeline.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace coachscope::ui {
namespace {

void heading(const char* text) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(palette().accent, "%s", text);
  ImGui::PopFont();
}

std::string tutorOf(const core::Observation& o) { return o.context.tutor.empty() ? "(no tutor)" : o.context.tutor; }

std::string ratingText(const core::Framework& f, const core::CompetencyRating& r,
                       const std::optional<core::Judgement>& judgement, const core::Competency& competency) {
  if (judgement) {
    for (const auto& option : competency.judgementOptions) {
      if (option.id == judgement->optionId) return option.label;
    }
    return judgement->optionId;
  }
  if (r.notObserved) return "not observed";
  if (!r.level) return "—";
  const core::ScaleLevel* level = f.scale.level(*r.level);
  if (!level) return std::to_string(*r.level);
  // "Competent (at PCC standard)" -> "Competent": the column is narrow; the tooltip has the rest.
  const std::string& label = level->label;
  return fmt::format("{} {}", *r.level, label.substr(0, label.find(" (")));
}

// Observation files dropped on the window while this tab is open are loaded for comparison.
void takeDroppedObservations(AppState& state) {
  std::vector<std::string> rest;
  for (const std::string& path : state.droppedFiles) {
    if (path.size() > 5 && path.substr(path.size() - 5) == ".json" && path.find("observation") != std::string::npos) {
      addCalibrationFile(state, path);
    } else {
      rest.push_back(path);
    }
  }
  state.droppedFiles = std::move(rest);
}

void drawSources(AppState& state) {
  session::CalibrationState& c = state.calibration;
  if (!c.scanned) {
    scanWorkspaceSessions(state);
    // Open on the most recent double-marked session, so there is something to look at.
    if (c.loaded.empty() && !c.sessions.empty()) loadWorkspaceSession(state, 0);
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Session");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(440);
  const std::string preview = c.sessionChoice >= 0 && c.sessionChoice < static_cast<int>(c.sessions.size())
                                  ? c.sessions[c.sessionChoice].label
                                  : (c.sessions.empty() ? "No double-marked session in the workspace" : "Choose…");
  if (ImGui::BeginCombo("##session", preview.c_str())) {
    for (std::size_t i = 0; i < c.sessions.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(c.sessions[i].label.c_str(), static_cast<int>(i) == c.sessionChoice)) {
        loadWorkspaceSession(state, i);
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (ImGui::Button("Rescan")) scanWorkspaceSessions(state);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(260);
  const bool enter = ImGui::InputTextWithHint("##path", "…or an observation file (or drop one here)", &state.calibrationView.pathInput,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button("Add") || enter) && !state.calibrationView.pathInput.empty()) {
    if (addCalibrationFile(state, state.calibrationView.pathInput)) state.calibrationView.pathInput.clear();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(110);
  if (ImGui::InputFloat("Tolerance (s)", &c.toleranceSeconds, 1.0f, 5.0f, "±%.0f")) {
    c.toleranceSeconds = std::clamp(c.toleranceSeconds, 0.0f, 600.0f);
    c.dirty = true;
  }

  if (c.loaded.empty()) return;
  const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV;
  if (ImGui::BeginTable("loaded", 7, flags)) {
    ImGui::TableSetupColumn("A");
    ImGui::TableSetupColumn("B");
    ImGui::TableSetupColumn("Reference");
    ImGui::TableSetupColumn("Tutor");
    ImGui::TableSetupColumn("Session");
    ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("");
    ImGui::TableHeadersRow();
    std::optional<std::size_t> remove;
    for (std::size_t i = 0; i < c.loaded.size(); ++i) {
      const session::CalibrationEntry& e = c.loaded[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      if (ImGui::RadioButton("##a", c.indexA == i) && c.indexB != i) {
        c.indexA = i;
        c.choices.clear();
        c.dirty = true;
      }
      ImGui::TableNextColumn();
      if (ImGui::RadioButton("##b", c.indexB == i) && c.indexA != i) {
        c.indexB = i;
        c.choices.clear();
        c.dirty = true;
      }
      ImGui::TableNextColumn();
      if (ImGui::RadioButton("##ref", c.referenceIndex == i)) {
        c.referenceIndex = c.referenceIndex == i ? std::nullopt : std::optional<std::size_t>(i);
        c.dirty = true;
      }
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(tutorOf(e.observation).c_str());
      ImGui::TableNextColumn();
      const auto& ctx = e.observation.context;
      ImGui::TextUnformatted(fmt::format("{} · {} · coachee {}", ctx.learnerName, ctx.date.substr(0, 10),
                                         ctx.coacheePseudonym).c_str());
      ImGui::TableNextColumn();
      ImGui::TextColored(palette().muted, "%s", e.file.filename().string().c_str());
      ImGui::TableNextColumn();
      if (ImGui::SmallButton("Remove")) remove = i;
      ImGui::PopID();
    }
    ImGui::EndTable();
    if (remove) {
      c.loaded.erase(c.loaded.begin() + static_cast<std::ptrdiff_t>(*remove));
      c.referenceIndex.reset();
      for (std::size_t i = 0; i < c.loaded.size(); ++i) {
        if (c.loaded[i].observation.reference && !c.referenceIndex) c.referenceIndex = i;
      }
      c.indexA = 0;
      c.indexB = 1;
      c.choices.clear();
      c.dirty = true;
    }
  }
}

void drawSideBySide(AppState& state, const core::Framework& f) {
  session::CalibrationState& c = state.calibration;
  const core::ObservationComparison& comparison = *c.comparison;
  const core::Observation& a = c.loaded[c.indexA].observation;
  const core::Observation& b = c.loaded[c.indexB].observation;
  const std::vector<std::string> disputed = core::competenciesInDispute(f, {&a, &b});
  heading("Ratings side by side");
  const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg;
  if (ImGui::BeginTable("ratings", 4, flags)) {
    ImGui::TableSetupColumn("Competency", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(("A  " + tutorOf(a)).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn(("B  " + tutorOf(b)).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Agreed", ImGuiTableColumnFlags_WidthFixed, 90);
    ImGui::TableHeadersRow();
    const Palette& p = palette();
    for (const core::CompetencyComparison& row : comparison.competencies) {
      const core::Competency* competency = f.competency(row.competencyId);
      if (!competency) continue;
      ImGui::PushID(row.competencyId.c_str());
      ImGui::TableNextRow();
      if (row.disagreement()) {
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImVec4(p.danger.x, p.danger.y, p.danger.z, 0.22f)));
      } else if (row.verdict == core::RatingVerdict::Adjacent) {
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImVec4(p.warning.x, p.warning.y, p.warning.z, 0.16f)));
      }
      ImGui::TableNextColumn();
      const std::string& title = competency->shortTitle.empty() ? competency->title : competency->shortTitle;
      ImGui::TextUnformatted(fmt::format("{}  {}", competency->id, title).c_str());
      for (int side = 0; side < 2; ++side) {
        ImGui::TableNextColumn();
        const core::CompetencyRating& rating = side == 0 ? row.a : row.b;
        ImGui::TextUnformatted(ratingText(f, rating, side == 0 ? row.judgementA : row.judgementB, *competency).c_str());
        if (ImGui::IsItemHovered() && (!rating.rationale.empty() || rating.level)) {
          const core::ScaleLevel* level = rating.level ? f.scale.level(*rating.level) : nullptr;
          ImGui::BeginTooltip();
          ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
          if (level) ImGui::Text("%d %s", level->value, level->label.c_str());
          if (!rating.rationale.empty()) ImGui::TextUnformatted(rating.rationale.c_str());
          ImGui::PopTextWrapPos();
          ImGui::EndTooltip();
        }
      }
      ImGui::TableNextColumn();
      if (std::find(disputed.begin(), disputed.end(), row.competencyId) != disputed.end()) {
        auto it = c.choices.find(row.competencyId);
        const int chosen = it == c.choices.end() ? -1 : it->second;
        if (ImGui::RadioButton("A", chosen == 0)) c.choices[row.competencyId] = 0;
        ImGui::SameLine();
        if (ImGui::RadioButton("B", chosen == 1)) c.choices[row.competencyId] = 1;
      } else {
        ImGui::TextColored(p.muted, "%s", row.verdict == core::RatingVerdict::BothMissing ? "—" : "same");
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }

  ImGui::Spacing();
  heading("Marker events");
  ImGui::TextColored(palette().muted, "Matched within ±%.0f s per marker: %d matched, %d only A, %d only B",
                     c.toleranceSeconds, comparison.matchedCount(), comparison.onlyACount(), comparison.onlyBCount());
  if (ImGui::BeginTable("markers", 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("Marker", ImGuiTableColumnFlags_WidthStretch, 2.6f);
    ImGui::TableSetupColumn("Matched");
    ImGui::TableSetupColumn("Only A");
    ImGui::TableSetupColumn("Only B");
    ImGui::TableHeadersRow();
    for (const core::MarkerComparison& m : comparison.markers) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const core::Marker* marker = f.marker(m.code);
      const std::string label = marker && !marker->shortLabel.empty() ? m.code + "  " + marker->shortLabel : m.code;
      ImGui::TextUnformatted(label.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%zu", m.matched.size());
      ImGui::TableNextColumn();
      ImGui::TextColored(m.onlyA.empty() ? palette().muted : palette().danger, "%zu", m.onlyA.size());
      ImGui::TableNextColumn();
      ImGui::TextColored(m.onlyB.empty() ? palette().muted : palette().danger, "%zu", m.onlyB.size());
    }
    ImGui::EndTable();
  }

  ImGui::Spacing();
  heading("Notes of both, in time order");
  for (const core::TimelineNote& n : comparison.notes) {
    ImGui::PushFont(fonts().mono);
    ImGui::TextColored(palette().muted, "%s %s", core::formatClock(n.note.time).c_str(), n.side == 0 ? "A" : "B");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextWrapped("%s", n.note.text.c_str());
  }
}

// A dot or square in the timeline's colours, then the legend text on the same line.
void legendMark(const ImVec4& colour, bool square) {
  const float size = ImGui::GetTextLineHeight();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(size, size));
  const ImVec2 centre(at.x + size * 0.5f, at.y + size * 0.5f);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (square) {
    draw->AddRectFilled(ImVec2(centre.x - 3.5f, centre.y - 3.5f), ImVec2(centre.x + 3.5f, centre.y + 3.5f), ImGui::GetColorU32(colour));
  } else {
    draw->AddCircleFilled(centre, 5.0f, ImGui::GetColorU32(colour));
  }
  ImGui::SameLine(0, 2);
}

void statisticRow(const char* label, const core::Statistic& s) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(label);
  ImGui::TableNextColumn();
  if (s.value) {
    ImGui::Text("%.3f", *s.value);
  } else {
    ImGui::TextColored(palette().muted, "not enough data");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.undefinedReason.c_str());
  }
  ImGui::TableNextColumn();
  ImGui::TextColored(palette().muted, "n=%d", s.items);
}

void drawStatistics(AppState& state) {
  session::CalibrationState& c = state.calibration;
  if (c.report) {
    const core::AgreementReport& r = *c.report;
    ImGui::TextColored(palette().muted, "%d session(s), %d observation(s), %d pair(s); ratings of all competencies",
                       r.sessions, r.observations, r.pairs);
    if (ImGui::BeginTable("stats", 3, ImGuiTableFlags_SizingStretchProp)) {
      statisticRow("Exact agreement", r.exact);
      statisticRow("Adjacent (±1 point)", r.adjacent);
      statisticRow("Cohen's kappa", r.kappa);
      statisticRow("Quadratic-weighted kappa", r.weightedKappa);
      statisticRow("Krippendorff's alpha (ordinal)", r.alpha);
      statisticRow("Marker events (positive agr.)", r.markerPositive);
      ImGui::EndTable();
    }
    for (const std::string& w : r.warnings) ImGui::TextColored(palette().warning, "%s", w.c_str());
  }
  if (c.deviation) {
    const core::ReferenceDeviation& d = *c.deviation;
    const bool aIsReference = c.referenceIndex == c.indexA;
    ImGui::Spacing();
    heading("Deviation from the reference");
    ImGui::TextColored(palette().muted, "%s against the reference scoring by %s",
                       tutorOf(c.loaded[aIsReference ? c.indexB : c.indexA].observation).c_str(),
                       tutorOf(c.loaded[*c.referenceIndex].observation).c_str());
    if (ImGui::BeginTable("deviation", 3, ImGuiTableFlags_SizingStretchProp)) {
      statisticRow("Mean |difference| (points)", d.meanAbsoluteDeviation);
      statisticRow("Mean difference (+ = higher)", d.meanSignedDeviation);
      statisticRow("Same level as reference", d.exact);
      statisticRow("Reference markers found", d.markerRecall);
      statisticRow("Markers the reference has", d.markerPrecision);
      ImGui::EndTable();
    }
    std::string off;
    for (const auto& row : d.competencies) {
      if (row.difference && *row.difference != 0) off += fmt::format("{}{}: {:+d}", off.empty() ? "" : ",  ", row.competencyId, *row.difference);
      if (row.judgementDiffers) off += fmt::format("{}{}: other judgement", off.empty() ? "" : ",  ", row.competencyId);
    }
    if (!off.empty()) ImGui::TextWrapped("Off the reference: %s", off.c_str());
  }
}

void drawModeration(AppState& state) {
  session::CalibrationState& c = state.calibration;
  ImGui::TextWrapped("Choose A or B for each highlighted competency, then write the agreed observation. The originals stay as they are.");
  ImGui::SetNextItemWidth(-110);
  ImGui::InputTextWithHint("Moderator", "your name", &c.moderator);
  ImGui::SetNextItemWidth(-110);
  ImGui::InputTextWithHint("Reason", "e.g. internal verification sample", &c.reason);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Written feedback from");
  ImGui::SameLine();
  ImGui::RadioButton("A##feedback", &c.feedbackFrom, 0);
  ImGui::SameLine();
  ImGui::RadioButton("B##feedback", &c.feedbackFrom, 1);
  ImGui::Checkbox("Merge the agreed observation into the learner's record", &c.mergeIntoRecord);
  if (ImGui::Button("Write agreed observation")) writeAgreedObservation(state);
  if (!c.result.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(c.resultIsError ? palette().danger : palette().good, "%s", c.result.c_str());
    ImGui::PopTextWrapPos();
  }
}

}  // namespace

void drawCalibrationPanel(AppState& state) {
  session::CalibrationState& c = state.calibration;
  if (!state.droppedFiles.empty()) takeDroppedObservations(state);
  drawSources(state);
  if (c.loaded.size() < 2) {
    ImGui::Spacing();
    ImGui::TextWrapped(
        "Load two or more observations of the same session — the same recording, or the same live session seen by "
        "two tutors — to see where the assessors agree, and to moderate their scores.");
    return;
  }
  refreshCalibration(state);
  for (const std::string& problem : c.problems) ImGui::TextColored(palette().danger, "%s", problem.c_str());
  const core::Framework* f = state.catalog.framework(c.loaded[c.indexA].observation.frameworkKey());
  if (!c.comparison || !f) return;

  ImGui::Spacing();
  drawCalibrationTimelines(state, 132.0f);
  const Palette& p = palette();
  legendMark(p.good, false);
  ImGui::TextColored(p.muted, "marker seen by both (joined)");
  ImGui::SameLine();
  legendMark(p.danger, false);
  ImGui::TextColored(p.muted, "seen by one assessor only");
  ImGui::SameLine();
  legendMark(p.accent, true);
  ImGui::TextColored(p.muted, "note   — click a mark to select it%s",
                     calibrationCanSeek(state) ? " and seek the recording there" : "");
  ImGui::Spacing();
  const float avail = ImGui::GetContentRegionAvail().x;
  if (ImGui::BeginChild("calibration-left", ImVec2(avail * 0.58f, 0), false)) drawSideBySide(state, *f);
  ImGui::EndChild();
  ImGui::SameLine();
  if (ImGui::BeginChild("calibration-right", ImVec2(0, 0), false)) {
    if (ImGui::BeginTabBar("calibration-views")) {
      if (ImGui::BeginTabItem("Agreement")) {
        drawStatistics(state);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem("Moderation")) {
        drawModeration(state);
        ImGui::EndTabItem();
      }
      ImGui::EndTabBar();
    }
  }
  ImGui::EndChild();
}

}  // namespace coachscope::ui
