// The fonts panels draw with: DejaVu through FreeType, sized for the display's scale.
#pragma once

#include <imgui.h>

namespace coachscope::ui {

struct Fonts {
  ImFont* regular = nullptr;  // nullptr = ImGui's default (headless tests without font files)
  ImFont* bold = nullptr;
  ImFont* mono = nullptr;     // clock and timestamps, so digits do not jitter
  ImFont* large = nullptr;    // the session clock
};

const Fonts& fonts();

// Loads DejaVu Sans/Bold/Mono at `pixelSize * scale` into the current context's atlas with the
// FreeType builder. Returns false (and keeps ImGui's built-in font) when the files are missing.
bool loadFonts(float pixelSize, float scale);

}  // namespace coachscope::ui
