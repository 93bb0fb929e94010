#include "store/record_text.h"

#include <fmt/format.h>

namespace coachscope::store {
namespace {

// Minimal JSON text writer: commas between members are handled by `first_`.
class Writer {
 public:
  std::string out;

  void beginObject() { open('{'); }
  void endObject() { close('}'); }
  void beginArray() { open('['); }
  void endArray() { close(']'); }
  void key(std::string_view name) {
    comma();
    escaped(name);
    out += ": ";
    afterKey_ = true;
  }
  void string(std::string_view text) {
    comma();
    escaped(text);
  }
  void escaped(std::string_view text) {
    out += '"';
    for (char c : text) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
          else out += c;
      }
    }
    out += '"';
  }
  void number(double value) {
    comma();
    fmt::format_to(std::back_inserter(out), "{}", value);
  }
  void integer(long long value) {
    comma();
    fmt::format_to(std::back_inserter(out), "{}", value);
  }
  void boolean(bool value) {
    comma();
    out += value ? "true" : "false";
  }
  void null() {
    comma();
    out += "null";
  }
  // Starts the next member or element on a new line (the comma, when needed, ends this one).
  void newline(int indent) {
    if (!first_) out += ',';
    out += '\n';
    out.append(static_cast<std::size_t>(indent), ' ');
    first_ = true;
  }
  // Member helpers.
  void field(std::string_view name, std::string_view text) { key(name), string(text); }
  void field(std::string_view name, const char* text) { key(name), string(text); }
  void field(std::string_view name, const std::string& text) { key(name), string(text); }
  void field(std::string_view name, double value) { key(name), number(value); }
  void field(std::string_view name, int value) { key(name), integer(value); }
  void field(std::string_view name, bool value) { key(name), boolean(value); }

 private:
  void comma() {
    if (afterKey_) {
      afterKey_ = false;
      return;
    }
    if (!first_) out += ", ";
    first_ = false;
  }
  void open(char c) {
    comma();
    out += c;
    first_ = true;
  }
  void close(char c) {
    out += c;
    first_ = false;
  }
  bool first_ = true;
  bool afterKey_ = false;
};

void write(Writer& w, const core::LearnerProfile& p) {
  w.beginObject();
  w.field("centre", p.centre);
  if (!p.cohort.empty()) w.field("cohort", p.cohort);  // only when set, as in the hashed form
  w.field("finalWorkshop", p.finalWorkshopDate);
  w.field("name", p.name);
  w.field("programme", p.programmeId);
  if (!p.tutor.empty()) w.field("tutor", p.tutor);
  w.endObject();
}

void write(Writer& w, const core::SessionSummary& s) {
  w.beginObject();
  w.field("coacheeFeedback", s.coacheeFeedback);
  w.field("coacheePseudonym", s.coacheePseudonym);
  w.field("coacheeSeniorManager", s.coacheeSeniorManager);
  w.field("date", s.date);
  w.field("developmentAreas", s.developmentAreas);
  w.field("durationSeconds", s.durationSeconds);
  w.field("feedback", s.feedback);
  w.field("framework", s.frameworkKey);
  w.field("group", s.group);
  w.field("groupSize", s.groupSize);
  w.key("judgements");
  w.beginObject();
  for (const auto& [competency, j] : s.judgements) {
    w.key(competency);
    w.beginObject();
    w.field("option", j.optionId);
    w.field("reason", j.reason);
    w.endObject();
  }
  w.endObject();
  w.key("markerCounts");
  w.beginObject();
  for (const auto& [code, count] : s.markerCounts) w.field(code, count);
  w.endObject();
  w.field("mode", core::toString(s.mode));
  w.key("notes");
  w.beginArray();
  for (const auto& n : s.notes) {
    w.beginObject();
    w.field("id", n.id);
    w.field("kind", core::toString(n.kind));
    w.field("tag", n.tag);
    w.field("text", n.text);
    w.field("time", n.time);
    w.endObject();
  }
  w.endArray();
  w.field("observationUpdatedAt", s.observationUpdatedAt);
  w.field("paid", s.paid);
  w.key("ratings");
  w.beginObject();
  for (const auto& [competency, r] : s.ratings) {
    w.key(competency);
    w.beginObject();
    w.key("level");
    if (r.level) w.integer(*r.level);
    else w.null();
    w.field("notObserved", r.notObserved);
    w.field("rationale", r.rationale);
    w.endObject();
  }
  w.endObject();
  w.field("reference", s.reference);
  w.field("strengths", s.strengths);
  w.field("threeWayContracting", s.threeWayContracting);
  w.field("tutor", s.tutor);
  w.endObject();
}

void write(Writer& w, const core::PracticeEntry& e) {
  w.beginObject();
  w.field("coacheeFeedback", e.coacheeFeedback);
  w.field("coacheePseudonym", e.coacheePseudonym);
  w.field("date", e.date);
  w.field("group", e.group);
  w.field("groupSize", e.groupSize);
  w.field("minutes", e.minutes);
  w.field("observation", e.observationId);
  w.field("paid", e.paid);
  w.field("preparationDone", e.preparationDone);
  w.field("reflection", e.reflection);
  w.field("seniorManager", e.seniorManager);
  w.field("threeWayContracting", e.threeWayContracting);
  w.endObject();
}

void write(Writer& w, const core::SupervisionEntry& e) {
  w.beginObject();
  w.field("date", e.date);
  w.field("group", e.group);
  w.field("kind", core::toString(e.kind));
  w.field("minutes", e.minutes);
  w.field("notes", e.notes);
  w.field("with", e.with);
  w.endObject();
}

void write(Writer& w, const core::BookReview& r) {
  w.beginObject();
  w.field("author", r.author);
  w.field("date", r.date);
  w.field("done", r.done);
  w.field("notes", r.notes);
  w.field("pages", r.pages);
  w.field("title", r.title);
  w.endObject();
}

void write(Writer& w, const core::AssignmentProgress& a) {
  w.beginObject();
  w.field("date", a.date);
  w.field("notes", a.notes);
  w.field("status", core::toString(a.status));
  w.endObject();
}

void write(Writer& w, const core::Reflection& r) {
  w.beginObject();
  w.field("doDifferently", r.doDifferently);
  w.field("fromFeedback", r.fromFeedback);
  w.field("wentWell", r.wentWell);
  w.endObject();
}

void write(Writer& w, const core::SelfAssessment& a) {
  w.beginObject();
  w.field("date", a.date);
  w.field("framework", a.frameworkKey);
  w.key("ratings");
  w.beginObject();
  for (const auto& [competency, r] : a.ratings) {
    w.key(competency);
    w.beginObject();
    w.field("level", r.level);
    w.field("why", r.why);
    w.endObject();
  }
  w.endObject();
  w.field("session", a.sessionId);
  w.endObject();
}

void write(Writer& w, const core::ActionItem& i) {
  w.beginObject();
  w.field("action", i.action);
  w.field("byWhen", i.byWhen);
  w.field("competency", i.competencyId);
  w.field("developmentArea", i.developmentArea);
  w.field("done", i.done);
  w.field("evidence", i.evidence);
  w.field("tutorComment", i.tutorComment);
  w.endObject();
}

template <typename T>
void writeSet(Writer& w, core::EntryKind kind, const core::VersionedSet<T>& set) {
  w.key(core::toString(kind));
  w.beginArray();
  bool any = false;
  for (const auto& [id, versions] : set.entities()) {
    for (const auto& [hash, v] : versions) {
      any = true;
      w.newline(2);
      w.beginObject();
      w.field("id", id);
      w.field("hash", hash);
      w.key("supersedes");
      w.beginArray();
      for (const auto& old : v.supersedes) w.string(old);
      w.endArray();
      w.field("at", v.at);
      w.field("by", v.by);
      if (v.deleted) {
        w.field("deleted", true);
      } else if (v.redacted) {
        w.field("redacted", true);
      } else {
        w.key("data");
        write(w, v.data);
      }
      w.endObject();
    }
  }
  if (any) w.out += "\n ";
  w.endArray();
}

}  // namespace

std::string writeRecordText(const core::ProgressRecord& r, int formatVersion) {
  Writer w;
  w.out.reserve(4096 + 4096 * r.sessions.entities().size());
  w.beginObject();
  w.newline(1);
  w.field("format", fmt::format("coachscope.record/{}", formatVersion));
  w.newline(1);
  w.field("learnerId", r.learnerId);
  auto section = [&](auto kind, const auto& set) {
    w.newline(1);
    writeSet(w, kind, set);
  };
  core::forEachSet(r, [&](core::EntryKind kind, const auto& set) {
    // The learner's lists only once they hold something: older records keep their bytes.
    if (!core::isLearnerKind(kind) || !set.entities().empty()) section(kind, set);
  });
  w.out += "\n}\n";
  return std::move(w.out);
}

}  // namespace coachscope::store
