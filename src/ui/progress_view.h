// What the Progress tab's drawing keeps between frames beside session::ProgressState: the
// section shown, the log's sort order, the new learner and the entries being typed or edited.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/progress_record.h"

namespace coachscope::ui {

// In the order of the tab bar (and of Alt+1 ... Alt+7).
enum class ProgressSection { Portfolio, Sessions, Log, Competencies, ActionPlan, Supervision, Conflicts };

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

  // The learner's side: the observed session the review face shows (its id), and the learner's
  // reflection as typed there (saved as it is typed, like a note).
  std::string reviewSession;
  core::Reflection reflectionDraft;
  std::string reflectionDraftFor;  // "<session id>/<reflection version hash>" the draft was taken from
  std::map<std::string, std::string> whyDrafts;  // competency -> the self-rating's why as typed
  std::string whyDraftsFor;                      // "<session id>/<self-assessment hash>"
  core::ActionItem actionDraft;                  // the new action-plan item being typed
  std::map<std::string, std::string> commentDrafts;  // item id -> the tutor's comment as typed
  bool reviewOpened = false;  // review mode has opened on the Sessions section

  // `coachscope review RECORD --script FILE` (review_script.cpp): one action a frame.
  std::vector<std::string> script;
  std::size_t scriptLine = 0;
  double scriptWaitUntil = 0;
  std::string scriptLastAction;  // the item the script's last `action` added (`done last`, `comment last`)
};

}  // namespace coachscope::ui
