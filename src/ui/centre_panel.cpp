#include "ui/centre_panel.h"

#include <fmt/format.h>
#include <imgui.h>

#include <string>

#include "session/centre_session.h"
#include "ui/fonts.h"
#include "ui/progress_panel.h"
#include "ui/sync_panel.h"

namespace coachscope::ui {
namespace {

const Shortcut kReload{Key::F5};

// The table's columns; the sortable ones carry their core sort key as the column's user id.
enum Column { Learner, Programme, Cohort, Tutor, Hours, Senior, Supervision, Books, Assignments, ThreeWay,
              Deadline, LastObserved, Ratings, Flags, ColumnCount };

struct ColumnSpec {
  const char* title;
  float width;  // 0: stretches
  int sort;     // a core::CentreSort, or -1: not sortable
  const char* tooltip;
};
const ColumnSpec kColumns[ColumnCount] = {
    {"Learner", 170, int(core::CentreSort::Name), nullptr},
    {"Programme", 120, int(core::CentreSort::Programme), nullptr},
    {"Cohort", 95, int(core::CentreSort::Cohort), nullptr},
    {"Tutor", 115, int(core::CentreSort::Tutor), nullptr},
    {"Hours", 72, int(core::CentreSort::Hours), "Coaching hours done / required"},
    {"Senior", 52, -1, "Hours with senior managers done / required (Level 7)"},
    {"Superv.", 56, -1, "Supervision hours done / required"},
    {"Books", 44, -1, "Book reviews done / required"},
    {"Assign.", 50, -1, "Assignments passed / required"},
    {"3-way", 44, -1, "Three-way contracted sessions done / required"},
    {"Deadline", 78, int(core::CentreSort::Deadline), "Days to the portfolio deadline"},
    {"Observed", 84, int(core::CentreSort::LastObserved), "The last observed session"},
    {"Ratings", 96, -1, "The latest rating of each competency, in framework order (- not rated yet)"},
    {"Flags", 0, int(core::CentreSort::Flags), nullptr},
};

std::string amountText(const core::Amount& a, bool hours) {
  if (a.required <= 0) return a.done <= 0 ? "-" : hours ? fmt::format("{:.1f}", a.done) : fmt::format("{:g}", a.done);
  return hours ? fmt::format("{:.1f}/{:g}", a.done, a.required) : fmt::format("{:g}/{:g}", a.done, a.required);
}

void amountCell(const core::Amount& a, bool hours) {
  const std::string text = amountText(a, hours);
  if (a.required > 0 && !a.met) {
    ImGui::TextColored(palette().warning, "%s", text.c_str());
  } else {
    ImGui::TextUnformatted(text.c_str());
  }
}

void mutedText(const std::string& text) {
  if (text.empty()) ImGui::TextColored(palette().muted, "-");
  else ImGui::TextUnformatted(text.c_str());
}

void tooltip(const std::string& text) {
  if (!text.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
}

std::string flagsText(const core::CentreRow& row) {
  std::string text;
  for (core::CentreFlag f : row.flags) text += (text.empty() ? "" : ", ") + std::string(core::label(f));
  return text;
}

// A combo over `values` whose first entry means "all"; `chosen` is the value or empty for all.
// Returns whether the choice changed.
bool filterCombo(const char* label, const char* id, const char* all, const std::vector<std::string>& values,
                 const std::vector<std::string>& titles, std::string& chosen) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine();
  std::string preview = all;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i] == chosen) preview = titles[i];
  }
  bool changed = false;
  ImGui::SetNextItemWidth(190);
  if (ImGui::BeginCombo(id, preview.c_str())) {
    if (ImGui::Selectable(all, chosen.empty())) {
      changed = !chosen.empty();
      chosen.clear();
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(titles[i].c_str(), values[i] == chosen)) {
        changed = values[i] != chosen;
        chosen = values[i];
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  return changed;
}

void drawFilters(AppState& state) {
  session::CentreState& centre = state.centre;
  core::CentreFilter filter = centre.filter;
  bool changed = filterCombo("Cohort", "##cohort", "All cohorts", centre.cohorts, centre.cohorts, filter.cohort);
  ImGui::SameLine(0, 16);
  changed |= filterCombo("Tutor", "##tutor", "All tutors", centre.tutors, centre.tutors, filter.tutor);
  ImGui::SameLine(0, 16);
  std::vector<std::string> ids, titles;
  for (const auto& [id, title] : centre.programmes) ids.push_back(id), titles.push_back(title);
  changed |= filterCombo("Programme", "##programme", "All programmes", ids, titles, filter.programme);
  ImGui::SameLine(0, 16);
  // Flags: one at a time, or any; each with how many learners carry it.
  std::vector<std::string> flagIds = {"any"}, flagTitles = {"Any flag"};
  for (const auto& [flag, n] : centre.flagCounts) {
    flagIds.push_back(core::toString(flag));
    flagTitles.push_back(fmt::format("{} ({})", core::label(flag), n));
  }
  std::string flagChoice = filter.anyFlag ? "any" : filter.flags.size() == 1 ? core::toString(filter.flags.front()) : "";
  if (filterCombo("Flag", "##flag", "With or without flags", flagIds, flagTitles, flagChoice)) {
    changed = true;
    filter.anyFlag = flagChoice == "any";
    filter.flags.clear();
    if (auto flag = core::centreFlagFrom(flagChoice)) filter.flags.push_back(*flag);
  }
  ImGui::SameLine(0, 16);
  ImGui::BeginDisabled(!(filter.cohort.size() + filter.tutor.size() + filter.programme.size() + filter.flags.size() +
                         filter.anyFlag));
  if (ImGui::Button("Show all")) {
    filter = {};
    changed = true;
  }
  ImGui::EndDisabled();
  if (changed) session::filterCentre(state, filter);
}

void drawSummary(AppState& state) {
  session::CentreState& centre = state.centre;
  ImGui::PushFont(fonts().bold);
  ImGui::TextColored(palette().accent, "%zu learner%s", centre.rows.size(), centre.rows.size() == 1 ? "" : "s");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextColored(palette().muted, "in %zu cohort%s, with %zu tutor%s · showing %zu · measured on %s",
                     centre.cohorts.size(), centre.cohorts.size() == 1 ? "" : "s", centre.tutors.size(),
                     centre.tutors.size() == 1 ? "" : "s", centre.shown.size(), centre.readOn.c_str());
  for (const auto& [flag, n] : centre.flagCounts) {
    if (n == 0) continue;
    ImGui::SameLine(0, 14);
    ImGui::TextColored(palette().warning, "%s: %d", core::label(flag), n);
  }
  if (centre.loading) {
    ImGui::SameLine(0, 14);
    ImGui::TextColored(palette().muted, "reading again...");
  }
  ImGui::SameLine(0, 14);
  drawSyncButton(state);
  if (!centre.skipped.empty()) {
    const std::string title = fmt::format("{} record{} could not be read###skipped", centre.skipped.size(),
                                          centre.skipped.size() == 1 ? "" : "s");
    ImGui::PushStyleColor(ImGuiCol_Text, palette().danger);
    const bool open = ImGui::TreeNode(title.c_str());
    ImGui::PopStyleColor();
    if (open) {
      ImGui::PushTextWrapPos(0);
      for (const core::Error& e : centre.skipped) ImGui::TextUnformatted(e.message().c_str());
      ImGui::PopTextWrapPos();
      ImGui::TreePop();
    }
  }
}

void drawRow(AppState& state, const core::CentreRow& row) {
  const session::CentreState& centre = state.centre;
  ImGui::TableNextRow();
  ImGui::PushID(row.learnerId.c_str());
  ImGui::TableNextColumn();
  const std::string name = (row.name.empty() ? row.learnerId : row.name) + "###open";
  if (ImGui::Selectable(name.c_str(), state.progress.recordPath.stem().stem() == row.learnerId,
                        ImGuiSelectableFlags_None)) {
    if (session::openCentreLearner(state, row.learnerId)) state.requestedTab = kProgressTabTitle;
  }
  tooltip("Open on the Progress tab");
  ImGui::TableNextColumn();
  if (row.programmeKnown) {
    ImGui::TextUnformatted(row.programmeTitle.c_str());
    tooltip(row.programmeTitle);
  } else {
    ImGui::TextColored(palette().warning, "%s (?)", row.programmeId.c_str());
    tooltip("This programme's rules file is not loaded");
  }
  ImGui::TableNextColumn();
  mutedText(row.cohort);
  ImGui::TableNextColumn();
  mutedText(row.tutor);
  ImGui::TableNextColumn();
  amountCell(row.coachingHours, true);
  ImGui::TableNextColumn();
  amountCell(row.seniorCoachingHours, true);
  ImGui::TableNextColumn();
  amountCell(row.supervisionHours, true);
  ImGui::TableNextColumn();
  amountCell(row.bookReviews, false);
  ImGui::TableNextColumn();
  if (row.assignmentsRequired > 0) {
    const std::string text = fmt::format("{}/{}", row.assignmentsPassed, row.assignmentsRequired);
    if (row.assignmentsPassed < row.assignmentsRequired) ImGui::TextColored(palette().warning, "%s", text.c_str());
    else ImGui::TextUnformatted(text.c_str());
  } else {
    ImGui::TextColored(palette().muted, "-");
  }
  ImGui::TableNextColumn();
  amountCell(row.threeWayContracts, false);
  ImGui::TableNextColumn();
  if (!row.deadline.known) {
    ImGui::TextColored(palette().muted, "-");
  } else if (row.complete) {
    ImGui::TextColored(palette().good, "%d d", row.deadline.daysLeft);
  } else {
    const ImVec4 colour = row.deadline.overdue || row.has(core::CentreFlag::DeadlineNearHoursMissing)
                              ? palette().danger
                              : ImGui::GetStyleColorVec4(ImGuiCol_Text);
    ImGui::TextColored(colour, "%d d", row.deadline.daysLeft);
  }
  tooltip(row.deadline.text);
  ImGui::TableNextColumn();
  if (row.lastObservedDate.empty()) {
    ImGui::TextColored(row.has(core::CentreFlag::NoRecentObservation) ? palette().warning : palette().muted, "never");
  } else if (row.has(core::CentreFlag::NoRecentObservation)) {
    ImGui::TextColored(palette().warning, "%s", row.lastObservedDate.c_str());
  } else {
    ImGui::TextUnformatted(row.lastObservedDate.c_str());
  }
  ImGui::TableNextColumn();
  std::string ratings;
  for (const auto& [id, title] : centre.competencies) {
    auto it = row.latestRatings.find(id);
    ratings += (ratings.empty() ? "" : " ") + (it == row.latestRatings.end() ? std::string("-") : std::to_string(it->second));
  }
  ImGui::PushFont(fonts().mono);
  ImGui::TextUnformatted(ratings.c_str());
  ImGui::PopFont();
  if (ImGui::IsItemHovered()) {
    std::string lines;
    for (const auto& [id, title] : centre.competencies) {
      auto it = row.latestRatings.find(id);
      lines += fmt::format("{} {}: {}\n", id, title, it == row.latestRatings.end() ? "-" : std::to_string(it->second));
    }
    ImGui::SetTooltip("%s", lines.c_str());
  }
  ImGui::TableNextColumn();
  if (!row.flags.empty()) {
    const std::string flags = flagsText(row);
    ImGui::TextColored(palette().danger, "%s", flags.c_str());
    tooltip(flags);
  }
  ImGui::PopID();
}

void drawTable(AppState& state) {
  session::CentreState& centre = state.centre;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable(kCentreTableId, ColumnCount, flags)) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  for (int c = 0; c < ColumnCount; ++c) {
    const ColumnSpec& spec = kColumns[c];
    ImGuiTableColumnFlags columnFlags = spec.width > 0 ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch;
    if (spec.sort < 0) columnFlags |= ImGuiTableColumnFlags_NoSort;
    if (c == Learner) columnFlags |= ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_NoHide;
    ImGui::TableSetupColumn(spec.title, columnFlags, spec.width > 0 ? spec.width : 200, static_cast<ImGuiID>(c));
  }
  // The header row as TableHeadersRow draws it, with a tooltip on the headers that need one.
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < ColumnCount; ++c) {
    if (!ImGui::TableSetColumnIndex(c)) continue;
    ImGui::PushID(c);
    ImGui::TableHeader(kColumns[c].title);
    ImGui::PopID();
    if (kColumns[c].tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kColumns[c].tooltip);
  }
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0 && kColumns[specs->Specs[0].ColumnUserID].sort >= 0) {
      session::sortCentre(state, static_cast<core::CentreSort>(kColumns[specs->Specs[0].ColumnUserID].sort),
                          specs->Specs[0].SortDirection == ImGuiSortDirection_Descending);
    }
    specs->SpecsDirty = false;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(centre.shown.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) drawRow(state, centre.shown[static_cast<std::size_t>(i)]);
  }
  ImGui::EndTable();
}

}  // namespace

std::vector<ShortcutSection> centreHelp() {
  return {{kCentreTabTitle,
           {{describe(kReload), "Read every learner's record again"},
            {"Click a column's header", "Sort by it (again: the other way round)"},
            {"Click a learner", "Open them on the Progress tab"}}}};
}

void drawCentrePanel(AppState& state) {
  session::CentreState& centre = state.centre;
  session::updateCentre(state);
  for (const session::KeyEvent& e : frameKeys()) {
    if (globalShortcut(e, kReload)) session::reloadCentre(state);
  }
  if (centre.loads == 0) {
    ImGui::TextColored(palette().muted, "Reading every learner's record...");
    return;
  }
  if (!centre.hasLearnersFolder || (centre.rows.empty() && centre.skipped.empty())) {
    ImGui::TextColored(palette().muted, "No learners in %s yet: create one on the Progress tab, or sync with the centre.",
                       state.workspace.string().c_str());
    drawSyncButton(state);
    return;
  }
  drawSummary(state);
  drawFilters(state);
  drawTable(state);
}

}  // namespace coachscope::ui
