#include "store/observation_codec.h"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "core/json_document.h"
#include "core/json_fields.h"
#include "core/limits.h"
#include "core/observation_check.h"
#include "core/record_json.h"
#include "store/atomic_file.h"
#include "store/safe_paths.h"

namespace coachscope::store {
namespace {

namespace jf = core::json_fields;
using nlohmann::json;

constexpr jf::NumberRange kSessionSeconds{0, core::limits::kMaxSessionSeconds, "seconds"};

double sessionTime(const json& obj, std::string_view key, const std::string& at) {
  return jf::number(obj, key, at, kSessionSeconds);
}

std::string uniqueId(const json& obj, const std::string& at, std::set<std::string>& seen) {
  std::string id = jf::nonEmptyString(obj, "id", at);
  if (!seen.insert(id).second) jf::fail(at + "/id", fmt::format("duplicate id {}", jf::quoted(id)));
  return id;
}

json contextToJson(const core::SessionContext& c) {
  return json{{"learnerId", c.learnerId},
              {"learnerName", c.learnerName},
              {"tutor", c.tutor},
              {"coacheePseudonym", c.coacheePseudonym},
              {"coacheeSeniorManager", c.coacheeSeniorManager},
              {"group", c.group},
              {"groupSize", c.groupSize},
              {"threeWayContracting", c.threeWayContracting},
              {"paid", c.paid},
              {"mode", core::toString(c.mode)},
              {"date", c.date}};
}

core::SessionContext contextFromJson(const json& doc) {
  const std::string at = "/context";
  const json& c = jf::object(doc, "context", "");
  core::SessionContext context;
  context.learnerId = jf::optionalString(c, "learnerId", at);
  context.learnerName = jf::optionalString(c, "learnerName", at);
  context.tutor = jf::optionalString(c, "tutor", at);
  context.coacheePseudonym = jf::optionalString(c, "coacheePseudonym", at);
  context.coacheeSeniorManager = jf::optionalBoolean(c, "coacheeSeniorManager", at, false);
  context.group = jf::optionalBoolean(c, "group", at, false);
  context.groupSize = static_cast<int>(jf::optionalInteger(c, "groupSize", at, 1, {1, core::limits::kMaxGroupSize}));
  context.threeWayContracting = jf::optionalBoolean(c, "threeWayContracting", at, false);
  context.paid = jf::optionalBoolean(c, "paid", at, false);
  const std::string mode = jf::optionalString(c, "mode", at, "live");
  auto parsed = core::sessionModeFrom(mode);
  if (!parsed) jf::fail(at + "/mode", fmt::format("unknown mode {} (expected live or recorded)", jf::quoted(mode)));
  context.mode = *parsed;
  context.date = jf::optionalString(c, "date", at);
  return context;
}

std::vector<core::MarkerEvent> eventsFromJson(const json& doc, std::set<std::string>& ids) {
  std::vector<core::MarkerEvent> events;
  const json& list = jf::optionalArray(doc, "events", "");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = jf::child("/events", i);
    core::MarkerEvent e;
    e.id = uniqueId(list[i], at, ids);
    e.markerCode = jf::nonEmptyString(list[i], "marker", at);
    e.time = sessionTime(list[i], "time", at);
    e.quote = jf::optionalString(list[i], "quote", at);
    events.push_back(std::move(e));
  }
  return events;
}

std::vector<core::Note> notesFromJson(const json& doc, std::set<std::string>& ids) {
  std::vector<core::Note> notes;
  const json& list = jf::optionalArray(doc, "notes", "");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = jf::child("/notes", i);
    core::Note n;
    n.id = uniqueId(list[i], at, ids);
    n.time = sessionTime(list[i], "time", at);
    n.text = jf::string(list[i], "text", at);
    const std::string kind = jf::optionalString(list[i], "kind", at, "observation");
    auto parsed = core::noteKindFrom(kind);
    if (!parsed) jf::fail(at + "/kind", fmt::format("unknown note kind {}", jf::quoted(kind)));
    n.kind = *parsed;
    n.tag = jf::optionalString(list[i], "tag", at);
    notes.push_back(std::move(n));
  }
  return notes;
}

std::map<std::string, core::CompetencyRating> ratingsFromJson(const json& doc) {
  std::map<std::string, core::CompetencyRating> ratings;
  if (!doc.contains("ratings")) return ratings;
  const json& obj = jf::object(doc, "ratings", "");
  for (const auto& [competency, value] : obj.items()) {
    const std::string at = jf::child("/ratings", competency);
    core::CompetencyRating r;
    jf::requireObject(value, at);
    if (value.contains("level") && !value["level"].is_null()) {
      r.level = static_cast<int>(jf::integer(value, "level", at, {core::limits::kMinLevel, core::limits::kMaxLevel}));
    }
    r.notObserved = jf::optionalBoolean(value, "notObserved", at, false);
    if (r.notObserved && r.level) jf::fail(at, "has both a level and \"notObserved\"");
    r.rationale = jf::optionalString(value, "rationale", at);
    ratings[competency] = std::move(r);
  }
  return ratings;
}

std::map<std::string, core::Judgement> judgementsFromJson(const json& doc) {
  std::map<std::string, core::Judgement> judgements;
  if (!doc.contains("judgements")) return judgements;
  const json& obj = jf::object(doc, "judgements", "");
  for (const auto& [competency, value] : obj.items()) {
    const std::string at = jf::child("/judgements", competency);
    judgements[competency] = core::Judgement{jf::nonEmptyString(value, "option", at), jf::optionalString(value, "reason", at)};
  }
  return judgements;
}

// The transcript's size and SHA-256 (absent in files from before they were stored).
void readTranscriptFingerprint(const json& m, const std::string& at, core::MediaLink& media) {
  media.transcriptSizeBytes = static_cast<std::uint64_t>(
      jf::optionalInteger(m, "transcriptSizeBytes", at, 0, {0, core::limits::kMaxMediaBytes, "bytes"}));
  media.transcriptHash = jf::optionalString(m, "transcriptHash", at);
}

std::optional<core::MediaLink> mediaFromJson(const json& doc) {
  if (!doc.contains("media") || doc["media"].is_null()) return std::nullopt;
  const std::string at = "/media";
  const json& m = jf::object(doc, "media", "");
  core::MediaLink media;
  media.path = jf::nonEmptyString(m, "path", at);
  media.sizeBytes = static_cast<std::uint64_t>(
      jf::optionalInteger(m, "sizeBytes", at, 0, {0, core::limits::kMaxMediaBytes, "bytes"}));
  media.contentHash = jf::optionalString(m, "contentHash", at);
  media.durationSeconds = jf::optionalNumber(m, "durationSeconds", at, 0, kSessionSeconds);
  media.transcriptPath = jf::optionalString(m, "transcriptPath", at);
  readTranscriptFingerprint(m, at, media);
  return media;
}

std::optional<core::Moderation> moderationFromJson(const json& doc) {
  if (!doc.contains("moderation") || doc["moderation"].is_null()) return std::nullopt;
  const std::string at = "/moderation";
  const json& m = jf::object(doc, "moderation", "");
  core::Moderation moderation;
  const json& sources = jf::array(m, "sources", at);
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (!sources[i].is_string()) jf::fail(jf::child(at + "/sources", i), "expected an observation id");
    moderation.sourceIds.push_back(sources[i].get<std::string>());
  }
  moderation.moderator = jf::optionalString(m, "moderator", at);
  moderation.reason = jf::optionalString(m, "reason", at);
  moderation.at = jf::optionalString(m, "at", at);
  if (m.contains("chosen")) {
    for (const auto& [competency, source] : jf::object(m, "chosen", at).items()) {
      if (!source.is_string()) jf::fail(jf::child(at + "/chosen", competency), "expected an observation id");
      moderation.chosenSource[competency] = source.get<std::string>();
    }
  }
  return moderation;
}

}  // namespace

json observationToJson(const core::Observation& o) {
  json events = json::array();
  for (const auto& e : o.events) {
    events.push_back({{"id", e.id}, {"marker", e.markerCode}, {"time", e.time}, {"quote", e.quote}});
  }
  json notes = json::array();
  for (const auto& n : o.notes) {
    notes.push_back({{"id", n.id}, {"time", n.time}, {"text", n.text}, {"kind", core::toString(n.kind)}, {"tag", n.tag}});
  }
  json ratings = json::object();
  for (const auto& [competency, r] : o.ratings) {
    ratings[competency] = {{"level", r.level ? json(*r.level) : json(nullptr)},
                           {"notObserved", r.notObserved},
                           {"rationale", r.rationale}};
  }
  json judgements = json::object();
  for (const auto& [competency, j] : o.judgements) judgements[competency] = {{"option", j.optionId}, {"reason", j.reason}};

  json doc = {{"format", core::formatTag("observation", kObservationFormatVersion)},
              {"id", o.id},
              {"framework", {{"id", o.frameworkId}, {"version", o.frameworkVersion}}},
              {"context", contextToJson(o.context)},
              {"durationSeconds", o.durationSeconds},
              {"events", events},
              {"notes", notes},
              {"ratings", ratings},
              {"judgements", judgements},
              {"strengths", o.strengths},
              {"developmentAreas", o.developmentAreas},
              {"feedback", o.feedback},
              {"coacheeFeedback", o.coacheeFeedback},
              {"reference", o.reference},
              {"updatedAt", o.updatedAt}};
  if (!o.recordVersion.empty()) doc["recordVersion"] = o.recordVersion;
  if (!o.mergedVersion.empty()) doc["mergedVersion"] = o.mergedVersion;
  if (o.media) {
    doc["media"] = {{"path", o.media->path},
                    {"sizeBytes", o.media->sizeBytes},
                    {"contentHash", o.media->contentHash},
                    {"durationSeconds", o.media->durationSeconds},
                    {"transcriptPath", o.media->transcriptPath}};
    // Written whenever either is set: a hash read without its size must not be dropped on save.
    if (o.media->transcriptSizeBytes > 0 || !o.media->transcriptHash.empty()) {
      doc["media"]["transcriptSizeBytes"] = o.media->transcriptSizeBytes;
      doc["media"]["transcriptHash"] = o.media->transcriptHash;
    }
  }
  if (o.moderation) {
    doc["moderation"] = {{"sources", o.moderation->sourceIds},
                         {"moderator", o.moderation->moderator},
                         {"reason", o.moderation->reason},
                         {"at", o.moderation->at},
                         {"chosen", o.moderation->chosenSource}};
  }
  return doc;
}

core::Result<core::Observation> observationFromJson(const json& doc, const std::string& name) {
  if (auto format = core::checkFormat(doc, "observation", kObservationFormatVersion, name); !format) {
    return format.error();
  }
  try {
    core::Observation o;
    o.id = jf::nonEmptyString(doc, "id", "");
    // Ids name files (journals, reports, exports) and record entries: only safe tokens are read.
    if (auto safe = checkSafeId(o.id, "observation id", name, "/id"); !safe) return safe.error();
    const json& framework = jf::object(doc, "framework", "");
    o.frameworkId = jf::nonEmptyString(framework, "id", "/framework");
    o.frameworkVersion = jf::nonEmptyString(framework, "version", "/framework");
    o.context = contextFromJson(doc);
    if (!o.context.learnerId.empty()) {
      if (auto safe = checkSafeId(o.context.learnerId, "learner id", name, "/context/learnerId"); !safe) {
        return safe.error();
      }
    }
    o.durationSeconds = jf::optionalNumber(doc, "durationSeconds", "", 0, kSessionSeconds);
    std::set<std::string> ids;
    o.events = eventsFromJson(doc, ids);
    o.notes = notesFromJson(doc, ids);
    o.ratings = ratingsFromJson(doc);
    o.judgements = judgementsFromJson(doc);
    o.strengths = jf::optionalString(doc, "strengths", "");
    o.developmentAreas = jf::optionalString(doc, "developmentAreas", "");
    o.feedback = jf::optionalString(doc, "feedback", "");
    o.coacheeFeedback = jf::optionalString(doc, "coacheeFeedback", "");
    o.media = mediaFromJson(doc);
    o.moderation = moderationFromJson(doc);
    o.reference = jf::optionalBoolean(doc, "reference", "", false);
    o.updatedAt = jf::optionalString(doc, "updatedAt", "");
    o.recordVersion = jf::optionalString(doc, "recordVersion", "");
    o.mergedVersion = jf::optionalString(doc, "mergedVersion", "");
    for (const auto& [key, value] : {std::pair{"recordVersion", &o.recordVersion}, {"mergedVersion", &o.mergedVersion}}) {
      if (!value->empty() && !core::record_json::isVersionHash(*value)) {
        jf::fail(std::string("/") + key, "expected a record version hash (32 lowercase hex digits)");
      }
    }
    return o;
  } catch (const jf::ShapeError& e) {
    return core::Error{name, e.pointer, e.reason};
  } catch (const json::exception& e) {  // a shape no check above foresaw: refused, never thrown on
    return core::Error{name, "", std::string("unexpected JSON shape: ") + e.what()};
  }
}

core::Result<core::Observation> readObservation(const json& doc, const std::string& name, const core::Catalog& catalog) {
  auto observation = observationFromJson(doc, name);
  if (!observation) return observation;
  if (auto problems = core::checkObservation(*observation, catalog, name); !problems.empty()) return problems.front();
  return observation;
}

core::Result<core::Observation> loadObservationFile(const std::filesystem::path& path, const core::Catalog& catalog) {
  auto doc = core::readJsonFile(path);
  if (!doc) return doc.error();
  return readObservation(*doc, path.string(), catalog);
}

core::Result<core::Observation> loadObservationShape(const std::filesystem::path& path) {
  auto doc = core::readJsonFile(path);
  if (!doc) return doc.error();
  return observationFromJson(*doc, path.string());
}

core::Status saveObservationFile(const std::filesystem::path& path, const core::Observation& observation) {
  return writeFileAtomically(path, observationToJson(observation).dump(2) + "\n");
}

}  // namespace coachscope::store
