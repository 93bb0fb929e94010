// Typed reads of fields from parsed JSON, each failure carrying the JSON Pointer of the field.
// Codecs use these inside a try block and turn the ShapeError into a core::Error at their edge.
// Every number is read with the range it must lie in (see core/limits.h): a value outside it, a
// fraction where a whole number is meant, or a whole number too large for the type is refused,
// never clamped or truncated.
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

// "/a/b" + "c" -> "/a/b/c", escaping '~' and '/' per RFC 6901. A key longer than
// kMaxPointerKeyCharacters, or holding invisible characters, appears as its visibleExcerpt.
inline constexpr std::size_t kMaxPointerKeyCharacters = 40;
std::string child(const std::string& pointer, std::string_view key);
std::string child(const std::string& pointer, std::size_t index);

[[noreturn]] void fail(const std::string& pointer, std::string reason);
// `text` as a person should see it in a message: quoted, escaped, at most a short excerpt.
std::string quoted(std::string_view text);

// Inclusive bounds of a number and the unit that names it in messages ("seconds", "" for none).
template <typename T>
struct Range {
  T min;
  T max;
  const char* unit = "";
};
using IntRange = Range<long long>;
using NumberRange = Range<double>;

const json& object(const json& parent, std::string_view key, const std::string& pointer);
const json& array(const json& parent, std::string_view key, const std::string& pointer);
// Missing key -> empty array (for optional lists).
const json& optionalArray(const json& parent, std::string_view key, const std::string& pointer);
std::string string(const json& parent, std::string_view key, const std::string& pointer);
std::string nonEmptyString(const json& parent, std::string_view key, const std::string& pointer);
std::string optionalString(const json& parent, std::string_view key, const std::string& pointer,
                           std::string fallback = {});
long long integer(const json& parent, std::string_view key, const std::string& pointer, IntRange range);
long long optionalInteger(const json& parent, std::string_view key, const std::string& pointer,
                          long long fallback, IntRange range);
double number(const json& parent, std::string_view key, const std::string& pointer, NumberRange range);
double optionalNumber(const json& parent, std::string_view key, const std::string& pointer,
                      double fallback, NumberRange range);
// A whole number or a number that is itself the value at `pointer` (an array element, a map value).
long long integerValue(const json& value, const std::string& pointer, IntRange range);
double numberValue(const json& value, const std::string& pointer, NumberRange range);
bool boolean(const json& parent, std::string_view key, const std::string& pointer);
bool optionalBoolean(const json& parent, std::string_view key, const std::string& pointer, bool fallback);
void requireObject(const json& value, const std::string& pointer);

}  // namespace coachscope::core::json_fields
