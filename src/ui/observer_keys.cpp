#include "ui/observer_keys.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace coachscope::ui {
namespace {

constexpr const char* kKeyRows = "1234567890qwertyuiopasdfghjkl;zxcvbnm,./";

std::optional<Key> keyOf(char c) {
  if (c >= 'a' && c <= 'z') return static_cast<Key>(static_cast<int>(Key::A) + (c - 'a'));
  if (c >= '0' && c <= '9') return static_cast<Key>(static_cast<int>(Key::Num0) + (c - '0'));
  switch (c) {
    case ';': return Key::Semicolon;
    case ',': return Key::Comma;
    case '.': return Key::Period;
    case '/': return Key::Slash;
    case '-': return Key::Minus;
    case '=': return Key::Equal;
    case '\'': return Key::Apostrophe;
    case '[': return Key::LeftBracket;
    case ']': return Key::RightBracket;
    case '`': return Key::GraveAccent;
    case '\\': return Key::Backslash;
    default: return std::nullopt;
  }
}

char charOf(Key key) {
  const int code = static_cast<int>(key);
  if (code >= static_cast<int>(Key::A) && code <= static_cast<int>(Key::Z)) return static_cast<char>('a' + code - 65);
  if (code >= 32 && code < 127) return static_cast<char>(code);
  return '?';
}

int slot(Shortcut s) { return static_cast<int>(s.key) * 8 + s.mods; }

}  // namespace

std::optional<Shortcut> parseMarkerKey(const std::string& text) {
  std::string rest = text;
  int mods = None;
  if (rest.rfind("Shift+", 0) == 0) {
    mods = Shift;
    rest = rest.substr(6);
  }
  if (rest.size() != 1) return std::nullopt;
  char c = static_cast<char>(std::tolower(static_cast<unsigned char>(rest[0])));
  auto key = keyOf(c);
  if (!key) return std::nullopt;
  return Shortcut{*key, mods};
}

std::string markerKeyText(Shortcut s) { return std::string(s.mods & Shift ? "Shift+" : "") + charOf(s.key); }

std::vector<MarkerKey> markerKeys(const core::Framework& framework, const store::Settings& settings) {
  const std::map<std::string, std::string>* overrides = nullptr;
  if (auto it = settings.markerKeys.find(framework.id); it != settings.markerKeys.end()) overrides = &it->second;
  std::set<int> taken;
  std::vector<std::optional<Shortcut>> chosen(framework.markers.size());
  for (std::size_t i = 0; i < framework.markers.size() && overrides; ++i) {
    auto it = overrides->find(framework.markers[i].code);
    if (it == overrides->end()) continue;
    if (auto s = parseMarkerKey(it->second); s && taken.insert(slot(*s)).second) chosen[i] = *s;
  }
  std::vector<Shortcut> defaults;
  for (int mods : {int(None), int(Shift)}) {
    for (const char* c = kKeyRows; *c; ++c) defaults.push_back(Shortcut{*keyOf(*c), mods});
  }
  std::size_t next = 0;
  std::vector<MarkerKey> keys;
  for (std::size_t i = 0; i < framework.markers.size(); ++i) {
    if (!chosen[i]) {
      while (next < defaults.size() && taken.count(slot(defaults[next]))) ++next;
      if (next >= defaults.size()) continue;  // more than 80 markers: the rest are clicked
      chosen[i] = defaults[next];
      taken.insert(slot(defaults[next]));
    }
    const Shortcut s = *chosen[i];
    // Shift layer: capital letters ("Q"), else "Shift+1".
    const char c = charOf(s.key);
    std::string label(1, c);
    if (s.mods & Shift) label = (c >= 'a' && c <= 'z') ? std::string(1, static_cast<char>(c - 32)) : "Shift+" + label;
    keys.push_back({framework.markers[i].code, s, label});
  }
  return keys;
}

}  // namespace coachscope::ui
