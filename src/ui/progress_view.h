// What the Progress tab's drawing keeps between frames beside session::ProgressState: the
// section shown, the log's sort order, the new learner and the entries being typed or edited.
#pragma once

#include <string>

#include "core/progress_record.h"

namespace coachscope::ui {

enum class ProgressSection { Portfolio, Log, Competencies, Supervision, Conflicts };

// Coaching-log columns the table can be sorted by.
enum class LogColumn { Date, Hours, Coachee, Kind, Paid, Senior, Preparation, Source };

struct ProgressView {
  std::string newLearnerName;
  int newLearnerProgramme = -1;  // index into the catalog's programmes; -1 until chosen

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
  int editingLoad = -1;  // session::ProgressState::recordLoads the edit started on
};

}  // namespace coachscope::ui
