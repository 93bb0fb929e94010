// settings.json in the workspace, "coachscope.settings/1": the tutor's marker key bindings,
// whether recorded sessions pause while a note is typed, whether a new note keeps the last one's
// kind and tag, whether finishing a session syncs, and the recently used files.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/result.h"

namespace coachscope::store {

inline constexpr int kSettingsFormatVersion = 1;
inline constexpr std::size_t kMaxRecentFiles = 10;

struct Settings {
  // framework id -> marker code -> key ("q", "7", ";", "Shift+a"); markers not listed keep their
  // default key.
  std::map<std::string, std::map<std::string, std::string>> markerKeys;
  bool autopause = true;                 // recorded sessions pause playback while a note is typed
  bool keepNoteKindAndTag = false;       // the next note keeps the last note's kind and tag
  bool syncAfterFinish = false;          // a finished session is shared with the centre at once (sync)
  std::vector<std::string> recentFiles;  // newest first
  std::string tutor;                     // the name last entered as tutor, offered for new sessions
  nlohmann::json other = nlohmann::json::object();  // keys this build does not know, kept as they were

  bool operator==(const Settings&) const = default;
};

std::filesystem::path settingsPath(const std::filesystem::path& workspace);
// A missing file gives the defaults; a malformed one is an error (and is left untouched).
core::Result<Settings> loadSettings(const std::filesystem::path& file);
// The document's shape and values; `name` is what errors call it.
core::Result<Settings> settingsFromJson(const nlohmann::json& document, const std::string& name);
nlohmann::json settingsToJson(const Settings& settings);
core::Status saveSettings(const std::filesystem::path& file, const Settings& settings);
// Moves `path` to the front of the recent files, without duplicates, at most kMaxRecentFiles.
void addRecentFile(Settings& settings, const std::string& path);

}  // namespace coachscope::store
