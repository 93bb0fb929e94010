// Supervision and mentor coaching received (never coaching hours), and the book reviews.
#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/ids.h"
#include "core/portfolio_status.h"
#include "session/progress_session.h"
#include "ui/progress_sections.h"

namespace coachscope::ui {
namespace {

void removeButton(ProgressPage& page, core::EntryKind kind, const std::string& id) {
  if (!page.editable) return;
  ImGui::TableNextColumn();
  if (ImGui::SmallButton("Remove")) {
    applyRecordEdit(page.state, page.progress,
                    [&](core::ProgressRecord& r) { core::removeEntry(r, kind, id, core::utcNow(), session::editorName()); });
  }
}

void drawSupervision(ProgressPage& page) {
  progressHeading("Supervision and mentor coaching");
  const auto ids = page.record.supervision.liveIds();
  if (ids.empty()) ImGui::TextColored(palette().muted, "None logged yet.");
  else if (ImGui::BeginTable("supervision", page.editable ? 6 : 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Date", 0, 1.0f);
    ImGui::TableSetupColumn("Kind", 0, 1.0f);
    ImGui::TableSetupColumn("Hours", 0, 0.5f);
    ImGui::TableSetupColumn("With", 0, 1.0f);
    ImGui::TableSetupColumn("Notes", 0, 2.0f);
    if (page.editable) ImGui::TableSetupColumn("##remove", 0, 0.5f);
    ImGui::TableHeadersRow();
    for (const std::string& id : ids) {
      const core::SupervisionEntry& e = page.record.supervision.current(id)->data;
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
      removeButton(page, core::EntryKind::Supervision, id);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (!page.editable) return;
  core::SupervisionEntry& d = page.tab.supervisionDraft;
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
      page.state.notify(Notice::Level::Warning, "Supervision needs a date (YYYY-MM-DD) and some minutes.");
    } else {
      const core::SupervisionEntry entry = d;
      if (applyRecordEdit(page.state, page.progress, [&](core::ProgressRecord& r) {
            core::putSupervision(r, core::newId(), entry, core::utcNow(), session::editorName());
          })) {
        d = core::SupervisionEntry{};
      }
    }
  }
}

void drawBookReviews(ProgressPage& page) {
  ImGui::Spacing();
  progressHeading("Book reviews");
  const auto ids = page.record.bookReviews.liveIds();
  if (ids.empty()) ImGui::TextColored(palette().muted, "None yet.");
  else if (ImGui::BeginTable("reviews", page.editable ? 5 : 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Book", 0, 2.0f);
    ImGui::TableSetupColumn("Author", 0, 1.2f);
    ImGui::TableSetupColumn("Pages", 0, 0.5f);
    ImGui::TableSetupColumn("Written", 0, 0.6f);
    if (page.editable) ImGui::TableSetupColumn("##remove", 0, 0.8f);
    ImGui::TableHeadersRow();
    for (const std::string& id : ids) {
      const core::BookReview& b = page.record.bookReviews.current(id)->data;
      ImGui::PushID(id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(b.title.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(b.author.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", b.pages);
      ImGui::TableNextColumn();
      if (page.editable) {
        bool done = b.done;
        if (ImGui::Checkbox("##done", &done)) {
          core::BookReview edited = b;
          edited.done = done;
          applyRecordEdit(page.state, page.progress,
                          [&](core::ProgressRecord& r) { core::putBookReview(r, id, edited, core::utcNow(), session::editorName()); });
        }
      } else {
        ImGui::TextUnformatted(b.done ? "yes" : "not yet");
      }
      removeButton(page, core::EntryKind::BookReview, id);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (!page.editable) return;
  core::BookReview& d = page.tab.reviewDraft;
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
      page.state.notify(Notice::Level::Warning, "A book review needs the book's title.");
    } else {
      core::BookReview review = d;
      review.pages = std::max(0, review.pages);
      review.date = core::todayIso();
      if (applyRecordEdit(page.state, page.progress, [&](core::ProgressRecord& r) {
            core::putBookReview(r, core::newId(), review, core::utcNow(), session::editorName());
          })) {
        d = core::BookReview{};
      }
    }
  }
}

}  // namespace

void drawSupervisionSection(ProgressPage& page) {
  drawSupervision(page);
  drawBookReviews(page);
}

}  // namespace coachscope::ui
