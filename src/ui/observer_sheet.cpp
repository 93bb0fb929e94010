// The right column, the observation sheet: a rating per competency (the level descriptors shown
// while choosing, rationale, not observed, the evidence beside it and the suggestion from the
// evidence, never applied by itself), judgement competencies, and the overall feedback.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/clock_text.h"
#include "ui/fonts.h"
#include "ui/observer_parts.h"
#include "session/observer_session.h"
#include "session/recording_session.h"

namespace coachscope::ui::observer {
namespace {

std::string levelText(const core::RatingScale& scale, int value) {
  const core::ScaleLevel* level = scale.level(value);
  return std::to_string(value) + " · " + (level ? level->label : "?");
}

void drawEvidenceLine(const core::CompetencyEvidence& e) {
  ImGui::TextColored(palette().muted, "Evidence: %d events · %d/%d markers · %d tagged notes", e.events,
                     e.markersSeen, e.markersPossible, e.taggedNotes);
}

void drawJudgement(session::ObserverState& o, const core::Competency& c) {
  const auto& judgements = o.stack.observation().judgements;
  auto it = judgements.find(c.id);
  const core::Judgement* current = it == judgements.end() ? nullptr : &it->second;
  ImGui::TextWrapped("%s", c.judgementGuidance.c_str());
  for (const core::JudgementOption& option : c.judgementOptions) {
    const bool chosen = current && current->optionId == option.id;
    if (option.concern) ImGui::PushStyleColor(ImGuiCol_Text, palette().danger);
    if (ImGui::RadioButton(option.label.c_str(), chosen)) setJudgement(o, c.id, option.id);
    if (option.concern) ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  ImGui::NewLine();
  if (!current) return;
  const core::JudgementOption* option = nullptr;
  for (const auto& opt : c.judgementOptions) {
    if (opt.id == current->optionId) option = &opt;
  }
  std::string reason = current->reason;
  const char* hint = option && option->reasonRequired ? "Reason (required)" : "Reason (optional)";
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputTextWithHint("##reason", hint, &reason) && !escapePressed()) setJudgementReason(o, c.id, reason);
  if (ImGui::IsItemDeactivatedAfterEdit()) closeTyping(o);
  if (option && option->reasonRequired && current->reason.empty()) {
    ImGui::TextColored(palette().danger, "Say why: a concern needs a reason.");
  }
}

void drawRating(session::ObserverState& o, ObserverView& v, const core::Framework& f, const core::Competency& c,
                const core::CompetencyEvidence* e) {
  const auto& ratings = o.stack.observation().ratings;
  auto it = ratings.find(c.id);
  const core::CompetencyRating* rating = it == ratings.end() ? nullptr : &it->second;
  const std::string preview = rating && rating->notObserved ? "Not observed"
                              : rating && rating->level    ? levelText(f.scale, *rating->level)
                                                           : "Not rated";
  ImGui::SetNextItemWidth(std::min(260.0f, ImGui::GetContentRegionAvail().x * 0.55f));
  if (ImGui::BeginCombo("##level", preview.c_str())) {
    for (const core::ScaleLevel& level : f.scale.levels) {
      const bool chosen = rating && rating->level == level.value;
      if (ImGui::Selectable(levelText(f.scale, level.value).c_str(), chosen)) setRating(o, c.id, level.value, false);
      ImGui::Indent();
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 380);
      ImGui::TextColored(palette().muted, "%s", level.descriptor.c_str());
      ImGui::PopTextWrapPos();
      ImGui::Unindent();
    }
    ImGui::Separator();
    if (ImGui::Selectable("Not observed", rating && rating->notObserved)) setRating(o, c.id, std::nullopt, true);
    if (ImGui::Selectable("Clear rating", false)) setRating(o, c.id, std::nullopt, false);
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  bool notObserved = rating && rating->notObserved;
  if (ImGui::Checkbox("Not observed", &notObserved)) setRating(o, c.id, std::nullopt, notObserved);

  // Before any evidence is in (nothing recorded, the clock not started), "Not evident" would only
  // be noise on every competency: the suggestion waits for the session.
  const core::Observation& obs = o.stack.observation();
  const bool sessionUnderway = !obs.events.empty() || !obs.notes.empty() || clockNow(o) > 0;
  if (e && e->suggestedLevel && sessionUnderway) {
    const bool agrees = rating && rating->level == e->suggestedLevel;
    ImGui::TextColored(agrees ? palette().good : palette().accent, "Suggested: %s",
                       levelText(f.scale, *e->suggestedLevel).c_str());
    if (wantTooltip()) {
      ImGui::SetTooltip("From the evidence: %s.\nA suggestion only; the rating is yours.", e->suggestionReason.c_str());
    }
    if (!agrees) {
      ImGui::SameLine();
      if (ImGui::SmallButton("Use")) setRating(o, c.id, e->suggestedLevel, false);
    }
    ImGui::SameLine();
    ImGui::TextColored(palette().muted, "(%s)", e->suggestionReason.c_str());
  }
  if (rating && rating->level) {
    if (const core::ScaleLevel* level = f.scale.level(*rating->level)) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextColored(palette().muted, "%s", level->descriptor.c_str());
      ImGui::PopTextWrapPos();
    }
  }
  if (v.focusRationale && o.selectedCompetency == c.id) {
    ImGui::SetKeyboardFocusHere();
    v.focusRationale = false;
  }
  std::string rationale = rating ? rating->rationale : std::string();
  if (ImGui::InputTextMultiline("##rationale", &rationale, ImVec2(-1, ImGui::GetTextLineHeight() * 2.6f)) &&
      !escapePressed()) {
    setRationale(o, c.id, rationale);
  }
  if (ImGui::IsItemActivated()) o.selectedCompetency = c.id;
  if (ImGui::IsItemDeactivatedAfterEdit()) closeTyping(o);
  if (rationale.empty() && !ImGui::IsItemActive()) {
    const ImVec2 min = ImGui::GetItemRectMin();
    ImGui::GetWindowDrawList()->AddText(ImVec2(min.x + 6, min.y + 4), ImGui::GetColorU32(palette().muted),
                                        "Rationale: why this rating (Ctrl+R)");
  }
}

// What the transcript suggests about this competency's markers (talk time, question style,
// silences, interruptions): hints to check by ear, never a score. Timed ones seek the recording.
void drawTranscriptHints(session::ObserverState& o, const session::RecordingState& recording, const core::Framework& f,
                         const core::Competency& c) {
  constexpr int kTimedShown = 4;
  for (const core::Marker* marker : f.evidenceMarkersOf(c)) {
    const std::vector<const core::EvidenceHint*> hints = hintsForMarker(recording, marker->code);
    if (hints.empty()) continue;
    ImGui::PushID(marker->code.c_str());
    int timed = 0;
    for (const core::EvidenceHint* hint : hints) {
      if (hint->time < 0) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(palette().accent, "Transcript hint %s: %s", marker->code.c_str(), hint->text.c_str());
        ImGui::PopTextWrapPos();
      }
    }
    for (const core::EvidenceHint* hint : hints) {
      if (hint->time < 0) continue;
      if (timed == 0) ImGui::TextColored(palette().muted, "%s in the transcript:", marker->code.c_str());
      if (++timed > kTimedShown) continue;
      ImGui::SameLine();
      ImGui::PushID(timed);
      if (ImGui::SmallButton(core::formatClock(hint->time).c_str()) && o.clock && o.clock->canSeek()) {
        o.clock->seek(hint->time);
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", hint->text.c_str());
      ImGui::PopID();
    }
    if (timed > kTimedShown) {
      ImGui::SameLine();
      ImGui::TextColored(palette().muted, "+%d more (Hints tab)", timed - kTimedShown);
    }
    ImGui::PopID();
  }
}

void drawRatings(session::ObserverState& o, ObserverView& v, const session::RecordingState& recording, const core::Framework& f) {
  const core::EvidenceSummary& evidence = evidenceFor(o, f);
  for (const core::Competency& c : f.competencies) {
    ImGui::PushID(c.id.c_str());
    const bool selected = o.selectedCompetency == c.id;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::PushFont(fonts().bold);
    if (ImGui::Selectable((c.id + "  " + c.title).c_str(), selected)) o.selectedCompetency = c.id;
    ImGui::PopFont();
    if (selected && v.scrollToCompetency) {
      ImGui::SetScrollHereY(0.1f);
      v.scrollToCompetency = false;
    }
    const core::CompetencyEvidence* e = evidence.of(c.id);
    if (c.evidence == core::EvidenceKind::Judgement) {
      drawJudgement(o, c);
    } else {
      if (e) drawEvidenceLine(*e);
      if (!recording.hints.empty()) drawTranscriptHints(o, recording, f, c);
      drawRating(o, v, f, c, e);
    }
    if (selected) {
      const ImVec2 bottom = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(top.x - 6, top.y), ImVec2(top.x - 3, bottom.y),
                                                ImGui::GetColorU32(palette().accent));
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PopID();
  }
}

void drawOverall(session::ObserverState& o) {
  const struct {
    core::SheetText field;
    const char* title;
    const char* hint;
  } parts[] = {
      {core::SheetText::Strengths, "Strengths", "What the learner did well"},
      {core::SheetText::DevelopmentAreas, "Development areas", "What to work on next"},
      {core::SheetText::Feedback, "Written feedback for the learner", "Feedback the learner will read"},
      {core::SheetText::CoacheeFeedback, "The coachee's feedback on the session", "In the coachee's own words"},
  };
  const float height = std::max(ImGui::GetTextLineHeight() * 3, (ImGui::GetContentRegionAvail().y - 110) / 4);
  for (const auto& part : parts) {
    ImGui::PushID(static_cast<int>(part.field));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(part.title);
    ImGui::PopFont();
    std::string text = core::sheetText(o.stack.observation(), part.field);
    if (ImGui::InputTextMultiline("##text", &text, ImVec2(-1, height)) && !escapePressed()) setSheetText(o, part.field, text);
    if (ImGui::IsItemDeactivatedAfterEdit()) closeTyping(o);
    if (text.empty() && !ImGui::IsItemActive()) {
      const ImVec2 min = ImGui::GetItemRectMin();
      ImGui::GetWindowDrawList()->AddText(ImVec2(min.x + 6, min.y + 4), ImGui::GetColorU32(palette().muted), part.hint);
    }
    ImGui::PopID();
  }
}

}  // namespace

void drawSheetColumn(AppState& state, const core::Framework& f) {
  session::ObserverState& o = state.observer;
  ObserverView& v = state.observerView;
  if (ImGui::BeginTabBar("sheet-tabs")) {
    const int requested = v.sheetTab != v.sheetTabShown ? v.sheetTab : -1;
    if (ImGui::BeginTabItem("Ratings", nullptr, requested == 0 ? ImGuiTabItemFlags_SetSelected : 0)) {
      if (requested <= 0) v.sheetTab = 0;  // a pending request takes effect next frame
      v.sheetTabShown = 0;
      if (ImGui::BeginChild("ratings")) drawRatings(o, v, state.recording, f);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Overall", nullptr, requested == 1 ? ImGuiTabItemFlags_SetSelected : 0)) {
      if (requested < 0 || requested == 1) v.sheetTab = 1;
      v.sheetTabShown = 1;
      drawOverall(o);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
}

}  // namespace coachscope::ui::observer
