#include "ui/fonts.h"

#include <imgui_freetype.h>

#include <array>
#include <filesystem>
#include <string>

namespace coachscope::ui {
namespace {

Fonts loaded;

std::string findFont(const char* fileName) {
  static const std::array<const char*, 3> folders = {
      "/usr/share/fonts/truetype/dejavu/", "/usr/share/fonts/dejavu/", "/usr/local/share/fonts/"};
  for (const char* folder : folders) {
    std::string path = std::string(folder) + fileName;
    if (std::filesystem::exists(path)) return path;
  }
  return {};
}

}  // namespace

const Fonts& fonts() { return loaded; }

bool loadFonts(float pixelSize, float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  loaded = Fonts{};
  const std::string regular = findFont("DejaVuSans.ttf");
  const std::string bold = findFont("DejaVuSans-Bold.ttf");
  const std::string mono = findFont("DejaVuSansMono.ttf");
  if (regular.empty()) {
    io.Fonts->AddFontDefault();
    return false;
  }
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  // Latin-1 and Latin Extended-A cover names such as "Zoë" or "Łukasz"; plus typographic punctuation.
  static const ImWchar ranges[] = {0x0020, 0x017F, 0x2010, 0x2027, 0x2190, 0x21FF, 0x2713, 0x2717, 0};
  const float size = pixelSize * scale;
  loaded.regular = io.Fonts->AddFontFromFileTTF(regular.c_str(), size, nullptr, ranges);
  loaded.bold = bold.empty() ? loaded.regular : io.Fonts->AddFontFromFileTTF(bold.c_str(), size, nullptr, ranges);
  loaded.mono = mono.empty() ? loaded.regular : io.Fonts->AddFontFromFileTTF(mono.c_str(), size, nullptr, ranges);
  loaded.large = mono.empty() ? loaded.regular
                              : io.Fonts->AddFontFromFileTTF(mono.c_str(), size * 2.0f, nullptr, ranges);
  return true;
}

}  // namespace coachscope::ui
