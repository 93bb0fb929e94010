// `coachscope review RECORD --script FILE`: drives the review face as a learner would, one action a
// frame, through the same session functions its fields and buttons call (session/learner_side.h),
// so a scripted learner is refused exactly what a learner at the keyboard is. The language is
// listed in ui/progress_panel.h.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "session/learner_side.h"
#include "session/progress_session.h"
#include "ui/progress_panel.h"

namespace coachscope::ui {
namespace {

double steadySeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string restOf(std::istringstream& in) {
  std::string rest;
  std::getline(in, rest);
  const auto start = rest.find_first_not_of(' ');
  return start == std::string::npos ? std::string() : rest.substr(start);
}

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
  const bool haveRecord = state.progress.record.has_value();
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
    if (v.scriptWaitUntil == 0) v.scriptWaitUntil = steadySeconds() + seconds;
    if (steadySeconds() < v.scriptWaitUntil) return false;
    v.scriptWaitUntil = 0;
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
  std::ifstream in(file);
  if (!in) return core::Error{file.string(), "", "cannot read the script"};
  v.script.clear();
  for (std::string line; std::getline(in, line);) v.script.push_back(line);
  v.scriptLine = 0;
  return core::Done{};
}

void runReviewScriptStep(AppState& state) {
  ProgressView& v = state.progressView;
  while (v.scriptLine < v.script.size()) {
    const std::string& line = v.script[v.scriptLine];
    const auto start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') {
      ++v.scriptLine;
      continue;
    }
    if (runAction(state, line.substr(start))) ++v.scriptLine;
    return;  // one action a frame
  }
}

}  // namespace coachscope::ui
