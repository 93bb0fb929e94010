// The learner's side as the window edits it: the open record's reflections, self-ratings and
// action plan, written to its file under the lock with the window's role (the learner in review
// mode, the tutor otherwise; session/learner_entries.h refuses what is not the role's). The review
// face and its scripted language both call these, so both do each thing one way.
#pragma once

#include <optional>
#include <string>

#include "session/app_session.h"
#include "session/learner_entries.h"

namespace coachscope::session {

// Each returns whether the record changed; a refusal becomes a notice.
bool reflectOn(AppSession& state, const std::string& sessionId, ReflectionPart part, const std::string& text);
bool rateSelf(AppSession& state, const std::string& sessionId, const std::string& competencyId, int level,
              const std::string& why);
// The new item's id, or nullopt when refused.
std::optional<std::string> addAction(AppSession& state, const core::ActionItem& item);
bool setActionDone(AppSession& state, const std::string& itemId, bool done);
bool commentOn(AppSession& state, const std::string& itemId, const std::string& comment);

}  // namespace coachscope::session
