// The action plan: the learner's items (development area, action, by when, evidence of progress,
// done) with the tutor's comment. In the learner's face (review mode) the learner adds items, ticks
// them off and writes evidence, and the tutor's comment is text; in the tutor's face the items are
// text and the tutor writes the comment. session/learner_side.h refuses the rest either way.
#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "session/learner_side.h"
#include "session/progress_session.h"
#include "ui/progress_sections.h"

namespace coachscope::ui {

void drawActionPlanSection(ProgressPage& page) {
  const bool learner = session::roleOf(page.progress) == session::Role::Learner;
  ProgressView& tab = page.tab;
  std::vector<std::string> ids = page.record.actionPlan.liveIds();
  auto item = [&](const std::string& id) -> const core::ActionItem& { return page.record.actionPlan.current(id)->data; };
  std::stable_sort(ids.begin(), ids.end(), [&](const auto& a, const auto& b) {
    const auto &x = item(a), &y = item(b);
    if (x.done != y.done) return !x.done;
    return x.byWhen < y.byWhen;
  });
  int done = 0;
  for (const auto& id : ids) done += item(id).done ? 1 : 0;
  progressHeading(fmt::format("Action plan · {} of {} done", done, ids.size()).c_str());
  if (ids.empty()) ImGui::TextColored(palette().muted, learner ? "Add your first action below." : "The learner has not written an action plan yet.");
  for (const std::string& id : ids) {
    const core::ActionItem& i = item(id);
    ImGui::PushID(id.c_str());
    ImGui::Separator();
    bool ticked = i.done;
    if (learner) {
      if (ImGui::Checkbox("##done", &ticked)) session::setActionDone(page.state, id, ticked);
      ImGui::SameLine();
    } else {
      ImGui::TextColored(i.done ? palette().good : palette().muted, "%s", i.done ? "[done]" : "[open]");
      ImGui::SameLine();
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(i.action.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Indent();
    std::string facts;
    if (!i.developmentArea.empty()) facts += "Area: " + i.developmentArea;
    if (!i.competencyId.empty()) facts += (facts.empty() ? "" : " · ") + std::string("competency ") + i.competencyId;
    if (!i.byWhen.empty()) facts += (facts.empty() ? "" : " · ") + std::string("by ") + i.byWhen;
    if (!facts.empty()) ImGui::TextColored(palette().muted, "%s", facts.c_str());
    if (!i.evidence.empty()) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(("Evidence: " + i.evidence).c_str());
      ImGui::PopTextWrapPos();
    }
    if (learner) {
      if (!i.tutorComment.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(palette().accent, "Tutor: %s", i.tutorComment.c_str());
        ImGui::PopTextWrapPos();
      }
    } else {
      // The tutor's comment, typed into a draft kept per item and saved with the button.
      auto draft = tab.commentDrafts.try_emplace(id, i.tutorComment).first;
      ImGui::SetNextItemWidth(-120);
      ImGui::InputTextWithHint("##comment", "Tutor's comment", &draft->second);
      ImGui::SameLine();
      ImGui::BeginDisabled(draft->second == i.tutorComment);
      if (ImGui::Button("Save comment")) session::commentOn(page.state, id, draft->second);
      ImGui::EndDisabled();
    }
    ImGui::Unindent();
    ImGui::PopID();
  }
  if (!learner) return;
  ImGui::Separator();
  progressHeading("New action");
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##newAction", "What you will do", &tab.actionDraft.action);
  ImGui::SetNextItemWidth(240);
  ImGui::InputTextWithHint("##newArea", "Development area", &tab.actionDraft.developmentArea);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(110);
  ImGui::InputTextWithHint("##newByWhen", "By YYYY-MM-DD", &tab.actionDraft.byWhen);
  ImGui::SameLine();
  ImGui::BeginDisabled(tab.actionDraft.action.empty());
  if (ImGui::Button("Add action")) {
    if (session::addAction(page.state, tab.actionDraft)) tab.actionDraft = core::ActionItem{};
  }
  ImGui::EndDisabled();
}

}  // namespace coachscope::ui
