// The portfolio checklist: each requirement of the programme's rules file with what is missing,
// the assignments, the deadline, ICF credential hours, and the learner's profile.
#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/portfolio_status.h"
#include "core/profile_labels.h"
#include "session/progress_session.h"
#include "ui/progress_sections.h"

namespace coachscope::ui {
namespace {

std::string amount(double value, const std::string& unit) {
  if (unit == "h") return hoursLabel(value);
  return fmt::format("{:.0f}", value);
}

void drawRequirements(const core::PortfolioStatus& status) {
  if (!ImGui::BeginTable("requirements", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                ImGuiTableFlags_SizingStretchProp)) {
    return;
  }
  ImGui::TableSetupColumn("Requirement", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("Done", ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableSetupColumn("Required", ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableSetupColumn("Still missing", ImGuiTableColumnFlags_WidthStretch, 2.4f);
  ImGui::TableHeadersRow();
  for (const auto& line : status.lines) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextColored(line.met ? palette().good : palette().warning, "%s", line.met ? "[done]" : "[open]");
    ImGui::SameLine();
    ImGui::TextUnformatted(line.label.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(amount(line.done, line.unit).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(amount(line.required, line.unit).c_str());
    ImGui::TableNextColumn();
    if (line.met) ImGui::TextColored(palette().muted, "nothing");
    else ImGui::TextColored(palette().warning, "%s", line.missing.c_str());
  }
  ImGui::EndTable();
}

void drawAssignments(ProgressPage& page, const core::PortfolioStatus& status) {
  if (status.assignments.empty()) return;
  ImGui::Spacing();
  progressHeading("Assignments");
  if (!ImGui::BeginTable("assignments", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  for (const auto& a : status.assignments) {
    ImGui::PushID(a.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(a.id.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(a.title.c_str());
    ImGui::TableNextColumn();
    const ImVec4 colour = a.status == core::AssignmentStatus::Pass    ? palette().good
                          : a.status == core::AssignmentStatus::Refer ? palette().danger
                                                                      : palette().muted;
    if (!page.editable) {
      ImGui::TextColored(colour, "%s", core::label(a.status));
    } else {
      ImGui::SetNextItemWidth(-1);
      ImGui::PushStyleColor(ImGuiCol_Text, colour);
      const bool open = ImGui::BeginCombo("##status", core::label(a.status));
      ImGui::PopStyleColor();
      if (open) {
        for (auto s : {core::AssignmentStatus::NotStarted, core::AssignmentStatus::Draft,
                       core::AssignmentStatus::Submitted, core::AssignmentStatus::Pass, core::AssignmentStatus::Refer}) {
          if (ImGui::Selectable(core::label(s), s == a.status) && s != a.status) {
            const std::string id = a.id;
            applyRecordEdit(page.state, page.progress, [&](core::ProgressRecord& r) {
              core::putAssignment(r, id, core::AssignmentProgress{s, core::todayIso(), ""}, core::utcNow(), session::editorName());
            });
          }
        }
        ImGui::EndCombo();
      }
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void drawCredentials(ProgressPage& page) {
  auto credentials = core::credentialProgress(page.record, page.state.catalog.programmes());
  if (credentials.empty()) return;
  std::sort(credentials.begin(), credentials.end(),
            [](const auto& a, const auto& b) { return a.requiredHours < b.requiredHours; });
  ImGui::Spacing();
  progressHeading("ICF credential hours (from the same log)");
  if (!ImGui::BeginTable("credentials", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("Credential", ImGuiTableColumnFlags_WidthStretch, 2.6f);
  ImGui::TableSetupColumn("Coaching", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn("Paid", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn("Clients", ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableSetupColumn("Mentor coaching", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableHeadersRow();
  for (const auto& c : credentials) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextColored(c.met ? palette().good : ImGui::GetStyleColorVec4(ImGuiCol_Text), "%s", c.title.c_str());
    auto cell = [](double done, double required, bool hours) {
      ImGui::TableNextColumn();
      const std::string text = hours ? hoursLabel(done) + " / " + hoursLabel(required)
                                     : fmt::format("{:.0f} / {:.0f}", done, required);
      ImGui::TextColored(done + 1e-9 >= required ? palette().good : ImGui::GetStyleColorVec4(ImGuiCol_Text), "%s",
                         text.c_str());
      const float fraction = required > 0 ? static_cast<float>(std::min(1.0, done / required)) : 1.0f;
      ImGui::ProgressBar(fraction, ImVec2(-1, 4), "");
    };
    cell(c.hours, c.requiredHours, true);
    cell(c.paidHours, c.requiredPaidHours, true);
    cell(c.clients, c.requiredClients, false);
    cell(c.mentorCoachingHours, c.requiredMentorCoachingHours, true);
  }
  ImGui::EndTable();
}

void drawProfile(ProgressPage& page) {
  ImGui::Spacing();
  progressHeading("Learner");
  const auto* head = page.record.profile.current(page.record.learnerId);
  const std::string version = page.record.learnerId + (head ? head->hash : "");
  if (page.tab.profileDraftVersion != version) {
    page.tab.profileDraft = page.record.currentProfile();
    page.tab.profileDraftVersion = version;
  }
  core::LearnerProfile& profile = page.tab.profileDraft;
  if (!page.editable) {
    ImGui::Text("Centre: %s", profile.centre.empty() ? "-" : profile.centre.c_str());
    ImGui::Text("Final workshop: %s", profile.finalWorkshopDate.empty() ? "not set" : profile.finalWorkshopDate.c_str());
    ImGui::Text("Cohort: %s", profile.cohort.empty() ? "-" : profile.cohort.c_str());
    ImGui::Text("Tutor: %s", profile.tutor.empty() ? "-" : profile.tutor.c_str());
    return;
  }
  bool changed = false;
  ImGui::SetNextItemWidth(260);
  ImGui::InputText("Name", &profile.name);
  changed |= ImGui::IsItemDeactivatedAfterEdit();
  ImGui::SetNextItemWidth(260);
  ImGui::InputText("Centre", &profile.centre);
  changed |= ImGui::IsItemDeactivatedAfterEdit();
  ImGui::SetNextItemWidth(260);
  ImGui::InputTextWithHint("Final workshop", "YYYY-MM-DD", &profile.finalWorkshopDate);
  const bool dateEdited = ImGui::IsItemDeactivatedAfterEdit();
  if (dateEdited && !profile.finalWorkshopDate.empty() && !core::daysSinceEpoch(profile.finalWorkshopDate)) {
    page.state.notify(Notice::Level::Warning, "The final workshop date must be YYYY-MM-DD, e.g. 2026-03-14");
  } else {
    changed |= dateEdited;
  }
  // Cohort and tutor are what the centre groups learners by: stored tidied, so one typed with an
  // extra space is still the same cohort.
  for (auto [label, field] : {std::pair{"Cohort", &profile.cohort}, std::pair{"Tutor", &profile.tutor}}) {
    ImGui::SetNextItemWidth(260);
    ImGui::InputText(label, field);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
      *field = core::normalizeGroupingLabel(*field);
      if (auto problem = core::groupingLabelProblem(*field)) {
        page.state.notify(Notice::Level::Warning, fmt::format("{}: {}", label, *problem));
      } else {
        changed = true;
      }
    }
  }
  ImGui::SetNextItemWidth(260);
  const core::Programme* current = page.programme;
  if (ImGui::BeginCombo("Programme", current ? current->title.c_str() : profile.programmeId.c_str())) {
    for (const core::Programme& p : page.state.catalog.programmes()) {
      if (ImGui::Selectable(p.title.c_str(), current && current->key() == p.key())) {
        profile.programmeId = p.id;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  // Text fields keep their own buffer while focused; the record changes when one is left edited.
  if (changed) {
    const core::LearnerProfile edited = profile;
    applyRecordEdit(page.state, page.progress,
                    [&](core::ProgressRecord& r) { core::putProfile(r, edited, core::utcNow(), session::editorName()); });
  }
}

}  // namespace

void drawPortfolioSection(ProgressPage& page) {
  if (page.programme) {
    const core::PortfolioStatus status = core::portfolioStatus(page.record, *page.programme, core::todayIso());
    const ImVec4 deadlineColour = !status.deadline.known  ? palette().muted
                                  : status.deadline.overdue ? palette().danger
                                  : status.deadline.daysLeft <= 30 ? palette().warning
                                                                   : palette().good;
    ImGui::Text("Deadline:");
    ImGui::SameLine();
    ImGui::TextColored(deadlineColour, "%s", status.deadline.text.c_str());
    ImGui::SameLine(0, 30);
    ImGui::TextColored(status.complete ? palette().good : palette().muted, "%s",
                       status.complete ? "Portfolio requirements complete" : "Portfolio not complete yet");
    ImGui::Spacing();
    progressHeading("Portfolio checklist");
    drawRequirements(status);
    ImGui::TextColored(palette().muted, "Supervision %s, mentor coaching %s: logged apart, never counted as coaching.",
                       hoursLabel(status.supervisionHours).c_str(), hoursLabel(status.mentorCoachingHours).c_str());
    drawAssignments(page, status);
  }
  drawCredentials(page);
  drawProfile(page);
}

}  // namespace coachscope::ui
