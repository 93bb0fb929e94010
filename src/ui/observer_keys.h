// One keystroke per marker. Defaults follow the framework's marker order along the keyboard rows
// "1234567890", "qwertyuiop", "asdfghjkl;", "zxcvbnm,./" (40 keys), then the same keys with Shift;
// settings.json can bind any marker to another key, and defaults skip keys already bound.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/framework.h"
#include "store/settings.h"
#include "ui/keys.h"

namespace coachscope::ui {

struct MarkerKey {
  std::string markerCode;
  Shortcut shortcut;
  std::string label;  // as shown beside the marker: "q", or "Q" for Shift+q
};

// In the framework's marker order.
std::vector<MarkerKey> markerKeys(const core::Framework& framework, const store::Settings& settings);
// "q", "7", ";", "Shift+q" -> a shortcut; nullopt for anything else.
std::optional<Shortcut> parseMarkerKey(const std::string& text);
std::string markerKeyText(Shortcut shortcut);  // the inverse: "Shift+q"

}  // namespace coachscope::ui
