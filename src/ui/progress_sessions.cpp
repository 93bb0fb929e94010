// Sessions: each observed session as the learner reads it — the tutor's written feedback, each
// competency's rating with its level's descriptor and the tutor's rationale, the evidence (markers
// seen, notes with their times and tags) — beside the learner's own reflection and self-ratings.
// The tutor's content is drawn as text only, so nothing of it can be edited here; the learner's
// parts are fields only in review mode (the learner's face), and read-only text in the tutor's.
#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/clock_text.h"
#include "core/framework.h"
#include "core/self_assessment.h"
#include "session/learner_side.h"
#include "session/progress_session.h"
#include "session/session_evidence.h"
#include "ui/progress_sections.h"

namespace coachscope::ui {
namespace {

struct SessionRef {
  std::string id;
  const core::SessionSummary* data;
};

std::vector<std::string> observedSessions(const core::ProgressRecord& record) {
  std::vector<SessionRef> found;
  for (const std::string& id : record.sessions.liveIds()) {
    const auto& s = record.sessions.current(id)->data;
    if (!s.reference) found.push_back({id, &s});
  }
  // Newest first: the session a learner has just been observed in is the one they read.
  std::stable_sort(found.begin(), found.end(), [](const SessionRef& a, const SessionRef& b) { return a.data->date > b.data->date; });
  std::vector<std::string> ids;
  for (const SessionRef& s : found) ids.push_back(s.id);
  return ids;
}

std::string dateLabel(const std::string& date) {
  if (date.empty()) return "Undated";
  std::string d = date.substr(0, 16);
  if (d.size() > 10) d[10] = ' ';
  return d;
}

void wrapped(const std::string& text, const ImVec4* colour = nullptr) {
  ImGui::PushTextWrapPos(0);
  if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
  ImGui::TextUnformatted(text.c_str());
  if (colour) ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
}

// The tutor's words: a heading and the text, or a muted "none".
void tutorText(const char* title, const std::string& text, const ImVec4& colour) {
  ImGui::TextColored(colour, "%s", title);
  ImGui::Indent();
  if (text.empty()) ImGui::TextColored(palette().muted, "None written");
  else wrapped(text);
  ImGui::Unindent();
}

const char* noteKindLabel(core::NoteKind kind) {
  switch (kind) {
    case core::NoteKind::Observation: return "Observation";
    case core::NoteKind::Strength: return "Strength";
    case core::NoteKind::Development: return "Development";
    case core::NoteKind::Question: return "Question";
  }
  return "Note";
}

// Clipped: a record of hundreds of sessions draws only the rows in view.
void drawSessionList(ProgressPage& page, const std::vector<std::string>& sessions) {
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(sessions.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const std::string& id = sessions[static_cast<std::size_t>(row)];
      const core::SessionSummary& s = page.record.sessions.current(id)->data;
      ImGui::PushID(id.c_str());
      const bool selected = page.tab.reviewSession == id;
      const std::string label =
          fmt::format("{}\n{}###pick", dateLabel(s.date), s.tutor.empty() ? "Tutor not named" : s.tutor);
      if (ImGui::Selectable(label.c_str(), selected)) page.tab.reviewSession = id;
      const bool reflected = page.record.reflections.current(id) != nullptr;
      ImGui::TextColored(reflected ? palette().good : palette().muted, "%s", reflected ? "Reflection written" : "No reflection yet");
      ImGui::Separator();
      ImGui::PopID();
    }
  }
}

// The learner's reflection: fields in the learner's face, saved as they are typed; text in the
// tutor's.
void drawReflection(ProgressPage& page, const std::string& sessionId) {
  progressHeading("Your reflection");
  const auto* current = page.record.reflections.current(sessionId);
  const std::string key = sessionId + "/" + (current ? current->hash : "");
  ProgressView& tab = page.tab;
  if (tab.reflectionDraftFor != key) {
    tab.reflectionDraft = current ? current->data : core::Reflection{};
    tab.reflectionDraftFor = key;
  }
  const bool learner = session::roleOf(page.progress) == session::Role::Learner;
  if (current) {
    ImGui::TextColored(palette().muted, "Written by %s, %s%s", current->by.empty() ? "the learner" : current->by.c_str(),
                       current->at.c_str(), page.record.reflections.inConflict(sessionId) ? " (copies differ: the latest shown)" : "");
  }
  struct Part {
    session::ReflectionPart part;
    const char* title;
    const char* id;
  };
  const Part parts[] = {{session::ReflectionPart::WentWell, "What went well", "##wentWell"},
                        {session::ReflectionPart::DoDifferently, "What I would do differently", "##doDifferently"},
                        {session::ReflectionPart::FromFeedback, "What I take from the feedback", "##fromFeedback"}};
  for (const Part& p : parts) {
    std::string& text = *session::part(tab.reflectionDraft, p.part);
    if (!learner) {
      tutorText(p.title, text, palette().accent);
      continue;
    }
    ImGui::TextColored(palette().accent, "%s", p.title);
    const bool changed = ImGui::InputTextMultiline(p.id, &text, ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f),
                                                   ImGuiInputTextFlags_NoHorizontalScroll);
    // Saved as it is typed, like a note: each change is a version (the same words add none).
    if (changed || ImGui::IsItemDeactivatedAfterEdit()) {
      core::Reflection saved = current ? current->data : core::Reflection{};
      if (*session::part(saved, p.part) != text) session::reflectOn(page.state, sessionId, p.part, text);
    }
  }
  if (!learner && !current) ImGui::TextColored(palette().muted, "The learner has not reflected on this session yet.");
}

// One competency: the tutor's rating (level, its descriptor, the rationale) and the learner's
// self-rating beside it — radio buttons and a line of why in the learner's face.
void drawCompetency(ProgressPage& page, const std::string& sessionId, const core::SessionSummary& s,
                    const core::Framework& f, const core::Competency& c) {
  ImGui::PushID(c.id.c_str());
  ImGui::Separator();
  ImGui::TextUnformatted(fmt::format("{} {}", c.id, c.shortTitle.empty() ? c.title : c.shortTitle).c_str());
  auto rating = s.ratings.find(c.id);
  auto judgement = s.judgements.find(c.id);
  ImGui::Indent();
  if (rating != s.ratings.end() && rating->second.level) {
    const core::ScaleLevel* level = f.scale.level(*rating->second.level);
    ImGui::TextColored(palette().accent, "Tutor: %d of %d%s%s", *rating->second.level, f.scale.highest(),
                       level ? " — " : "", level ? level->label.c_str() : "");
    if (level && !level->descriptor.empty()) wrapped(level->descriptor, &palette().muted);
    if (!rating->second.rationale.empty()) wrapped("Rationale: " + rating->second.rationale);
  } else if (rating != s.ratings.end() && rating->second.notObserved) {
    ImGui::TextColored(palette().muted, "Tutor: not observed");
  } else if (judgement != s.judgements.end() && !judgement->second.optionId.empty()) {
    std::string option = judgement->second.optionId;
    for (const auto& o : c.judgementOptions) {
      if (o.id == option) option = o.label;
    }
    ImGui::TextColored(palette().accent, "Tutor: %s", option.c_str());
    if (!judgement->second.reason.empty()) wrapped("Reason: " + judgement->second.reason);
  } else {
    ImGui::TextColored(palette().muted, "Tutor: not rated");
  }

  const auto* self = page.record.selfAssessments.current(sessionId);
  const core::SelfRating* mine = nullptr;
  if (self) {
    if (auto it = self->data.ratings.find(c.id); it != self->data.ratings.end()) mine = &it->second;
  }
  const bool learner = session::roleOf(page.progress) == session::Role::Learner;
  if (!learner) {
    if (mine) ImGui::TextColored(palette().good, "Learner: %d%s%s", mine->level, mine->why.empty() ? "" : " — ", mine->why.c_str());
    ImGui::Unindent();
    ImGui::PopID();
    return;
  }
  if (c.evidence == core::EvidenceKind::Judgement) {
    // Met or not, never a level (session/learner_entries.cpp refuses one): the learner's view of it
    // belongs in the reflection.
    wrapped("You: judged by the tutor, not rated on the scale; say how you see it in your reflection.", &palette().muted);
    ImGui::Unindent();
    ImGui::PopID();
    return;
  }
  ImGui::TextColored(palette().good, "You:");
  for (const core::ScaleLevel& level : f.scale.levels) {
    ImGui::SameLine();
    const std::string label = std::to_string(level.value);
    if (ImGui::RadioButton(label.c_str(), mine && mine->level == level.value)) {
      session::rateSelf(page.state, sessionId, c.id, level.value, mine ? mine->why : "");
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", level.label.c_str());
  }
  // The why as typed, kept until the self-assessment changes under it.
  const std::string draftKey = sessionId + "/" + (self ? self->hash : "");
  if (page.tab.whyDraftsFor != draftKey) {
    page.tab.whyDrafts.clear();
    page.tab.whyDraftsFor = draftKey;
  }
  auto draft = page.tab.whyDrafts.try_emplace(c.id, mine ? mine->why : "").first;
  ImGui::SetNextItemWidth(-1);
  ImGui::BeginDisabled(!mine);
  ImGui::InputTextWithHint("##why", mine ? "Why (one line)" : "Choose a level first", &draft->second);
  if (ImGui::IsItemDeactivatedAfterEdit() && mine && draft->second != mine->why) {
    session::rateSelf(page.state, sessionId, c.id, mine->level, draft->second);
  }
  ImGui::EndDisabled();
  ImGui::Unindent();
  ImGui::PopID();
}

// Each marker event with its time and quote, from the session's observation file.
void drawMarkerEvents(ProgressPage& page, const std::string& sessionId, const core::SessionSummary& s,
                      const core::Framework* f) {
  ProgressView& tab = page.tab;
  if (tab.evidence.sessionId != sessionId || tab.evidenceLoads != page.progress.recordLoads) {
    tab.evidence = session::loadSessionEvidence(session::evidenceWorkspaces(page.progress.recordPath, page.state.workspace),
                                                sessionId, s.observationUpdatedAt, page.state.catalog);
    tab.evidenceLoads = page.progress.recordLoads;
  }
  const session::SessionEvidence& evidence = tab.evidence;
  ImGui::TextColored(palette().muted, "When each marker was seen");
  if (!evidence.problem.empty()) {
    wrapped("The session's observation file could not be read: " + evidence.problem, &palette().warning);
    return;
  }
  if (!evidence.found()) {
    wrapped("The session's observation file is not in this workspace (a sync brings it), so only the counts above are shown.",
            &palette().muted);
    return;
  }
  if (evidence.differsFromRecord) {
    wrapped("The observation was changed after it went into the record: these times are from the newer file.",
            &palette().warning);
  }
  for (const core::MarkerEvent& e : evidence.events) {
    const core::Marker* m = f ? f->marker(e.markerCode) : nullptr;
    std::string line = fmt::format("{}  {}{}", core::formatClock(e.time), e.markerCode, m ? " " + m->text : "");
    if (!e.quote.empty()) line += " — \u201c" + e.quote + "\u201d";
    wrapped(line);
  }
}

void drawEvidence(ProgressPage& page, const std::string& sessionId, const core::SessionSummary& s,
                  const core::Framework* f) {
  progressHeading("Evidence");
  if (s.markerCounts.empty()) {
    ImGui::TextColored(palette().muted, "No markers were recorded.");
  } else {
    std::string line;
    for (const auto& [code, count] : s.markerCounts) line += fmt::format("{}{} ×{}", line.empty() ? "" : " · ", code, count);
    ImGui::TextColored(palette().muted, "Markers seen");
    wrapped(line);
    drawMarkerEvents(page, sessionId, s, f);
  }
  if (s.notes.empty()) return;
  ImGui::TextColored(palette().muted, "Notes");
  for (const core::Note& n : s.notes) {
    std::string tag;
    if (!n.tag.empty()) {
      const core::Marker* m = f ? f->marker(n.tag) : nullptr;
      tag = " · " + n.tag + (m ? " " + m->text : "");
    }
    wrapped(fmt::format("{}  {}{}: {}", core::formatClock(n.time), noteKindLabel(n.kind), tag, n.text));
  }
}

}  // namespace

void drawSessionsSection(ProgressPage& page) {
  RecordDerived& derived = page.tab.derived;
  if (!derived.observedSessions) derived.observedSessions = observedSessions(page.record);
  const std::vector<std::string>& sessions = *derived.observedSessions;
  if (sessions.empty()) {
    ImGui::TextColored(palette().muted, "No observed session is in this record yet.");
    return;
  }
  if (std::find(sessions.begin(), sessions.end(), page.tab.reviewSession) == sessions.end()) {
    page.tab.reviewSession = sessions.front();
  }
  const SessionRef shown{page.tab.reviewSession, &page.record.sessions.current(page.tab.reviewSession)->data};

  // Gaps between the learner's view and the tutor's that have lasted (core/self_assessment.h).
  const core::Framework* recordFramework = page.state.catalog.framework(page.record.sessions.current(sessions.front())->data.frameworkKey);
  if (!derived.selfAgainstTutor) derived.selfAgainstTutor = core::selfAgainstTutor(page.record);
  if (!derived.persistentGaps) derived.persistentGaps = core::persistentGaps(*derived.selfAgainstTutor);
  for (const core::PersistentGap& gap : *derived.persistentGaps) {
    const core::Competency* c = recordFramework ? recordFramework->competency(gap.competencyId) : nullptr;
    ImGui::TextColored(palette().warning, "Persistent gap: %s %s rated %d+ level%s %s the tutor in %d sessions running%s",
                       gap.competencyId.c_str(), c ? (c->shortTitle.empty() ? c->title : c->shortTitle).c_str() : "",
                       gap.smallestGap, gap.smallestGap == 1 ? "" : "s", gap.selfAbove ? "above" : "below", gap.sessions,
                       gap.current ? ", up to the latest" : "");
  }
  ImGui::BeginChild("sessionList", ImVec2(190, 0), true);
  drawSessionList(page, sessions);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("session", ImVec2(0, 0), false);
  const core::SessionSummary& s = *shown.data;
  const core::Framework* f = page.state.catalog.framework(s.frameworkKey);
  ImGui::TextUnformatted(fmt::format("{} · observed by {} · {} min · coachee {}", dateLabel(s.date),
                                     s.tutor.empty() ? "(not named)" : s.tutor, static_cast<int>(s.durationSeconds / 60),
                                     s.coacheePseudonym.empty() ? "(not named)" : s.coacheePseudonym)
                             .c_str());
  if (page.progress.reviewMode) {
    ImGui::TextColored(palette().muted, "The tutor's feedback and ratings are read only; your reflection and self-ratings are yours to write.");
  }
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
  ImGui::BeginChild("feedback", ImVec2(half, 0), true);
  progressHeading("Written feedback");
  tutorText("Strengths", s.strengths, palette().good);
  tutorText("Development areas", s.developmentAreas, palette().warning);
  tutorText("Feedback", s.feedback, palette().accent);
  tutorText("Coachee's feedback", s.coacheeFeedback, palette().accent);
  drawEvidence(page, shown.id, s, f);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("yours", ImVec2(0, 0), true);
  drawReflection(page, shown.id);
  ImGui::Spacing();
  progressHeading(session::roleOf(page.progress) == session::Role::Learner ? "Ratings and your self-ratings"
                                                                           : "Ratings and the learner's self-ratings");
  if (!f) {
    ImGui::TextColored(palette().warning, "Framework %s is not loaded: ratings cannot be shown.", s.frameworkKey.c_str());
  } else {
    for (const core::Competency& c : f->competencies) drawCompetency(page, shown.id, s, *f, c);
  }
  ImGui::EndChild();
  ImGui::EndChild();
}

}  // namespace coachscope::ui
