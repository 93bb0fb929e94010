#include "session/workspace_session.h"
#include "ui/progress_panel.h"

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>

#include "core/ids.h"
#include "store/workspace.h"
#include "ui/fonts.h"
#include "session/progress_session.h"
#include "ui/progress_sections.h"
#include "ui/report_export.h"

namespace coachscope::ui {
namespace {

const Shortcut kReload{Key::F5};
const Shortcut kSections[] = {{Key::Num1, Alt}, {Key::Num2, Alt}, {Key::Num3, Alt}, {Key::Num4, Alt},
                              {Key::Num5, Alt}, {Key::Num6, Alt}, {Key::Num7, Alt}};

void drawLearnerList(AppState& state, session::ProgressState& progress) {
  ProgressView& tab = state.progressView;
  progressHeading("Learners");
  for (const store::LearnerSummary& learner : state.learners) {
    ImGui::PushID(learner.id.c_str());
    const bool selected = progress.recordPath == learner.file;
    const std::string label = learner.name.empty() ? learner.id : learner.name;
    if (ImGui::Selectable(label.c_str(), selected)) openLearner(progress, learner.file);
    const core::Programme* p = state.catalog.programme(learner.programme);
    ImGui::Indent();
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(palette().muted, "%s", p ? p->title.c_str() : learner.programme.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Unindent();
    ImGui::PopID();
  }
  if (state.learners.empty()) ImGui::TextColored(palette().muted, "No learners yet.");
  for (const core::Error& problem : state.learnerProblems) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(palette().danger, "%s", problem.message().c_str());
    ImGui::PopTextWrapPos();
  }

  ImGui::Separator();
  progressHeading("New learner");
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##newLearnerName", "Name", &tab.newLearnerName);
  const auto& programmes = state.catalog.programmes();
  if (tab.newLearnerProgramme < 0) {  // first time: the programme the sample learner is on
    tab.newLearnerProgramme = 0;
    for (int i = 0; i < static_cast<int>(programmes.size()); ++i) {
      if (programmes[i].id == store::kSampleProgrammeId) tab.newLearnerProgramme = i;
    }
  }
  if (!programmes.empty()) {
    tab.newLearnerProgramme = std::min<int>(tab.newLearnerProgramme, static_cast<int>(programmes.size()) - 1);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##newLearnerProgramme", programmes[tab.newLearnerProgramme].title.c_str())) {
      for (int i = 0; i < static_cast<int>(programmes.size()); ++i) {
        ImGui::PushID(i);
        if (ImGui::Selectable(programmes[i].title.c_str(), i == tab.newLearnerProgramme)) {
          tab.newLearnerProgramme = i;
        }
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
  }
  if (ImGui::Button("Create learner") && !programmes.empty()) {
    auto created = session::createLearner(state, tab.newLearnerName,
                                          programmes[tab.newLearnerProgramme].id);
    if (!created) {
      state.notifyError(created.error());
    } else {
      tab.newLearnerName.clear();
      if (auto file = store::recordPath(state.workspace, created->learnerId)) openLearner(progress, *file);
    }
  }
}

void drawHeader(ProgressPage& page) {
  const core::LearnerProfile profile = page.record.currentProfile();
  ImGui::PushFont(fonts().large ? fonts().bold : nullptr);
  ImGui::TextUnformatted(profile.name.empty() ? page.record.learnerId.c_str() : profile.name.c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextColored(palette().muted, "%s%s%s", page.programme ? page.programme->title.c_str() : profile.programmeId.c_str(),
                     profile.centre.empty() ? "" : " · ", profile.centre.c_str());
  if (page.progress.reviewMode) {
    ImGui::SameLine();
    ImGui::TextColored(palette().accent, "  Review mode: read only, except your reflections, self-ratings and action plan");
  }
  if (!page.programme) {
    ImGui::TextColored(palette().warning, "Programme \"%s\" is not loaded: add its rules file to see the portfolio status.",
                       profile.programmeId.c_str());
  }
}

const char* sectionTitle(ProgressSection section) {
  switch (section) {
    case ProgressSection::Portfolio: return "Portfolio";
    case ProgressSection::Log: return "Coaching log";
    case ProgressSection::Competencies: return "Competencies";
    case ProgressSection::Supervision: return "Supervision & reading";
    case ProgressSection::Conflicts: return "Conflicts";
    case ProgressSection::Sessions: return "Sessions";
    case ProgressSection::ActionPlan: return "Action plan";
  }
  return "";
}

void drawRecord(AppState& state, session::ProgressState& progress) {
  if (!progress.record) {
    if (!progress.loadError.empty()) {
      ImGui::TextColored(palette().danger, "This record cannot be opened:");
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(progress.loadError.c_str());
      ImGui::PopTextWrapPos();
      ImGui::TextColored(palette().muted, "The file is left as it is. Fix it, or restore it, and press F5.");
    } else {
      ImGui::TextColored(palette().muted, "Choose a learner on the left, or create one.");
    }
    return;
  }
  // Held, not copied: an edit below replaces progress.record while the page still reads this one.
  const std::shared_ptr<const core::ProgressRecord> held = progress.record;
  const core::ProgressRecord& record = *held;
  ProgressView& tab = state.progressView;
  if (tab.derived.record != held) tab.derived = RecordDerived{held};
  ProgressPage page{state, progress, tab, record, state.catalog.programme(record.currentProfile().programmeId),
                    !progress.reviewMode};
  drawHeader(page);
  drawRecordExport(state, record, session::workspaceOf(state));
  const std::size_t conflicts = record.conflicts().size();
  if (ImGui::BeginTabBar("sections")) {
    for (ProgressSection section : {ProgressSection::Portfolio, ProgressSection::Sessions, ProgressSection::Log,
                                    ProgressSection::Competencies, ProgressSection::ActionPlan,
                                    ProgressSection::Supervision, ProgressSection::Conflicts}) {
      if (section == ProgressSection::Conflicts && conflicts == 0) continue;
      const std::string title = section == ProgressSection::Conflicts
                                    ? fmt::format("Conflicts ({})###Conflicts", conflicts)
                                    : std::string(sectionTitle(section));
      ImGuiTabItemFlags flags =
          tab.sectionRequested && tab.section == section ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(title.c_str(), nullptr, flags)) {
        if (!tab.sectionRequested) tab.section = section;
        ImGui::BeginChild("section", ImVec2(0, 0), false);
        switch (section) {
          case ProgressSection::Portfolio: drawPortfolioSection(page); break;
          case ProgressSection::Log: drawLogSection(page); break;
          case ProgressSection::Competencies: drawCompetencySection(page); break;
          case ProgressSection::Supervision: drawSupervisionSection(page); break;
          case ProgressSection::Conflicts: drawConflictSection(page); break;
          case ProgressSection::Sessions: drawSessionsSection(page); break;
          case ProgressSection::ActionPlan: drawActionPlanSection(page); break;
        }
        ImGui::EndChild();
        ImGui::EndTabItem();
      }
    }
    tab.sectionRequested = false;
    ImGui::EndTabBar();
  }
}

}  // namespace

void progressHeading(const char* text) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(palette().accent, "%s", text);
  ImGui::PopFont();
}

std::string hoursLabel(double hours) {
  const double rounded = std::round(hours * 100) / 100;
  return rounded == std::floor(rounded) ? fmt::format("{:.0f} h", rounded) : fmt::format("{:.2f} h", rounded);
}

std::vector<ShortcutHelp> progressShortcuts() {
  return {{describe(kReload), "Reload the learner list and the open record"},
          {"Alt+1 … Alt+7", "Portfolio, sessions, coaching log, competencies, action plan, supervision & reading, conflicts"}};
}

std::vector<ShortcutSection> progressHelp() { return {{kProgressTabTitle, progressShortcuts()}}; }

void drawProgressPanel(AppState& state) {
  session::ProgressState& progress = state.progress;
  ProgressView& tab = state.progressView;
  initialiseProgress(state, progress);
  reloadIfChanged(progress);
  if (!progress.reviewMode) session::refreshLearnersIfChanged(state);
  runReviewScriptStep(state);
  // The learner's face opens on their sessions: the feedback they came to read.
  if (progress.reviewMode && !tab.reviewOpened) {
    tab.reviewOpened = true;
    tab.section = ProgressSection::Sessions;
    tab.sectionRequested = true;
  }
  for (const session::KeyEvent& e : frameKeys()) {
    if (globalShortcut(e, kReload)) {
      if (!progress.reviewMode) session::refreshLearners(state);
      if (!progress.recordPath.empty()) openLearner(progress, progress.recordPath);
    }
    for (int i = 0; i < 7; ++i) {
      if (globalShortcut(e, kSections[i])) {
        tab.section = static_cast<ProgressSection>(i);
        tab.sectionRequested = true;
      }
    }
  }
  // A record opened again (reloaded, another learner) ends an edit: its draft was of the old one.
  if (tab.editingLog && tab.editingLoad != progress.recordLoads) tab.editingLog = false;
  if (!progress.reviewMode) {
    ImGui::BeginChild("learners", ImVec2(240, 0), true);
    drawLearnerList(state, progress);
    ImGui::EndChild();
    ImGui::SameLine();
  }
  ImGui::BeginChild("record", ImVec2(0, 0), false);
  drawRecord(state, progress);
  ImGui::EndChild();
}

}  // namespace coachscope::ui
