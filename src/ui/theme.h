// Dark and light looks for the whole app, plus the few semantic colours panels share.
#pragma once

#include <imgui.h>

namespace coachscope::ui {

enum class Theme { Dark, Light };

void applyTheme(Theme theme, float scale);

// Semantic colours that follow the theme.
struct Palette {
  ImVec4 accent;     // headings, the running clock
  ImVec4 muted;      // secondary text
  ImVec4 good;       // strengths, "done"
  ImVec4 warning;    // development areas, "missing"
  ImVec4 danger;     // errors, concerns
};
const Palette& palette();

}  // namespace coachscope::ui
