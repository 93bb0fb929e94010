#include "core/json_document.h"

#include <fmt/format.h>

#include <charconv>
#include <fstream>
#include <sstream>

namespace coachscope::core {
namespace {

// nlohmann reports a byte offset; people want line and column.
std::string placeOf(std::string_view text, std::size_t byteOffset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < byteOffset && i < text.size(); ++i) {
    if (text[i] == '\n') { ++line; column = 1; }
    else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) { ++column; }
  }
  // The parser's offset points one past the offending character.
  return fmt::format("line {}, column {}", line, column > 1 ? column - 1 : column);
}

// "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..." -> the tail.
std::string plainReason(const std::string& what) {
  auto colon = what.find(": ");
  std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
  if (reason.rfind("syntax error while parsing value - ", 0) == 0) reason = reason.substr(35);
  return "malformed JSON: " + reason;
}

}  // namespace

Result<nlohmann::json> parseJsonText(std::string_view text, const std::string& name) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a BOM some editors add
  try {
    return nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    return Error{name, placeOf(text, e.byte), plainReason(e.what())};
  }
}

Result<std::string> readTextFile(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Error{path.string(), "", "file not found"};
  if (std::filesystem::is_directory(path, ec)) return Error{path.string(), "", "is a folder, not a file"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path.string(), "", "cannot be opened for reading"};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Error{path.string(), "", "read failed"};
  return buffer.str();
}

Result<nlohmann::json> readJsonFile(const std::filesystem::path& path) {
  auto text = readTextFile(path);
  if (!text) return text.error();
  return parseJsonText(*text, path.string());
}

std::optional<FormatTag> parseFormatTag(std::string_view tag) {
  constexpr std::string_view prefix = "coachscope.";
  if (tag.substr(0, prefix.size()) != prefix) return std::nullopt;
  tag.remove_prefix(prefix.size());
  auto slash = tag.find('/');
  if (slash == std::string_view::npos || slash == 0) return std::nullopt;
  FormatTag result{std::string(tag.substr(0, slash)), 0};
  std::string_view digits = tag.substr(slash + 1);
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), result.version);
  if (ec != std::errc() || end != digits.data() + digits.size() || result.version < 1) return std::nullopt;
  return result;
}

std::string formatTag(std::string_view kind, int version) {
  return fmt::format("coachscope.{}/{}", kind, version);
}

Status checkFormat(const nlohmann::json& document, std::string_view kind, int maxVersion,
                   const std::string& name) {
  if (!document.is_object()) return Error{name, "/", "expected a JSON object at the top level"};
  auto it = document.find("format");
  if (it == document.end()) {
    return Error{name, "/format", fmt::format("missing; a coachscope {} file starts with \"format\": \"{}\"",
                                              kind, formatTag(kind, maxVersion))};
  }
  if (!it->is_string()) return Error{name, "/format", "expected a string"};
  auto tag = parseFormatTag(it->get<std::string>());
  if (!tag) return Error{name, "/format", fmt::format("\"{}\" is not a coachscope format tag", it->get<std::string>())};
  if (tag->kind != kind) {
    return Error{name, "/format", fmt::format("this is a coachscope {} file, not a {} file", tag->kind, kind)};
  }
  if (tag->version > maxVersion) {
    return Error{name, "/format",
                 fmt::format("{} version {} was written by a newer coachscope; this build reads up to version {}",
                             kind, tag->version, maxVersion)};
  }
  return Done{};
}

}  // namespace coachscope::core
