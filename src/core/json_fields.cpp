#include "core/json_fields.h"

#include <fmt/format.h>

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

}  // namespace

std::string child(const std::string& pointer, std::string_view key) {
  std::string escaped;
  for (char c : key) {
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

long long integer(const json& parent, std::string_view key, const std::string& pointer) {
  const json& value = required(parent, key, pointer);
  if (!value.is_number_integer()) wrongType(value, child(pointer, key), "a whole number");
  return value.get<long long>();
}

long long optionalInteger(const json& parent, std::string_view key, const std::string& pointer,
                          long long fallback) {
  const json* value = present(parent, key, pointer);
  if (!value) return fallback;
  if (!value->is_number_integer()) wrongType(*value, child(pointer, key), "a whole number");
  return value->get<long long>();
}

double number(const json& parent, std::string_view key, const std::string& pointer) {
  const json& value = required(parent, key, pointer);
  if (!value.is_number()) wrongType(value, child(pointer, key), "a number");
  return value.get<double>();
}

double optionalNumber(const json& parent, std::string_view key, const std::string& pointer,
                      double fallback) {
  return maybeNumber(parent, key, pointer).value_or(fallback);
}

std::optional<double> maybeNumber(const json& parent, std::string_view key, const std::string& pointer) {
  const json* value = present(parent, key, pointer);
  if (!value) return std::nullopt;
  if (!value->is_number()) wrongType(*value, child(pointer, key), "a number");
  return value->get<double>();
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
