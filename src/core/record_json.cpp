#include "core/record_json.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdint>

#include "core/json_fields.h"
#include "core/limits.h"
#include "core/portfolio_status.h"
#include "core/profile_labels.h"

namespace coachscope::core::record_json {
namespace {

namespace jf = json_fields;

double minutesField(const json& value, const char* key, const std::string& at) {
  return jf::optionalNumber(value, key, at, 0, {0, limits::kMaxEntryMinutes, "minutes"});
}

int groupSizeField(const json& value, const std::string& at) {
  return static_cast<int>(jf::optionalInteger(value, "groupSize", at, 1, {1, limits::kMaxGroupSize}));
}

constexpr jf::NumberRange kSessionSeconds{0, limits::kMaxSessionSeconds, "seconds"};

// FNV-1a, 64 bits, from a given basis; two bases give 128 bits, plenty to tell versions apart.
std::uint64_t fnv1a(const std::string& text, std::uint64_t basis) {
  std::uint64_t hash = basis;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string textField(const json& value, const char* key, const std::string& at, bool oneLine) {
  std::string text = jf::optionalString(value, key, at);
  if (std::string problem = textProblem(text, oneLine); !problem.empty()) jf::fail(jf::child(at, key), problem);
  return text;
}

std::string dateField(const json& value, const char* key, const std::string& at) {
  std::string date = jf::optionalString(value, key, at);
  if (std::string problem = dateProblem(date); !problem.empty()) jf::fail(jf::child(at, key), problem);
  return date;
}

}  // namespace

std::string textProblem(const std::string& text, bool oneLine) {
  const std::size_t limit = oneLine ? limits::kMaxLineBytes : limits::kMaxTextBytes;
  if (text.size() > limit) return fmt::format("{} bytes of text, more than the {} allowed", text.size(), limit);
  if (oneLine && text.find_first_of("\r\n") != std::string::npos) return "must be one line";
  return {};
}

std::string dateProblem(const std::string& date) {
  if (date.empty()) return {};
  if (date.size() != 10 || !daysSinceEpoch(date)) {
    return fmt::format("{} is not a date (expected YYYY-MM-DD)", jf::quoted(date));
  }
  const int year = std::stoi(date.substr(0, 4));
  if (year < limits::kMinYear || year > limits::kMaxYear) {
    return fmt::format("{} is outside the years {} to {}", jf::quoted(date), limits::kMinYear, limits::kMaxYear);
  }
  return {};
}

json toJson(const LearnerProfile& p) {
  json out{{"name", p.name}, {"centre", p.centre}, {"programme", p.programmeId}, {"finalWorkshop", p.finalWorkshopDate}};
  // Absent when empty: a profile without them hashes as it did before the fields existed.
  if (!p.cohort.empty()) out["cohort"] = p.cohort;
  if (!p.tutor.empty()) out["tutor"] = p.tutor;
  return out;
}

void fromJson(const json& value, const std::string& at, LearnerProfile& p) {
  jf::requireObject(value, at);
  p.name = jf::optionalString(value, "name", at);
  p.centre = jf::optionalString(value, "centre", at);
  p.programmeId = jf::optionalString(value, "programme", at);
  p.finalWorkshopDate = jf::optionalString(value, "finalWorkshop", at);
  p.cohort = jf::optionalString(value, "cohort", at);
  if (auto problem = groupingLabelProblem(p.cohort)) jf::fail(at + "/cohort", *problem);
  p.tutor = jf::optionalString(value, "tutor", at);
  if (auto problem = groupingLabelProblem(p.tutor)) jf::fail(at + "/tutor", *problem);
}

json toJson(const SessionSummary& s) {
  json ratings = json::object();
  for (const auto& [competency, r] : s.ratings) {
    ratings[competency] = {{"level", r.level ? json(*r.level) : json(nullptr)},
                           {"notObserved", r.notObserved},
                           {"rationale", r.rationale}};
  }
  json judgements = json::object();
  for (const auto& [competency, j] : s.judgements) judgements[competency] = {{"option", j.optionId}, {"reason", j.reason}};
  json notes = json::array();
  for (const auto& n : s.notes) {
    notes.push_back({{"id", n.id}, {"time", n.time}, {"text", n.text}, {"kind", toString(n.kind)}, {"tag", n.tag}});
  }
  return json{{"framework", s.frameworkKey},
              {"tutor", s.tutor},
              {"date", s.date},
              {"durationSeconds", s.durationSeconds},
              {"coacheePseudonym", s.coacheePseudonym},
              {"coacheeSeniorManager", s.coacheeSeniorManager},
              {"group", s.group},
              {"groupSize", s.groupSize},
              {"paid", s.paid},
              {"threeWayContracting", s.threeWayContracting},
              {"mode", toString(s.mode)},
              {"ratings", ratings},
              {"judgements", judgements},
              {"markerCounts", s.markerCounts},
              {"notes", notes},
              {"strengths", s.strengths},
              {"developmentAreas", s.developmentAreas},
              {"feedback", s.feedback},
              {"coacheeFeedback", s.coacheeFeedback},
              {"reference", s.reference},
              {"observationUpdatedAt", s.observationUpdatedAt}};
}

void fromJson(const json& value, const std::string& at, SessionSummary& s) {
  jf::requireObject(value, at);
  s.frameworkKey = jf::optionalString(value, "framework", at);
  s.tutor = jf::optionalString(value, "tutor", at);
  s.date = jf::optionalString(value, "date", at);
  s.durationSeconds = jf::optionalNumber(value, "durationSeconds", at, 0, kSessionSeconds);
  s.coacheePseudonym = jf::optionalString(value, "coacheePseudonym", at);
  s.coacheeSeniorManager = jf::optionalBoolean(value, "coacheeSeniorManager", at, false);
  s.group = jf::optionalBoolean(value, "group", at, false);
  s.groupSize = groupSizeField(value, at);
  s.paid = jf::optionalBoolean(value, "paid", at, false);
  s.threeWayContracting = jf::optionalBoolean(value, "threeWayContracting", at, false);
  const std::string mode = jf::optionalString(value, "mode", at, "live");
  auto parsedMode = sessionModeFrom(mode);
  if (!parsedMode) jf::fail(at + "/mode", fmt::format("unknown mode {} (expected live or recorded)", jf::quoted(mode)));
  s.mode = *parsedMode;
  if (value.contains("ratings")) {
    const std::string ratingsAt = at + "/ratings";
    for (const auto& [competency, r] : jf::object(value, "ratings", at).items()) {
      const std::string rAt = jf::child(ratingsAt, competency);
      CompetencyRating rating;
      jf::requireObject(r, rAt);
      if (r.contains("level") && !r["level"].is_null()) {
        rating.level = static_cast<int>(jf::integer(r, "level", rAt, {limits::kMinLevel, limits::kMaxLevel}));
      }
      rating.notObserved = jf::optionalBoolean(r, "notObserved", rAt, false);
      rating.rationale = jf::optionalString(r, "rationale", rAt);
      s.ratings[competency] = std::move(rating);
    }
  }
  if (value.contains("judgements")) {
    const std::string jAt = at + "/judgements";
    for (const auto& [competency, j] : jf::object(value, "judgements", at).items()) {
      const std::string one = jf::child(jAt, competency);
      s.judgements[competency] = Judgement{jf::optionalString(j, "option", one), jf::optionalString(j, "reason", one)};
    }
  }
  if (value.contains("markerCounts")) {
    const std::string mAt = at + "/markerCounts";
    for (const auto& [code, count] : jf::object(value, "markerCounts", at).items()) {
      s.markerCounts[code] = static_cast<int>(jf::integerValue(count, jf::child(mAt, code), {0, limits::kMaxCount}));
    }
  }
  const json& notes = jf::optionalArray(value, "notes", at);
  for (std::size_t i = 0; i < notes.size(); ++i) {
    const std::string nAt = jf::child(at + "/notes", i);
    Note n;
    n.id = jf::optionalString(notes[i], "id", nAt);
    n.time = jf::optionalNumber(notes[i], "time", nAt, 0, kSessionSeconds);
    n.text = jf::optionalString(notes[i], "text", nAt);
    const std::string kind = jf::optionalString(notes[i], "kind", nAt, "observation");
    auto parsedKind = noteKindFrom(kind);
    if (!parsedKind) jf::fail(nAt + "/kind", fmt::format("unknown note kind {}", jf::quoted(kind)));
    n.kind = *parsedKind;
    n.tag = jf::optionalString(notes[i], "tag", nAt);
    s.notes.push_back(std::move(n));
  }
  s.strengths = jf::optionalString(value, "strengths", at);
  s.developmentAreas = jf::optionalString(value, "developmentAreas", at);
  s.feedback = jf::optionalString(value, "feedback", at);
  s.coacheeFeedback = jf::optionalString(value, "coacheeFeedback", at);
  s.reference = jf::optionalBoolean(value, "reference", at, false);
  s.observationUpdatedAt = jf::optionalString(value, "observationUpdatedAt", at);
}

json toJson(const PracticeEntry& e) {
  return json{{"observation", e.observationId},
              {"date", e.date},
              {"minutes", e.minutes},
              {"coacheePseudonym", e.coacheePseudonym},
              {"group", e.group},
              {"groupSize", e.groupSize},
              {"paid", e.paid},
              {"seniorManager", e.seniorManager},
              {"threeWayContracting", e.threeWayContracting},
              {"preparationDone", e.preparationDone},
              {"reflection", e.reflection},
              {"coacheeFeedback", e.coacheeFeedback}};
}

void fromJson(const json& value, const std::string& at, PracticeEntry& e) {
  jf::requireObject(value, at);
  e.observationId = jf::optionalString(value, "observation", at);
  e.date = jf::optionalString(value, "date", at);
  e.minutes = minutesField(value, "minutes", at);
  e.coacheePseudonym = jf::optionalString(value, "coacheePseudonym", at);
  e.group = jf::optionalBoolean(value, "group", at, false);
  e.groupSize = groupSizeField(value, at);
  e.paid = jf::optionalBoolean(value, "paid", at, false);
  e.seniorManager = jf::optionalBoolean(value, "seniorManager", at, false);
  e.threeWayContracting = jf::optionalBoolean(value, "threeWayContracting", at, false);
  e.preparationDone = jf::optionalBoolean(value, "preparationDone", at, false);
  e.reflection = jf::optionalString(value, "reflection", at);
  e.coacheeFeedback = jf::optionalString(value, "coacheeFeedback", at);
}

json toJson(const SupervisionEntry& e) {
  return json{{"kind", toString(e.kind)}, {"date", e.date},   {"minutes", e.minutes},
              {"with", e.with},           {"group", e.group}, {"notes", e.notes}};
}

void fromJson(const json& value, const std::string& at, SupervisionEntry& e) {
  jf::requireObject(value, at);
  const std::string kind = jf::optionalString(value, "kind", at, "supervision");
  auto parsed = supervisionKindFrom(kind);
  if (!parsed) jf::fail(at + "/kind", fmt::format("unknown kind {} (expected supervision or mentor-coaching)", jf::quoted(kind)));
  e.kind = *parsed;
  e.date = jf::optionalString(value, "date", at);
  e.minutes = minutesField(value, "minutes", at);
  e.with = jf::optionalString(value, "with", at);
  e.group = jf::optionalBoolean(value, "group", at, false);
  e.notes = jf::optionalString(value, "notes", at);
}

json toJson(const BookReview& r) {
  return json{{"title", r.title}, {"author", r.author}, {"pages", r.pages},
              {"done", r.done},   {"date", r.date},     {"notes", r.notes}};
}

void fromJson(const json& value, const std::string& at, BookReview& r) {
  jf::requireObject(value, at);
  r.title = jf::optionalString(value, "title", at);
  r.author = jf::optionalString(value, "author", at);
  r.pages = static_cast<int>(jf::optionalInteger(value, "pages", at, 0, {0, limits::kMaxPages}));
  r.done = jf::optionalBoolean(value, "done", at, false);
  r.date = jf::optionalString(value, "date", at);
  r.notes = jf::optionalString(value, "notes", at);
}

json toJson(const AssignmentProgress& a) {
  return json{{"status", toString(a.status)}, {"date", a.date}, {"notes", a.notes}};
}

void fromJson(const json& value, const std::string& at, AssignmentProgress& a) {
  jf::requireObject(value, at);
  const std::string status = jf::optionalString(value, "status", at, "not-started");
  auto parsed = assignmentStatusFrom(status);
  if (!parsed) {
    jf::fail(at + "/status",
             fmt::format("unknown status {} (expected not-started, draft, submitted, pass or refer)", jf::quoted(status)));
  }
  a.status = *parsed;
  a.date = jf::optionalString(value, "date", at);
  a.notes = jf::optionalString(value, "notes", at);
}

json toJson(const Reflection& r) {
  return json{{"wentWell", r.wentWell}, {"doDifferently", r.doDifferently}, {"fromFeedback", r.fromFeedback}};
}

void fromJson(const json& value, const std::string& at, Reflection& r) {
  jf::requireObject(value, at);
  r.wentWell = textField(value, "wentWell", at, false);
  r.doDifferently = textField(value, "doDifferently", at, false);
  r.fromFeedback = textField(value, "fromFeedback", at, false);
}

json toJson(const SelfAssessment& a) {
  json ratings = json::object();
  for (const auto& [competency, r] : a.ratings) ratings[competency] = {{"level", r.level}, {"why", r.why}};
  return json{{"session", a.sessionId}, {"framework", a.frameworkKey}, {"date", a.date}, {"ratings", ratings}};
}

void fromJson(const json& value, const std::string& at, SelfAssessment& a) {
  jf::requireObject(value, at);
  a.sessionId = jf::optionalString(value, "session", at);
  a.frameworkKey = jf::nonEmptyString(value, "framework", at);
  a.date = dateField(value, "date", at);
  if (!value.contains("ratings")) return;
  const std::string ratingsAt = at + "/ratings";
  for (const auto& [competency, r] : jf::object(value, "ratings", at).items()) {
    const std::string rAt = jf::child(ratingsAt, competency);
    jf::requireObject(r, rAt);
    SelfRating rating;
    rating.level = static_cast<int>(jf::integer(r, "level", rAt, {limits::kMinLevel, limits::kMaxLevel}));
    rating.why = textField(r, "why", rAt, true);
    a.ratings[competency] = std::move(rating);
  }
}

json toJson(const ActionItem& i) {
  return json{{"developmentArea", i.developmentArea}, {"competency", i.competencyId}, {"action", i.action},
              {"byWhen", i.byWhen},                   {"evidence", i.evidence},       {"done", i.done},
              {"tutorComment", i.tutorComment}};
}

void fromJson(const json& value, const std::string& at, ActionItem& i) {
  jf::requireObject(value, at);
  i.developmentArea = textField(value, "developmentArea", at, true);
  i.competencyId = textField(value, "competency", at, true);
  i.action = textField(value, "action", at, false);
  i.byWhen = dateField(value, "byWhen", at);
  i.evidence = textField(value, "evidence", at, false);
  i.done = jf::optionalBoolean(value, "done", at, false);
  i.tutorComment = textField(value, "tutorComment", at, false);
}

bool isVersionHash(const std::string& text) {
  if (text.size() != 32) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string versionHash(EntryKind kind, const std::string& id, bool deleted, const std::vector<std::string>& supersedes,
                        const std::string& at, const std::string& by, const json& data) {
  // nlohmann's objects keep keys sorted, so dump() is canonical.
  const std::string canonical = json{{"kind", toString(kind)}, {"id", id},   {"deleted", deleted},
                                     {"supersedes", supersedes}, {"at", at}, {"by", by},
                                     {"data", data}}
                                    .dump();
  return fmt::format("{:016x}{:016x}", fnv1a(canonical, 0xcbf29ce484222325ULL), fnv1a(canonical, 0x84222325cbf29ce4ULL));
}

}  // namespace coachscope::core::record_json
