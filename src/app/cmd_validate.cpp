// `coachscope validate FILE...`: checks any coachscope file by its format tag and says what is wrong.
#include <fmt/format.h>

#include <functional>
#include <map>

#include "app/subcommands.h"
#include "core/framework_loader.h"
#include "core/json_fields.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "core/json_document.h"
#include "core/programme_loader.h"

namespace coachscope::app {
namespace {

// Each validator returns a one-line summary of a valid document, or the error.
using Validator =
    std::function<core::Result<std::string>(const nlohmann::json&, const std::string&, const core::Catalog&)>;

const std::map<std::string, Validator>& validators() {
  static const std::map<std::string, Validator> table = {
      {"framework",
       [](const nlohmann::json& doc, const std::string& name, const core::Catalog&) -> core::Result<std::string> {
         auto f = core::parseFramework(doc, name);
         if (!f) return f.error();
         return fmt::format("framework {}: {} competencies, {} markers, {}-level scale", f->key(),
                            f->competencies.size(), f->markers.size(), f->scale.levels.size());
       }},
      {"programme",
       [](const nlohmann::json& doc, const std::string& name, const core::Catalog&) -> core::Result<std::string> {
         auto p = core::parseProgramme(doc, name);
         if (!p) return p.error();
         return fmt::format("programme {}: {}", p->key(), p->title);
       }},
      {"observation",
       [](const nlohmann::json& doc, const std::string& name, const core::Catalog& catalog) -> core::Result<std::string> {
         auto o = store::readObservation(doc, name, catalog);
         if (!o) return o.error();
         return fmt::format("observation of {} by {}: {} marker events, {} notes, {} ratings", o->context.learnerName,
                            o->context.tutor, o->events.size(), o->notes.size(), o->ratings.size());
       }},
      {"record",
       [](const nlohmann::json& doc, const std::string& name, const core::Catalog& catalog) -> core::Result<std::string> {
         auto r = store::readRecord(doc, name, catalog);
         if (!r) return r.error();
         const auto conflicts = r->conflicts().size();
         return fmt::format("record of {}: {} sessions, {} log entries{}", r->currentProfile().name,
                            r->sessions.liveIds().size(), r->practice.liveIds().size(),
                            conflicts ? fmt::format(", {} conflicts to resolve", conflicts) : "");
       }},
  };
  return table;
}

core::Result<std::string> validateFile(const std::string& path, const core::Catalog& catalog) {
  auto doc = core::readJsonFile(path);
  if (!doc) return doc.error();
  const std::optional<core::FormatTag> tag = core::peekFormatTag(*doc);
  if (!tag) return core::Error{path, "/format", "missing or not a coachscope format tag (\"coachscope.<kind>/<version>\")"};
  auto it = validators().find(tag->kind);
  if (it == validators().end()) return core::Error{path, "/format", fmt::format("unknown kind of file {}", core::json_fields::quoted(tag->kind))};
  return it->second(*doc, path, catalog);
}

}  // namespace

void addValidateCommand(CLI::App& app, CommandContext& context) {
  CLI::App* cmd = app.add_subcommand("validate", "Check coachscope files (frameworks, programmes, ...) and report problems");
  static std::vector<std::string> files;
  cmd->add_option("files", files, "Files to check")->required();
  cmd->callback([&context] {
    int failures = 0;
    const core::Catalog catalog = context.loadCatalog();
    for (const std::string& file : files) {
      auto summary = validateFile(file, catalog);
      if (summary) {
        fmt::print("ok  {}  ({})\n", file, *summary);
      } else {
        ++failures;
        fmt::print(stderr, "error  {}\n", summary.error().message());
      }
    }
    context.exitCode = failures ? 1 : 0;
  });
}

}  // namespace coachscope::app
