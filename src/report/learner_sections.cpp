#include "report/learner_sections.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "report/report_labels.h"
#include "report/report_text.h"

namespace coachscope::report {
namespace {

std::string stamp(const std::string& by, const std::string& at) {
  std::string text = by.empty() ? "the learner" : by;
  if (!at.empty()) text += ", " + readableDate(at);
  return text;
}

std::string sessionTitle(const core::ProgressRecord& record, const std::string& sessionId) {
  const auto* s = record.sessions.current(sessionId);
  if (!s) return "A session no longer in the record";
  std::string title = s->data.date.empty() ? "Undated session" : readableDate(s->data.date);
  if (!s->data.tutor.empty()) title += " — observed by " + s->data.tutor;
  return title;
}

// Ids of the live entries of `set` whose session is in the record, by the session's date.
template <typename T>
std::vector<std::string> bySessionDate(const core::ProgressRecord& record, const core::VersionedSet<T>& set) {
  std::vector<std::string> ids;
  for (const std::string& id : set.liveIds()) {
    if (record.sessions.current(id)) ids.push_back(id);
  }
  auto dateOf = [&](const std::string& id) { return record.sessions.current(id)->data.date; };
  std::stable_sort(ids.begin(), ids.end(), [&](const auto& a, const auto& b) { return dateOf(a) < dateOf(b); });
  return ids;
}

std::string levelText(std::optional<int> level) { return level ? std::to_string(*level) : "—"; }

}  // namespace

std::string competencyName(const core::Framework* framework, const std::string& id) {
  const core::Competency* c = framework ? framework->competency(id) : nullptr;
  return c ? competencyHeading(*c) : id;
}

std::string gapSentence(const core::Framework* framework, const core::PersistentGap& gap) {
  return fmt::format("The learner rated {} at least {} level{} {} the tutor in {} sessions running{}.",
                     competencyName(framework, gap.competencyId), gap.smallestGap, gap.smallestGap == 1 ? "" : "s",
                     gap.selfAbove ? "above" : "below", gap.sessions, gap.current ? ", up to the latest" : "");
}

Section reflectionsSection(const core::ProgressRecord& record) {
  Section section;
  section.title = "Learner's reflections";
  const auto ids = bySessionDate(record, record.reflections);
  if (ids.empty()) {
    section.blocks.push_back(Paragraph{"The learner has not written a reflection on an observed session yet.", true});
    return section;
  }
  for (const std::string& id : ids) {
    const auto* v = record.reflections.current(id);
    section.blocks.push_back(Paragraph{fmt::format("{} · written by {}{}", sessionTitle(record, id), stamp(v->by, v->at),
                                                   record.reflections.inConflict(id) ? " (two copies differ: the latest shown)" : "")});
    section.blocks.push_back(Callout{Tone::Good, "What went well", v->data.wentWell, "Not written"});
    section.blocks.push_back(Callout{Tone::Warning, "What I would do differently", v->data.doDifferently, "Not written"});
    section.blocks.push_back(Callout{Tone::Accent, "What I take from the feedback", v->data.fromFeedback, "Not written"});
  }
  return section;
}

Section selfAssessmentSection(const core::ProgressRecord& record, const core::Framework& framework, core::GapRule rule) {
  Section section;
  section.title = "Self-assessment against the tutor";
  const auto series = core::selfAgainstTutor(record, framework.id);
  bool anySelf = false;
  for (const auto& s : series) {
    for (const auto& p : s.points) anySelf = anySelf || p.self.has_value();
  }
  if (!anySelf) {
    section.blocks.push_back(Paragraph{"The learner has not rated themself on an observed session yet.", true});
  } else {
    Table table;
    table.columns = {"Competency", "Session", "Self", "Tutor", "Gap", "Learner's why"};
    table.numeric = {false, false, true, true, true, false};
    for (const auto& s : series) {
      for (const auto& p : s.points) {
        if (!p.self) continue;  // the tutor's ratings alone are in the trends
        const auto gap = p.gap();
        table.rows.push_back({competencyName(&framework, s.competencyId), p.date.empty() ? "undated" : readableDate(p.date),
                              levelText(p.self), levelText(p.tutor), gap ? fmt::format("{:+d}", *gap) : "—", p.why});
      }
    }
    section.blocks.push_back(std::move(table));
    const auto gaps = core::persistentGaps(series, rule);
    if (gaps.empty()) {
      section.blocks.push_back(Paragraph{
          fmt::format("No gap of {} or more levels has lasted {} sessions running.", rule.minGap, rule.minSessions), true});
    }
    for (const auto& gap : gaps) {
      section.blocks.push_back(Callout{gap.selfAbove ? Tone::Warning : Tone::Accent, "Persistent gap", gapSentence(&framework, gap), ""});
    }
  }
  // Standalone check-ins, oldest first.
  std::vector<std::pair<std::string, const core::SelfAssessment*>> checkIns;
  for (const std::string& id : record.selfAssessments.liveIds()) {
    const auto& a = record.selfAssessments.current(id)->data;
    if (a.sessionId.empty()) checkIns.push_back({a.date, &a});
  }
  std::stable_sort(checkIns.begin(), checkIns.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  if (!checkIns.empty()) {
    Table table;
    table.title = "Check-ins";
    table.columns = {"Date", "Competency", "Self", "Learner's why"};
    table.numeric = {false, false, true, false};
    for (const auto& [date, a] : checkIns) {
      for (const auto& [competency, rating] : a->ratings) {
        table.rows.push_back({readableDate(date), competencyName(&framework, competency), std::to_string(rating.level), rating.why});
      }
    }
    section.blocks.push_back(std::move(table));
  }
  return section;
}

Section actionPlanSection(const core::ProgressRecord& record, const core::Framework* framework) {
  Section section;
  section.title = "Action plan";
  std::vector<std::string> ids = record.actionPlan.liveIds();
  auto item = [&](const std::string& id) -> const core::ActionItem& { return record.actionPlan.current(id)->data; };
  // Open items first, soonest first; undated last.
  std::stable_sort(ids.begin(), ids.end(), [&](const auto& a, const auto& b) {
    const auto &x = item(a), &y = item(b);
    if (x.done != y.done) return !x.done;
    if (x.byWhen.empty() != y.byWhen.empty()) return !x.byWhen.empty();
    return x.byWhen < y.byWhen;
  });
  if (ids.empty()) {
    section.blocks.push_back(Paragraph{"The learner has not written an action plan yet.", true});
    return section;
  }
  int done = 0;
  Table table;
  table.columns = {"Development area", "Action", "By when", "Evidence of progress", "Done", "Tutor's comment"};
  for (const std::string& id : ids) {
    const auto& i = item(id);
    done += i.done ? 1 : 0;
    std::string area = i.developmentArea;
    if (!i.competencyId.empty()) area += (area.empty() ? "" : " · ") + competencyName(framework, i.competencyId);
    table.rows.push_back({area, i.action, i.byWhen.empty() ? "—" : readableDate(i.byWhen), i.evidence, i.done ? "done" : "open",
                          i.tutorComment});
  }
  section.blocks.push_back(Paragraph{fmt::format("{} of {} done.", done, ids.size())});
  section.blocks.push_back(std::move(table));
  return section;
}

}  // namespace coachscope::report
