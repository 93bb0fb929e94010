// Calibration's state: the observations loaded for comparison, which two are compared, the
// tolerance, the selection, the moderator's choices, and caches of the comparison and
// statistics. What only the Calibrate tab's drawing keeps is ui::CalibrationView.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/agreement_sessions.h"
#include "core/observation.h"
#include "core/observation_compare.h"
#include "core/reference_scoring.h"

namespace coachscope::session {

struct CalibrationEntry {
  std::filesystem::path file;
  core::Observation observation;
};

// A double-marked session found in the workspace's observations folder.
struct WorkspaceSession {
  std::string key;
  std::string label;  // "Ada, 2026-11-02 — Lead, New Tutor"
  std::string date;   // of the session, to list the most recent first
  std::vector<std::filesystem::path> files;
};

struct CalibrationState {
  std::vector<CalibrationEntry> loaded;
  std::size_t indexA = 0;  // the pair compared side by side
  std::size_t indexB = 1;
  std::optional<std::size_t> referenceIndex;  // the reference scoring, when one is loaded
  float toleranceSeconds = 10.0f;

  bool scanned = false;  // the workspace has been looked through for double-marked sessions
  std::vector<WorkspaceSession> sessions;
  int sessionChoice = -1;

  // Selection on the timelines; a click seeks the observer's clock when it can.
  std::string selectedId;
  double selectedTime = -1;

  // Moderation.
  std::map<std::string, int> choices;  // competency id -> 0 (A) or 1 (B)
  int feedbackFrom = 0;
  std::string moderator;
  std::string reason;
  bool mergeIntoRecord = true;
  std::string result;  // what the last moderation did, or why it failed
  bool resultIsError = false;

  // Derived, rebuilt when `dirty`.
  bool dirty = true;
  std::optional<core::ObservationComparison> comparison;
  std::optional<core::AgreementReport> report;  // over every loaded observation
  std::optional<core::ReferenceDeviation> deviation;
  std::vector<std::string> problems;  // why nothing can be compared
};

}  // namespace coachscope::session
