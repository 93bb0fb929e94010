#include "ui/theme.h"

namespace coachscope::ui {
namespace {

const Palette kDarkPalette{ImVec4(0.45f, 0.72f, 1.00f, 1), ImVec4(0.62f, 0.64f, 0.68f, 1), ImVec4(0.45f, 0.82f, 0.52f, 1),
                           ImVec4(0.98f, 0.74f, 0.32f, 1), ImVec4(0.96f, 0.42f, 0.42f, 1)};
const Palette kLightPalette{ImVec4(0.10f, 0.36f, 0.68f, 1), ImVec4(0.40f, 0.42f, 0.45f, 1), ImVec4(0.12f, 0.52f, 0.22f, 1),
                            ImVec4(0.70f, 0.42f, 0.00f, 1), ImVec4(0.78f, 0.14f, 0.14f, 1)};
// Valid before the first applyTheme, so nothing is drawn transparent.
Palette current = kDarkPalette;

void shapeStyle(ImGuiStyle& style) {
  style.WindowRounding = 6;
  style.ChildRounding = 6;
  style.FrameRounding = 4;
  style.PopupRounding = 4;
  style.GrabRounding = 4;
  style.TabRounding = 4;
  style.ScrollbarRounding = 6;
  style.WindowPadding = ImVec2(12, 10);
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 4);
  style.WindowBorderSize = 0;
  style.FrameBorderSize = 0;
}

}  // namespace

void applyTheme(Theme theme, float scale) {
  ImGuiStyle style;
  shapeStyle(style);
  if (theme == Theme::Dark) {
    ImGui::StyleColorsDark(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(0.14f, 0.15f, 0.17f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.22f, 0.35f, 0.50f, 0.70f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.18f, 0.20f, 0.23f, 1.0f);
    current = kDarkPalette;
  } else {
    ImGui::StyleColorsLight(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(1.00f, 1.00f, 1.00f, 1.0f);
    current = kLightPalette;
  }
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

const Palette& palette() { return current; }

}  // namespace coachscope::ui
