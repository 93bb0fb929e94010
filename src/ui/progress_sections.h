// The parts of the Progress tab, each in its own file, drawn by progress_panel.cpp for the open
// record. `editable` is false in review mode: then nothing offers to change anything.
#pragma once

#include "core/programme.h"
#include "core/progress_record.h"
#include "session/progress_state.h"
#include "ui/app_state.h"

namespace coachscope::ui {

struct ProgressPage {
  AppState& state;
  session::ProgressState& progress;
  ProgressView& tab;  // the tab's own selections and drafts
  const core::ProgressRecord& record;
  const core::Programme* programme;  // null when the record names a programme the catalog lacks
  bool editable;
};

void drawPortfolioSection(ProgressPage& page);     // progress_portfolio.cpp
void drawLogSection(ProgressPage& page);           // progress_log.cpp
void drawCompetencySection(ProgressPage& page);    // progress_trends.cpp
void drawSupervisionSection(ProgressPage& page);   // progress_supervision.cpp
void drawConflictSection(ProgressPage& page);      // progress_conflicts.cpp
void drawSessionsSection(ProgressPage& page);      // progress_sessions.cpp
void drawActionPlanSection(ProgressPage& page);    // progress_actions.cpp

// A bold heading in the accent colour.
void progressHeading(const char* text);
// "24 h", "0.75 h".
std::string hoursLabel(double hours);

}  // namespace coachscope::ui
