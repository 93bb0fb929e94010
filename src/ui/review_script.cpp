// `coachscope review RECORD --script FILE`: drives the review face as a learner would, one action a
// frame, through the same session functions its fields and buttons call (session/learner_side.h),
// so a scripted learner is refused exactly what a learner at the keyboard is. The language is
// listed in ui/progress_panel.h.
#include <cstdio>
#include <sstream>

#include "session/learner_side.h"
#include "session/progress_session.h"
#include "ui/progress_panel.h"
#include "ui/script_lines.h"

namespace coachscope::ui {
namespace {

// "well: TEXT", "differently: TEXT", "feedback: TEXT", or plain TEXT (what went well).
std::pair<session::ReflectionPart, std::string> reflectionPart(const std::string& text) {
  for (auto [prefix, part] : {std::pair{"well:", session::ReflectionPart::WentWell},
                              std::pair{"differently:", session::ReflectionPart::DoDifferently},
                              std::pair{"feedback:", session::ReflectionPart::FromFeedback}}) {
    const std::string p = prefix;
    if (text.compare(0, p.size(), p) == 0) {
      const auto start = text.find_first_not_of(' ', p.size());
      return {part, start == std::string::npos ? std::string() : text.substr(start)};
    }
  }
  return {session::ReflectionPart::WentWell, text};
}

// Runs one action; false when it must be retried next frame.
bool runAction(AppState& state, const std::string& line) {
  ProgressView& v = state.progressView;
  std::istringstream in(line);
  std::string verb;
  in >> verb;
  const std::size_t errorsBefore = state.notices.size();
  auto fail = [&](const std::string& why) {
    state.notify(Notice::Level::Error, "review script line " + std::to_string(v.scriptLine + 1) + ": " + why);
  };
  const bool haveRecord = state.progress.record != nullptr;
  if (verb == "session") {
    const std::string wanted = restOf(in);
    if (!haveRecord) return fail("no record is open"), true;
    auto id = session::findSession(*state.progress.record, wanted);
    if (!id) return fail(id.error().reason), true;
    v.reviewSession = *id;
  } else if (verb == "reflect" || verb == "selfrate") {
    if (v.reviewSession.empty()) return fail(verb + ": choose a session first (session ID)"), true;
    if (verb == "reflect") {
      auto [part, text] = reflectionPart(restOf(in));
      session::reflectOn(state, v.reviewSession, part, text);
    } else {
      std::string competency;
      int level = 0;
      if (!(in >> competency >> level)) return fail("selfrate COMPETENCY LEVEL WHY"), true;
      session::rateSelf(state, v.reviewSession, competency, level, restOf(in));
    }
  } else if (verb == "action") {
    core::ActionItem item;
    item.action = restOf(in);
    if (auto id = session::addAction(state, item)) v.scriptLastAction = *id;
  } else if (verb == "done") {
    const std::string item = restOf(in);
    session::setActionDone(state, item == "last" ? v.scriptLastAction : item, true);
  } else if (verb == "comment") {
    std::string item;
    in >> item;
    session::commentOn(state, item == "last" ? v.scriptLastAction : item, restOf(in));
  } else if (verb == "save") {
    // Every edit above is already in the file; this re-reads it so the face shows what was saved.
    if (!state.progress.recordPath.empty()) session::openLearner(state.progress, state.progress.recordPath);
    if (!state.progress.record) fail("the record could not be read back: " + state.progress.loadError);
  } else if (verb == "wait") {
    double seconds = 0;
    in >> seconds;
    if (!waitOver(v.scriptWaitUntil, seconds)) return false;
  } else if (verb == "quit") {
    state.quitRequested = true;
  } else {
    fail("unknown action \"" + verb + "\"");
  }
  // Refusals are notices; a script also says them on stderr so a test's log shows them.
  for (std::size_t i = errorsBefore; i < state.notices.size(); ++i) {
    std::fprintf(stderr, "coachscope: review script line %zu: %s\n", v.scriptLine + 1, state.notices[i].text.c_str());
  }
  return true;
}

}  // namespace

core::Status loadReviewScript(ProgressView& v, const std::filesystem::path& file) {
  v.scriptLine = 0;
  return readScriptLines(file, v.script);
}

void runReviewScriptStep(AppState& state) {
  ProgressView& v = state.progressView;
  runNextScriptLine(v.script, v.scriptLine, [&state](const std::string& line) { return runAction(state, line); });
}

}  // namespace coachscope::ui
