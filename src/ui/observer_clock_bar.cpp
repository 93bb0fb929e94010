// The strip across the top of the Observe tab: the session clock and its controls, who is being
// observed, and whether the work is saved.
#include <imgui.h>

#include "core/clock_text.h"
#include "core/live_clock.h"
#include "ui/fonts.h"
#include "ui/observer_parts.h"
#include "session/finish_session.h"
#include "session/observer_session.h"

namespace coachscope::ui::observer {
namespace {

const char* clockStateText(const core::SessionClock& clock) {
  if (clock.running()) return "running";
  if (const auto* live = dynamic_cast<const core::LiveClock*>(&clock)) {
    if (live->stopped()) return "stopped";
    if (!live->started()) return "not started";
  }
  return "paused";
}

}  // namespace

void drawClockBar(AppState& state) {
  session::ObserverState& o = state.observer;
  ObserverView& v = state.observerView;
  const core::Observation& obs = o.stack.observation();
  const bool running = o.clock && o.clock->running();

  ImGui::BeginGroup();
  ImGui::PushFont(fonts().large);
  ImGui::TextColored(running ? palette().accent : palette().muted, "%s", core::formatClock(clockNow(o)).c_str());
  ImGui::PopFont();
  ImGui::EndGroup();
  ImGui::SameLine();

  ImGui::BeginGroup();
  const auto* live = dynamic_cast<const core::LiveClock*>(o.clock.get());
  const bool stopped = live && live->stopped();
  const char* toggle = running            ? "Pause (F5)###clock"
                       : stopped          ? "Continue (F5)###clock"
                       : clockNow(o) > 0  ? "Resume (F5)###clock"
                                          : "Start (F5)###clock";
  if (ImGui::Button(toggle)) toggleClock(o);
  if (stopped && wantTooltip()) ImGui::SetTooltip("The session was stopped; F5 continues its clock");
  ImGui::SameLine();
  if (ImGui::Button("Stop###stop")) stopClock(o);
  if (wantTooltip()) ImGui::SetTooltip("Stop the clock and record the session's length (%s)", describe(kClockStop).c_str());
  ImGui::TextColored(palette().muted, "clock %s", o.clock ? clockStateText(*o.clock) : "missing");
  ImGui::EndGroup();
  ImGui::SameLine(0, 24);

  ImGui::BeginGroup();
  ImGui::PushFont(fonts().bold);
  ImGui::Text("%s", obs.context.learnerName.empty() ? "No learner chosen" : obs.context.learnerName.c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  if (!obs.context.coacheePseudonym.empty()) {
    ImGui::Text("coaching %s%s", obs.context.coacheePseudonym.c_str(),
                obs.context.coacheeSeniorManager ? " (senior manager)" : "");
    ImGui::SameLine();
  }
  if (ImGui::SmallButton("Session details (F3)")) v.showSetup = true;
  const core::Framework* f = observedFramework(state);
  ImGui::TextColored(palette().muted, "%s · %s%s%s%s", f ? f->title.c_str() : obs.frameworkKey().c_str(),
                     core::toString(obs.context.mode), obs.context.group ? " · group" : " · individual",
                     obs.context.threeWayContracting ? " · three-way" : "",
                     obs.context.tutor.empty() ? "" : (" · tutor " + obs.context.tutor).c_str());
  ImGui::EndGroup();

  // Save state, right-aligned.
  std::string saved;
  ImVec4 colour = palette().muted;
  if (!o.journalError.empty()) {
    saved = "Autosave failed: " + o.journalError;
    colour = palette().danger;
  } else if (o.stack.dirty()) {
    saved = "Unsaved changes · autosaved to journal";
    colour = palette().warning;
  } else if (!o.filePath.empty()) {
    saved = "Saved · " + o.filePath.filename().string();
    colour = palette().good;
  } else {
    saved = "New session · nothing to save yet";
  }
  // Where the learner's record stands: a tutor sees at a glance that Finish is still to do.
  const session::RecordStanding standing = session::recordStanding(state);
  if (standing == session::RecordStanding::Behind) colour = palette().warning;
  saved += std::string(" · ") + session::describeStanding(standing);
  const float width = ImGui::CalcTextSize(saved.c_str()).x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 12, ImGui::GetWindowContentRegionMax().x - width));
  ImGui::BeginGroup();
  ImGui::TextColored(colour, "%s", saved.c_str());
  if (!o.filePath.empty() && wantTooltip()) ImGui::SetTooltip("%s", o.filePath.string().c_str());
  ImGui::BeginDisabled(!o.stack.canUndo());
  if (ImGui::SmallButton("Undo")) undoChange(o);
  ImGui::EndDisabled();
  if (o.stack.canUndo() && wantTooltip()) {
    ImGui::SetTooltip("Undo %s (%s)", o.stack.undoLabel().c_str(), describe(kUndo).c_str());
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(!o.stack.canRedo());
  if (ImGui::SmallButton("Redo")) redoChange(o);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::SmallButton("Save")) saveNow(state);
  ImGui::SameLine();
  if (ImGui::SmallButton("Finish session")) finishNow(state);
  if (wantTooltip()) {
    ImGui::SetTooltip("Save and merge this session into the learner's record (%s)", describe(kFinish).c_str());
  }
  ImGui::EndGroup();
}

}  // namespace coachscope::ui::observer
