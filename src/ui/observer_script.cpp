// `coachscope --script FILE`: drives the Observe tab with a scripted session, one action per
// frame, through the same actions the keyboard uses (end-to-end tests, demos). Actions:
//   clock start|pause|stop        marker CODE          key K (the marker bound to K)
//   note TEXT (typed one character a frame, then Enter)  undo | redo
//   kind observation|strength|development|question (as Alt+1..4)   tag CODE|last|none (as the tag box, Alt+M)
//   rate COMPETENCY LEVEL [RATIONALE]   notobserved COMPETENCY   judge COMPETENCY OPTION [REASON]
//   text strengths|development|feedback|coachee TEXT     coachee NAME   tutor NAME
//   wait SECONDS   save [FILE]   open FILE   recover   touch FILE   quit
// Blank lines and lines starting with # are skipped.
#include <imgui.h>

#include <fstream>
#include <sstream>

#include "session/finish_session.h"
#include "session/observer_session.h"
#include "ui/observer_keys.h"
#include "ui/observer_parts.h"
#include "ui/script_lines.h"

namespace coachscope::ui::observer {
namespace {

// Runs one action; false when it must be retried next frame.
bool runAction(AppState& state, const std::string& line) {
  session::ObserverState& o = state.observer;
  ObserverView& v = state.observerView;
  std::istringstream in(line);
  std::string verb;
  in >> verb;
  const core::Framework* f = observedFramework(state);
  auto fail = [&](const std::string& why) {
    state.notify(Notice::Level::Error, "script line " + std::to_string(v.scriptLine + 1) + ": " + why);
    std::fprintf(stderr, "coachscope: script line %zu: %s\n", v.scriptLine + 1, why.c_str());
  };
  if (verb == "clock") {
    std::string what;
    in >> what;
    if (what == "start") {
      if (!o.clock->running()) toggleClock(o);
    } else if (what == "pause") {
      if (o.clock->running()) toggleClock(o);
    } else if (what == "stop") {
      stopClock(o);
    } else {
      fail("clock start, pause or stop");
    }
  } else if (verb == "marker") {
    std::string code;
    in >> code;
    if (!f || !f->marker(code)) return fail("no marker " + code), true;
    recordMarker(o, code);
  } else if (verb == "key") {
    std::string key;
    in >> key;
    auto shortcut = parseMarkerKey(key);
    bool found = false;
    for (const MarkerKey& k : f ? markerKeys(*f, o.settings) : std::vector<MarkerKey>{}) {
      if (shortcut && k.shortcut.key == shortcut->key && k.shortcut.mods == shortcut->mods) {
        recordMarker(o, k.markerCode);
        found = true;
      }
    }
    if (!found) fail("no marker on key " + key);
  } else if (verb == "note") {
    if (v.scriptTyping.empty()) {
      v.scriptTyping = restOf(in);
      v.scriptTyped = 0;
    }
    if (v.scriptTyped < v.scriptTyping.size()) {
      // One UTF-8 character a frame, as a person types.
      std::size_t n = 1;
      while (v.scriptTyped + n < v.scriptTyping.size() && (v.scriptTyping[v.scriptTyped + n] & 0xC0) == 0x80) ++n;
      v.scriptTyped += n;
      typeNote(o, v.scriptTyping.substr(0, v.scriptTyped));
      return false;
    }
    finishNote(o);
    v.scriptTyping.clear();
  } else if (verb == "kind") {
    std::string name;
    in >> name;
    auto kind = core::noteKindFrom(name);
    if (!kind) return fail("kind observation, strength, development or question"), true;
    setNoteKind(o, *kind);
  } else if (verb == "tag") {
    std::string tag;
    in >> tag;
    if (tag == "none") {
      tag.clear();
    } else if (tag == "last") {
      if (o.lastMarkerCode.empty()) return fail("tag last: no marker pressed yet"), true;
      tag = o.lastMarkerCode;
    } else if (!f || (!f->marker(tag) && !f->competency(tag))) {
      return fail("no marker or competency " + tag), true;
    }
    setNoteTag(o, tag);
  } else if (verb == "undo") {
    undoChange(o);
  } else if (verb == "redo") {
    redoChange(o);
  } else if (verb == "rate") {
    std::string competency;
    int level = 0;
    in >> competency >> level;
    setRating(o, competency, level, false);
    const std::string rationale = restOf(in);
    if (!rationale.empty()) {
      setRationale(o, competency, rationale);
      closeTyping(o);
    }
  } else if (verb == "notobserved") {
    std::string competency;
    in >> competency;
    setRating(o, competency, std::nullopt, true);
  } else if (verb == "judge") {
    std::string competency, option;
    in >> competency >> option;
    setJudgement(o, competency, option);
    const std::string reason = restOf(in);
    if (!reason.empty()) {
      setJudgementReason(o, competency, reason);
      closeTyping(o);
    }
  } else if (verb == "text") {
    std::string which;
    in >> which;
    const std::string text = restOf(in);
    const std::map<std::string, core::SheetText> fields = {{"strengths", core::SheetText::Strengths},
                                                           {"development", core::SheetText::DevelopmentAreas},
                                                           {"feedback", core::SheetText::Feedback},
                                                           {"coachee", core::SheetText::CoacheeFeedback}};
    auto it = fields.find(which);
    if (it == fields.end()) return fail("text strengths|development|feedback|coachee TEXT"), true;
    setSheetText(o, it->second, text);
    closeTyping(o);
  } else if (verb == "coachee" || verb == "tutor") {
    const core::Observation& obs = o.stack.observation();
    core::SetSetup setup{obs.frameworkId, obs.frameworkVersion, obs.context};
    (verb == "coachee" ? setup.context.coacheePseudonym : setup.context.tutor) = restOf(in);
    applyChange(o, setup);
  } else if (verb == "wait") {
    double seconds = 0;
    in >> seconds;
    if (!waitOver(v.scriptWaitUntil, seconds)) return false;
  } else if (verb == "save") {
    const std::string file = restOf(in);
    if (auto saved = saveObservation(state, file); !saved) fail(saved.error().message());
  } else if (verb == "merge" || verb == "finish") {
    auto finished = session::finishSession(state);
    if (!finished) return fail(finished.error().message()), true;
    state.notify(Notice::Level::Info, session::describeFinish(*finished));
  } else if (verb == "open") {
    openPath(state, restOf(in));
  } else if (verb == "recover") {
    if (o.recoverable.empty()) return fail("nothing to recover"), true;
    recoverJournal(state, 0);
  } else if (verb == "touch") {
    std::ofstream(restOf(in)) << "ok\n";
  } else if (verb == "quit") {
    state.quitRequested = true;
  } else {
    fail("unknown action \"" + verb + "\"");
  }
  return true;
}

}  // namespace

}  // namespace coachscope::ui::observer

namespace coachscope::ui {

core::Status loadObserverScript(ObserverView& v, const std::filesystem::path& file) {
  v.scriptLine = 0;
  return readScriptLines(file, v.script);
}

}  // namespace coachscope::ui

namespace coachscope::ui::observer {

void runScriptStep(AppState& state) {
  ObserverView& v = state.observerView;
  runNextScriptLine(v.script, v.scriptLine, [&state](const std::string& line) { return runAction(state, line); });
}

}  // namespace coachscope::ui::observer
