// The JSON form of a progress record's entries and versions, shared by the file codec and by the
// content hash that identifies each version (so a version's id is a function of its content).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/progress_record.h"

namespace coachscope::core::record_json {

using nlohmann::json;

json toJson(const LearnerProfile& profile);
json toJson(const SessionSummary& session);
json toJson(const PracticeEntry& entry);
json toJson(const SupervisionEntry& entry);
json toJson(const BookReview& review);
json toJson(const AssignmentProgress& progress);

// Readers throw json_fields::ShapeError with the JSON Pointer `at` of the offending field.
void fromJson(const json& value, const std::string& at, LearnerProfile& out);
void fromJson(const json& value, const std::string& at, SessionSummary& out);
void fromJson(const json& value, const std::string& at, PracticeEntry& out);
void fromJson(const json& value, const std::string& at, SupervisionEntry& out);
void fromJson(const json& value, const std::string& at, BookReview& out);
void fromJson(const json& value, const std::string& at, AssignmentProgress& out);

// 32 hex digits identifying a version by everything it holds: kind, entity id, tombstone flag,
// what it supersedes, stamp, author and data. Equal content, equal hash, on every machine.
std::string versionHash(EntryKind kind, const std::string& id, bool deleted, const std::vector<std::string>& supersedes,
                        const std::string& at, const std::string& by, const json& data);

template <typename T>
std::string versionHash(EntryKind kind, const std::string& id, const Version<T>& version) {
  return versionHash(kind, id, version.deleted, version.supersedes, version.at, version.by,
                     version.deleted ? json(nullptr) : toJson(version.data));
}

}  // namespace coachscope::core::record_json
