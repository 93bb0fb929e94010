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
json toJson(const Reflection& reflection);
json toJson(const SelfAssessment& assessment);
json toJson(const ActionItem& item);

// Readers throw json_fields::ShapeError with the JSON Pointer `at` of the offending field.
void fromJson(const json& value, const std::string& at, LearnerProfile& out);
void fromJson(const json& value, const std::string& at, SessionSummary& out);
void fromJson(const json& value, const std::string& at, PracticeEntry& out);
void fromJson(const json& value, const std::string& at, SupervisionEntry& out);
void fromJson(const json& value, const std::string& at, BookReview& out);
void fromJson(const json& value, const std::string& at, AssignmentProgress& out);
// The learner's entries: every text within core/limits.h's sizes, every date a real YYYY-MM-DD,
// every level within the generic level range (the framework's own scale is checked by
// core::checkRecordLearnerEntries, which knows the catalog).
void fromJson(const json& value, const std::string& at, Reflection& out);
void fromJson(const json& value, const std::string& at, SelfAssessment& out);
void fromJson(const json& value, const std::string& at, ActionItem& out);

// Why `text` cannot be a learner's text field (too long; for a line, a line break or too long), or
// empty when it can: the check the readers run and the editors run before saving.
std::string textProblem(const std::string& text, bool oneLine);
// Why `date` is not a date a learner may give (YYYY-MM-DD, a real day, years in core/limits.h), or
// empty when it is (the empty date, not set, is fine).
std::string dateProblem(const std::string& date);

// 32 hex digits identifying a version by everything it holds: kind, entity id, tombstone flag,
// what it supersedes, stamp, author and data. Equal content, equal hash, on every machine.
// 32 lowercase hex digits: the form every version hash has.
bool isVersionHash(const std::string& text);

std::string versionHash(EntryKind kind, const std::string& id, bool deleted, const std::vector<std::string>& supersedes,
                        const std::string& at, const std::string& by, const json& data);

template <typename T>
std::string versionHash(EntryKind kind, const std::string& id, const Version<T>& version) {
  return versionHash(kind, id, version.deleted, version.supersedes, version.at, version.by,
                     version.deleted ? json(nullptr) : toJson(version.data));
}

}  // namespace coachscope::core::record_json
