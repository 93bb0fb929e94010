// The strip of messages (load errors, warnings) above the panels; each can be dismissed.
#pragma once

#include "ui/app_state.h"

namespace coachscope::ui {

void drawNotices(AppState& state);

}  // namespace coachscope::ui
