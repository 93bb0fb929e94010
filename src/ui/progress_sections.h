// The parts of the Progress tab, each in its own file, drawn by progress_panel.cpp for the open
// record. `editable` is false in review mode: then nothing offers to change anything.
#pragma once

#include "core/programme.h"
#include "core/progress_record.h"
#include "ui/app_state.h"
#include "ui/progress_state.h"

namespace coachscope::ui {

struct ProgressView {
  AppState& state;
  ProgressState& progress;
  const core::ProgressRecord& record;
  const core::Programme* programme;  // null when the record names a programme the catalog lacks
  bool editable;
};

void drawPortfolioSection(ProgressView& view);     // progress_portfolio.cpp
void drawLogSection(ProgressView& view);           // progress_log.cpp
void drawCompetencySection(ProgressView& view);    // progress_trends.cpp
void drawSupervisionSection(ProgressView& view);   // progress_supervision.cpp
void drawConflictSection(ProgressView& view);      // progress_conflicts.cpp

// A bold heading in the accent colour.
void progressHeading(const char* text);
// "24 h", "0.75 h".
std::string hoursLabel(double hours);

}  // namespace coachscope::ui
