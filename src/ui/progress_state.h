// The Progress tab's state: the workspace's learners, the open record (reloaded when its file
// changes), the tab's selections and the entry being edited. Every edit goes through
// progress_actions.h, which applies it to the file under the record's lock.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/progress_record.h"
#include "store/workspace.h"

namespace coachscope::ui {

enum class ProgressSection { Portfolio, Log, Competencies, Supervision, Conflicts };

// Coaching-log columns the table can be sorted by.
enum class LogColumn { Date, Hours, Coachee, Kind, Paid, Senior, Preparation, Source };

struct ProgressState {
  std::filesystem::path workspace;  // empty: resolved (--workspace, environment, XDG) on first use
  bool initialised = false;
  // Review mode (`coachscope review RECORD`): that one record, read-only; nothing can be edited.
  bool reviewMode = false;
  std::filesystem::path reviewFile;

  std::vector<store::LearnerSummary> learners;
  std::vector<core::Error> learnerProblems;
  std::string newLearnerName;
  int newLearnerProgramme = -1;  // index into the catalog's programmes; -1 until chosen

  std::filesystem::path recordPath;  // the open record's file
  std::optional<core::ProgressRecord> record;
  std::string loadError;             // why the selected record could not be opened
  std::filesystem::file_time_type loadedWriteTime{};
  int reloadCountdown = 0;           // frames until the file's time is checked again

  ProgressSection section = ProgressSection::Portfolio;
  bool sectionRequested = false;
  LogColumn sortColumn = LogColumn::Date;
  bool sortAscending = true;

  // The log entry being added or edited (an id of a row, or empty when adding a new one).
  bool editingLog = false;
  std::string editingId;
  bool editingObserved = false;  // an observed session: only the learner's additions can change
  core::PracticeEntry draft;
  bool focusEditor = false;  // put the cursor in the editor's first field on the next frame
  std::string editError;

  // The profile fields as typed; reset whenever the record's profile version changes.
  core::LearnerProfile profileDraft;
  std::string profileDraftVersion;

  // New supervision / book review lines being typed.
  core::SupervisionEntry supervisionDraft;
  core::BookReview reviewDraft;
  std::string selectedCompetency;  // the competency whose chart is shown large
};

}  // namespace coachscope::ui
