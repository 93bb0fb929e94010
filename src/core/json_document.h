// Reading JSON text and files into nlohmann::json, with syntax errors placed by line, column and
// JSON pointer, and checking a document's "format" tag ("coachscope.<kind>/<version>"). Every
// coachscope reader starts here, so these limits hold for all of them: only regular files are read
// (a folder, FIFO, device or symlink loop is refused with the system's reason, and a FIFO is never
// waited on), at most limits::kMaxInputBytes, nested at most limits::kMaxJsonDepth deep; a number
// beyond a double (1e400) is an error, never an exception.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace coachscope::core {

// `name` is what errors call the input (usually its path). Errors quote at most a short excerpt.
Result<nlohmann::json> parseJsonText(std::string_view text, const std::string& name);
Result<nlohmann::json> readJsonFile(const std::filesystem::path& path);
Result<std::string> readTextFile(const std::filesystem::path& path);

struct FormatTag {
  std::string kind;  // "framework", "observation", ...
  int version = 0;
};

// Parses "coachscope.observation/1". Returns nullopt for anything else.
std::optional<FormatTag> parseFormatTag(std::string_view tag);
std::string formatTag(std::string_view kind, int version);
// The document's format tag when it has a well-formed one (to choose its reader).
std::optional<FormatTag> peekFormatTag(const nlohmann::json& document);

// Checks the document's "format" field names `kind` at a version this build reads
// (1..maxVersion). The error names the file, "/format" and what was found.
Status checkFormat(const nlohmann::json& document, std::string_view kind, int maxVersion,
                   const std::string& name);

}  // namespace coachscope::core
