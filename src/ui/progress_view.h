// What the Progress tab's drawing keeps between frames beside session::ProgressState: the
// section shown, the log's sort order, the new learner and the entries being typed or edited.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/competency_trends.h"
#include "core/framework.h"
#include "core/progress_record.h"
#include "core/self_assessment.h"
#include "session/session_evidence.h"

namespace coachscope::ui {

// In the order of the tab bar (and of Alt+1 ... Alt+7).
enum class ProgressSection { Portfolio, Sessions, Log, Competencies, ActionPlan, Supervision, Conflicts };

// Coaching-log columns the table can be sorted by.
enum class LogColumn { Date, Hours, Coachee, Kind, Paid, Senior, Preparation, Source };

// What the sections derive from the open record, computed once per record rather than every
// frame (a record of hundreds of sessions would otherwise cost each frame in proportion).
struct RecordDerived {
  std::shared_ptr<const core::ProgressRecord> record;  // what the values below were computed from
  std::optional<std::vector<core::SelfTutorSeries>> selfAgainstTutor;  // all frameworks
  std::optional<std::vector<core::PersistentGap>> persistentGaps;
  std::optional<std::vector<std::string>> observedSessions;  // session ids, newest first (no reference scorings)
  std::optional<const core::Framework*> mainFramework;  // most sessions' framework (null: none loaded)
  std::string developmentFramework;  // the framework id `development` was computed for
  std::optional<core::CompetencyDevelopment> development;
  std::optional<std::vector<core::SelfTutorSeries>> developmentSelf;  // self against tutor on that framework
};

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
  RecordDerived derived;
  // The shown session's marker events from its observation file, read once per session shown and
  // per load of the record (not every frame).
  session::SessionEvidence evidence;
  int evidenceLoads = -1;  // session::ProgressState::recordLoads it was read on

  // `coachscope review RECORD --script FILE` (review_script.cpp): one action a frame.
  std::vector<std::string> script;
  std::size_t scriptLine = 0;
  double scriptWaitUntil = 0;
  std::string scriptLastAction;  // the item the script's last `action` added (`done last`, `comment last`)
};

}  // namespace coachscope::ui
