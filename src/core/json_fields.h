// Typed reads of fields from parsed JSON, each failure carrying the JSON Pointer of the field.
// Codecs use these inside a try block and turn the ShapeError into a core::Error at their edge.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace coachscope::core::json_fields {

using nlohmann::json;

// Thrown by the readers below; never escapes a codec (see parseWithShapeErrors).
struct ShapeError {
  std::string pointer;
  std::string reason;
};

// "/a/b" + "c" -> "/a/b/c", escaping '~' and '/' per RFC 6901.
std::string child(const std::string& pointer, std::string_view key);
std::string child(const std::string& pointer, std::size_t index);

[[noreturn]] void fail(const std::string& pointer, std::string reason);

const json& object(const json& parent, std::string_view key, const std::string& pointer);
const json& array(const json& parent, std::string_view key, const std::string& pointer);
// Missing key -> empty array (for optional lists).
const json& optionalArray(const json& parent, std::string_view key, const std::string& pointer);
std::string string(const json& parent, std::string_view key, const std::string& pointer);
std::string nonEmptyString(const json& parent, std::string_view key, const std::string& pointer);
std::string optionalString(const json& parent, std::string_view key, const std::string& pointer,
                           std::string fallback = {});
long long integer(const json& parent, std::string_view key, const std::string& pointer);
long long optionalInteger(const json& parent, std::string_view key, const std::string& pointer,
                          long long fallback);
double number(const json& parent, std::string_view key, const std::string& pointer);
double optionalNumber(const json& parent, std::string_view key, const std::string& pointer,
                      double fallback);
std::optional<double> maybeNumber(const json& parent, std::string_view key, const std::string& pointer);
bool boolean(const json& parent, std::string_view key, const std::string& pointer);
bool optionalBoolean(const json& parent, std::string_view key, const std::string& pointer, bool fallback);
void requireObject(const json& value, const std::string& pointer);

}  // namespace coachscope::core::json_fields
