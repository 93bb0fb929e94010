#include "core/json_fields.h"

#include <fmt/format.h>

#include <cmath>
#include <limits>

#include "core/transcript_excerpt.h"

namespace coachscope::core::json_fields {
namespace {

std::string typeName(const json& value) {
  if (value.is_number()) return "a number";
  if (value.is_string()) return "a string";
  if (value.is_boolean()) return "true/false";
  if (value.is_array()) return "an array";
  if (value.is_object()) return "an object";
  return "null";
}

const json& required(const json& parent, std::string_view key, const std::string& pointer) {
  requireObject(parent, pointer);
  auto it = parent.find(key);
  if (it == parent.end()) fail(child(pointer, key), "required field is missing");
  return *it;
}

const json* present(const json& parent, std::string_view key, const std::string& pointer) {
  requireObject(parent, pointer);
  auto it = parent.find(key);
  return it == parent.end() || it->is_null() ? nullptr : &*it;
}

[[noreturn]] void wrongType(const json& value, const std::string& pointer, std::string_view expected) {
  fail(pointer, fmt::format("expected {}, found {}", expected, typeName(value)));
}

template <typename T>
[[noreturn]] void outOfRange(const std::string& pointer, const Range<T>& range, const std::string& found) {
  const std::string unit = *range.unit ? std::string(" ") + range.unit : std::string();
  fail(pointer, fmt::format("must be from {} to {}{}; found {}", range.min, range.max, unit, found));
}

}  // namespace

std::string quoted(std::string_view text) { return "\"" + visibleExcerpt(text) + "\""; }

std::string child(const std::string& pointer, std::string_view key) {
  std::string escaped;
  // A key comes from the file: one that is long or holds invisible characters is shown as a short,
  // escaped excerpt, so a 50 MB key never becomes the message.
  const std::string shown = visibleExcerpt(key, kMaxPointerKeyCharacters);
  for (char c : shown) {
    if (c == '~') escaped += "~0";
    else if (c == '/') escaped += "~1";
    else escaped += c;
  }
  return pointer + "/" + escaped;
}

std::string child(const std::string& pointer, std::size_t index) {
  return pointer + "/" + std::to_string(index);
}

void fail(const std::string& pointer, std::string reason) {
  throw ShapeError{pointer.empty() ? "/" : pointer, std::move(reason)};
}

void requireObject(const json& value, const std::string& pointer) {
  if (!value.is_object()) wrongType(value, pointer.empty() ? "/" : pointer, "an object");
}

const json& object(const json& parent, std::string_view key, const std::string& pointer) {
  const json& value = required(parent, key, pointer);
  if (!value.is_object()) wrongType(value, child(pointer, key), "an object");
  return value;
}

const json& array(const json& parent, std::string_view key, const std::string& pointer) {
  const json& value = required(parent, key, pointer);
  if (!value.is_array()) wrongType(value, child(pointer, key), "an array");
  return value;
}

const json& optionalArray(const json& parent, std::string_view key, const std::string& pointer) {
  static const json empty = json::array();
  const json* value = present(parent, key, pointer);
  if (!value) return empty;
  if (!value->is_array()) wrongType(*value, child(pointer, key), "an array");
  return *value;
}

std::string string(const json& parent, std::string_view key, const std::string& pointer) {
  const json& value = required(parent, key, pointer);
  if (!value.is_string()) wrongType(value, child(pointer, key), "a string");
  return value.get<std::string>();
}

std::string nonEmptyString(const json& parent, std::string_view key, const std::string& pointer) {
  std::string value = string(parent, key, pointer);
  if (value.empty()) fail(child(pointer, key), "must not be empty");
  return value;
}

std::string optionalString(const json& parent, std::string_view key, const std::string& pointer,
                           std::string fallback) {
  const json* value = present(parent, key, pointer);
  if (!value) return fallback;
  if (!value->is_string()) wrongType(*value, child(pointer, key), "a string");
  return value->get<std::string>();
}

long long integerValue(const json& value, const std::string& pointer, IntRange range) {
  long long whole = 0;
  if (value.is_number_unsigned()) {
    const auto u = value.get<json::number_unsigned_t>();
    if (u > static_cast<json::number_unsigned_t>(std::numeric_limits<long long>::max())) outOfRange(pointer, range, fmt::format("{}", u));
    whole = static_cast<long long>(u);
  } else if (value.is_number_integer()) {
    whole = value.get<long long>();
  } else if (value.is_number_float()) {
    // 4.0 is a whole number written by some tools; 2.5 and 1e300 are not whole numbers we can hold.
    const double d = value.get<double>();
    if (std::trunc(d) != d) fail(pointer, fmt::format("expected a whole number, found {}", d));
    if (d < static_cast<double>(range.min) || d > static_cast<double>(range.max)) outOfRange(pointer, range, fmt::format("{}", d));
    whole = static_cast<long long>(d);
  } else {
    wrongType(value, pointer, "a whole number");
  }
  if (whole < range.min || whole > range.max) outOfRange(pointer, range, fmt::format("{}", whole));
  return whole;
}

double numberValue(const json& value, const std::string& pointer, NumberRange range) {
  if (!value.is_number()) wrongType(value, pointer, "a number");
  const double d = value.get<double>();
  if (!std::isfinite(d) || d < range.min || d > range.max) outOfRange(pointer, range, fmt::format("{}", d));
  return d;
}

long long integer(const json& parent, std::string_view key, const std::string& pointer, IntRange range) {
  return integerValue(required(parent, key, pointer), child(pointer, key), range);
}

long long optionalInteger(const json& parent, std::string_view key, const std::string& pointer, long long fallback,
                          IntRange range) {
  const json* value = present(parent, key, pointer);
  return value ? integerValue(*value, child(pointer, key), range) : fallback;
}

double number(const json& parent, std::string_view key, const std::string& pointer, NumberRange range) {
  return numberValue(required(parent, key, pointer), child(pointer, key), range);
}

double optionalNumber(const json& parent, std::string_view key, const std::string& pointer, double fallback,
                      NumberRange range) {
  const json* value = present(parent, key, pointer);
  return value ? numberValue(*value, child(pointer, key), range) : fallback;
}

bool boolean(const json& parent, std::string_view key, const std::string& pointer) {
  const json& value = required(parent, key, pointer);
  if (!value.is_boolean()) wrongType(value, child(pointer, key), "true or false");
  return value.get<bool>();
}

bool optionalBoolean(const json& parent, std::string_view key, const std::string& pointer, bool fallback) {
  const json* value = present(parent, key, pointer);
  if (!value) return fallback;
  if (!value->is_boolean()) wrongType(*value, child(pointer, key), "true or false");
  return value->get<bool>();
}

}  // namespace coachscope::core::json_fields
