// The pieces the Observe tab is drawn from, one file each (observer_*.cpp). Internal to the panel.
#pragma once

#include <string>
#include <vector>

#include "core/framework.h"
#include "ui/app_state.h"
#include "ui/keys.h"
#include "ui/observer_keys.h"

namespace coachscope::ui::observer {

// Shortcuts, shared by the handlers and the F1 list.
inline const Shortcut kClockToggle{Key::F5};
inline const Shortcut kClockStop{Key::F5, Shift};
inline const Shortcut kFocusNote{Key::F2};
inline const Shortcut kSetup{Key::F3};
inline const Shortcut kSheetSwitch{Key::F4};
inline const Shortcut kUndo{Key::Z, Ctrl};
inline const Shortcut kRedo{Key::Z, Ctrl | Shift};
inline const Shortcut kRedoAlt{Key::Y, Ctrl};
inline const Shortcut kNew{Key::N, Ctrl};
inline const Shortcut kOpen{Key::O, Ctrl};
inline const Shortcut kSave{Key::S, Ctrl};
inline const Shortcut kSaveAs{Key::S, Ctrl | Shift};
inline const Shortcut kFinish{Key::Enter, Ctrl};
inline const Shortcut kFilter{Key::F, Ctrl};
inline const Shortcut kTagLastMarker{Key::M, Alt};
inline const Shortcut kClearTag{Key::Num0, Alt};
inline const Shortcut kPrevEntry{Key::Up, Ctrl};
inline const Shortcut kNextEntry{Key::Down, Ctrl};
inline const Shortcut kDeleteEntry{Key::Delete};
inline const Shortcut kEarlier{Key::Left, Alt};
inline const Shortcut kLater{Key::Right, Alt};
inline const Shortcut kEditEntry{Key::E, Ctrl};
inline const Shortcut kPrevCompetency{Key::Up, Alt};
inline const Shortcut kNextCompetency{Key::Down, Alt};
inline const Shortcut kNotObserved{Key::Num0, Ctrl};
inline const Shortcut kUseSuggestion{Key::G, Ctrl};
inline const Shortcut kEditRationale{Key::R, Ctrl};

void drawClockBar(AppState& state);
void drawMarkerColumn(AppState& state, const core::Framework& framework);
void drawTimelineColumn(AppState& state, const core::Framework* framework);
void drawSheetColumn(AppState& state, const core::Framework& framework);
void drawDialogs(AppState& state);
// One key event: the marker bound to its key is recorded, unless a text field or dialog has the keyboard.
void handleMarkerKey(AppState& state, const std::vector<MarkerKey>& keys, const session::KeyEvent& event);

// Asks about unsaved work first, then does `then`.
void guardUnsaved(AppState& state, AfterPrompt then, const std::string& openPath = {});
void openFileDialog(AppState& state, bool saving);
void doAfterPrompt(AppState& state);
void openPath(AppState& state, const std::string& path);
void saveNow(AppState& state);
// Finish: save, merge into the learner's record, say what happened (session/finish_session.h).
void finishNow(AppState& state);

// One step of a --script (observer_script.cpp); runs once per frame.
void runScriptStep(AppState& state);

std::string competencyLabel(const core::Competency& c);

// Esc leaves a text field; ImGui then puts back the text the field had when focused. What was
// typed is kept instead: fields ignore the change Esc makes.
bool escapePressed();

// A tooltip for the last item, once the mouse has rested on it (no flicker while moving across).
bool wantTooltip();

}  // namespace coachscope::ui::observer
