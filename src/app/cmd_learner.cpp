// `coachscope learner VERB RECORD ...`: the learner's side of a record without a window — reflect on
// an observed session, rate yourself, keep the action plan, show it all against the tutor's
// ratings, and draft the reflective assignment. Edits go through session/learner_entries.h under
// the record's lock, exactly as the review face makes them; the learner's verbs write as the
// learner, `comment` as the tutor.
#include <fmt/format.h>

#include "app/command_line.h"
#include "app/record_inputs.h"
#include "app/subcommands.h"
#include "core/self_assessment.h"
#include "report/exporter.h"
#include "report/learner_sections.h"
#include "report/reflection_draft.h"
#include "session/learner_entries.h"
#include "session/progress_session.h"
#include "store/record_codec.h"

namespace coachscope::app {
namespace {

using session::Role;

struct LearnerOptions {
  std::string record;
  std::string by;  // who writes; the login name when empty
  // reflect / selfrate
  std::string session;
  std::optional<std::string> wentWell, doDifferently, fromFeedback;
  std::string competency;
  int level = 0;
  std::string why;
  // checkin
  std::string date;
  std::string framework;
  std::vector<std::string> rates;  // "COMPETENCY=LEVEL[:WHY]"
  // action / update-action / comment
  std::string item;
  std::optional<std::string> action, area, actionCompetency, byWhen, evidence;
  bool done = false, notDone = false;
  std::string comment;
  // show / draft
  int gapLevels = 2, gapSessions = 3;
  std::string out;
  std::string format;
};

std::string author(const LearnerOptions& o) { return o.by.empty() ? session::editorName() : o.by; }

// Runs `edit` on the record file and says what happened.
int edit(const char* verb, const LearnerOptions& o,
         const std::function<core::Result<bool>(core::ProgressRecord&)>& change, const std::string& done) {
  auto result = session::editRecordFile(o.record, change);
  if (!result) {
    printError(verb, result.error());
    return kExitFailure;
  }
  fmt::print("{}\n", *result ? done : "nothing changed: the record already says so");
  return kExitOk;
}

int runReflect(const LearnerOptions& o) {
  return edit("learner reflect", o, [&](core::ProgressRecord& r) -> core::Result<bool> {
    auto id = session::findSession(r, o.session);
    if (!id) return id.error();
    core::Reflection reflection;
    if (const auto* current = r.reflections.current(*id)) reflection = current->data;
    if (o.wentWell) reflection.wentWell = *o.wentWell;
    if (o.doDifferently) reflection.doDifferently = *o.doDifferently;
    if (o.fromFeedback) reflection.fromFeedback = *o.fromFeedback;
    return session::writeReflection(r, Role::Learner, *id, reflection, core::utcNow(), author(o));
  }, "reflection saved");
}

int runSelfRate(const LearnerOptions& o, const core::Catalog& catalog) {
  return edit("learner selfrate", o, [&](core::ProgressRecord& r) -> core::Result<bool> {
    auto id = session::findSession(r, o.session);
    if (!id) return id.error();
    return session::writeSelfRating(r, catalog, Role::Learner, *id, o.competency, o.level, o.why, core::utcNow(), author(o));
  }, "self-rating saved");
}

int runCheckIn(const LearnerOptions& o, const core::Catalog& catalog) {
  core::SelfAssessment checkIn;
  checkIn.frameworkKey = o.framework;
  if (checkIn.frameworkKey.empty()) {
    if (const core::Framework* f = catalog.defaultFramework()) checkIn.frameworkKey = f->key();
  }
  checkIn.date = o.date;
  for (const std::string& rate : o.rates) {
    const auto eq = rate.find('=');
    const auto colon = rate.find(':', eq == std::string::npos ? 0 : eq);
    int level = 0;
    if (eq == std::string::npos || eq == 0 ||
        std::sscanf(rate.substr(eq + 1, colon == std::string::npos ? std::string::npos : colon - eq - 1).c_str(), "%d", &level) != 1) {
      fmt::print(stderr, "coachscope learner checkin: --rate takes COMPETENCY=LEVEL[:WHY] (got \"{}\")\n", rate);
      return kExitUsage;
    }
    checkIn.ratings[rate.substr(0, eq)] = {level, colon == std::string::npos ? "" : rate.substr(colon + 1)};
  }
  std::string id;
  int code = edit("learner checkin", o, [&](core::ProgressRecord& r) -> core::Result<bool> {
    auto added = session::addCheckIn(r, catalog, Role::Learner, checkIn, core::utcNow(), author(o));
    if (!added) return added.error();
    id = *added;
    return true;
  }, "check-in saved");
  if (code == kExitOk) fmt::print("{}\n", id);
  return code;
}

void applyActionFields(const LearnerOptions& o, core::ActionItem& item) {
  if (o.action) item.action = *o.action;
  if (o.area) item.developmentArea = *o.area;
  if (o.actionCompetency) item.competencyId = *o.actionCompetency;
  if (o.byWhen) item.byWhen = *o.byWhen;
  if (o.evidence) item.evidence = *o.evidence;
  if (o.done) item.done = true;
  if (o.notDone) item.done = false;
}

int runAction(const LearnerOptions& o) {
  std::string id;
  int code = edit("learner action", o, [&](core::ProgressRecord& r) -> core::Result<bool> {
    core::ActionItem item;
    applyActionFields(o, item);
    auto added = session::addActionItem(r, Role::Learner, item, core::utcNow(), author(o));
    if (!added) return added.error();
    id = *added;
    return true;
  }, "action-plan item added");
  if (code == kExitOk) fmt::print("{}\n", id);
  return code;
}

int runUpdateAction(const LearnerOptions& o) {
  return edit("learner update-action", o, [&](core::ProgressRecord& r) -> core::Result<bool> {
    auto id = session::findActionItem(r, o.item);
    if (!id) return id.error();
    core::ActionItem item = r.actionPlan.current(*id)->data;
    applyActionFields(o, item);
    return session::updateActionItem(r, Role::Learner, *id, item, core::utcNow(), author(o));
  }, "action-plan item saved");
}

int runComment(const LearnerOptions& o) {
  return edit("learner comment", o, [&](core::ProgressRecord& r) -> core::Result<bool> {
    auto id = session::findActionItem(r, o.item);
    if (!id) return id.error();
    return session::commentOnAction(r, Role::Tutor, *id, o.comment, core::utcNow(), author(o));
  }, "tutor's comment saved");
}

// The learner's side as plain text: what `show` prints and scripts can read.
int runShow(const LearnerOptions& o, const core::Catalog& catalog) {
  auto record = store::loadRecordFile(o.record, catalog);
  if (!record) {
    printError("learner show", record.error());
    return kExitFailure;
  }
  const core::ProgressRecord& r = *record;
  auto sessionLine = [&](const std::string& id) {
    const auto* s = r.sessions.current(id);
    return s ? fmt::format("{} {} (tutor {})", id, s->data.date, s->data.tutor) : id;
  };
  fmt::print("Reflections\n");
  if (r.reflections.liveIds().empty()) fmt::print("  none\n");
  for (const std::string& id : r.reflections.liveIds()) {
    const auto* v = r.reflections.current(id);
    fmt::print("  {} — by {} at {}{}\n", sessionLine(id), v->by, v->at,
               r.reflections.inConflict(id) ? " (copies differ: latest shown)" : "");
    fmt::print("    went well: {}\n    do differently: {}\n    from feedback: {}\n", v->data.wentWell, v->data.doDifferently,
               v->data.fromFeedback);
  }
  fmt::print("Self against tutor\n");
  const auto series = core::selfAgainstTutor(r);
  bool anySelf = false;
  for (const auto& s : series) {
    for (const auto& p : s.points) {
      if (!p.self) continue;
      anySelf = true;
      const auto gap = p.gap();
      fmt::print("  competency {} session {} {}: self {} tutor {} gap {}{}\n", s.competencyId, p.sessionId, p.date, *p.self,
                 p.tutor ? std::to_string(*p.tutor) : "-", gap ? fmt::format("{:+d}", *gap) : "-",
                 p.why.empty() ? "" : " — " + p.why);
    }
  }
  if (!anySelf) fmt::print("  none\n");
  const auto gaps = core::persistentGaps(series, {o.gapLevels, o.gapSessions});
  fmt::print("Persistent gaps ({}+ levels, {}+ sessions running)\n", o.gapLevels, o.gapSessions);
  if (gaps.empty()) fmt::print("  none\n");
  for (const auto& g : gaps) {
    const core::Framework* f = nullptr;
    if (!g.sessionIds.empty()) {
      if (const auto* s = r.sessions.current(g.sessionIds.back())) f = catalog.framework(s->data.frameworkKey);
    }
    fmt::print("  {}\n", report::gapSentence(f, g));
  }
  fmt::print("Check-ins\n");
  int checkIns = 0;
  for (const std::string& id : r.selfAssessments.liveIds()) {
    const auto& a = r.selfAssessments.current(id)->data;
    if (!a.sessionId.empty()) continue;
    ++checkIns;
    for (const auto& [competency, rating] : a.ratings) {
      fmt::print("  {} {} competency {}: self {}{}\n", id, a.date, competency, rating.level,
                 rating.why.empty() ? "" : " — " + rating.why);
    }
  }
  if (!checkIns) fmt::print("  none\n");
  fmt::print("Action plan\n");
  if (r.actionPlan.liveIds().empty()) fmt::print("  none\n");
  for (const std::string& id : r.actionPlan.liveIds()) {
    const auto& i = r.actionPlan.current(id)->data;
    fmt::print("  [{}] {} {}{}{}\n", i.done ? "x" : " ", id, i.action, i.byWhen.empty() ? "" : " by " + i.byWhen,
               i.developmentArea.empty() ? "" : " (" + i.developmentArea + ")");
    if (!i.evidence.empty()) fmt::print("      evidence: {}\n", i.evidence);
    if (!i.tutorComment.empty()) fmt::print("      tutor: {}\n", i.tutorComment);
  }
  return kExitOk;
}

int runDraft(const LearnerOptions& o, const core::Catalog& catalog) {
  auto record = store::loadRecordFile(o.record, catalog);
  if (!record) {
    printError("learner draft", record.error());
    return kExitFailure;
  }
  auto format = report::chooseFormat(o.format, o.out);
  if (!format) {
    printError("learner draft", format.error());
    return kExitUsage;
  }
  if (*format == report::Format::Csv) {
    fmt::print(stderr, "coachscope learner draft: the draft is md, pdf or html, not csv\n");
    return kExitUsage;
  }
  if (auto written = report::writeDocument(report::buildReflectionDraft(*record, catalog), *format, o.out); !written) {
    printError("learner draft", written.error());
    return kExitFailure;
  }
  fmt::print("wrote {}\n", o.out);
  return kExitOk;
}

CLI::App* verb(CLI::App* learner, LearnerOptions& o, const char* name, const char* help) {
  CLI::App* cmd = learner->add_subcommand(name, help);
  cmd->add_option("record", o.record, "The learner's record file")->required();
  return cmd;
}

}  // namespace

void addLearnerCommand(CLI::App& app, CommandContext& context) {
  static LearnerOptions o;
  CLI::App* learner = app.add_subcommand("learner", "The learner's side: reflections, self-ratings, action plan, draft");
  learner->require_subcommand(1);
  auto byOption = [&](CLI::App* cmd) { cmd->add_option("--by", o.by, "Who writes (default: your login name)"); };

  CLI::App* reflect = verb(learner, o, "reflect", "Write your reflection on an observed session");
  reflect->add_option("--session", o.session, "The observed session (its id, or the start of it)")->required();
  reflect->add_option("--went-well", o.wentWell, "What went well");
  reflect->add_option("--differently", o.doDifferently, "What you would do differently");
  reflect->add_option("--from-feedback", o.fromFeedback, "What you take from the tutor's and coachee's feedback");
  byOption(reflect);
  reflect->callback([&context] { context.exitCode = runReflect(o); });

  CLI::App* selfrate = verb(learner, o, "selfrate", "Rate yourself on a competency for an observed session");
  selfrate->add_option("--session", o.session, "The observed session (its id, or the start of it)")->required();
  selfrate->add_option("competency", o.competency, "Competency id")->required();
  selfrate->add_option("level", o.level, "Level on the framework's scale")->required();
  selfrate->add_option("why", o.why, "One line of why");
  byOption(selfrate);
  selfrate->callback([&context] { context.exitCode = runSelfRate(o, context.loadCatalog()); });

  CLI::App* checkin = verb(learner, o, "checkin", "A standalone self-assessment check-in");
  checkin->add_option("--date", o.date, "Its date, YYYY-MM-DD")->required();
  checkin->add_option("--framework", o.framework, "Framework id or id@version (default: the default framework)");
  checkin->add_option("--rate", o.rates, "COMPETENCY=LEVEL[:WHY], repeatable")->required();
  byOption(checkin);
  checkin->callback([&context] { context.exitCode = runCheckIn(o, context.loadCatalog()); });

  auto actionFields = [&](CLI::App* cmd) {
    cmd->add_option("--area", o.area, "The development area");
    cmd->add_option("--competency", o.actionCompetency, "The competency it develops (id)");
    cmd->add_option("--by-when", o.byWhen, "By when, YYYY-MM-DD");
    cmd->add_option("--evidence", o.evidence, "Evidence of progress");
    byOption(cmd);
  };
  CLI::App* action = verb(learner, o, "action", "Add an item to your action plan (prints its id)");
  action->add_option("--action", o.action, "What you will do")->required();
  actionFields(action);
  action->callback([&context] { context.exitCode = runAction(o); });

  CLI::App* update = verb(learner, o, "update-action", "Change or tick off an action-plan item");
  update->add_option("item", o.item, "The item's id (or the start of it)")->required();
  update->add_option("--action", o.action, "What you will do");
  update->add_flag("--done", o.done, "Tick it off");
  update->add_flag("--not-done", o.notDone, "Open it again");
  actionFields(update);
  update->callback([&context] { context.exitCode = runUpdateAction(o); });

  CLI::App* comment = verb(learner, o, "comment", "The tutor's comment on an action-plan item");
  comment->add_option("item", o.item, "The item's id (or the start of it)")->required();
  comment->add_option("text", o.comment, "The comment")->required();
  byOption(comment);
  comment->callback([&context] { context.exitCode = runComment(o); });

  CLI::App* show = verb(learner, o, "show", "Reflections, self against tutor with persistent gaps, the action plan");
  show->add_option("--gap", o.gapLevels, "Levels apart that make a gap")->check(CLI::Range(1, 100));
  show->add_option("--sessions", o.gapSessions, "Sessions running that make a gap persistent")->check(CLI::Range(1, 1000));
  show->callback([&context] { context.exitCode = runShow(o, context.loadCatalog()); });

  CLI::App* draft = verb(learner, o, "draft", "Draft the reflection on own performance (assignment 3), md, pdf or html");
  draft->add_option("--out", o.out, "The file to write")->required();
  draft->add_option("--format", o.format, "md, pdf or html (default: from --out's extension)");
  draft->callback([&context] { context.exitCode = runDraft(o, context.loadCatalog()); });
}

}  // namespace coachscope::app
