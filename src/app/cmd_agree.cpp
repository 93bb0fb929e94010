// `coachscope agree OBS...`: how far assessors agree, over observations of the same sessions.
// `coachscope moderate A B ...`: an agreed observation built from two or more assessors' ones.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "app/subcommands.h"
#include "core/agreement_sessions.h"
#include "core/clock_text.h"
#include "core/moderation.h"
#include "core/observation_check.h"
#include "core/reference_scoring.h"
#include "session/moderation_output.h"
#include "store/observation_codec.h"
#include "store/workspace.h"

namespace coachscope::app {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct LoadedObservation {
  std::string file;
  core::Observation observation;
};

// Loads every file; reports each failure on stderr. False when any failed.
bool loadAll(const std::vector<std::string>& files, const core::Catalog& catalog, std::vector<LoadedObservation>& out) {
  bool ok = true;
  for (const std::string& file : files) {
    auto loaded = store::loadObservationFile(file, catalog);
    if (!loaded) {
      fmt::print(stderr, "error  {}\n", loaded.error().message());
      ok = false;
    } else {
      out.push_back({file, std::move(*loaded)});
    }
  }
  return ok;
}

json statisticJson(const core::Statistic& s) {
  json j{{"value", s.value ? json(*s.value) : json(nullptr)}, {"items", s.items}};
  if (!s.value) j["notEnoughData"] = s.undefinedReason;
  return j;
}

std::string cell(const core::Statistic& s) { return s.value ? fmt::format("{:.3f}", *s.value) : "n/a"; }

std::string ratingText(const core::CompetencyRating& r) {
  if (r.notObserved) return "not obs.";
  return r.level ? std::to_string(*r.level) : "-";
}

std::string tutorOf(const core::Observation& o) { return o.context.tutor.empty() ? o.id.substr(0, 8) : o.context.tutor; }

// --- agree -------------------------------------------------------------------------------------

struct AgreeOptions {
  std::vector<std::string> files;
  bool json = false;
  double tolerance = 10.0;
};

json reportJson(const core::AgreementReport& r, const std::vector<core::SessionGroup>& groups,
                const std::map<const core::Observation*, std::string>& fileOf) {
  json sessions = json::array();
  for (const core::SessionGroup& g : groups) {
    if (g.observations.size() < 2 || g.observations.front()->frameworkKey() != r.frameworkKey) continue;
    json obs = json::array();
    for (const core::Observation* o : g.observations) {
      obs.push_back({{"id", o->id}, {"tutor", o->context.tutor}, {"file", fileOf.at(o)}, {"reference", o->reference}});
    }
    sessions.push_back({{"key", g.key}, {"observations", obs}});
  }
  json competencies = json::array();
  for (const auto& c : r.competencies) {
    competencies.push_back({{"competency", c.competencyId}, {"exact", statisticJson(c.exact)},
                            {"adjacent", statisticJson(c.adjacent)}, {"kappa", statisticJson(c.kappa)},
                            {"weightedKappa", statisticJson(c.weightedKappa)}, {"alphaOrdinal", statisticJson(c.alpha)}});
  }
  json markers = json::array();
  for (const auto& m : r.markers) {
    markers.push_back({{"marker", m.code}, {"matched", m.matched}, {"onlyA", m.onlyA}, {"onlyB", m.onlyB},
                       {"positiveAgreement", statisticJson(m.positive)},
                       {"presenceExact", statisticJson(m.presence.exact)},
                       {"presenceKappa", statisticJson(m.presence.kappa)}});
  }
  return {{"framework", r.frameworkKey},
          {"sessions", sessions},
          {"sessionCount", r.sessions},
          {"observationCount", r.observations},
          {"pairCount", r.pairs},
          {"exact", statisticJson(r.exact)},
          {"adjacent", statisticJson(r.adjacent)},
          {"kappa", statisticJson(r.kappa)},
          {"weightedKappa", statisticJson(r.weightedKappa)},
          {"alphaOrdinal", statisticJson(r.alpha)},
          {"markerPositiveAgreement", statisticJson(r.markerPositive)},
          {"competencies", competencies},
          {"markers", markers},
          {"warnings", r.warnings}};
}

void printReport(const core::AgreementReport& r, const core::Framework& f, double tolerance) {
  fmt::print("Framework {}: {} double-marked session(s), {} observation(s), {} pair(s)\n", r.frameworkKey, r.sessions,
             r.observations, r.pairs);
  fmt::print("  exact agreement              {}\n", r.exact.describe());
  fmt::print("  adjacent agreement (±1)      {}\n", r.adjacent.describe());
  fmt::print("  Cohen's kappa                {}\n", r.kappa.describe());
  fmt::print("  quadratic-weighted kappa     {}\n", r.weightedKappa.describe());
  fmt::print("  Krippendorff's alpha (ord.)  {}\n", r.alpha.describe());
  fmt::print("  marker events (±{:g} s)        {}\n", tolerance, r.markerPositive.describe());
  fmt::print("\n  {:<6} {:<34} {:>6} {:>8} {:>6} {:>6} {:>6} {:>4}\n", "", "competency", "exact", "adjacent", "kappa",
             "qwk", "alpha", "n");
  for (const auto& c : r.competencies) {
    const core::Competency* comp = f.competency(c.competencyId);
    std::string title = comp ? (comp->shortTitle.empty() ? comp->title : comp->shortTitle) : "";
    if (title.size() > 34) title = title.substr(0, 33) + "…";
    fmt::print("  {:<6} {:<34} {:>6} {:>8} {:>6} {:>6} {:>6} {:>4}\n", c.competencyId, title, cell(c.exact),
               cell(c.adjacent), cell(c.kappa), cell(c.weightedKappa), cell(c.alpha), c.exact.items);
  }
  fmt::print("\n  {:<6} {:>7} {:>6} {:>6} {:>9} {:>14}\n", "marker", "matched", "only A", "only B", "positive",
             "seen by both");
  for (const auto& m : r.markers) {
    if (m.matched + m.onlyA + m.onlyB == 0) continue;
    fmt::print("  {:<6} {:>7} {:>6} {:>6} {:>9} {:>14}\n", m.code, m.matched, m.onlyA, m.onlyB, cell(m.positive),
               cell(m.presence.exact));
  }
  for (const std::string& w : r.warnings) fmt::print("  note: {}\n", w);
}

json comparisonJson(const core::ObservationComparison& c, const LoadedObservation& a, const LoadedObservation& b) {
  json competencies = json::array();
  for (const auto& row : c.competencies) {
    auto side = [](const core::CompetencyRating& r, const std::optional<core::Judgement>& j) {
      json s{{"level", r.level ? json(*r.level) : json(nullptr)}, {"notObserved", r.notObserved}};
      if (j) s["judgement"] = j->optionId;
      return s;
    };
    competencies.push_back({{"competency", row.competencyId}, {"a", side(row.a, row.judgementA)},
                            {"b", side(row.b, row.judgementB)}, {"verdict", core::toString(row.verdict)},
                            {"disagreement", row.disagreement()}});
  }
  json markers = json::array();
  for (const auto& m : c.markers) {
    json matched = json::array(), onlyA = json::array(), onlyB = json::array();
    for (const auto& p : m.matched) matched.push_back({{"a", p.a.time}, {"b", p.b.time}});
    for (const auto& e : m.onlyA) onlyA.push_back(e.time);
    for (const auto& e : m.onlyB) onlyB.push_back(e.time);
    markers.push_back({{"marker", m.code}, {"matched", matched}, {"onlyA", onlyA}, {"onlyB", onlyB}});
  }
  json notes = json::array();
  for (const auto& n : c.notes) {
    notes.push_back({{"side", n.side == 0 ? "A" : "B"}, {"time", n.note.time}, {"text", n.note.text}});
  }
  return {{"a", {{"id", a.observation.id}, {"tutor", a.observation.context.tutor}, {"file", a.file}}},
          {"b", {{"id", b.observation.id}, {"tutor", b.observation.context.tutor}, {"file", b.file}}},
          {"toleranceSeconds", c.settings.toleranceSeconds},
          {"competencies", competencies},
          {"markers", markers},
          {"notes", notes}};
}

void printComparison(const core::ObservationComparison& c, const core::Framework& f, const core::Observation& a,
                     const core::Observation& b) {
  fmt::print("A: {}   B: {}\n", tutorOf(a), tutorOf(b));
  fmt::print("\n  {:<6} {:<34} {:>8} {:>8}  {}\n", "", "competency", "A", "B", "");
  for (const auto& row : c.competencies) {
    const core::Competency* comp = f.competency(row.competencyId);
    std::string title = comp ? (comp->shortTitle.empty() ? comp->title : comp->shortTitle) : "";
    if (title.size() > 34) title = title.substr(0, 33) + "…";
    std::string ra = row.judgementA ? row.judgementA->optionId : ratingText(row.a);
    std::string rb = row.judgementB ? row.judgementB->optionId : ratingText(row.b);
    fmt::print("  {:<6} {:<34} {:>8} {:>8}  {}\n", row.competencyId, title, ra, rb,
               row.disagreement() ? "DISAGREE" : (row.verdict == core::RatingVerdict::Adjacent ? "adjacent" : ""));
  }
  fmt::print("\nMarker events within ±{:g} s: {} matched, {} only A, {} only B\n", c.settings.toleranceSeconds,
             c.matchedCount(), c.onlyACount(), c.onlyBCount());
  for (const auto& m : c.markers) {
    std::string line;
    for (const auto& p : m.matched) line += fmt::format(" {}={}", core::formatClock(p.a.time), core::formatClock(p.b.time));
    for (const auto& e : m.onlyA) line += fmt::format(" A-only {}", core::formatClock(e.time));
    for (const auto& e : m.onlyB) line += fmt::format(" B-only {}", core::formatClock(e.time));
    fmt::print("  {:<6}{}\n", m.code, line);
  }
  if (!c.notes.empty()) fmt::print("\nNotes on the timeline:\n");
  for (const auto& n : c.notes) {
    fmt::print("  {} {}  {}\n", core::formatClock(n.note.time), n.side == 0 ? "A" : "B", n.note.text);
  }
}

void printDeviation(const core::ReferenceDeviation& d, const core::Observation& trainee) {
  fmt::print("\nDeviation of {} from the reference:\n", tutorOf(trainee));
  fmt::print("  mean |difference|   {}\n  mean difference     {}\n  same level          {}\n", d.meanAbsoluteDeviation.describe(2),
             d.meanSignedDeviation.describe(2), d.exact.describe());
  fmt::print("  reference markers seen   {}\n  trainee markers in ref.  {}\n", d.markerRecall.describe(),
             d.markerPrecision.describe());
  for (const auto& row : d.competencies) {
    if (row.difference && *row.difference != 0) fmt::print("  {:<6} {:+d}\n", row.competencyId, *row.difference);
  }
}

int runAgree(const AgreeOptions& options, const CommandContext& context) {
  const core::Catalog catalog = context.loadCatalog();
  std::vector<LoadedObservation> loaded;
  if (!loadAll(options.files, catalog, loaded)) return 1;
  if (options.tolerance < 0 || !std::isfinite(options.tolerance)) {
    fmt::print(stderr, "coachscope agree: --tolerance must be zero or more seconds\n");
    return 2;
  }
  core::CompareSettings settings;
  settings.toleranceSeconds = options.tolerance;
  std::map<const core::Observation*, std::string> fileOf;
  std::vector<const core::Observation*> all;
  for (const auto& l : loaded) {
    all.push_back(&l.observation);
    fileOf[&l.observation] = l.file;
  }

  json out{{"format", "coachscope.agreement/1"}, {"toleranceSeconds", options.tolerance}};
  int exitCode = 0;
  std::vector<core::SessionGroup> groups;
  std::vector<std::string> skipped;
  if (loaded.size() == 2) {
    // Two files named together are one session whatever their session keys say.
    auto ordered = all;
    core::orderForPairing(ordered);
    groups.push_back({"given", ordered});
    const core::Observation& a = *ordered[0];
    const core::Observation& b = *ordered[1];
    if (a.frameworkKey() != b.frameworkKey()) {
      fmt::print(stderr, "coachscope agree: {} is scored on {}, {} on {}: they cannot be compared\n", fileOf[&a],
                 a.frameworkKey(), fileOf[&b], b.frameworkKey());
      return 1;
    }
    const core::Framework* f = catalog.framework(a.frameworkKey());
    if (!f) {
      fmt::print(stderr, "coachscope agree: framework {} is not available (load it with --framework FILE)\n", a.frameworkKey());
      return 1;
    }
    const core::ObservationComparison comparison = core::compareObservations(*f, a, b, settings);
    const LoadedObservation& la = *std::find_if(loaded.begin(), loaded.end(), [&](const auto& l) { return &l.observation == &a; });
    const LoadedObservation& lb = *std::find_if(loaded.begin(), loaded.end(), [&](const auto& l) { return &l.observation == &b; });
    out["comparison"] = comparisonJson(comparison, la, lb);
    if (!options.json) {
      if (core::sessionKey(a) != core::sessionKey(b)) {
        fmt::print("note: the two observations do not look like the same session ({} / {}); compared as given\n",
                   core::sessionKey(a).empty() ? "no session key" : core::sessionKey(a),
                   core::sessionKey(b).empty() ? "no session key" : core::sessionKey(b));
      }
      printComparison(comparison, *f, a, b);
    }
    if (a.reference != b.reference) {
      const core::ReferenceDeviation d = core::deviationFromReference(*f, a, b, settings);  // a: the reference
      out["referenceDeviation"] = {{"reference", a.id},
                                   {"trainee", b.id},
                                   {"meanAbsoluteDeviation", statisticJson(d.meanAbsoluteDeviation)},
                                   {"meanSignedDeviation", statisticJson(d.meanSignedDeviation)},
                                   {"exact", statisticJson(d.exact)},
                                   {"markerRecall", statisticJson(d.markerRecall)},
                                   {"markerPrecision", statisticJson(d.markerPrecision)}};
      if (!options.json) printDeviation(d, b);
    }
    if (!options.json) fmt::print("\n");
  } else {
    groups = core::groupBySession(all, &skipped);
  }

  // One report per framework the double-marked sessions use.
  std::vector<std::string> keys;
  for (const auto& g : groups) {
    if (g.observations.size() >= 2 &&
        std::find(keys.begin(), keys.end(), g.observations.front()->frameworkKey()) == keys.end()) {
      keys.push_back(g.observations.front()->frameworkKey());
    }
  }
  out["reports"] = json::array();
  for (const std::string& key : keys) {
    const core::Framework* f = catalog.framework(key);
    if (!f) {
      fmt::print(stderr, "coachscope agree: framework {} is not available (load it with --framework FILE)\n", key);
      exitCode = 1;
      continue;
    }
    std::vector<core::SessionGroup> mine;
    for (const auto& g : groups) {
      if (!g.observations.empty() && g.observations.front()->frameworkKey() == key) mine.push_back(g);
    }
    const core::AgreementReport report = core::computeAgreement(*f, mine, settings);
    out["reports"].push_back(reportJson(report, mine, fileOf));
    if (!options.json) {
      if (loaded.size() != 2) {
        for (const auto& g : mine) {
          if (g.observations.size() < 2) continue;
          std::string who;
          for (const auto* o : g.observations) who += (who.empty() ? "" : ", ") + tutorOf(*o);
          fmt::print("session {}: {}\n", g.key, who);
        }
      }
      printReport(report, *f, options.tolerance);
    }
  }
  for (const std::string& s : skipped) {
    out["skipped"].push_back(s);
    if (!options.json) fmt::print("note: {}\n", s);
  }
  if (keys.empty()) {
    fmt::print(stderr,
               "coachscope agree: no session was observed by two or more assessors (sessions match by recording "
               "hash, or by learner, day and coachee)\n");
    exitCode = 1;
  }
  if (options.json) fmt::print("{}\n", out.dump(2));
  return exitCode;
}

// --- moderate ----------------------------------------------------------------------------------

struct ModerateOptions {
  std::vector<std::string> files;
  std::vector<std::string> choices;  // "3=A", "6=B", "7=2"
  std::string feedbackFrom = "A";
  std::string moderator;
  std::string reason;
  std::string output;
  std::string workspace;
  bool merge = false;
};

// "A", "b", "2" -> index into the sources; -1 when it names none.
int sourceIndex(const std::string& text, std::size_t count) {
  if (text.size() == 1 && std::isalpha(static_cast<unsigned char>(text[0]))) {
    const int i = std::toupper(static_cast<unsigned char>(text[0])) - 'A';
    return i < static_cast<int>(count) ? i : -1;
  }
  try {
    std::size_t used = 0;
    const int n = std::stoi(text, &used);
    if (used == text.size() && n >= 1 && n <= static_cast<int>(count)) return n - 1;
  } catch (const std::exception&) {
  }
  return -1;
}

int runModerate(const ModerateOptions& options, const CommandContext& context) {
  const core::Catalog catalog = context.loadCatalog();
  std::vector<LoadedObservation> loaded;
  if (!loadAll(options.files, catalog, loaded)) return 1;
  const core::Framework* f = catalog.framework(loaded.front().observation.frameworkKey());
  if (!f) {
    fmt::print(stderr, "coachscope moderate: framework {} is not available (load it with --framework FILE)\n",
               loaded.front().observation.frameworkKey());
    return 1;
  }
  core::ModerationRequest request;
  for (const auto& l : loaded) request.sources.push_back(&l.observation);
  for (const std::string& choice : options.choices) {
    const auto eq = choice.find('=');
    const int index = eq == std::string::npos ? -1 : sourceIndex(choice.substr(eq + 1), loaded.size());
    if (index < 0) {
      fmt::print(stderr, "coachscope moderate: --choose takes COMPETENCY=A|B|... (or =1, =2, ...), got \"{}\"\n", choice);
      return 2;
    }
    request.choices[choice.substr(0, eq)] = static_cast<std::size_t>(index);
  }
  const int feedback = sourceIndex(options.feedbackFrom, loaded.size());
  if (feedback < 0) {
    fmt::print(stderr, "coachscope moderate: --feedback-from names no given observation (\"{}\")\n", options.feedbackFrom);
    return 2;
  }
  request.writtenFeedbackFrom = static_cast<std::size_t>(feedback);
  request.moderator = options.moderator;
  request.reason = options.reason;
  request.at = core::utcNow();

  auto agreed = core::buildAgreedObservation(*f, request);
  if (!agreed) {
    fmt::print(stderr, "coachscope moderate: {}\n", agreed.error().reason);
    // Show what is in dispute so the moderator can choose.
    for (const std::string& id : core::competenciesInDispute(*f, request.sources)) {
      std::string line;
      for (std::size_t i = 0; i < loaded.size(); ++i) {
        const auto& o = loaded[i].observation;
        auto r = o.ratings.find(id);
        auto j = o.judgements.find(id);
        const std::string value = j != o.judgements.end() ? j->second.optionId
                                  : r != o.ratings.end()  ? ratingText(r->second)
                                                          : "-";
        line += fmt::format("  {}={} ({})", static_cast<char>('A' + i), value, tutorOf(o));
      }
      fmt::print(stderr, "  competency {}:{}\n", id, line);
    }
    return 1;
  }
  const auto problems = core::checkAgainstFramework(*agreed, *f, "agreed observation");
  if (!problems.empty()) {
    fmt::print(stderr, "coachscope moderate: {}\n", problems.front().message());
    return 1;
  }

  const fs::path workspace = store::resolveWorkspace(options.workspace);
  const std::vector<fs::path> originals(options.files.begin(), options.files.end());
  auto written = session::saveAgreedObservation(workspace, *agreed, options.output, originals, options.merge,
                                                session::MissingRecord::Refuse);
  if (!written) {
    fmt::print(stderr, "coachscope moderate: {}\n", written.error().message());
    return 1;
  }
  fmt::print("agreed observation {} written to {}\n", agreed->id, written->file.string());
  for (const auto& [competency, source] : agreed->moderation->chosenSource) {
    for (std::size_t i = 0; i < loaded.size(); ++i) {
      if (loaded[i].observation.id == source && request.choices.count(competency)) {
        fmt::print("  competency {}: {}'s rating ({})\n", competency, tutorOf(loaded[i].observation),
                   static_cast<char>('A' + i));
      }
    }
  }
  if (written->mergeError) {
    fmt::print(stderr, "coachscope moderate: {}\n", written->mergeError->message());
    return 1;
  }
  if (written->merge == session::AgreedOutput::Merge::Merged) fmt::print("merged into {}\n", written->record.string());
  return 0;
}

}  // namespace

void addAgreeCommand(CLI::App& app, CommandContext& context) {
  static AgreeOptions agree;
  CLI::App* cmd = app.add_subcommand(
      "agree",
      "Agreement between assessors over observations of the same sessions (same recording hash, or same learner, "
      "day and coachee); two files are compared side by side as one session");
  cmd->add_option("observations", agree.files, "Observation files")->required()->check(CLI::ExistingFile);
  cmd->add_flag("--json", agree.json, "Print the results as JSON (format coachscope.agreement/1)");
  cmd->add_option("--tolerance", agree.tolerance, "Seconds within which two assessors' marker events match (default 10)");
  cmd->callback([&context] { context.exitCode = runAgree(agree, context); });

  static ModerateOptions moderate;
  CLI::App* mod = app.add_subcommand(
      "moderate", "Build the agreed observation from two or more assessors' observations; the originals are not changed");
  mod->add_option("observations", moderate.files, "Observation files: the first is A, the second B, ...")
      ->required()
      ->expected(2, 26)
      ->check(CLI::ExistingFile);
  mod->add_option("--choose", moderate.choices, "Whose rating stands, per disputed competency: 3=A,6=B")->delimiter(',');
  mod->add_option("--feedback-from", moderate.feedbackFrom, "Whose written feedback to keep (default A)");
  mod->add_option("--moderator", moderate.moderator, "Who moderated")->required();
  mod->add_option("--reason", moderate.reason, "Why (e.g. internal verification sample)")->required();
  mod->add_option("-o,--output", moderate.output,
                  "Where to write the agreed observation (default: the workspace's observations folder)");
  mod->add_option("--workspace", moderate.workspace, "Workspace folder (default $COACHSCOPE_WORKSPACE, ...)");
  mod->add_flag("--merge", moderate.merge, "Also merge the agreed observation into the learner's record");
  mod->callback([&context] { context.exitCode = runModerate(moderate, context); });
}

}  // namespace coachscope::app
