#include "core/programme_loader.h"

#include <fmt/format.h>

#include <set>

#include "core/json_document.h"
#include "core/json_fields.h"
#include "core/limits.h"

namespace coachscope::core {
namespace {

namespace jf = json_fields;
using nlohmann::json;

double hours(const json& obj, std::string_view key, const std::string& at) {
  return jf::optionalNumber(obj, key, at, 0, {0, limits::kMaxProgrammeHours, "hours"});
}

int count(const json& obj, std::string_view key, const std::string& at, jf::IntRange range = {0, limits::kMaxCount}) {
  return static_cast<int>(jf::optionalInteger(obj, key, at, 0, range));
}

ProgrammeRequirements readRequirements(const json& doc) {
  const std::string at = "/requirements";
  const json& r = jf::object(doc, "requirements", "");
  ProgrammeRequirements req;
  req.coachingHours = hours(r, "coachingHours", at);
  req.seniorCoachingHours = hours(r, "seniorCoachingHours", at);
  req.paidCoachingHours = hours(r, "paidCoachingHours", at);
  req.distinctClients = count(r, "distinctClients", at);
  req.supervisionHours = hours(r, "supervisionHours", at);
  req.mentorCoachingHours = hours(r, "mentorCoachingHours", at);
  req.bookReviews = count(r, "bookReviews", at);
  req.bookReviewPages = count(r, "bookReviewPages", at, {0, limits::kMaxPages, "pages"});
  req.threeWayContracts = count(r, "threeWayContracts", at);
  req.coacheeFeedbackEachSession = jf::optionalBoolean(r, "coacheeFeedbackEachSession", at, false);
  req.typicalSessionMinutes = count(r, "typicalSessionMinutes", at, {0, limits::kMaxRuleMinutes, "minutes"});
  req.notes = jf::optionalString(r, "notes", at);
  if (req.seniorCoachingHours > req.coachingHours) {
    jf::fail(at + "/seniorCoachingHours", "exceeds the total coachingHours");
  }
  if (req.paidCoachingHours > req.coachingHours) jf::fail(at + "/paidCoachingHours", "exceeds the total coachingHours");
  return req;
}

}  // namespace

Result<Programme> parseProgramme(const json& doc, const std::string& name) {
  if (auto format = checkFormat(doc, "programme", kProgrammeFormatVersion, name); !format) return format.error();
  try {
    Programme p;
    p.id = jf::nonEmptyString(doc, "id", "");
    p.version = jf::nonEmptyString(doc, "version", "");
    p.title = jf::nonEmptyString(doc, "title", "");
    p.kind = jf::nonEmptyString(doc, "kind", "");
    p.frameworkId = jf::optionalString(doc, "framework", "");
    p.requirements = readRequirements(doc);
    if (std::string notes = jf::optionalString(doc, "notes", ""); !notes.empty()) {
      p.requirements.notes += (p.requirements.notes.empty() ? "" : "\n") + notes;
    }
    const json& assignments = jf::optionalArray(doc, "assignments", "");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < assignments.size(); ++i) {
      const std::string at = jf::child("/assignments", i);
      Assignment a{jf::nonEmptyString(assignments[i], "id", at), jf::nonEmptyString(assignments[i], "title", at),
                   jf::optionalString(assignments[i], "description", at),
                   hours(assignments[i], "estimatedHours", at)};
      if (!ids.insert(a.id).second) jf::fail(at + "/id", fmt::format("duplicate assignment id {}", jf::quoted(a.id)));
      p.assignments.push_back(std::move(a));
    }
    if (doc.contains("assignmentSections")) {
      const json& sections = jf::object(doc, "assignmentSections", "");
      for (const auto& [id, value] : sections.items()) {
        const std::string at = jf::child("/assignmentSections", id);
        if (!ids.count(id)) jf::fail(at, fmt::format("names assignment {}, which the programme does not define", jf::quoted(id)));
        p.assignmentSections[id] = AssignmentSections{count(value, "count", at), count(value, "minWords", at),
                                                      count(value, "maxWords", at)};
      }
    }
    if (doc.contains("deadline")) {
      const json& deadline = jf::object(doc, "deadline", "");
      p.deadlineMonthsAfterFinalWorkshop = static_cast<int>(
          jf::integer(deadline, "monthsAfterFinalWorkshop", "/deadline", {1, limits::kMaxMonths, "months"}));
    }
    p.markingWeeks = count(doc, "markingWeeks", "", {0, limits::kMaxWeeks, "weeks"});
    const json& results = jf::optionalArray(doc, "results", "");
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (!results[i].is_string()) jf::fail(jf::child("/results", i), "expected a string");
      p.results.push_back(results[i].get<std::string>());
    }
    p.source = name;
    return p;
  } catch (const jf::ShapeError& e) {
    return Error{name, e.pointer, e.reason};
  } catch (const json::exception& e) {  // a shape no check above foresaw: refused, never thrown on
    return Error{name, "", std::string("unexpected JSON shape: ") + e.what()};
  }
}

Result<Programme> loadProgrammeFile(const std::filesystem::path& path) {
  auto doc = readJsonFile(path);
  if (!doc) return doc.error();
  return parseProgramme(*doc, path.string());
}

}  // namespace coachscope::core
