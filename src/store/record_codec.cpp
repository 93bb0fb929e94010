#include "store/record_codec.h"

#include <fmt/format.h>

#include <cctype>

#include "core/json_document.h"
#include "core/json_fields.h"
#include "core/observation_check.h"
#include "core/record_json.h"
#include "store/atomic_file.h"
#include "store/erasure.h"
#include "store/safe_paths.h"
#include "store/record_text.h"

namespace coachscope::store {
namespace {

namespace jf = core::json_fields;
namespace rj = core::record_json;
using nlohmann::json;
using core::EntryKind;

bool isHash(const std::string& text) { return rj::isVersionHash(text); }

template <typename T>
json setToJson(const core::VersionedSet<T>& set) {
  json list = json::array();
  for (const auto& [id, versions] : set.entities()) {
    for (const auto& [hash, v] : versions) {
      json entry = {{"id", id}, {"hash", hash}, {"supersedes", v.supersedes}, {"at", v.at}, {"by", v.by}};
      if (v.deleted) entry["deleted"] = true;
      else if (v.redacted) entry["redacted"] = true;
      else entry["data"] = rj::toJson(v.data);
      list.push_back(std::move(entry));
    }
  }
  return list;
}

// A deleted entry's superseded version whose text was removed (core::VersionedSet::redactDeletedHistory).
bool isRedacted(const json& item, const std::string& at) {
  const bool redacted = jf::optionalBoolean(item, "redacted", at, false);
  if (redacted && item.contains("data")) jf::fail(at + "/data", "a redacted version holds no data");
  return redacted;
}

template <typename T>
void setFromJson(const json& doc, EntryKind kind, core::VersionedSet<T>& set) {
  const std::string key = core::toString(kind);
  const json& list = jf::optionalArray(doc, key, "");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = jf::child("/" + key, i);
    const json& item = list[i];
    jf::requireObject(item, at);
    const std::string id = jf::nonEmptyString(item, "id", at);
    core::Version<T> v;
    v.hash = jf::nonEmptyString(item, "hash", at);
    if (!isHash(v.hash)) jf::fail(at + "/hash", "expected 32 lowercase hex digits");
    const json& supersedes = jf::optionalArray(item, "supersedes", at);
    for (std::size_t j = 0; j < supersedes.size(); ++j) {
      if (!supersedes[j].is_string() || !isHash(supersedes[j].get<std::string>())) {
        jf::fail(jf::child(at + "/supersedes", j), "expected a version hash (32 lowercase hex digits)");
      }
      v.supersedes.push_back(supersedes[j].get<std::string>());
    }
    if (!std::is_sorted(v.supersedes.begin(), v.supersedes.end())) std::sort(v.supersedes.begin(), v.supersedes.end());
    v.at = jf::optionalString(item, "at", at);
    v.by = jf::optionalString(item, "by", at);
    v.deleted = jf::optionalBoolean(item, "deleted", at, false);
    v.redacted = !v.deleted && isRedacted(item, at);
    if (!v.deleted && !v.redacted) rj::fromJson(jf::object(item, "data", at), at + "/data", v.data);
    // A redacted version's data is gone, so its hash can no longer be checked against it.
    if (!v.redacted && rj::versionHash(kind, id, v) != v.hash) {
      jf::fail(at + "/hash", "does not match the version's content (was the file edited by hand?)");
    }
    const std::string hash = v.hash;
    if (!set.add(id, std::move(v))) jf::fail(at, fmt::format("version {} of {} appears twice", hash, jf::quoted(id)));
  }
}

}  // namespace

json recordToJson(const core::ProgressRecord& r) {
  json out{{"format", core::formatTag("record", kRecordFormatVersion)}, {"learnerId", r.learnerId}};
  core::forEachSet(r, [&](EntryKind kind, const auto& set) {
    // The learner's lists only when they hold something, as in the file (store/record_text.h).
    if (core::isLearnerKind(kind) && set.entities().empty()) return;
    out[core::toString(kind)] = setToJson(set);
  });
  return out;
}

core::Result<core::ProgressRecord> recordFromJson(const json& doc, const std::string& name) {
  if (auto format = core::checkFormat(doc, "record", kRecordFormatVersion, name); !format) return format.error();
  try {
    core::ProgressRecord r;
    r.learnerId = jf::nonEmptyString(doc, "learnerId", "");
    if (auto safe = checkSafeId(r.learnerId, "learner id", name, "/learnerId"); !safe) return safe.error();
    setFromJson(doc, EntryKind::Profile, r.profile);
    for (const auto& [id, versions] : r.profile.entities()) {
      if (id != r.learnerId) jf::fail("/profile", fmt::format("profile of {} in the record of {}", jf::quoted(id), jf::quoted(r.learnerId)));
    }
    core::forEachSet(r, [&](EntryKind kind, auto& set) {
      if (kind != EntryKind::Profile) setFromJson(doc, kind, set);
    });
    for (const auto& [id, versions] : r.selfAssessments.entities()) {
      for (const auto& [hash, v] : versions) {
        if (!v.deleted && !v.redacted && !v.data.sessionId.empty() && v.data.sessionId != id) {
          jf::fail("/selfAssessments", fmt::format("self-assessment {} names session {}", jf::quoted(id),
                                                   jf::quoted(v.data.sessionId)));
        }
      }
    }
    return r;
  } catch (const jf::ShapeError& e) {
    return core::Error{name, e.pointer, e.reason};
  } catch (const json::exception& e) {
    return core::Error{name, "", std::string("unexpected JSON shape: ") + e.what()};
  }
}

core::Result<core::ProgressRecord> loadRecordFile(const std::filesystem::path& path) {
  auto doc = core::readJsonFile(path);
  if (!doc) return doc.error();
  return recordFromJson(*doc, path.string());
}

core::Result<core::ProgressRecord> readRecord(const json& doc, const std::string& name, const core::Catalog& catalog) {
  auto record = recordFromJson(doc, name);
  if (!record) return record;
  if (auto problems = core::checkRecordSessions(*record, catalog, name); !problems.empty()) return problems.front();
  if (auto problems = core::checkRecordLearnerEntries(*record, catalog, name); !problems.empty()) {
    return problems.front();
  }
  return record;
}

core::Result<core::ProgressRecord> loadRecordFile(const std::filesystem::path& path, const core::Catalog& catalog) {
  auto doc = core::readJsonFile(path);
  if (!doc) return doc.error();
  return readRecord(*doc, path.string(), catalog);
}

std::string recordText(const core::ProgressRecord& record) { return writeRecordText(record, kRecordFormatVersion); }

core::Status saveRecordFile(const std::filesystem::path& path, const core::ProgressRecord& record) {
  // An erased learner stays erased: a merge or a synced copy never writes their record back.
  if (auto allowed = checkNotErased(path, record.learnerId); !allowed) return allowed.error();
  return writeFileAtomically(path, recordText(record));
}

}  // namespace coachscope::store
