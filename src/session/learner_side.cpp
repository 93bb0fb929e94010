#include "session/learner_side.h"

#include "session/progress_session.h"

namespace coachscope::session {

bool reflectOn(AppSession& state, const std::string& sessionId, ReflectionPart which, const std::string& text) {
  ProgressState& progress = state.progress;
  return applyOwnEdit(state, progress, [&](core::ProgressRecord& r) -> core::Result<bool> {
    core::Reflection reflection;
    if (const auto* current = r.reflections.current(sessionId)) reflection = current->data;
    *part(reflection, which) = text;
    return writeReflection(r, roleOf(progress), sessionId, reflection, core::utcNow(), editorName());
  });
}

bool rateSelf(AppSession& state, const std::string& sessionId, const std::string& competencyId, int level,
              const std::string& why) {
  ProgressState& progress = state.progress;
  return applyOwnEdit(state, progress, [&](core::ProgressRecord& r) {
    return writeSelfRating(r, state.catalog, roleOf(progress), sessionId, competencyId, level, why, core::utcNow(),
                           editorName());
  });
}

std::optional<std::string> addAction(AppSession& state, const core::ActionItem& item) {
  ProgressState& progress = state.progress;
  std::optional<std::string> id;
  applyOwnEdit(state, progress, [&](core::ProgressRecord& r) -> core::Result<bool> {
    auto added = addActionItem(r, roleOf(progress), item, core::utcNow(), editorName());
    if (!added) return added.error();
    id = *added;
    return true;
  });
  return id;
}

bool setActionDone(AppSession& state, const std::string& itemId, bool done) {
  ProgressState& progress = state.progress;
  return applyOwnEdit(state, progress, [&](core::ProgressRecord& r) -> core::Result<bool> {
    auto id = findActionItem(r, itemId);
    if (!id) return id.error();
    core::ActionItem item = r.actionPlan.current(*id)->data;
    item.done = done;
    return updateActionItem(r, roleOf(progress), *id, item, core::utcNow(), editorName());
  });
}

bool commentOn(AppSession& state, const std::string& itemId, const std::string& comment) {
  ProgressState& progress = state.progress;
  return applyOwnEdit(state, progress, [&](core::ProgressRecord& r) -> core::Result<bool> {
    auto id = findActionItem(r, itemId);
    if (!id) return id.error();
    return commentOnAction(r, roleOf(progress), *id, comment, core::utcNow(), editorName());
  });
}

}  // namespace coachscope::session
