#include "harness.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <map>
#include <stdexcept>
#include <vector>

namespace coachscope::test {
namespace {

std::vector<std::string> splitPath(std::string_view path) {
  std::vector<std::string> parts;
  std::string current;
  for (char c : path) {
    if (c == '/') {
      parts.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  parts.push_back(current);
  return parts;
}

// A child window made by BeginChild(name) inside `parent` is called "<parent>/<name>_<id hex>".
ImGuiWindow* findChildWindow(ImGuiWindow* parent, const std::string& childName) {
  const std::string prefix = std::string(parent->Name) + "/" + childName + "_";
  for (ImGuiWindow* window : GImGui->Windows) {
    if (std::string_view(window->Name).substr(0, prefix.size()) == prefix &&
        std::string_view(window->Name).find('/', prefix.size()) == std::string_view::npos) {
      return window;
    }
  }
  return nullptr;
}

// The id a widget's path continues from inside `child`: a scrolling table's own window hashes its
// rows' and headers' ids from the table's id (ImGui pushes it there), any other child window from
// its own.
ImGuiID childSeed(ImGuiWindow* child) {
  for (int n = 0; n < GImGui->Tables.GetMapSize(); ++n) {
    if (ImGuiTable* table = GImGui->Tables.TryGetMapData(n); table && table->InnerWindow == child && table->OuterWindow != child) {
      return table->ID;
    }
  }
  return child->ID;
}

}  // namespace

HeadlessUi::HeadlessUi(std::function<void()> draw, ImVec2 displaySize) : draw_(std::move(draw)) {
  context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.DisplaySize = displaySize;
  io.DeltaTime = deltaTime_;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ui::installGlfwKeyMap();
  // The font atlas must be built before the first frame; no texture upload without a renderer.
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(context_); }

void HeadlessUi::frame(int count) {
  ImGui::SetCurrentContext(context_);
  for (int i = 0; i < count; ++i) {
    ImGui::GetIO().DeltaTime = deltaTime_;
    ui::beginKeyFrame(keys_);
    ImGui::NewFrame();
    draw_();
    ImGui::Render();
  }
}

void HeadlessUi::settle(int limit) {
  for (int i = 0; i < limit; ++i) {
    if (keys_.idle()) return;
    frame();
  }
  if (!keys_.idle()) throw std::runtime_error("key events still queued after " + std::to_string(limit) + " frames");
}

void HeadlessUi::modifierKeys(int mods, session::KeyAction action) {
  const std::pair<int, ui::Key> keys[] = {
      {ui::Ctrl, ui::Key::LeftControl}, {ui::Shift, ui::Key::LeftShift}, {ui::Alt, ui::Key::LeftAlt}};
  for (const auto& [bit, key] : keys) {
    if (mods & bit) keys_.push(session::KeyEvent::keyEvent(static_cast<int>(key), action, 0));
  }
}

void HeadlessUi::tap(ui::Key key, int mods) {
  modifierKeys(mods & ~heldMods_, session::KeyAction::Press);
  keys_.push(session::KeyEvent::keyEvent(static_cast<int>(key), session::KeyAction::Press, mods | heldMods_));
  keys_.push(session::KeyEvent::keyEvent(static_cast<int>(key), session::KeyAction::Release, mods | heldMods_));
  modifierKeys(mods & ~heldMods_, session::KeyAction::Release);
}

namespace {

// The modifier bit a modifier key stands for (0 for any other key).
int modifierBit(ui::Key key) {
  switch (key) {
    case ui::Key::LeftControl: case ui::Key::RightControl: return ui::Ctrl;
    case ui::Key::LeftShift: case ui::Key::RightShift: return ui::Shift;
    case ui::Key::LeftAlt: case ui::Key::RightAlt: return ui::Alt;
    default: return 0;
  }
}

}  // namespace

void HeadlessUi::keyDown(ui::Key key, int mods) {
  modifierKeys(mods & ~heldMods_, session::KeyAction::Press);
  // GLFW reports a modifier key's own press with the modifiers held before it.
  keys_.push(session::KeyEvent::keyEvent(static_cast<int>(key), session::KeyAction::Press, heldMods_ | mods));
  heldMods_ |= mods | modifierBit(key);
  settle();
  frame();
}

// Releases the key and every modifier keyDown left down.
void HeadlessUi::keyUp(ui::Key key) {
  keys_.push(session::KeyEvent::keyEvent(static_cast<int>(key), session::KeyAction::Release, heldMods_));
  modifierKeys(heldMods_ & ~modifierBit(key), session::KeyAction::Release);
  heldMods_ = ui::None;
  settle();
  frame();
}

void HeadlessUi::press(ui::Key key, int mods) {
  tap(key, mods);
  settle();
  frame();  // the key's effect drawn
}

void HeadlessUi::type(std::string_view utf8) {
  ImGui::SetCurrentContext(context_);
  std::size_t i = 0;
  while (i < utf8.size()) {
    unsigned int codepoint = 0;
    const int length = ImTextCharFromUtf8(&codepoint, utf8.data() + i, utf8.data() + utf8.size());
    i += length > 0 ? static_cast<std::size_t>(length) : 1;
    keys_.push(session::KeyEvent::character(codepoint));
    frame();
  }
  settle();
}

ImGuiID HeadlessUi::id(std::string_view path) const { return idIn(path, nullptr); }

ImGuiID HeadlessUi::idIn(std::string_view path, ImGuiWindow** itemWindow) const {
  ImGui::SetCurrentContext(context_);
  const std::vector<std::string> parts = splitPath(path);
  ImGuiWindow* window = ImGui::FindWindowByName(parts.front().c_str());
  if (!window) throw std::runtime_error("no window named \"" + parts.front() + "\" (in path " + std::string(path) + ")");
  ImGuiID seed = window->ID;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    ImGuiWindow* child = findChildWindow(window, parts[i]);
    if (child && i + 1 < parts.size()) {
      window = child;
      seed = childSeed(child);
    } else if (parts[i].size() > 1 && parts[i][0] == '#' &&
               parts[i].find_first_not_of("0123456789", 1) == std::string::npos) {
      const int n = std::stoi(parts[i].substr(1));  // an ImGui::PushID(int) level
      seed = ImHashData(&n, sizeof(n), seed);
    } else {
      seed = ImHashStr(parts[i].c_str(), 0, seed);
    }
  }
  if (itemWindow) *itemWindow = window;
  return seed;
}

ImRect HeadlessUi::locate(ImGuiID target, ImGuiWindow* window, std::string_view what) {
  const std::string where = std::string(what) + ": ";
  // Where the widget is: ImGui records the rectangle of the widget holding keyboard-navigation
  // focus when it is drawn, so focus it for one frame (layer 0 and the menu layer both).
  // A window that has just appeared takes focus for its own first widget on its next frames:
  // asked again, a few frames, as a person waits for a dialog to settle.
  for (int attempt = 0; attempt < 3; ++attempt) {
    for (ImRect& r : window->NavRectRel) r = ImRect(FLT_MAX, FLT_MAX, FLT_MAX, FLT_MAX);
    ImGui::SetFocusID(target, window);
    frame();
    if (context_->NavId == target && context_->NavIdIsAlive) break;
  }
  if (context_->NavId != target || !context_->NavIdIsAlive) {
    throw std::runtime_error(where + "no widget with this id was drawn (missing, hidden or mistyped)");
  }
  ImRect rect(FLT_MAX, FLT_MAX, FLT_MAX, FLT_MAX);
  for (const ImRect& r : window->NavRectRel) {
    if (r.Min.x != FLT_MAX) rect = r;
  }
  rect.Translate(window->DC.CursorStartPos);  // ImGui 1.86 keeps it relative to the content start
  rect.ClipWithFull(window->ClipRect);
  if (rect.GetWidth() <= 0 || rect.GetHeight() <= 0) {
    throw std::runtime_error(where + "the widget is out of view (scrolled away or clipped)");
  }
  return rect;
}

ImRect HeadlessUi::itemRect(std::string_view path) {
  ImGui::SetCurrentContext(context_);
  ImGuiWindow* window = nullptr;
  const ImGuiID target = idIn(path, &window);
  if (!window) throw std::runtime_error(std::string(path) + ": no such window");
  ImRect rect = locate(target, window, path);
  context_->NavDisableHighlight = true;
  return rect;
}

void HeadlessUi::expectClickable(ImGuiID target, ImGuiWindow* window, std::string_view what) {
  const std::string where = "click " + std::string(what) + ": ";
  const ImRect rect = locate(target, window, "click " + std::string(what));
  // A person's pointer over it: a disabled widget, or one under a modal or another window, is
  // not hovered as itself.
  ImGui::GetIO().MousePos = rect.GetCenter();
  context_->NavDisableMouseHover = false;  // focusing said "keyboard"; the pointer is what counts now
  context_->NavDisableHighlight = true;
  frame();
  const bool hovered = context_->HoveredId == target && !context_->HoveredIdDisabled;
  const bool disabled = context_->HoveredId == target && context_->HoveredIdDisabled;
  ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // the pointer moves on, leaving no tooltip
  if (disabled) throw std::runtime_error(where + "the widget is disabled");
  if (!hovered) throw std::runtime_error(where + "the widget is covered (by a modal, a popup or another window)");
}

void HeadlessUi::click(std::string_view path) {
  ImGui::SetCurrentContext(context_);
  // A person cannot click past a modal: a path into another window while one is open fails.
  const std::string root = splitPath(path).front();
  if (ImGuiWindow* modal = ImGui::GetTopMostAndVisiblePopupModal()) {
    ImGuiWindow* window = ImGui::FindWindowByName(root.c_str());
    bool inside = false;
    for (ImGuiWindow* w = window; w; w = w->ParentWindow) inside = inside || w == modal;
    if (!inside) {
      throw std::runtime_error("click " + std::string(path) + ": blocked by the modal \"" + modal->Name + "\"");
    }
  }
  ImGuiWindow* window = nullptr;
  const ImGuiID target = idIn(path, &window);
  expectClickable(target, window, path);
  clickId(target, path);
}

void HeadlessUi::click(ImGuiID target) { clickId(target, "#" + std::to_string(target)); }

void HeadlessUi::clickId(ImGuiID target, std::string_view what) {
  ImGui::SetCurrentContext(context_);
  // ImGui 1.86 focuses a text field on activation only when the activation comes from the
  // keyboard; a click on a field focuses it too, so the harness says it is the keyboard.
  context_->NavInputSource = ImGuiInputSource_Keyboard;
  context_->LastActiveId = 0;
  ImGui::ActivateItem(target);
  frame();  // processes the activation
  // Only a widget that was drawn, enabled, becomes active: a click on a missing, hidden or
  // disabled widget (a typo in a path, a button greyed out) fails the test instead of passing.
  // Checked after this frame: by the next one the click may have focused another widget.
  const bool activated = context_->LastActiveId == target;
  frame();  // the click's effect is drawn
  if (!activated) {
    throw std::runtime_error("click " + std::string(what) +
                             ": no enabled widget with this id was drawn (missing, hidden, disabled or mistyped)");
  }
}

std::string HeadlessUi::frameText() {
  frame();
  return drawnText();
}

// Each glyph ImGui draws is a quad (vertices i..i+3, indices i,i+1,i+2, i,i+2,i+3) whose first
// vertex carries the glyph's (U0,V0) in the font atlas; mapping those back to codepoints recovers
// exactly the text on screen, in every window, popup and tooltip.
std::string HeadlessUi::drawnText() const {
  ImGui::SetCurrentContext(context_);
  // Where each glyph's pen position was, from its quad and its bearing.
  struct GlyphInfo {
    unsigned codepoint;
    float offsetX, offsetY, advance, spaceAdvance;
  };
  std::map<std::pair<float, float>, GlyphInfo> glyphAt;
  for (ImFont* font : ImGui::GetIO().Fonts->Fonts) {
    const ImFontGlyph* space = font->FindGlyphNoFallback(' ');
    const float spaceAdvance = space ? space->AdvanceX : font->FontSize * 0.3f;
    for (const ImFontGlyph& glyph : font->Glyphs) {
      if (glyph.Visible) {
        glyphAt[{glyph.U0, glyph.V0}] = {glyph.Codepoint, glyph.X0, glyph.Y0, glyph.AdvanceX, spaceAdvance};
      }
    }
  }
  struct Placed {
    float penX, penY;
    const GlyphInfo* info;
  };
  std::string text;
  const ImDrawData* data = ImGui::GetDrawData();
  if (!data) return text;
  for (int list = 0; list < data->CmdListsCount; ++list) {
    const ImDrawList* drawList = data->CmdLists[list];
    const ImDrawVert* vertices = drawList->VtxBuffer.Data;
    std::vector<Placed> glyphs;
    for (const ImDrawCmd& cmd : drawList->CmdBuffer) {
      const ImDrawIdx* idx = drawList->IdxBuffer.Data + cmd.IdxOffset;
      for (unsigned i = 0; i + 6 <= cmd.ElemCount; i += 3) {
        const unsigned a = cmd.VtxOffset + idx[i];
        if (cmd.VtxOffset + idx[i + 1] != a + 1 || cmd.VtxOffset + idx[i + 2] != a + 2 ||
            cmd.VtxOffset + idx[i + 3] != a || cmd.VtxOffset + idx[i + 5] != a + 3) {
          continue;
        }
        auto found = glyphAt.find({vertices[a].uv.x, vertices[a].uv.y});
        if (found == glyphAt.end()) continue;
        const GlyphInfo& info = found->second;
        glyphs.push_back({vertices[a].pos.x - info.offsetX, std::round(vertices[a].pos.y - info.offsetY), &info});
        i += 3;  // skip the quad's second triangle
      }
    }
    std::stable_sort(glyphs.begin(), glyphs.end(), [](const Placed& l, const Placed& r) {
      return l.penY != r.penY ? l.penY < r.penY : l.penX < r.penX;
    });
    for (std::size_t g = 0; g < glyphs.size(); ++g) {
      if (g > 0) {
        const Placed& prev = glyphs[g - 1];
        if (glyphs[g].penY != prev.penY) text += '\n';
        else if (glyphs[g].penX - (prev.penX + prev.info->advance) > prev.info->spaceAdvance * 0.5f) text += ' ';
      }
      char utf8[5] = {};
      ImTextCharToUtf8(utf8, glyphs[g].info->codepoint);
      text += utf8;
    }
    text += '\n';
  }
  return text;
}

bool HeadlessUi::shows(std::string_view wanted) {
  // Spaces are not drawn, only inferred from gaps, so compare with white space removed.
  auto squeeze = [](std::string_view in) {
    std::string out;
    for (char c : in) {
      if (c != ' ' && c != '\n' && c != '\t') out += c;
    }
    return out;
  };
  return squeeze(frameText()).find(squeeze(wanted)) != std::string::npos;
}

void HeadlessUi::mouseMove(ImVec2 position) {
  ImGui::SetCurrentContext(context_);
  ImGui::GetIO().MousePos = position;
  frame();
}

void HeadlessUi::mouseClick(ImVec2 position, int button) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = position;
  frame();
  io.MouseDown[button] = true;
  frame();
  io.MouseDown[button] = false;
  frame();
}

ImGuiID HeadlessUi::activeId() const { return context_->ActiveId; }
bool HeadlessUi::wantsTextInput() const { return context_->IO.WantTextInput; }

}  // namespace coachscope::test
