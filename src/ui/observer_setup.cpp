// Session details: the learner (from the workspace, or a new one), the framework, the tutor and
// the session's context. Each edit is a SetSetup command, so it undoes like any other change.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "session/workspace_session.h"
#include "store/workspace.h"
#include "ui/fonts.h"
#include "ui/observer_parts.h"
#include "session/observer_session.h"
#include "session/progress_session.h"

namespace coachscope::ui::observer {
namespace {

constexpr const char* kSetupPopup = "Session details";

core::SetSetup currentSetup(const core::Observation& o) {
  return core::SetSetup{o.frameworkId, o.frameworkVersion, o.context};
}

void changeSetup(session::ObserverState& o, const core::SetSetup& setup, const char* field, bool typing) {
  if (!typing) closeTyping(o);
  applyChange(o, setup, typing ? std::string("setup:") + field : std::string());
}

void drawLearner(AppState& state) {
  session::ObserverState& o = state.observer;
  ObserverView& v = state.observerView;
  const core::Observation& obs = o.stack.observation();
  const std::string preview = obs.context.learnerName.empty() ? "(choose)" : obs.context.learnerName;
  if (ImGui::BeginCombo("Learner", preview.c_str())) {
    for (const store::LearnerSummary& l : state.learners) {
      const core::Programme* programme = state.catalog.programme(l.programme);
      const std::string label = l.name + "  (" + (programme ? programme->title : l.programme) + ")##" + l.id;
      if (ImGui::Selectable(label.c_str(), l.id == obs.context.learnerId)) {
        core::SetSetup setup = currentSetup(obs);
        setup.context.learnerId = l.id;
        setup.context.learnerName = l.name;
        changeSetup(o, setup, "learner", false);
      }
    }
    ImGui::EndCombo();
  }
  ImGui::SetNextItemWidth(200);
  ImGui::InputTextWithHint("##newLearner", "New learner's name", &v.newLearnerName);
  ImGui::SameLine();
  const auto& programmes = state.catalog.programmes();
  if (v.newLearnerProgramme.empty()) v.newLearnerProgramme = store::kSampleProgrammeId;
  ImGui::SetNextItemWidth(200);
  const core::Programme* chosen = state.catalog.programme(v.newLearnerProgramme);
  if (ImGui::BeginCombo("##programme", chosen ? chosen->title.c_str() : v.newLearnerProgramme.c_str())) {
    for (const auto& p : programmes) {
      if (ImGui::Selectable((p.title + "##" + p.id).c_str(), p.id == v.newLearnerProgramme)) v.newLearnerProgramme = p.id;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(v.newLearnerName.empty());
  if (ImGui::Button("Create learner")) {
    auto created = session::createLearner(state, v.newLearnerName, v.newLearnerProgramme);
    if (!created) {
      state.notifyError(created.error());
    } else {
      core::SetSetup setup = currentSetup(o.stack.observation());
      setup.context.learnerId = created->learnerId;
      setup.context.learnerName = v.newLearnerName;
      changeSetup(o, setup, "learner", false);
      v.newLearnerName.clear();
    }
  }
  ImGui::EndDisabled();
}

void drawFramework(AppState& state) {
  session::ObserverState& o = state.observer;
  const core::Observation& obs = o.stack.observation();
  const core::Framework* current = observedFramework(state);
  const std::string preview = current ? current->titleWithVersion() : obs.frameworkKey();
  if (ImGui::BeginCombo("Framework", preview.c_str())) {
    for (const core::Framework& f : state.catalog.frameworks()) {
      if (ImGui::Selectable((f.titleWithVersion() + "##" + f.key()).c_str(), current == &f)) {
        core::SetSetup setup = currentSetup(obs);
        setup.frameworkId = f.id;
        setup.frameworkVersion = f.version;
        changeSetup(o, setup, "framework", false);
      }
    }
    ImGui::EndCombo();
  }
  if (!obs.events.empty() || !obs.ratings.empty()) {
    ImGui::TextColored(palette().warning, "Changing the framework keeps the events and ratings already recorded.");
  }
}

void drawContext(session::ObserverState& o) {
  core::SetSetup setup = currentSetup(o.stack.observation());
  core::SessionContext& c = setup.context;
  bool changed = false, typing = false;
  const char* field = "";
  auto text = [&](const char* label, const char* hint, std::string& value, const char* key) {
    if (ImGui::InputTextWithHint(label, hint, &value) && !escapePressed()) {
      changed = typing = true;
      field = key;
    }
    if (ImGui::IsItemDeactivatedAfterEdit()) closeTyping(o);
  };
  auto flag = [&](const char* label, bool& value, const char* key) {
    if (ImGui::Checkbox(label, &value)) {
      changed = true;
      field = key;
    }
  };
  text("Tutor", "Your name", c.tutor, "tutor");
  text("Coachee", "First name only", c.coacheePseudonym, "coachee");
  if (c.coacheePseudonym.find(' ') != std::string::npos) {
    ImGui::TextColored(palette().warning, "First name only: the coachee's privacy matters.");
  }
  text("Date", "YYYY-MM-DDTHH:MM", c.date, "date");
  flag("Coachee is a senior manager", c.coacheeSeniorManager, "senior");
  flag("Three-way contracting", c.threeWayContracting, "threeWay");
  flag("Paid session", c.paid, "paid");
  flag("Group session", c.group, "group");
  if (c.group) {
    ImGui::SameLine();
    ImGui::SetNextItemWidth(100);
    if (ImGui::InputInt("Group size", &c.groupSize)) {
      c.groupSize = std::max(1, c.groupSize);
      changed = true;
      field = "groupSize";
    }
  }
  int mode = c.mode == core::SessionMode::Live ? 0 : 1;
  if (ImGui::RadioButton("Live", mode == 0)) {
    c.mode = core::SessionMode::Live;
    changed = mode != 0;
    field = "mode";
  }
  ImGui::SameLine();
  if (ImGui::RadioButton("From a recording", mode == 1)) {
    c.mode = core::SessionMode::Recorded;
    changed = mode != 1;
    field = "mode";
  }
  if (changed) changeSetup(o, setup, field, typing);
}

// App settings rather than part of the observation: saved to settings.json at once.
void drawNoteSettings(AppState& state) {
  session::ObserverState& o = state.observer;
  if (ImGui::Checkbox("Keep kind and tag for the next note", &o.settings.keepNoteKindAndTag)) saveSettingsQuietly(state);
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip("Off: each note starts as an untagged observation. On: it keeps the last note's kind and tag.");
  }
  if (o.stack.observation().context.mode != core::SessionMode::Recorded) return;
  if (ImGui::Checkbox("Pause the recording while I type a note", &o.settings.autopause)) saveSettingsQuietly(state);
}

}  // namespace

void drawSetupDialog(AppState& state) {
  session::ObserverState& o = state.observer;
  ObserverView& v = state.observerView;
  if (v.showSetup && !ImGui::IsPopupOpen(kSetupPopup)) ImGui::OpenPopup(kSetupPopup);
  ImGui::SetNextWindowSize(ImVec2(660, 0), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(kSetupPopup, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  ImGui::TextColored(palette().muted, "Session id %s", o.stack.observation().id.c_str());
  ImGui::PushItemWidth(320);
  drawLearner(state);
  drawFramework(state);
  ImGui::Separator();
  drawContext(o);
  drawNoteSettings(state);
  ImGui::PopItemWidth();
  ImGui::Separator();
  if (ImGui::Button("Done (F3 / Esc)") || ImGui::IsKeyPressed(static_cast<int>(Key::Escape)) ||
      !v.showSetup) {
    v.showSetup = false;
    closeTyping(o);
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace coachscope::ui::observer
