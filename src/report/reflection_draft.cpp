#include "report/reflection_draft.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/coaching_log.h"
#include "core/competency_trends.h"
#include "core/self_assessment.h"
#include "report/learner_sections.h"
#include "report/report_labels.h"
#include "report/report_text.h"

namespace coachscope::report {
namespace {

const core::Framework* frameworkOf(const core::ProgressRecord& record, const core::Catalog& catalog) {
  if (const core::Programme* p = catalog.programme(record.currentProfile().programmeId); p && !p->frameworkId.empty()) {
    if (const core::Framework* f = catalog.framework(p->frameworkId)) return f;
  }
  const core::SessionSummary* latest = nullptr;
  for (const std::string& id : record.sessions.liveIds()) {
    const auto& s = record.sessions.current(id)->data;
    if (!s.reference && (!latest || s.date > latest->date)) latest = &s;
  }
  return latest ? catalog.framework(latest->frameworkKey) : nullptr;
}

std::string ratingsLine(const core::CompetencyTrend& t) {
  std::string levels;
  for (const auto& p : t.points) levels += (levels.empty() ? "" : ", ") + std::to_string(p.level);
  return fmt::format("tutor's ratings {} over {} session{} (recent mean {:.1f}, {})", levels, t.points.size(),
                     t.points.size() == 1 ? "" : "s", t.recentMean, core::label(t.trend));
}

// The learner's latest self-rating of the competency, as words.
std::string latestSelf(const std::vector<core::SelfTutorSeries>& series, const std::string& competencyId) {
  for (const auto& s : series) {
    if (s.competencyId != competencyId) continue;
    for (auto it = s.points.rbegin(); it != s.points.rend(); ++it) {
      if (it->self) {
        return fmt::format("; my own latest rating {}{}", *it->self, it->why.empty() ? "" : " (\"" + it->why + "\")");
      }
    }
  }
  return "";
}

// The learner's own words of one part of every reflection, oldest session first.
BulletList reflectionQuotes(const core::ProgressRecord& record, const std::string& title,
                            std::string core::Reflection::*part) {
  BulletList list;
  list.title = title;
  std::vector<std::pair<std::string, std::string>> dated;
  for (const std::string& id : record.reflections.liveIds()) {
    const auto* session = record.sessions.current(id);
    const std::string& text = record.reflections.current(id)->data.*part;
    if (session && !text.empty()) dated.push_back({session->data.date, text});
  }
  std::stable_sort(dated.begin(), dated.end());
  for (const auto& [date, text] : dated) list.items.push_back(fmt::format("{}: {}", isoDay(date).empty() ? "undated" : isoDay(date), text));
  return list;
}

}  // namespace

Document buildReflectionDraft(const core::ProgressRecord& record, const core::Catalog& catalog,
                              const ReportOptions& options) {
  const core::LearnerProfile profile = record.currentProfile();
  const core::Framework* framework = frameworkOf(record, catalog);
  const auto development = core::competencyDevelopment(record, framework ? framework->id : "");
  const auto series = core::selfAgainstTutor(record, framework ? framework->id : "");
  const auto gaps = core::persistentGaps(series);
  const auto log = core::buildCoachingLog(record);

  Document doc;
  doc.kind = "Reflection on own performance (draft)";
  doc.title = profile.name.empty() ? "Unnamed learner" : profile.name;
  doc.subtitle = "Assignment 3 — drawn from the coaching log, the feedback received and my own reflections";
  double hours = 0, paid = 0;
  int observed = 0;
  std::set<std::string> coachees;
  std::string first, last;
  for (const auto& r : log) {
    hours += r.hours();
    paid += r.paid ? r.hours() : 0;
    observed += r.observed ? 1 : 0;
    if (!r.coachee.empty()) coachees.insert(r.coachee);
    if (!r.date.empty() && (first.empty() || r.date < first)) first = r.date;
    if (r.date > last) last = r.date;
  }
  doc.summary.facts = {
      {"Coaching logged", fmt::format("{} h in {} session{} ({} h paid)", hoursText(hours), log.size(), log.size() == 1 ? "" : "s",
                                      hoursText(paid))},
      {"Observed and rated", std::to_string(observed)},
      {"Coachees", std::to_string(coachees.size())},
      {"Period", first.empty() ? "no dated sessions" : readableDate(isoDay(first)) + " to " + readableDate(isoDay(last))},
      {"Reflections written", std::to_string(record.reflections.liveIds().size())},
      {"Action-plan items", std::to_string(record.actionPlan.liveIds().size())},
  };

  Section intro;
  intro.title = "How this draft was made";
  intro.blocks.push_back(Paragraph{
      "Every figure and quotation below comes from my progress record: my tutor's ratings and written feedback, my "
      "reflections and self-ratings after each observed session, my action plan and my coaching log. It is a starting "
      "point for the assignment, to be rewritten in my own words with references.",
      true});
  doc.sections.push_back(std::move(intro));

  Section strengths;
  strengths.title = "Strengths";
  BulletList strong;
  for (const std::string& id : development.strengths) {
    for (const auto& t : development.trends) {
      if (t.competencyId == id) strong.items.push_back(competencyName(framework, id) + ": " + ratingsLine(t) + latestSelf(series, id));
    }
  }
  if (strong.items.empty()) strengths.blocks.push_back(Paragraph{"No competency stands out above the others in the tutor's ratings yet.", true});
  else strengths.blocks.push_back(std::move(strong));
  if (auto quotes = reflectionQuotes(record, "What went well, in my reflections", &core::Reflection::wentWell); !quotes.items.empty()) {
    strengths.blocks.push_back(std::move(quotes));
  }
  doc.sections.push_back(std::move(strengths));

  Section areas;
  areas.title = "Development areas";
  BulletList weak;
  for (const std::string& id : development.developmentAreas) {
    for (const auto& t : development.trends) {
      if (t.competencyId == id) weak.items.push_back(competencyName(framework, id) + ": " + ratingsLine(t) + latestSelf(series, id));
    }
  }
  if (weak.items.empty()) areas.blocks.push_back(Paragraph{"No competency stands out below the others in the tutor's ratings yet.", true});
  else areas.blocks.push_back(std::move(weak));
  if (!gaps.empty()) {
    BulletList gapList;
    gapList.title = "Where my view of my coaching differs from my tutor's";
    for (const auto& g : gaps) gapList.items.push_back(gapSentence(framework, g));
    areas.blocks.push_back(std::move(gapList));
  }
  if (auto quotes = reflectionQuotes(record, "What I would do differently", &core::Reflection::doDifferently); !quotes.items.empty()) {
    areas.blocks.push_back(std::move(quotes));
  }
  doc.sections.push_back(std::move(areas));

  Section feedback;
  feedback.title = "Feedback received";
  BulletList tutorWords;
  tutorWords.title = "My tutor's development points";
  BulletList coacheeWords;
  coacheeWords.title = "My coachees' feedback";
  for (const auto& r : log) {
    const auto* s = r.observed ? record.sessions.current(r.id) : nullptr;
    const std::string day = isoDay(r.date).empty() ? "undated" : isoDay(r.date);
    if (s && !s->data.developmentAreas.empty()) tutorWords.items.push_back(day + ": " + s->data.developmentAreas);
    const std::string& coachee = s && !s->data.coacheeFeedback.empty() ? s->data.coacheeFeedback : r.coacheeFeedback;
    if (!coachee.empty()) coacheeWords.items.push_back(day + ": " + coachee);
  }
  if (!tutorWords.items.empty()) feedback.blocks.push_back(std::move(tutorWords));
  if (!coacheeWords.items.empty()) feedback.blocks.push_back(std::move(coacheeWords));
  if (auto quotes = reflectionQuotes(record, "What I take from the feedback", &core::Reflection::fromFeedback); !quotes.items.empty()) {
    feedback.blocks.push_back(std::move(quotes));
  }
  if (feedback.blocks.empty()) feedback.blocks.push_back(Paragraph{"No written feedback is in the record yet.", true});
  doc.sections.push_back(std::move(feedback));

  Section plan = actionPlanSection(record, framework);
  plan.title = "Action plan for continuous improvement";
  doc.sections.push_back(std::move(plan));

  doc.footer = generatedLine(options.generatedOn) + " · learner " + record.learnerId;
  return doc;
}

}  // namespace coachscope::report
