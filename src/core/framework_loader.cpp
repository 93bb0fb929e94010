#include "core/framework_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/json_document.h"
#include "core/json_fields.h"
#include "core/limits.h"

namespace coachscope::core {
namespace {

namespace jf = json_fields;
using nlohmann::json;

RatingScale readScale(const json& doc) {
  const std::string at = "/scale";
  const json& scaleJson = jf::object(doc, "scale", "");
  RatingScale scale;
  scale.id = jf::nonEmptyString(scaleJson, "id", at);
  scale.title = jf::optionalString(scaleJson, "title", at);
  const json& levels = jf::array(scaleJson, "levels", at);
  if (levels.empty()) jf::fail(at + "/levels", "a rating scale needs at least one level");
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const std::string p = jf::child(at + "/levels", i);
    ScaleLevel level{static_cast<int>(jf::integer(levels[i], "value", p, {limits::kMinLevel, limits::kMaxLevel})),
                     jf::nonEmptyString(levels[i], "label", p),
                     jf::optionalString(levels[i], "descriptor", p)};
    if (!scale.levels.empty() && level.value <= scale.levels.back().value) {
      jf::fail(p + "/value", fmt::format("level values must rise; {} follows {}", level.value, scale.levels.back().value));
    }
    scale.levels.push_back(std::move(level));
  }
  return scale;
}

std::vector<Domain> readDomains(const json& doc) {
  const json& list = jf::array(doc, "domains", "");
  if (list.empty()) jf::fail("/domains", "a framework needs at least one domain");
  std::vector<Domain> domains;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string p = jf::child("/domains", i);
    Domain d{jf::nonEmptyString(list[i], "id", p), jf::nonEmptyString(list[i], "title", p),
             jf::optionalString(list[i], "description", p)};
    if (!seen.insert(d.id).second) jf::fail(p + "/id", fmt::format("duplicate domain id {}", jf::quoted(d.id)));
    domains.push_back(std::move(d));
  }
  return domains;
}

void readEvidence(const json& evidence, const std::string& p, Competency& c) {
  const std::string kind = jf::nonEmptyString(evidence, "kind", p);
  if (kind == "markers") {
    c.evidence = EvidenceKind::Markers;
    c.minimumMarkers = static_cast<int>(jf::optionalInteger(evidence, "minimumMarkers", p, 0, {0, limits::kMaxCount}));
  } else if (kind == "derived") {
    c.evidence = EvidenceKind::Derived;
    const json& from = jf::array(evidence, "from", p);
    if (from.empty()) jf::fail(p + "/from", "derived evidence must name at least one marker");
    for (std::size_t i = 0; i < from.size(); ++i) {
      if (!from[i].is_string()) jf::fail(jf::child(p + "/from", i), "expected a marker code (a string)");
      c.derivedFrom.push_back(from[i].get<std::string>());
    }
  } else if (kind == "judgement") {
    c.evidence = EvidenceKind::Judgement;
    c.judgementGuidance = jf::optionalString(evidence, "guidance", p);
    const json& options = jf::array(evidence, "options", p);
    if (options.empty()) jf::fail(p + "/options", "a judgement needs at least one option");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < options.size(); ++i) {
      const std::string op = jf::child(p + "/options", i);
      JudgementOption option{jf::nonEmptyString(options[i], "id", op), jf::nonEmptyString(options[i], "label", op),
                             jf::optionalBoolean(options[i], "concern", op, false),
                             jf::optionalBoolean(options[i], "reasonRequired", op, false)};
      if (!seen.insert(option.id).second) jf::fail(op + "/id", fmt::format("duplicate option id {}", jf::quoted(option.id)));
      c.judgementOptions.push_back(std::move(option));
    }
  } else {
    jf::fail(p + "/kind", fmt::format("unknown evidence kind {} (expected markers, derived or judgement)", jf::quoted(kind)));
  }
}

std::vector<Competency> readCompetencies(const json& doc, const std::vector<Domain>& domains) {
  const json& list = jf::array(doc, "competencies", "");
  if (list.empty()) jf::fail("/competencies", "a framework needs at least one competency");
  std::set<std::string> domainIds, seen;
  for (const Domain& d : domains) domainIds.insert(d.id);
  std::vector<Competency> competencies;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string p = jf::child("/competencies", i);
    Competency c;
    c.id = jf::nonEmptyString(list[i], "id", p);
    if (!seen.insert(c.id).second) jf::fail(p + "/id", fmt::format("duplicate competency id {}", jf::quoted(c.id)));
    c.domainId = jf::nonEmptyString(list[i], "domain", p);
    if (!domainIds.count(c.domainId)) {
      jf::fail(p + "/domain", fmt::format("names domain {}, which the framework does not define", jf::quoted(c.domainId)));
    }
    c.title = jf::nonEmptyString(list[i], "title", p);
    c.shortTitle = jf::optionalString(list[i], "short", p, c.title);
    c.definition = jf::optionalString(list[i], "definition", p);
    c.behaviourCount = static_cast<int>(jf::optionalInteger(list[i], "behaviourCount", p, 0, {0, limits::kMaxCount}));
    readEvidence(jf::object(list[i], "evidence", p), p + "/evidence", c);
    competencies.push_back(std::move(c));
  }
  return competencies;
}

std::vector<Marker> readMarkers(const json& doc, const std::vector<Competency>& competencies) {
  const json& list = jf::optionalArray(doc, "markers", "");
  std::vector<Marker> markers;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string p = jf::child("/markers", i);
    Marker m{jf::nonEmptyString(list[i], "code", p), jf::nonEmptyString(list[i], "competency", p),
             jf::nonEmptyString(list[i], "text", p), ""};
    m.shortLabel = jf::optionalString(list[i], "short", p, m.code);
    if (!seen.insert(m.code).second) jf::fail(p + "/code", fmt::format("duplicate marker code {}", jf::quoted(m.code)));
    auto owner = std::find_if(competencies.begin(), competencies.end(),
                              [&](const Competency& c) { return c.id == m.competencyId; });
    if (owner == competencies.end()) {
      jf::fail(p + "/competency",
               fmt::format("marker {} names competency {}, which the framework does not define", jf::quoted(m.code), jf::quoted(m.competencyId)));
    }
    if (owner->evidence != EvidenceKind::Markers) {
      jf::fail(p + "/competency", fmt::format("marker {} belongs to competency {}, whose evidence is not its own markers",
                                              jf::quoted(m.code), jf::quoted(m.competencyId)));
    }
    markers.push_back(std::move(m));
  }
  return markers;
}

void checkDerivedEvidence(const Framework& f) {
  for (std::size_t i = 0; i < f.competencies.size(); ++i) {
    const Competency& c = f.competencies[i];
    for (std::size_t j = 0; j < c.derivedFrom.size(); ++j) {
      if (!f.marker(c.derivedFrom[j])) {
        jf::fail(fmt::format("/competencies/{}/evidence/from/{}", i, j),
                 fmt::format("competency {} derives from marker {}, which the framework does not define", jf::quoted(c.id),
                             jf::quoted(c.derivedFrom[j])));
      }
    }
  }
}

// Optional "transcriptHints": which marker each kind of transcript evidence points to.
void readTranscriptHints(const json& doc, Framework& f) {
  if (!doc.contains("transcriptHints")) return;
  const json& hints = jf::object(doc, "transcriptHints", "");
  static const std::set<std::string> kinds = {"talkTime", "questions", "silence", "interruptions"};
  for (const auto& [kind, value] : hints.items()) {
    const std::string p = jf::child("/transcriptHints", kind);
    if (!kinds.count(kind)) {
      jf::fail(p, fmt::format("unknown transcript hint {} (expected talkTime, questions, silence or interruptions)", jf::quoted(kind)));
    }
    const std::string code = jf::nonEmptyString(hints, kind, "/transcriptHints");
    if (!f.marker(code)) jf::fail(p, fmt::format("names marker {}, which the framework does not define", jf::quoted(code)));
    f.transcriptHints[kind] = code;
  }
}

}  // namespace

Result<Framework> parseFramework(const json& doc, const std::string& name) {
  if (auto format = checkFormat(doc, "framework", kFrameworkFormatVersion, name); !format) return format.error();
  try {
    Framework f;
    f.id = jf::nonEmptyString(doc, "id", "");
    f.version = jf::nonEmptyString(doc, "version", "");
    f.title = jf::nonEmptyString(doc, "title", "");
    f.publisher = jf::optionalString(doc, "publisher", "");
    f.description = jf::optionalString(doc, "description", "");
    f.scale = readScale(doc);
    if (doc.contains("recording")) {
      const json& rec = jf::object(doc, "recording", "");
      constexpr jf::IntRange minutes{0, limits::kMaxRuleMinutes, "minutes"};
      f.recording.minMinutes = static_cast<int>(jf::optionalInteger(rec, "minMinutes", "/recording", 0, minutes));
      f.recording.maxMinutes = static_cast<int>(jf::optionalInteger(rec, "maxMinutes", "/recording", 0, minutes));
      if (f.recording.maxMinutes && f.recording.maxMinutes < f.recording.minMinutes) {
        jf::fail("/recording/maxMinutes", "is below minMinutes");
      }
    }
    f.domains = readDomains(doc);
    f.competencies = readCompetencies(doc, f.domains);
    f.markers = readMarkers(doc, f.competencies);
    checkDerivedEvidence(f);
    readTranscriptHints(doc, f);
    f.source = name;
    return f;
  } catch (const jf::ShapeError& e) {
    return Error{name, e.pointer, e.reason};
  } catch (const json::exception& e) {  // a shape no check above foresaw: refused, never thrown on
    return Error{name, "", std::string("unexpected JSON shape: ") + e.what()};
  }
}

Result<Framework> loadFrameworkFile(const std::filesystem::path& path) {
  auto doc = readJsonFile(path);
  if (!doc) return doc.error();
  return parseFramework(*doc, path.string());
}

}  // namespace coachscope::core
