// Conflicts: entries that two copies of the record changed differently. Each version is shown
// side by side; choosing one adds a resolution that merges cleanly into every other copy.
#include <fmt/format.h>
#include <imgui.h>

#include "core/record_json.h"
#include "session/progress_session.h"
#include "ui/progress_sections.h"

namespace coachscope::ui {
namespace {

const char* kindLabel(core::EntryKind kind) {
  switch (kind) {
    case core::EntryKind::Profile: return "Learner profile";
    case core::EntryKind::Session: return "Observed session";
    case core::EntryKind::Practice: return "Coaching-log entry";
    case core::EntryKind::Supervision: return "Supervision entry";
    case core::EntryKind::BookReview: return "Book review";
    case core::EntryKind::Assignment: return "Assignment";
    case core::EntryKind::Reflection: return "Learner's reflection";
    case core::EntryKind::SelfAssessment: return "Self-assessment";
    case core::EntryKind::ActionItem: return "Action-plan item";
  }
  return "";
}

struct HeadText {
  std::string hash, at, by, text;
  bool deleted = false;
};

template <typename T>
std::vector<HeadText> headTexts(const core::VersionedSet<T>& set, const std::string& id) {
  std::vector<HeadText> out;
  for (const auto* head : set.heads(id)) {
    HeadText h{head->hash, head->at, head->by, {}, head->deleted};
    if (!head->deleted) {
      // Only the fields a person needs to tell the versions apart, one per line.
      const nlohmann::json data = core::record_json::toJson(head->data);
      for (const auto& [key, value] : data.items()) {
        if (value.is_object() || value.is_array()) {
          if (!value.empty()) h.text += fmt::format("{}: {} item(s)\n", key, value.size());
        } else if (!(value.is_string() && value.template get<std::string>().empty())) {
          h.text += fmt::format("{}: {}\n", key, value.is_string() ? value.template get<std::string>() : value.dump());
        }
      }
    }
    out.push_back(std::move(h));
  }
  return out;
}

std::vector<HeadText> headsOf(const core::ProgressRecord& r, core::EntryKind kind, const std::string& id) {
  std::vector<HeadText> out;
  core::forEachSet(r, [&](core::EntryKind k, const auto& set) {
    if (k == kind) out = headTexts(set, id);
  });
  return out;
}

}  // namespace

void drawConflictSection(ProgressPage& page) {
  const auto conflicts = page.record.conflicts();
  if (conflicts.empty()) {
    ImGui::TextColored(palette().good, "No conflicts: every copy of this record agrees.");
    return;
  }
  ImGui::PushTextWrapPos(0);
  ImGui::TextColored(palette().muted,
                     "Two copies of this record changed the same entry differently. Both versions are kept until a "
                     "tutor chooses one; the choice then travels to every copy like any other change.");
  ImGui::PopTextWrapPos();
  for (const core::Conflict& conflict : conflicts) {
    ImGui::PushID((std::string(core::toString(conflict.kind)) + conflict.id).c_str());
    ImGui::Separator();
    progressHeading(fmt::format("{} {}", kindLabel(conflict.kind), conflict.id).c_str());
    const auto heads = headsOf(page.record, conflict.kind, conflict.id);
    if (ImGui::BeginTable("versions", static_cast<int>(heads.size()), ImGuiTableFlags_BordersInnerV)) {
      for (const HeadText& head : heads) {
        ImGui::TableNextColumn();
        ImGui::PushID(head.hash.c_str());
        ImGui::TextColored(palette().accent, "%s%s%s", head.by.empty() ? "unknown" : head.by.c_str(),
                           head.at.empty() ? "" : " · ", head.at.c_str());
        if (head.deleted) ImGui::TextColored(palette().danger, "removed");
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(head.text.c_str());
        ImGui::PopTextWrapPos();
        if (page.editable && ImGui::Button(head.deleted ? "Keep it removed" : "Keep this version")) {
          const core::EntryKind kind = conflict.kind;
          const std::string id = conflict.id, hash = head.hash;
          applyRecordEdit(page.state, page.progress, [&](core::ProgressRecord& r) {
            core::resolveConflict(r, kind, id, hash, core::utcNow(), session::editorName());
          });
        }
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
    ImGui::PopID();
  }
  if (!page.editable) ImGui::TextColored(palette().muted, "A tutor resolves conflicts; review mode only shows them.");
}

}  // namespace coachscope::ui
