#include "report/progress_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/clock_text.h"
#include "core/coaching_log.h"
#include "core/competency_trends.h"
#include "core/portfolio_status.h"
#include "report/learner_sections.h"
#include "report/report_labels.h"
#include "report/report_text.h"

namespace coachscope::report {
namespace {

struct SessionRef {
  std::string id;
  const core::SessionSummary* session = nullptr;
};

// Observed sessions (not reference scorings) against the framework, oldest first.
std::vector<SessionRef> sessionsOf(const core::ProgressRecord& record, const std::string& frameworkId) {
  std::vector<SessionRef> sessions;
  for (const std::string& id : record.sessions.liveIds()) {
    const core::SessionSummary& s = record.sessions.current(id)->data;
    if (s.reference) continue;
    if (!frameworkId.empty() && s.frameworkKey.substr(0, s.frameworkKey.find('@')) != frameworkId) continue;
    sessions.push_back({id, &s});
  }
  std::sort(sessions.begin(), sessions.end(), [](const SessionRef& a, const SessionRef& b) {
    return a.session->date != b.session->date ? a.session->date < b.session->date : a.id < b.id;
  });
  return sessions;
}

const core::Framework* frameworkFor(const core::ProgressRecord& record, const core::Programme* programme,
                                    const core::Catalog& catalog) {
  if (programme && !programme->frameworkId.empty()) {
    if (const core::Framework* f = catalog.framework(programme->frameworkId)) return f;
  }
  // The framework of the most recent observed session.
  const core::SessionSummary* latest = nullptr;
  for (const std::string& id : record.sessions.liveIds()) {
    const core::SessionSummary& s = record.sessions.current(id)->data;
    if (!latest || s.date > latest->date) latest = &s;
  }
  return latest ? catalog.framework(latest->frameworkKey) : nullptr;
}

std::string shortDate(const std::string& iso, bool withYear) {
  auto date = parseIsoDate(iso);
  if (!date) return iso.empty() ? "undated" : iso;
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return withYear ? fmt::format("{} {} {}", date->day, kMonths[date->month - 1], date->year % 100)
                  : fmt::format("{} {}", date->day, kMonths[date->month - 1]);
}

std::string dayOrText(const std::string& iso) {
  const std::string day = isoDay(iso);
  return day.empty() ? iso : day;
}

// ---- portfolio ----

Section portfolioSection(const core::PortfolioStatus& status) {
  Section section;
  section.title = "Portfolio status";
  int met = 0;
  for (const auto& line : status.lines) met += line.met ? 1 : 0;
  Callout deadline;
  deadline.title = "Portfolio deadline";
  if (status.deadline.known) {
    deadline.text = status.deadline.text;
    deadline.tone = status.deadline.overdue ? Tone::Concern : status.deadline.daysLeft <= 60 ? Tone::Warning : Tone::Accent;
  } else {
    deadline.tone = Tone::Neutral;
    deadline.emptyText = "Not known yet: the learner's final workshop date is not in the record.";
  }
  section.blocks.push_back(Paragraph{
      status.complete ? "Every requirement of the programme is met and every assignment has passed."
                      : fmt::format("{} of {} requirements met.", met, status.lines.size()),
      false});
  section.blocks.push_back(std::move(deadline));

  ProgressList progress;
  progress.title = "Requirements";
  for (const auto& line : status.lines) {
    Progress p;
    p.label = line.label;
    p.done = line.done;
    p.required = line.required;
    p.met = line.met;
    p.doneText = line.unit == "h" ? fmt::format("{} h of {} h", hoursText(line.done), hoursText(line.required))
                                  : fmt::format("{} of {}", hoursText(line.done), hoursText(line.required));
    p.detail = line.met ? "Done" : "Missing: " + line.missing;
    progress.items.push_back(std::move(p));
  }
  if (!progress.items.empty()) section.blocks.push_back(std::move(progress));

  if (!status.assignments.empty()) {
    Table assignments;
    assignments.title = "Assignments";
    assignments.columns = {"Assignment", "Status"};
    for (const auto& a : status.assignments) {
      assignments.rows.push_back({fmt::format("{} · {}", a.id, a.title), core::label(a.status)});
    }
    section.blocks.push_back(std::move(assignments));
  }
  return section;
}

// ---- trends ----

std::string trendWords(const core::CompetencyTrend& t) {
  if (t.points.empty()) return "not rated yet";
  return fmt::format("now {:.1f} on average, {}", t.recentMean, core::label(t.trend));
}

Section trendsSection(const std::vector<SessionRef>& sessions, const core::CompetencyDevelopment& development,
                      const core::Framework& framework) {
  Section section;
  section.title = "Competency trends";
  if (sessions.empty()) {
    section.blocks.push_back(Paragraph{"No observed session has been rated yet.", true});
    return section;
  }
  std::set<int> years;
  for (const SessionRef& s : sessions) {
    if (auto d = parseIsoDate(s.session->date)) years.insert(d->year);
  }
  std::vector<std::string> xLabels;
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    xLabels.push_back(shortDate(sessions[i].session->date, years.size() > 1));
    column[sessions[i].id] = i;
  }
  std::map<std::string, const core::CompetencyTrend*> trendOf;
  for (const auto& t : development.trends) trendOf[t.competencyId] = &t;
  std::vector<std::string> yLabels;
  for (int v = framework.scale.lowest(); v <= framework.scale.highest(); ++v) yLabels.push_back(std::to_string(v));

  section.blocks.push_back(Paragraph{
      fmt::format("Ratings on the {} ({} to {}) in each of {} observed session{}, oldest first.",
                  framework.scale.title.empty() ? "rating scale" : framework.scale.title, framework.scale.lowest(),
                  framework.scale.highest(), sessions.size(), sessions.size() == 1 ? "" : "s"),
      true});
  for (const core::Competency& c : framework.competencies) {
    auto it = trendOf.find(c.id);
    if (it == trendOf.end()) continue;  // judged, never rated: no line to draw
    LineChart chart;
    chart.title = competencyHeading(c);
    chart.xLabels = xLabels;
    chart.yMin = framework.scale.lowest();
    chart.yMax = framework.scale.highest();
    chart.yLabels = yLabels;
    ChartSeries series;
    series.name = competencyShortLabel(c);
    series.values.assign(sessions.size(), std::nullopt);
    for (const core::RatingPoint& p : it->second->points) {
      if (auto col = column.find(p.observationId); col != column.end()) series.values[col->second] = p.level;
    }
    chart.series.push_back(std::move(series));
    chart.caption = trendWords(*it->second);
    section.blocks.push_back(std::move(chart));
  }
  return section;
}

// ---- strengths and development areas ----

std::string competencyLine(const core::Framework& framework, const std::string& id,
                           const std::map<std::string, const core::CompetencyTrend*>& trendOf) {
  const core::Competency* c = framework.competency(id);
  std::string line = c ? competencyHeading(*c) : id;
  if (auto it = trendOf.find(id); it != trendOf.end()) line += " — " + trendWords(*it->second);
  return line;
}

Section strengthsSection(const std::vector<SessionRef>& sessions, const core::CompetencyDevelopment& development,
                         const core::Framework& framework) {
  Section section;
  section.title = "Strengths and development areas";
  std::map<std::string, const core::CompetencyTrend*> trendOf;
  for (const auto& t : development.trends) trendOf[t.competencyId] = &t;
  BulletList strengths{"Strengths across sessions", {}};
  for (const auto& id : development.strengths) strengths.items.push_back(competencyLine(framework, id, trendOf));
  BulletList areas{"Development areas across sessions", {}};
  for (const auto& id : development.developmentAreas) areas.items.push_back(competencyLine(framework, id, trendOf));
  if (strengths.items.empty() && areas.items.empty()) {
    section.blocks.push_back(Paragraph{
        "No competency stands out above or below the learner's own average yet: more rated sessions will show where "
        "the learner is strongest and where to grow.",
        true});
  } else {
    if (!strengths.items.empty()) section.blocks.push_back(std::move(strengths));
    if (!areas.items.empty()) section.blocks.push_back(std::move(areas));
  }
  Table written;
  written.title = "What tutors wrote";
  written.columns = {"Session", "Tutor", "Strengths", "Development areas"};
  for (const SessionRef& s : sessions) {
    if (s.session->strengths.empty() && s.session->developmentAreas.empty()) continue;
    written.rows.push_back({readableDate(dayOrText(s.session->date)), s.session->tutor, s.session->strengths,
                            s.session->developmentAreas});
  }
  if (!written.rows.empty()) section.blocks.push_back(std::move(written));
  return section;
}

// ---- action plan ----

const core::Competency* noteCompetency(const core::Note& note, const core::Framework& framework) {
  if (note.tag.empty()) return nullptr;
  if (const core::Competency* c = framework.competency(note.tag)) return c;
  if (const core::Marker* m = framework.marker(note.tag)) return framework.competency(m->competencyId);
  return nullptr;
}

Section actionCard(const core::Competency& c, const std::vector<SessionRef>& sessions, const core::Framework& framework,
                   const std::map<std::string, const core::CompetencyTrend*>& trendOf) {
  Section card;
  card.level = 2;
  card.title = competencyHeading(c);
  card.subtitle = c.definition;
  if (auto it = trendOf.find(c.id); it != trendOf.end() && !it->second->points.empty()) {
    card.badge = fmt::format("now {:.1f} · {}", it->second->recentMean, core::label(it->second->trend));
    card.badgeTone = it->second->trend == core::Trend::Declining ? Tone::Concern : Tone::Warning;
  }
  TimedList evidence;
  evidence.title = "The evidence that points here";
  std::map<std::string, int> markerTotals;
  for (const SessionRef& s : sessions) {
    const std::string when = shortDate(s.session->date, true);
    for (const auto& [code, n] : s.session->markerCounts) markerTotals[code] += n;
    if (auto r = s.session->ratings.find(c.id); r != s.session->ratings.end() && r->second.level) {
      TimedItem item;
      item.time = when;
      item.code = fmt::format("Rated {}", *r->second.level);
      const core::ScaleLevel* level = framework.scale.level(*r->second.level);
      item.heading = fmt::format("{}{}", level ? level->label : "", s.session->tutor.empty() ? "" : " — " + s.session->tutor);
      item.text = r->second.rationale;
      item.tone = ratingTone(*r->second.level, framework.scale);
      evidence.items.push_back(std::move(item));
    }
    for (const core::Note& n : s.session->notes) {
      if (noteCompetency(n, framework) != &c || n.kind == core::NoteKind::Strength) continue;
      TimedItem item;
      item.time = when;
      item.code = noteKindLabel(n.kind);
      item.heading = fmt::format("At {} in the session{}", core::formatClock(n.time), n.tag == c.id ? "" : " · marker " + n.tag);
      item.text = n.text;
      item.tone = noteKindTone(n.kind);
      evidence.items.push_back(std::move(item));
    }
  }
  evidence.emptyText = "No rating or note points here yet.";
  card.blocks.push_back(std::move(evidence));
  std::string unseen;
  for (const core::Marker* m : framework.evidenceMarkersOf(c)) {
    if (markerTotals[m->code] > 0) continue;
    unseen += fmt::format("{}{} {}", unseen.empty() ? "" : "; ", m->code, m->shortLabel.empty() ? m->text : m->shortLabel);
  }
  if (!unseen.empty() && !sessions.empty()) {
    card.blocks.push_back(Paragraph{"Markers not yet shown in any observed session: " + unseen + ".", true});
  }
  Table plan;
  plan.columns = {"Plan", "The learner's entry"};
  for (const char* prompt : {"What I want to be able to do", "How I will practise it, and in which sessions",
                             "Who will give me feedback on it", "How I will know it has improved", "Review date"}) {
    plan.rows.push_back({prompt, ""});
  }
  card.blocks.push_back(std::move(plan));
  return card;
}

// ---- logs ----

Section logSection(const core::ProgressRecord& record) {
  Section section;
  section.title = "Coaching log";
  const std::vector<core::LogRow> rows = core::buildCoachingLog(record);
  Table log;
  log.columns = {"Date", "Coachee", "Hours", "Paid", "Format", "Senior", "Three-way", "Observed by"};
  log.numeric = {false, false, true, false, false, false, false, false};
  double hours = 0, paid = 0;
  int senior = 0, threeWay = 0;
  for (const core::LogRow& r : rows) {
    hours += r.hours();
    paid += r.paid ? r.hours() : 0;
    senior += r.seniorManager ? 1 : 0;
    threeWay += r.threeWayContracting ? 1 : 0;
    log.rows.push_back({dayOrText(r.date), r.coachee, fmt::format("{:.2f}", r.hours()), r.paid ? "paid" : "pro bono",
                        r.group ? fmt::format("group of {}", r.groupSize) : "individual", r.seniorManager ? "yes" : "",
                        r.threeWayContracting ? "yes" : "", r.observed ? r.tutor : "(logged)"});
  }
  if (rows.empty()) {
    section.blocks.push_back(Paragraph{"No coaching sessions are logged yet.", true});
  } else {
    log.totals = std::vector<std::string>{fmt::format("{} sessions", rows.size()), "", fmt::format("{:.2f}", hours),
                                          fmt::format("{:.2f} h paid", paid), "", std::to_string(senior),
                                          std::to_string(threeWay), ""};
    section.blocks.push_back(std::move(log));
  }

  Table supervision;
  supervision.title = "Supervision and mentor coaching (not coaching hours)";
  supervision.columns = {"Date", "Kind", "With", "Hours", "Notes"};
  supervision.numeric = {false, false, false, true, false};
  std::vector<const core::SupervisionEntry*> entries;
  for (const std::string& id : record.supervision.liveIds()) entries.push_back(&record.supervision.current(id)->data);
  std::stable_sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->date < b->date; });
  double supervisionHours = 0;
  for (const core::SupervisionEntry* e : entries) {
    supervisionHours += e->minutes / 60.0;
    supervision.rows.push_back({dayOrText(e->date), core::label(e->kind), e->with,
                                fmt::format("{:.2f}", e->minutes / 60.0), e->notes});
  }
  if (!entries.empty()) {
    supervision.totals =
        std::vector<std::string>{fmt::format("{} entries", entries.size()), "", "", fmt::format("{:.2f}", supervisionHours), ""};
    section.blocks.push_back(std::move(supervision));
  }
  return section;
}

}  // namespace

Document buildProgressReport(const core::ProgressRecord& record, const core::Catalog& catalog,
                             const ReportOptions& options) {
  const std::string today = options.generatedOn.empty() ? todayIso() : options.generatedOn;
  const core::LearnerProfile profile = record.currentProfile();
  const core::Programme* programme = profile.programmeId.empty() ? nullptr : catalog.programme(profile.programmeId);
  const core::Framework* framework = frameworkFor(record, programme, catalog);

  Document doc;
  doc.kind = "Progress report";
  doc.title = profile.name.empty() ? "Unnamed learner" : profile.name;
  doc.subtitle = programme ? programme->title : profile.programmeId.empty() ? "No programme chosen" : profile.programmeId;
  doc.summary.facts.push_back({"Learner", doc.title});
  if (!profile.centre.empty()) doc.summary.facts.push_back({"Centre", profile.centre});
  if (!profile.cohort.empty()) doc.summary.facts.push_back({"Cohort", profile.cohort});
  if (!profile.tutor.empty()) doc.summary.facts.push_back({"Tutor", profile.tutor});
  doc.summary.facts.push_back({"Programme", programme ? programme->title
                                                      : profile.programmeId.empty()
                                                            ? "None chosen"
                                                            : profile.programmeId + " (not available)"});
  doc.summary.facts.push_back(
      {"Final workshop", profile.finalWorkshopDate.empty() ? "Not set" : readableDate(profile.finalWorkshopDate)});

  const std::vector<SessionRef> sessions = sessionsOf(record, framework ? framework->id : "");
  std::optional<core::PortfolioStatus> status;
  if (programme) status = core::portfolioStatus(record, *programme, today);
  const std::vector<core::LogRow> log = core::buildCoachingLog(record);
  double hours = 0;
  for (const auto& r : log) hours += r.hours();
  doc.summary.facts.push_back({"Observed sessions", std::to_string(sessions.size())});
  doc.summary.facts.push_back(
      {"Coaching logged", fmt::format("{} h in {} session{}", hoursText(hours), log.size(), log.size() == 1 ? "" : "s")});
  if (status && status->deadline.known) doc.summary.facts.push_back({"Deadline", status->deadline.text});
  doc.summary.facts.push_back({"Report date", readableDate(today)});

  if (status) {
    doc.sections.push_back(portfolioSection(*status));
  } else {
    Section missing;
    missing.title = "Portfolio status";
    missing.blocks.push_back(Paragraph{
        profile.programmeId.empty()
            ? "The learner's record names no programme, so there is nothing to measure the portfolio against."
            : fmt::format("The programme {} is not available to this copy of coachscope.", profile.programmeId),
        true});
    doc.sections.push_back(std::move(missing));
  }

  if (framework) {
    const core::CompetencyDevelopment development = core::competencyDevelopment(record, framework->id);
    doc.sections.push_back(trendsSection(sessions, development, *framework));
    doc.sections.push_back(strengthsSection(sessions, development, *framework));
    doc.sections.push_back(reflectionsSection(record));
    doc.sections.push_back(selfAssessmentSection(record, *framework));
    doc.sections.push_back(actionPlanSection(record, framework));

    std::map<std::string, const core::CompetencyTrend*> trendOf;
    for (const auto& t : development.trends) trendOf[t.competencyId] = &t;
    std::vector<std::string> areas = development.developmentAreas;
    Section plan;
    plan.title = "Action plan (skeleton)";
    plan.blocks.push_back(Paragraph{
        "For the reflective assignment: each development area below comes with the ratings and tutor notes that point "
        "to it. The learner completes the plan.",
        true});
    if (areas.empty()) {
      // Nothing stands out: offer the lowest-rated competencies so the plan still has a start.
      std::vector<const core::CompetencyTrend*> rated;
      for (const auto& t : development.trends) {
        if (!t.points.empty()) rated.push_back(&t);
      }
      std::stable_sort(rated.begin(), rated.end(), [](auto* a, auto* b) { return a->recentMean < b->recentMean; });
      for (std::size_t i = 0; i < rated.size() && i < 2; ++i) areas.push_back(rated[i]->competencyId);
      if (!areas.empty()) {
        plan.blocks.push_back(
            Paragraph{"No competency stands out below the others yet; these are the lowest rated so far.", true});
      }
    }
    doc.sections.push_back(std::move(plan));
    for (const std::string& id : areas) {
      if (const core::Competency* c = framework->competency(id)) {
        doc.sections.push_back(actionCard(*c, sessions, *framework, trendOf));
      }
    }
  } else {
    Section none;
    none.title = "Competency trends";
    none.blocks.push_back(Paragraph{"No framework is available for this learner's sessions.", true});
    doc.sections.push_back(std::move(none));
    doc.sections.push_back(reflectionsSection(record));
    doc.sections.push_back(actionPlanSection(record, nullptr));
  }

  doc.sections.push_back(logSection(record));
  doc.footer = generatedLine(options.generatedOn) + " · learner " + record.learnerId;
  return doc;
}

}  // namespace coachscope::report
