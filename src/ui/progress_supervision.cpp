// Supervision and mentor coaching received (never coaching hours), and the book reviews.
#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/ids.h"
#include "core/portfolio_status.h"
#include "ui/progress_actions.h"
#include "ui/progress_sections.h"

namespace coachscope::ui {
namespace {

void removeButton(ProgressView& view, core::EntryKind kind, const std::string& id) {
  if (!view.editable) return;
  ImGui::TableNextColumn();
  if (ImGui::SmallButton("Remove")) {
    applyRecordEdit(view.state, view.progress,
                    [&](core::ProgressRecord& r) { core::removeEntry(r, kind, id, core::utcNow(), editorName()); });
  }
}

void drawSupervision(ProgressView& view) {
  progressHeading("Supervision and mentor coaching");
  const auto ids = view.record.supervision.liveIds();
  if (ids.empty()) ImGui::TextColored(palette().muted, "None logged yet.");
  else if (ImGui::BeginTable("supervision", view.editable ? 6 : 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Date", 0, 1.0f);
    ImGui::TableSetupColumn("Kind", 0, 1.0f);
    ImGui::TableSetupColumn("Hours", 0, 0.5f);
    ImGui::TableSetupColumn("With", 0, 1.0f);
    ImGui::TableSetupColumn("Notes", 0, 2.0f);
    if (view.editable) ImGui::TableSetupColumn("##remove", 0, 0.5f);
    ImGui::TableHeadersRow();
    for (const std::string& id : ids) {
      const core::SupervisionEntry& e = view.record.supervision.current(id)->data;
      ImGui::PushID(id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(e.date.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(fmt::format("{}{}", core::label(e.kind), e.group ? " (group)" : "").c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(hoursLabel(e.minutes / 60).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(e.with.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(e.notes.c_str());
      removeButton(view, core::EntryKind::Supervision, id);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (!view.editable) return;
  core::SupervisionEntry& d = view.progress.supervisionDraft;
  if (d.date.empty()) d.date = core::todayIso();
  ImGui::SetNextItemWidth(110);
  ImGui::InputText("##supDate", &d.date);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(160);
  if (ImGui::BeginCombo("##supKind", core::label(d.kind))) {
    for (auto k : {core::SupervisionKind::Supervision, core::SupervisionKind::MentorCoaching}) {
      if (ImGui::Selectable(core::label(k), k == d.kind)) d.kind = k;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(90);
  ImGui::InputDouble("min##supMinutes", &d.minutes, 15, 60, "%.0f");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(150);
  ImGui::InputTextWithHint("##supWith", "with", &d.with);
  ImGui::SameLine();
  ImGui::Checkbox("Group##sup", &d.group);
  ImGui::SameLine();
  if (ImGui::Button("Add supervision")) {
    if (!core::daysSinceEpoch(d.date) || d.minutes <= 0) {
      view.state.notify(Notice::Level::Warning, "Supervision needs a date (YYYY-MM-DD) and some minutes.");
    } else {
      const core::SupervisionEntry entry = d;
      if (applyRecordEdit(view.state, view.progress, [&](core::ProgressRecord& r) {
            core::putSupervision(r, core::newId(), entry, core::utcNow(), editorName());
          })) {
        d = core::SupervisionEntry{};
      }
    }
  }
}

void drawBookReviews(ProgressView& view) {
  ImGui::Spacing();
  progressHeading("Book reviews");
  const auto ids = view.record.bookReviews.liveIds();
  if (ids.empty()) ImGui::TextColored(palette().muted, "None yet.");
  else if (ImGui::BeginTable("reviews", view.editable ? 5 : 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Book", 0, 2.0f);
    ImGui::TableSetupColumn("Author", 0, 1.2f);
    ImGui::TableSetupColumn("Pages", 0, 0.5f);
    ImGui::TableSetupColumn("Written", 0, 0.6f);
    if (view.editable) ImGui::TableSetupColumn("##remove", 0, 0.8f);
    ImGui::TableHeadersRow();
    for (const std::string& id : ids) {
      const core::BookReview& b = view.record.bookReviews.current(id)->data;
      ImGui::PushID(id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(b.title.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(b.author.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", b.pages);
      ImGui::TableNextColumn();
      if (view.editable) {
        bool done = b.done;
        if (ImGui::Checkbox("##done", &done)) {
          core::BookReview edited = b;
          edited.done = done;
          applyRecordEdit(view.state, view.progress,
                          [&](core::ProgressRecord& r) { core::putBookReview(r, id, edited, core::utcNow(), editorName()); });
        }
      } else {
        ImGui::TextUnformatted(b.done ? "yes" : "not yet");
      }
      removeButton(view, core::EntryKind::BookReview, id);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (!view.editable) return;
  core::BookReview& d = view.progress.reviewDraft;
  ImGui::SetNextItemWidth(220);
  ImGui::InputTextWithHint("##bookTitle", "title", &d.title);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(160);
  ImGui::InputTextWithHint("##bookAuthor", "author", &d.author);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(90);
  ImGui::InputInt("pages##bookPages", &d.pages);
  ImGui::SameLine();
  ImGui::Checkbox("Written##book", &d.done);
  ImGui::SameLine();
  if (ImGui::Button("Add book review")) {
    if (d.title.empty()) {
      view.state.notify(Notice::Level::Warning, "A book review needs the book's title.");
    } else {
      core::BookReview review = d;
      review.pages = std::max(0, review.pages);
      review.date = core::todayIso();
      if (applyRecordEdit(view.state, view.progress, [&](core::ProgressRecord& r) {
            core::putBookReview(r, core::newId(), review, core::utcNow(), editorName());
          })) {
        d = core::BookReview{};
      }
    }
  }
}

}  // namespace

void drawSupervisionSection(ProgressView& view) {
  drawSupervision(view);
  drawBookReviews(view);
}

}  // namespace coachscope::ui
