#include "report/feedback_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/clock_text.h"
#include "report/report_labels.h"
#include "report/report_text.h"

namespace coachscope::report {
namespace {

// The competency a note belongs to: its tag names a competency or one of the framework's markers.
const core::Competency* taggedCompetency(const core::Note& note, const core::Framework& framework) {
  if (note.tag.empty()) return nullptr;
  if (const core::Competency* c = framework.competency(note.tag)) return c;
  if (const core::Marker* m = framework.marker(note.tag)) return framework.competency(m->competencyId);
  return nullptr;
}

std::string sessionDescription(const core::SessionContext& c) {
  std::vector<std::string> parts;
  parts.push_back(c.mode == core::SessionMode::Live ? "Observed live" : "Scored from a recording");
  parts.push_back(c.group ? fmt::format("group of {}", c.groupSize) : "individual");
  parts.push_back(c.paid ? "paid" : "pro bono");
  if (c.threeWayContracting) parts.push_back("three-way contracting");
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : ", ") + part;
  return text;
}

FactList summaryFacts(const core::Observation& o, const core::Framework& framework) {
  const core::SessionContext& c = o.context;
  FactList facts;
  facts.facts.push_back({"Learner", c.learnerName.empty() ? "Not named" : c.learnerName});
  facts.facts.push_back({"Tutor", c.tutor.empty() ? "Not named" : c.tutor});
  facts.facts.push_back({"Date", c.date.empty() ? "Not recorded" : readableDate(c.date)});
  facts.facts.push_back({"Duration", readableDuration(o.durationSeconds)});
  std::string coachee = c.coacheePseudonym.empty() ? "Not named" : c.coacheePseudonym;
  if (c.coacheeSeniorManager) coachee += " (senior manager)";
  facts.facts.push_back({"Coachee", coachee});
  facts.facts.push_back({"Session", sessionDescription(c)});
  // Titles often carry their version already ("... (2019 model)"); say it only when they do not.
  facts.facts.push_back({"Framework", framework.title.find(framework.version) == std::string::npos
                                          ? fmt::format("{} ({})", framework.title, framework.version)
                                          : framework.title});
  if (o.moderation) {
    facts.facts.push_back({"Moderation", fmt::format("Agreed by {} from {} assessors' observations",
                                                     o.moderation->moderator.empty() ? "the moderator"
                                                                                     : o.moderation->moderator,
                                                     o.moderation->sourceIds.size())});
  }
  if (o.reference) facts.facts.push_back({"Status", "Reference scoring for tutor calibration"});
  return facts;
}

TimedItem eventItem(const core::MarkerEvent& e, const core::Framework& framework) {
  TimedItem item;
  item.time = core::formatClock(e.time);
  item.code = e.markerCode;
  const core::Marker* marker = framework.marker(e.markerCode);
  item.heading = marker ? marker->text : "A marker this framework version does not define";
  item.quote = e.quote;
  item.tone = Tone::Accent;
  return item;
}

TimedItem noteItem(const core::Note& n) {
  TimedItem item;
  item.time = core::formatClock(n.time);
  item.code = noteKindLabel(n.kind);
  item.text = n.text;
  item.tone = noteKindTone(n.kind);
  return item;
}

template <typename T>
std::vector<const T*> byTime(const std::vector<T>& items) {
  std::vector<const T*> sorted;
  for (const T& item : items) sorted.push_back(&item);
  std::stable_sort(sorted.begin(), sorted.end(), [](const T* a, const T* b) { return a->time < b->time; });
  return sorted;
}

Section competencyCard(const core::Observation& o, const core::Framework& framework, const core::Competency& c) {
  Section card;
  card.level = 2;
  card.title = competencyHeading(c);
  card.subtitle = c.definition;

  const auto ratingIt = o.ratings.find(c.id);
  const core::CompetencyRating* rating = ratingIt == o.ratings.end() ? nullptr : &ratingIt->second;

  if (c.evidence == core::EvidenceKind::Judgement) {
    const auto judgementIt = o.judgements.find(c.id);
    if (judgementIt != o.judgements.end()) {
      const core::Judgement& j = judgementIt->second;
      auto option = std::find_if(c.judgementOptions.begin(), c.judgementOptions.end(),
                                 [&](const core::JudgementOption& opt) { return opt.id == j.optionId; });
      Verdict verdict;
      verdict.label = option != c.judgementOptions.end() ? option->label : j.optionId;
      verdict.tone = option != c.judgementOptions.end() && option->concern ? Tone::Concern : Tone::Good;
      verdict.reason = j.reason;
      card.blocks.push_back(verdict);
    } else {
      card.blocks.push_back(Verdict{"Not judged yet", Tone::Neutral, ""});
    }
    if (rating && (rating->level || rating->notObserved)) card.blocks.push_back(ratingBlock(rating, framework.scale));
  } else {
    card.blocks.push_back(ratingBlock(rating, framework.scale));
  }
  if (rating && !rating->rationale.empty()) card.blocks.push_back(Paragraph{rating->rationale, false});

  // Marker evidence: events of the markers that count for this competency.
  const std::vector<const core::Marker*> markers = framework.evidenceMarkersOf(c);
  std::set<std::string> codes;
  for (const core::Marker* m : markers) codes.insert(m->code);
  TimedList evidence;
  evidence.title = c.evidence == core::EvidenceKind::Derived ? "Evidence through linked markers" : "Marker evidence";
  std::set<std::string> shown;
  for (const core::MarkerEvent* e : byTime(o.events)) {
    if (!codes.count(e->markerCode)) continue;
    evidence.items.push_back(eventItem(*e, framework));
    shown.insert(e->markerCode);
  }
  if (!markers.empty()) {
    evidence.emptyText = "No marker was recorded for this competency.";
    const int minimum = c.minimumMarkers;
    card.badge = fmt::format("{} of {} markers", shown.size(), markers.size());
    card.badgeTone = minimum > 0 ? (static_cast<int>(shown.size()) >= minimum ? Tone::Good : Tone::Warning)
                                 : (shown.empty() ? Tone::Neutral : Tone::Accent);
    card.blocks.push_back(std::move(evidence));
    std::string missing;
    for (const core::Marker* m : markers) {
      if (shown.count(m->code)) continue;
      missing += fmt::format("{}{} {}", missing.empty() ? "" : "; ", m->code,
                             m->shortLabel.empty() ? m->text : m->shortLabel);
    }
    if (!missing.empty() && !shown.empty()) {
      card.blocks.push_back(Paragraph{"Not shown this session: " + missing + ".", true});
    }
    if (minimum > 0) {
      card.blocks.push_back(Paragraph{
          fmt::format("The centre looks for at least {} marker{} of this competency.", minimum, minimum == 1 ? "" : "s"),
          true});
    }
  }

  TimedList notes;
  notes.title = "Notes";
  for (const core::Note* n : byTime(o.notes)) {
    if (taggedCompetency(*n, framework) == &c) notes.items.push_back(noteItem(*n));
  }
  if (!notes.items.empty()) card.blocks.push_back(std::move(notes));
  return card;
}

Section ratingsAtAGlance(const core::Observation& o, const core::Framework& framework) {
  Section section;
  section.title = "Ratings at a glance";
  BarChart chart;
  const double span = framework.scale.highest();
  for (const core::Competency& c : framework.competencies) {
    Bar bar;
    bar.label = competencyShortLabel(c);
    bar.maximum = span;
    auto rating = o.ratings.find(c.id);
    if (rating != o.ratings.end() && rating->second.level) {
      const int value = *rating->second.level;
      bar.value = value;
      const core::ScaleLevel* level = framework.scale.level(value);
      bar.valueText = level ? fmt::format("{} · {}", value, level->label) : std::to_string(value);
      bar.tone = ratingTone(value, framework.scale);
    } else if (c.evidence == core::EvidenceKind::Judgement && o.judgements.count(c.id)) {
      const core::Judgement& j = o.judgements.at(c.id);
      bar.valueText = j.optionId;
      bar.tone = Tone::Good;
      for (const core::JudgementOption& option : c.judgementOptions) {
        if (option.id != j.optionId) continue;
        bar.valueText = option.label;
        bar.tone = option.concern ? Tone::Concern : Tone::Good;
      }
    } else if (rating != o.ratings.end() && rating->second.notObserved) {
      bar.valueText = "Not observed";
      bar.tone = Tone::Neutral;
    } else {
      bar.valueText = "Not rated";
      bar.tone = Tone::Neutral;
    }
    chart.bars.push_back(std::move(bar));
  }
  section.blocks.push_back(std::move(chart));
  const core::RatingScale& scale = framework.scale;
  std::string legend = scale.title + ": ";
  for (const core::ScaleLevel& level : scale.levels) {
    legend += fmt::format("{}{} {}", &level == &scale.levels.front() ? "" : " · ", level.value, level.label);
  }
  section.blocks.push_back(Paragraph{legend, true});
  return section;
}

}  // namespace

Document buildFeedbackReport(const core::Observation& o, const core::Framework& framework,
                             const ReportOptions& options) {
  Document doc;
  doc.kind = "Session feedback";
  doc.title = o.context.learnerName.empty() ? "Coaching session" : o.context.learnerName;
  doc.subtitle = o.context.date.empty() ? framework.title
                                        : fmt::format("{} · {}", readableDate(o.context.date), framework.title);
  doc.summary = summaryFacts(o, framework);

  doc.sections.push_back(ratingsAtAGlance(o, framework));

  Section feedback;
  feedback.title = "Feedback";
  feedback.blocks.push_back(Callout{Tone::Good, "Strengths", o.strengths, "No strengths written yet."});
  feedback.blocks.push_back(
      Callout{Tone::Warning, "Development areas", o.developmentAreas, "No development areas written yet."});
  feedback.blocks.push_back(Callout{Tone::Accent, "Written feedback", o.feedback, "No written feedback yet."});
  feedback.blocks.push_back(
      Callout{Tone::Neutral, "The coachee's feedback", o.coacheeFeedback, "No feedback from the coachee recorded."});
  doc.sections.push_back(std::move(feedback));

  for (const core::Domain& domain : framework.domains) {
    const auto competencies = framework.competenciesIn(domain.id);
    if (competencies.empty()) continue;
    Section heading;
    heading.title = fmt::format("{} · {}", domain.id, domain.title);
    if (!domain.description.empty()) heading.blocks.push_back(Paragraph{domain.description, true});
    doc.sections.push_back(std::move(heading));
    for (const core::Competency* c : competencies) doc.sections.push_back(competencyCard(o, framework, *c));
  }

  // Notes that belong to no competency, and evidence the framework does not define: kept, never lost.
  Section other;
  other.title = "Session notes";
  TimedList general;
  general.title = "Notes not tied to a competency";
  for (const core::Note* n : byTime(o.notes)) {
    if (!taggedCompetency(*n, framework)) {
      TimedItem item = noteItem(*n);
      if (!n->tag.empty()) item.code += " · " + n->tag;
      general.items.push_back(std::move(item));
    }
  }
  TimedList unknown;
  unknown.title = "Other evidence";
  for (const core::MarkerEvent* e : byTime(o.events)) {
    if (!framework.marker(e->markerCode)) unknown.items.push_back(eventItem(*e, framework));
  }
  if (!general.items.empty()) other.blocks.push_back(std::move(general));
  if (!unknown.items.empty()) other.blocks.push_back(std::move(unknown));
  if (!other.blocks.empty()) doc.sections.push_back(std::move(other));

  doc.footer = generatedLine(options.generatedOn) + " · " + framework.key();
  return doc;
}

}  // namespace coachscope::report
