#include "store/settings.h"

#include <algorithm>

#include "core/json_document.h"
#include "core/json_fields.h"
#include "store/atomic_file.h"

namespace coachscope::store {
namespace {

namespace jf = core::json_fields;
using nlohmann::json;

const char* const kKnownKeys[] = {"format", "markerKeys", "autopause", "keepNoteKindAndTag", "recentFiles", "tutor",
                                  "syncAfterFinish"};

}  // namespace

std::filesystem::path settingsPath(const std::filesystem::path& workspace) { return workspace / "settings.json"; }

core::Result<Settings> loadSettings(const std::filesystem::path& file) {
  // Only a path with nothing at all there means "no settings yet"; a dangling or looping link, a
  // folder or a FIFO is an error from the reader.
  std::error_code ec;
  if (std::filesystem::symlink_status(file, ec).type() == std::filesystem::file_type::not_found) return Settings{};
  auto doc = core::readJsonFile(file);
  if (!doc) return doc.error();
  return settingsFromJson(*doc, file.string());
}

core::Result<Settings> settingsFromJson(const json& doc, const std::string& name) {
  if (auto format = core::checkFormat(doc, "settings", kSettingsFormatVersion, name); !format) return format.error();
  try {
    Settings s;
    if (doc.contains("markerKeys")) {
      for (const auto& [framework, keys] : jf::object(doc, "markerKeys", "").items()) {
        const std::string at = jf::child("/markerKeys", framework);
        jf::requireObject(keys, at);
        for (const auto& [code, key] : keys.items()) {
          if (!key.is_string() || key.get<std::string>().empty()) jf::fail(jf::child(at, code), "expected a key such as \"q\"");
          s.markerKeys[framework][code] = key.get<std::string>();
        }
      }
    }
    s.autopause = jf::optionalBoolean(doc, "autopause", "", true);
    s.keepNoteKindAndTag = jf::optionalBoolean(doc, "keepNoteKindAndTag", "", false);
    s.syncAfterFinish = jf::optionalBoolean(doc, "syncAfterFinish", "", false);
    const json& recent = jf::optionalArray(doc, "recentFiles", "");
    for (std::size_t i = 0; i < recent.size(); ++i) {
      if (!recent[i].is_string()) jf::fail(jf::child("/recentFiles", i), "expected a file path");
      s.recentFiles.push_back(recent[i].get<std::string>());
    }
    s.tutor = jf::optionalString(doc, "tutor", "");
    for (const auto& [key, value] : doc.items()) {
      if (std::find(std::begin(kKnownKeys), std::end(kKnownKeys), key) == std::end(kKnownKeys)) s.other[key] = value;
    }
    return s;
  } catch (const jf::ShapeError& e) {
    return core::Error{name, e.pointer, e.reason};
  }
}

json settingsToJson(const Settings& s) {
  json doc = s.other.is_object() ? s.other : json::object();
  doc["format"] = core::formatTag("settings", kSettingsFormatVersion);
  doc["markerKeys"] = s.markerKeys;
  doc["autopause"] = s.autopause;
  doc["keepNoteKindAndTag"] = s.keepNoteKindAndTag;
  doc["syncAfterFinish"] = s.syncAfterFinish;
  doc["recentFiles"] = s.recentFiles;
  doc["tutor"] = s.tutor;
  return doc;
}

core::Status saveSettings(const std::filesystem::path& file, const Settings& s) {
  return writeFileAtomically(file, settingsToJson(s).dump(2) + "\n");
}

void addRecentFile(Settings& s, const std::string& path) {
  s.recentFiles.erase(std::remove(s.recentFiles.begin(), s.recentFiles.end(), path), s.recentFiles.end());
  s.recentFiles.insert(s.recentFiles.begin(), path);
  if (s.recentFiles.size() > kMaxRecentFiles) s.recentFiles.resize(kMaxRecentFiles);
}

}  // namespace coachscope::store
