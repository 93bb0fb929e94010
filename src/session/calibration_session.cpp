// What calibration does: load observations, find double-marked sessions in the
// workspace, recompute the comparison, and write the agreed observation.
#include <algorithm>
#include <fmt/format.h>

#include "core/moderation.h"
#include "core/observation_check.h"
#include "session/calibration_session.h"
#include "session/moderation_output.h"
#include "session/workspace_session.h"
#include "store/observation_codec.h"
#include "store/workspace.h"

namespace coachscope::session {
namespace {

namespace fs = std::filesystem;

void resetChoices(CalibrationState& c) {
  c.choices.clear();
  c.result.clear();
  c.selectedId.clear();
  c.selectedTime = -1;
  c.dirty = true;
}

// Picks a sensible pair: the reference first when there is one, else the first two.
void choosePair(CalibrationState& c) {
  c.referenceIndex.reset();
  for (std::size_t i = 0; i < c.loaded.size(); ++i) {
    if (c.loaded[i].observation.reference && !c.referenceIndex) c.referenceIndex = i;
  }
  c.indexA = c.referenceIndex.value_or(0);
  c.indexB = c.indexA == 0 ? 1 : 0;
}

std::string sessionLabel(const std::vector<core::Observation>& observations) {
  const core::Observation& first = observations.front();
  std::string who;
  for (const auto& o : observations) who += (who.empty() ? "" : ", ") + (o.context.tutor.empty() ? "?" : o.context.tutor);
  std::string learner = first.context.learnerName.empty() ? first.context.learnerId : first.context.learnerName;
  const std::string day = first.context.date.size() >= 10 ? first.context.date.substr(0, 10) : "undated";
  return fmt::format("{}, {} — {}", learner.empty() ? "unknown learner" : learner, day, who);
}

}  // namespace

bool addCalibrationFile(AppSession& state, const fs::path& file) {
  CalibrationState& c = state.calibration;
  auto loaded = store::loadObservationFile(file, state.catalog);
  if (!loaded) {
    state.notifyError(loaded.error());
    return false;
  }
  for (const CalibrationEntry& e : c.loaded) {
    if (e.observation.id == loaded->id) {
      state.notify(Notice::Level::Info, fmt::format("{} is loaded already", file.string()));
      return false;
    }
  }
  c.loaded.push_back({file, std::move(*loaded)});
  choosePair(c);
  resetChoices(c);
  return true;
}

void scanWorkspaceSessions(AppSession& state) {
  CalibrationState& c = state.calibration;
  c.scanned = true;
  c.sessions.clear();
  const fs::path folder = store::observationsFolder(workspaceOf(state));
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return;
  std::vector<std::pair<fs::path, core::Observation>> all;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() < 17 || name.substr(name.size() - 17) != ".observation.json") continue;
    auto loaded = store::loadObservationFile(entry.path(), state.catalog);
    if (loaded) all.emplace_back(entry.path(), std::move(*loaded));
  }
  std::vector<const core::Observation*> pointers;
  for (const auto& [path, o] : all) pointers.push_back(&o);
  for (const core::SessionGroup& g : core::groupBySession(pointers)) {
    if (g.observations.size() < 2) continue;
    WorkspaceSession session;
    session.key = g.key;
    std::vector<core::Observation> members;
    for (const core::Observation* o : g.observations) {
      members.push_back(*o);
      for (const auto& [path, candidate] : all) {
        if (&candidate == o) session.files.push_back(path);
      }
    }
    session.label = sessionLabel(members);
    session.date = members.front().context.date;
    c.sessions.push_back(std::move(session));
  }
  // Most recent session first: the one a centre is most likely moderating now.
  std::stable_sort(c.sessions.begin(), c.sessions.end(),
                   [](const WorkspaceSession& x, const WorkspaceSession& y) { return x.date > y.date; });
}

void loadWorkspaceSession(AppSession& state, std::size_t index) {
  CalibrationState& c = state.calibration;
  if (index >= c.sessions.size()) return;
  const std::vector<fs::path> files = c.sessions[index].files;
  c.loaded.clear();
  c.sessionChoice = static_cast<int>(index);
  for (const fs::path& file : files) addCalibrationFile(state, file);
}

void refreshCalibration(AppSession& state) {
  CalibrationState& c = state.calibration;
  if (!c.dirty) return;
  c.dirty = false;
  c.comparison.reset();
  c.report.reset();
  c.deviation.reset();
  c.problems.clear();
  if (c.loaded.size() < 2) return;
  const core::Observation& a = c.loaded[c.indexA].observation;
  const core::Observation& b = c.loaded[c.indexB].observation;
  if (a.frameworkKey() != b.frameworkKey()) {
    c.problems.push_back(fmt::format("A is scored on {} and B on {}: they cannot be compared", a.frameworkKey(),
                                     b.frameworkKey()));
    return;
  }
  const core::Framework* framework = state.catalog.framework(a.frameworkKey());
  if (!framework) {
    c.problems.push_back(fmt::format("framework {} is not loaded (drop its file on the window)", a.frameworkKey()));
    return;
  }
  core::CompareSettings settings;
  settings.toleranceSeconds = c.toleranceSeconds;
  c.comparison = core::compareObservations(*framework, a, b, settings);
  if (c.referenceIndex && (*c.referenceIndex == c.indexA || *c.referenceIndex == c.indexB)) {
    const bool aIsReference = *c.referenceIndex == c.indexA;
    c.deviation = core::deviationFromReference(*framework, aIsReference ? a : b, aIsReference ? b : a, settings);
  }
  // Statistics over everything loaded: observations of one session group together; two files
  // loaded by hand are taken as one session whatever their keys say, as `coachscope agree` does.
  std::vector<const core::Observation*> all;
  for (const CalibrationEntry& e : c.loaded) all.push_back(&e.observation);
  std::vector<core::SessionGroup> groups;
  if (all.size() == 2) {
    core::orderForPairing(all);
    groups.push_back({"loaded", all});
  } else {
    groups = core::groupBySession(all);
  }
  c.report = core::computeAgreement(*framework, groups, settings);
}

bool writeAgreedObservation(AppSession& state) {
  CalibrationState& c = state.calibration;
  auto fail = [&](std::string why) {
    c.result = std::move(why);
    c.resultIsError = true;
    return false;
  };
  if (c.loaded.size() < 2) return fail("Load two observations first");
  const core::Observation& a = c.loaded[c.indexA].observation;
  const core::Observation& b = c.loaded[c.indexB].observation;
  const core::Framework* framework = state.catalog.framework(a.frameworkKey());
  if (!framework) return fail("Framework " + a.frameworkKey() + " is not loaded");
  core::ModerationRequest request;
  request.sources = {&a, &b};
  for (const auto& [competency, side] : c.choices) request.choices[competency] = static_cast<std::size_t>(side);
  request.writtenFeedbackFrom = static_cast<std::size_t>(c.feedbackFrom);
  request.moderator = c.moderator;
  request.reason = c.reason;
  request.at = core::utcNow();
  auto agreed = core::buildAgreedObservation(*framework, request);
  if (!agreed) {
    std::string why = agreed.error().reason;
    if (!why.empty()) why[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(why[0])));
    return fail(why);
  }
  const auto problems = core::checkAgainstFramework(*agreed, *framework, "agreed observation");
  if (!problems.empty()) return fail(problems.front().message());

  auto written = saveAgreedObservation(workspaceOf(state), *agreed, {}, {}, c.mergeIntoRecord, MissingRecord::Note);
  if (!written) return fail(written.error().message());
  const std::string file = written->file.string();
  if (written->mergeError) return fail("Saved to " + file + " but not merged: " + written->mergeError->message());
  std::string merged;
  if (written->merge == AgreedOutput::Merge::NoRecord) {
    merged = "; no learner record to merge into";
  } else if (written->merge == AgreedOutput::Merge::Merged) {
    merged = "; merged into " + (agreed->context.learnerName.empty() ? agreed->context.learnerId : agreed->context.learnerName) + "'s record";
  }
  c.result = "Agreed observation saved to " + file + merged;
  c.resultIsError = false;
  state.notify(Notice::Level::Info, c.result);
  return true;
}

}  // namespace coachscope::session
