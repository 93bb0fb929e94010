#include "ui/notices.h"

#include <imgui.h>

namespace coachscope::ui {

void drawNotices(AppState& state) {
  for (std::size_t i = 0; i < state.notices.size();) {
    const Notice& notice = state.notices[i];
    const ImVec4 colour = notice.level == Notice::Level::Error     ? palette().danger
                          : notice.level == Notice::Level::Warning ? palette().warning
                                                                   : palette().accent;
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", notice.text.c_str());
    ImGui::SameLine();
    bool dismissed = ImGui::SmallButton("Dismiss");
    ImGui::PopID();
    if (dismissed) state.notices.erase(state.notices.begin() + static_cast<long>(i));
    else ++i;
  }
  if (!state.notices.empty()) ImGui::Separator();
}

}  // namespace coachscope::ui
