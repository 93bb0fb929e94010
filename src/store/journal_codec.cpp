#include "store/journal_codec.h"

#include <fmt/format.h>

#include "core/json_document.h"
#include "core/json_fields.h"
#include "core/limits.h"
#include "store/observation_codec.h"

namespace coachscope::store {
namespace {

using nlohmann::json;

template <typename... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <typename... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

// A minimal observation document around a fragment, so the observation codec checks it.
json documentAround(const json& fragment) {
  json doc = {{"format", core::formatTag("observation", kObservationFormatVersion)},
              {"id", "journal"},
              {"framework", {{"id", "journal"}, {"version", "journal"}}},
              {"context", json::object()}};
  for (const auto& [key, value] : fragment.items()) doc[key] = value;
  return doc;
}

json fragmentOf(const core::Observation& o, const char* key) { return observationToJson(o)[key]; }

}  // namespace

json commandToJson(const core::Command& command) {
  return std::visit(
      Overloaded{
          [](const core::SetSetup& c) {
            core::Observation o;
            o.context = c.context;
            return json{{"kind", "setup"},
                        {"framework", {{"id", c.frameworkId}, {"version", c.frameworkVersion}}},
                        {"context", fragmentOf(o, "context")}};
          },
          [](const core::PutEvent& c) {
            core::Observation o;
            o.events.push_back(c.event);
            return json{{"kind", "putEvent"}, {"event", fragmentOf(o, "events")[0]}};
          },
          [](const core::RemoveEvent& c) { return json{{"kind", "removeEvent"}, {"id", c.id}}; },
          [](const core::PutNote& c) {
            core::Observation o;
            o.notes.push_back(c.note);
            return json{{"kind", "putNote"}, {"note", fragmentOf(o, "notes")[0]}};
          },
          [](const core::RemoveNote& c) { return json{{"kind", "removeNote"}, {"id", c.id}}; },
          [](const core::SetRating& c) {
            json rating = nullptr;
            if (c.rating) {
              core::Observation o;
              o.ratings[c.competencyId] = *c.rating;
              rating = fragmentOf(o, "ratings")[c.competencyId];
            }
            return json{{"kind", "setRating"}, {"competency", c.competencyId}, {"rating", rating}};
          },
          [](const core::SetJudgement& c) {
            json judgement = nullptr;
            if (c.judgement) judgement = {{"option", c.judgement->optionId}, {"reason", c.judgement->reason}};
            return json{{"kind", "setJudgement"}, {"competency", c.competencyId}, {"judgement", judgement}};
          },
          [](const core::SetText& c) {
            return json{{"kind", "setText"}, {"field", core::toString(c.field)}, {"text", c.text}};
          },
          [](const core::SetDuration& c) { return json{{"kind", "setDuration"}, {"seconds", c.seconds}}; },
          [](const core::SetMedia& c) {
            json media = nullptr;
            if (c.media) {
              core::Observation o;
              o.media = c.media;
              media = fragmentOf(o, "media");
            }
            return json{{"kind", "setMedia"}, {"media", media}};
          },
      },
      command);
}

core::Result<core::Command> commandFromJson(const json& j, const std::string& name, const std::string& where) {
  auto error = [&](const std::string& reason) { return core::Error{name, where, reason}; };
  if (!j.is_object() || !j.contains("kind") || !j["kind"].is_string()) return error("command without a \"kind\"");
  const std::string kind = j["kind"].get<std::string>();
  auto parse = [&](const json& fragment) -> core::Result<core::Observation> {
    auto o = observationFromJson(documentAround(fragment), name);
    if (!o) return error(fmt::format("{} command: {}{}", kind, o.error().where.empty() ? "" : o.error().where + ": ",
                                     o.error().reason));
    return o;
  };
  auto stringField = [&](const char* key) -> std::optional<std::string> {
    if (!j.contains(key) || !j[key].is_string()) return std::nullopt;
    return j[key].get<std::string>();
  };

  if (kind == "setup") {
    auto o = parse({{"framework", j.value("framework", json::object())}, {"context", j.value("context", json())}});
    if (!o) return o.error();
    return core::Command{core::SetSetup{o->frameworkId, o->frameworkVersion, o->context}};
  }
  if (kind == "putEvent") {
    auto o = parse({{"events", json::array({j.value("event", json())})}});
    if (!o) return o.error();
    return core::Command{core::PutEvent{o->events.at(0)}};
  }
  if (kind == "putNote") {
    auto o = parse({{"notes", json::array({j.value("note", json())})}});
    if (!o) return o.error();
    return core::Command{core::PutNote{o->notes.at(0)}};
  }
  if (kind == "removeEvent" || kind == "removeNote") {
    auto id = stringField("id");
    if (!id) return error(kind + " command without an \"id\"");
    if (kind == "removeEvent") return core::Command{core::RemoveEvent{*id}};
    return core::Command{core::RemoveNote{*id}};
  }
  if (kind == "setRating" || kind == "setJudgement") {
    auto competency = stringField("competency");
    if (!competency) return error(kind + " command without a \"competency\"");
    const char* key = kind == "setRating" ? "rating" : "judgement";
    if (!j.contains(key) || j[key].is_null()) {
      if (kind == "setRating") return core::Command{core::SetRating{*competency, std::nullopt}};
      return core::Command{core::SetJudgement{*competency, std::nullopt}};
    }
    const char* listKey = kind == "setRating" ? "ratings" : "judgements";
    auto o = parse({{listKey, {{*competency, j[key]}}}});
    if (!o) return o.error();
    if (kind == "setRating") return core::Command{core::SetRating{*competency, o->ratings.at(*competency)}};
    return core::Command{core::SetJudgement{*competency, o->judgements.at(*competency)}};
  }
  if (kind == "setText") {
    auto field = stringField("field");
    auto text = stringField("text");
    auto parsed = field ? core::sheetTextFrom(*field) : std::nullopt;
    if (!parsed || !text) return error("setText command needs a known \"field\" and a \"text\"");
    return core::Command{core::SetText{*parsed, *text}};
  }
  if (kind == "setDuration") {
    if (!j.contains("seconds")) return error("setDuration command needs \"seconds\"");
    try {
      const double seconds = core::json_fields::numberValue(j["seconds"], "/seconds",
                                                            {0, core::limits::kMaxSessionSeconds, "seconds"});
      return core::Command{core::SetDuration{seconds}};
    } catch (const core::json_fields::ShapeError& e) {
      return error(fmt::format("setDuration command: {}: {}", e.pointer, e.reason));
    }
  }
  if (kind == "setMedia") {
    if (!j.contains("media") || j["media"].is_null()) return core::Command{core::SetMedia{std::nullopt}};
    auto o = parse({{"media", j["media"]}});
    if (!o) return o.error();
    return core::Command{core::SetMedia{o->media}};
  }
  return error(fmt::format("unknown command kind {}", core::json_fields::quoted(kind)));
}

}  // namespace coachscope::store
