// The coaching log table: observed sessions and hand-logged practice, sortable by any column;
// hand entries can be added, edited and removed, and observed rows take the learner's additions
// (preparation, reflection, coachee feedback).
#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/coaching_log.h"
#include "core/ids.h"
#include "core/portfolio_status.h"
#include "session/progress_session.h"
#include "ui/progress_sections.h"

namespace coachscope::ui {
namespace {

constexpr LogColumn kColumns[] = {LogColumn::Date, LogColumn::Hours,  LogColumn::Coachee,     LogColumn::Kind,
                                  LogColumn::Paid, LogColumn::Senior, LogColumn::Preparation, LogColumn::Source};

bool lessBy(LogColumn column, const core::LogRow& a, const core::LogRow& b) {
  switch (column) {
    case LogColumn::Date: return a.date < b.date;
    case LogColumn::Hours: return a.minutes < b.minutes;
    case LogColumn::Coachee: return core::clientKey(a.coachee) < core::clientKey(b.coachee);
    case LogColumn::Kind: return a.groupSize < b.groupSize;
    case LogColumn::Paid: return a.paid < b.paid;
    case LogColumn::Senior: return a.seniorManager < b.seniorManager;
    case LogColumn::Preparation: return a.preparationDone < b.preparationDone;
    case LogColumn::Source: return a.observed < b.observed;
  }
  return false;
}

void sortRows(std::vector<core::LogRow>& rows, LogColumn column, bool ascending) {
  std::stable_sort(rows.begin(), rows.end(), [&](const core::LogRow& a, const core::LogRow& b) {
    return ascending ? lessBy(column, a, b) : lessBy(column, b, a);
  });
}

void startEditing(ProgressView& tab, const session::ProgressState& progress, const core::LogRow* row) {
  tab.editingLoad = progress.recordLoads;
  tab.editingLog = true;
  tab.focusEditor = true;
  tab.editError.clear();
  tab.draft = core::PracticeEntry{};
  tab.editingId.clear();
  tab.editingObserved = false;
  if (!row) {
    tab.draft.date = core::todayIso();
    tab.draft.minutes = 60;
    return;
  }
  tab.editingId = row->id;
  tab.editingObserved = row->observed;
  core::PracticeEntry& d = tab.draft;
  d.observationId = row->observed ? row->id : "";
  d.date = row->date;
  d.minutes = row->minutes;
  d.coacheePseudonym = row->coachee;
  d.group = row->group;
  d.groupSize = row->groupSize;
  d.paid = row->paid;
  d.seniorManager = row->seniorManager;
  d.threeWayContracting = row->threeWayContracting;
  d.preparationDone = row->preparationDone;
  d.reflection = row->reflection;
  d.coacheeFeedback = row->coacheeFeedback;
}

void saveDraft(ProgressPage& page, const std::vector<core::LogRow>& rows) {
  session::ProgressState& progress = page.progress;
  ProgressView& tab = page.tab;
  core::PracticeEntry entry = tab.draft;
  if (!tab.editingObserved) {
    if (!core::daysSinceEpoch(entry.date)) {
      tab.editError = "The date must be YYYY-MM-DD.";
      return;
    }
    if (entry.minutes <= 0) {
      tab.editError = "A session lasts some minutes.";
      return;
    }
    if (!entry.group) entry.groupSize = 1;
  }
  std::string id = tab.editingId.empty() ? core::newId() : tab.editingId;
  if (tab.editingObserved) {
    // The observation's own fields stay as observed; only the learner's additions are stored.
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const core::LogRow& r) { return r.id == id; });
    core::PracticeEntry extra;
    extra.observationId = id;
    extra.preparationDone = entry.preparationDone;
    extra.reflection = entry.reflection;
    // Feedback the observation already holds is not copied; a different text is the learner's own.
    const auto* session = page.record.sessions.current(id);
    extra.coacheeFeedback =
        session && entry.coacheeFeedback == session->data.coacheeFeedback ? std::string() : entry.coacheeFeedback;
    entry = extra;
    id = row != rows.end() && !row->annotationId.empty() ? row->annotationId : core::newId();
  }
  if (applyRecordEdit(page.state, progress, [&](core::ProgressRecord& r) {
        core::putPractice(r, id, entry, core::utcNow(), session::editorName());
      })) {
    tab.editingLog = false;
  }
}

void drawEditor(ProgressPage& page, const std::vector<core::LogRow>& rows) {
  ProgressView& tab = page.tab;
  core::PracticeEntry& d = tab.draft;
  ImGui::BeginChild("logEditor", ImVec2(0, tab.editingObserved ? 150.0f : 210.0f), true);
  progressHeading(tab.editingObserved ? "Your additions to this observed session"
                  : tab.editingId.empty() ? "New coaching-log entry"
                                               : "Edit coaching-log entry");
  if (!tab.editingObserved) {
    ImGui::SetNextItemWidth(130);
    ImGui::InputTextWithHint("Date", "YYYY-MM-DD", &d.date);
    ImGui::SameLine(0, 20);
    ImGui::SetNextItemWidth(110);
    ImGui::InputDouble("Minutes", &d.minutes, 5, 15, "%.0f");
    ImGui::SameLine();
    ImGui::TextColored(palette().muted, "= %s", hoursLabel(d.minutes / 60).c_str());
    ImGui::SameLine(0, 20);
    ImGui::SetNextItemWidth(150);
    // Date and length default to today and an hour: the coachee is what one types first.
    if (tab.focusEditor) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextWithHint("Coachee", "first name only", &d.coacheePseudonym);
    ImGui::Checkbox("Group", &d.group);
    if (d.group) {
      ImGui::SameLine();
      ImGui::SetNextItemWidth(90);
      ImGui::InputInt("Size", &d.groupSize);
      d.groupSize = std::max(2, d.groupSize);
    }
    ImGui::SameLine(0, 20);
    ImGui::Checkbox("Paid", &d.paid);
    ImGui::SameLine(0, 20);
    ImGui::Checkbox("Senior manager", &d.seniorManager);
    ImGui::SameLine(0, 20);
    ImGui::Checkbox("Three-way contracting", &d.threeWayContracting);
  }
  if (tab.focusEditor && tab.editingObserved) ImGui::SetKeyboardFocusHere(1);
  tab.focusEditor = false;
  ImGui::Checkbox("Preparation done", &d.preparationDone);
  ImGui::SetNextItemWidth(-160);
  ImGui::InputText("Reflection", &d.reflection);
  ImGui::SetNextItemWidth(-160);
  ImGui::InputText("Coachee feedback", &d.coacheeFeedback);
  if (ImGui::Button("Save entry")) saveDraft(page, rows);
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) tab.editingLog = false;
  if (!tab.editError.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(palette().danger, "%s", tab.editError.c_str());
  }
  ImGui::EndChild();
}

const char* yes(bool value) { return value ? "yes" : "-"; }

}  // namespace

void drawLogSection(ProgressPage& page) {
  session::ProgressState& progress = page.progress;
  ProgressView& tab = page.tab;
  std::vector<core::LogRow> rows = core::buildCoachingLog(page.record);
  double minutes = 0;
  for (const auto& r : rows) minutes += r.minutes;
  ImGui::Text("%zu session%s, %s of coaching", rows.size(), rows.size() == 1 ? "" : "s",
              hoursLabel(minutes / 60).c_str());
  ImGui::SameLine();
  ImGui::TextColored(palette().muted, "(45 minutes count as 0.75 h; supervision is logged apart)");
  if (page.editable) {
    ImGui::SameLine(0, 20);
    if (ImGui::Button("Add entry")) startEditing(tab, progress, nullptr);
    if (tab.editingLog) drawEditor(page, rows);
  }

  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Resizable;
  const int columns = page.editable ? 11 : 10;
  if (!ImGui::BeginTable("log", columns, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  const ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_WidthFixed;
  ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_DefaultSort | fixed, 120);
  ImGui::TableSetupColumn("Hours", fixed, 48);
  ImGui::TableSetupColumn("Coachee", 0, 0.8f);
  ImGui::TableSetupColumn("Type", fixed, 86);
  ImGui::TableSetupColumn("Paid", fixed, 64);
  ImGui::TableSetupColumn("Senior", fixed, 52);
  ImGui::TableSetupColumn("Prep", fixed, 40);
  ImGui::TableSetupColumn("Source", 0, 0.7f);
  ImGui::TableSetupColumn("Reflection", ImGuiTableColumnFlags_NoSort, 1.4f);
  ImGui::TableSetupColumn("Coachee feedback", ImGuiTableColumnFlags_NoSort, 1.4f);
  if (page.editable) ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_NoSort | fixed, 124);
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
    const auto& spec = specs->Specs[0];
    if (spec.ColumnIndex < static_cast<int>(std::size(kColumns))) tab.sortColumn = kColumns[spec.ColumnIndex];
    tab.sortAscending = spec.SortDirection != ImGuiSortDirection_Descending;
  }
  sortRows(rows, tab.sortColumn, tab.sortAscending);

  for (const core::LogRow& row : rows) {
    ImGui::PushID(row.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    // "2026-09-03T10:00" reads better as "2026-09-03 10:00".
    std::string date = row.date.empty() ? "-" : row.date.substr(0, 16);
    if (date.size() > 10 && date[10] == 'T') date[10] = ' ';
    ImGui::TextUnformatted(date.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(fmt::format("{:.2f}", row.hours()).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.coachee.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.group ? fmt::format("group ({})", row.groupSize).c_str() : "individual");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.paid ? "paid" : "pro bono");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(yes(row.seniorManager));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(yes(row.preparationDone));
    ImGui::TableNextColumn();
    if (row.observed) {
      ImGui::TextColored(palette().accent, "observed");
      if (!row.tutor.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("observed by %s", row.tutor.c_str());
    }
    else ImGui::TextColored(palette().muted, "logged");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.reflection.c_str());
    if (!row.reflection.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", row.reflection.c_str());
    ImGui::TableNextColumn();
    if (row.coacheeFeedback.empty()) ImGui::TextColored(palette().warning, "missing");
    else ImGui::TextUnformatted(row.coacheeFeedback.c_str());
    if (!row.coacheeFeedback.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", row.coacheeFeedback.c_str());
    if (page.editable) {
      ImGui::TableNextColumn();
      if (ImGui::SmallButton("Edit")) startEditing(tab, progress, &row);
      if (!row.observed) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove")) {
          const std::string id = row.id;
          applyRecordEdit(page.state, progress, [&](core::ProgressRecord& r) {
            core::removeEntry(r, core::EntryKind::Practice, id, core::utcNow(), session::editorName());
          });
          if (tab.editingId == id) tab.editingLog = false;
        }
      }
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace coachscope::ui
