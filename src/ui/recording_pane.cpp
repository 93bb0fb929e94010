#include "ui/recording_pane.h"

#include <imgui.h>

namespace coachscope::ui {

void drawRecordingPane(AppState&) {
  ImGui::TextColored(palette().muted, "No recording is linked to this session.");
}

}  // namespace coachscope::ui
