#include "centre_generator.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "core/merge.h"
#include "core/portfolio_status.h"
#include "core/progress_record.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "store/workspace.h"

namespace coachscope::testing {
namespace {

// Draws computed from the engine's raw output only, so a seed gives the same centre with any
// standard library (the <random> distributions may differ between implementations).
class Random {
 public:
  explicit Random(std::uint64_t seed) : engine_(seed) {}
  std::uint64_t next() { return engine_(); }
  int below(std::size_t n) { return n == 0 ? 0 : static_cast<int>(next() % n); }
  int between(int low, int high) { return low + below(static_cast<std::size_t>(high - low + 1)); }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  double between(double low, double high) { return low + (high - low) * unit(); }
  bool chance(double p) { return unit() < p; }
  double normal() {  // Box-Muller
    const double u = std::max(unit(), 1e-12), v = unit();
    return std::sqrt(-2 * std::log(u)) * std::cos(6.283185307179586 * v);
  }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(below(items.size()))];
  }
  std::string uuid() {
    const std::uint64_t a = next(), b = next();
    return fmt::format("{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}", a >> 32, (a >> 16) & 0xffff, a & 0xfff,
                       0x8000 | ((b >> 48) & 0x3fff), b & 0xffffffffffffULL);
  }

 private:
  std::mt19937_64 engine_;
};

const std::vector<std::string> kFirstNames = {
    "Priya", "Tom", "Aisha", "Daniel", "Mei", "Oluwaseun", "Grace", "Liam", "Fatima", "Jonas", "Sofia", "Kwame",
    "Hannah", "Ravi", "Chloe", "Mateo", "Yuki", "Ben", "Amara", "Lukas", "Zainab", "Owen", "Ines", "Callum",
    "Leila", "Marcus", "Niamh", "Arjun", "Elena", "Samuel", "Rosa", "Tariq", "Freya", "Dev", "Ingrid", "Kofi"};
const std::vector<std::string> kSurnames = {
    "Raman", "Okafor", "Lindqvist", "Hughes", "Chen", "Adeyemi", "Murphy", "Kowalski", "Haddad", "Bauer",
    "Rossi", "Mensah", "Fletcher", "Iyer", "Dubois", "Garcia", "Tanaka", "Walsh", "Nwosu", "Schmidt",
    "Rahman", "Price", "Silva", "MacLeod", "Farah", "Bennett", "O'Connor", "Patel", "Novak", "Evans"};
const std::vector<std::string> kTutors = {
    "Dr Helen Marsh", "James Whitfield", "Anita Desai", "Robert Kerr", "Grace Oduya", "Martin Lowe",
    "Sarah Quinn", "Dr Felix Arndt", "Nadia Haddad", "Peter Sands", "Ruth Ellison", "Omar Shah"};
const std::vector<std::string> kCoachees = {"Sam", "Alex", "Jo", "Kim", "Chris", "Robin", "Pat", "Lee",
                                            "Morgan", "Jamie", "Taylor", "Casey", "Drew", "Ash", "Rowan"};
const std::vector<std::string> kNoteTexts = {
    "Open question that let the client think aloud.", "Stacked two questions; the second one was closed.",
    "Reflected the client's own words back, which landed well.", "Moved to options before the goal was clear.",
    "Long, comfortable silence; the client found their own answer.", "Offered a suggestion, then pulled back.",
    "Checked in on progress against the session goal.", "Named an energy shift when the manager came up."};
const std::vector<std::string> kCoacheeFeedback = {
    "Helpful: I left with a clear next step.", "I felt listened to and less stuck than before.",
    "Good session, though it felt a little rushed at the end.", "The questions made me think differently.",
    "Useful. I would like more challenge next time."};

struct Cohort {
  std::string name;
  const core::Programme* programme = nullptr;
  const core::Framework* framework = nullptr;
  long startDays = 0;
  std::string finalWorkshop;
  long deadlineDays = 0;
  std::vector<std::string> weakCompetencies;  // what this cohort finds hard: lower ratings
  std::vector<std::string> rareMarkers;       // what it seldom shows
};

std::string season(int month) {
  return month <= 3 ? "Winter" : month <= 6 ? "Spring" : month <= 9 ? "Summer" : "Autumn";
}

std::string isoAt(long days, int hour, int minute = 0) {
  return fmt::format("{}T{:02}:{:02}", core::isoDateFromDays(days), hour, minute);
}
std::string stamp(long days, int hour) { return fmt::format("{}T{:02}:00:00Z", core::isoDateFromDays(days), hour); }

core::Result<std::vector<Cohort>> makeCohorts(const CentreOptions& options, const core::Catalog& catalog, Random& rng) {
  const int count = std::max(1, (options.learners + 24) / 25);
  std::vector<Cohort> cohorts;
  for (int k = 0; k < count; ++k) {
    Cohort c;
    const std::string& programmeId = options.programmes[static_cast<std::size_t>(k) % options.programmes.size()];
    c.programme = catalog.programme(programmeId);
    if (!c.programme) return core::Error{programmeId, "", "programme not in the catalog"};
    c.framework = catalog.framework(c.programme->frameworkId);
    if (!c.framework) return core::Error{programmeId, "/framework", "its framework is not in the catalog"};
    // A new cohort every three months: the newest started five and a half months ago, the fourth
    // is due in about six weeks, older ones are past their deadline, so a centre holds every stage.
    const std::string start =
        core::isoDateFromDays(*core::daysSinceEpoch(*core::addMonths(options.today, -(5 + 3 * k))) - 15);
    c.startDays = *core::daysSinceEpoch(start);
    c.finalWorkshop = *core::addMonths(start, 4);
    c.deadlineDays = *core::daysSinceEpoch(*core::addMonths(c.finalWorkshop, c.programme->deadlineMonthsAfterFinalWorkshop.value_or(12)));
    c.name = fmt::format("{} {}", season(std::stoi(start.substr(5, 2))), start.substr(0, 4));
    for (const auto& other : cohorts) {
      if (other.name == c.name) c.name += " (" + std::to_string(k + 1) + ")";
    }
    std::vector<const core::Competency*> rated;
    for (const auto& competency : c.framework->competencies) {
      if (competency.evidence != core::EvidenceKind::Judgement) rated.push_back(&competency);
    }
    if (!rated.empty()) c.weakCompetencies.push_back(rated[static_cast<std::size_t>(rng.below(rated.size()))]->id);
    for (int m = 0; m < 4 && !c.framework->markers.empty(); ++m) c.rareMarkers.push_back(rng.pick(c.framework->markers).code);
    cohorts.push_back(std::move(c));
  }
  return cohorts;
}

struct LearnerPlan {
  std::string id;
  std::string name;
  const Cohort* cohort = nullptr;
  std::string tutor;
  double progress = 0;  // share of the portfolio done by today, 0..1
  double feedbackMissed = 0;  // how often the learner forgets to ask the coachee for feedback
  long lastActiveDays = 0;
};

std::string feedbackText(const core::Framework& f, const std::map<std::string, core::CompetencyRating>& ratings) {
  const core::Competency* best = nullptr;
  const core::Competency* worst = nullptr;
  int bestLevel = -1, worstLevel = 1 << 20;
  for (const auto& [id, r] : ratings) {
    if (!r.level) continue;
    const core::Competency* c = f.competency(id);
    if (*r.level > bestLevel) bestLevel = *r.level, best = c;
    if (*r.level < worstLevel) worstLevel = *r.level, worst = c;
  }
  if (!best || !worst) return "A session with too little evidence to rate.";
  return fmt::format("Strongest today: {}. Next time, focus on {}: slow down and let the client lead.", best->title,
                     worst->title);
}

core::Observation observe(const LearnerPlan& plan, const std::vector<std::string>& tutors, int index, int total,
                          long day, const std::map<std::string, double>& base, const std::map<std::string, double>& markerWeights,
                          Random& rng) {
  const Cohort& cohort = *plan.cohort;
  const core::Framework& f = *cohort.framework;
  const core::ProgrammeRequirements& req = cohort.programme->requirements;
  core::Observation o;
  o.id = rng.uuid();
  o.frameworkId = f.id;
  o.frameworkVersion = f.version;
  o.context.learnerId = plan.id;
  o.context.learnerName = plan.name;
  o.context.tutor = rng.chance(0.8) ? plan.tutor : rng.pick(tutors);
  o.context.coacheePseudonym = kCoachees[static_cast<std::size_t>(index * 7 + rng.below(5)) % kCoachees.size()];
  o.context.coacheeSeniorManager = rng.chance(req.seniorCoachingHours > 0 ? 0.9 : 0.2);
  o.context.group = rng.chance(0.04);
  o.context.groupSize = o.context.group ? rng.between(3, 6) : 1;
  o.context.threeWayContracting = rng.chance(0.06);
  o.context.paid = rng.chance(0.4);
  o.context.mode = rng.chance(0.3) ? core::SessionMode::Recorded : core::SessionMode::Live;
  o.context.date = isoAt(day, rng.between(9, 17), rng.chance(0.5) ? 30 : 0);
  o.durationSeconds = rng.between(40, 65) * 60;

  // Ratings grow over the learner's sessions, around the learner's own level per competency.
  const double through = total > 1 ? static_cast<double>(index) / (total - 1) : 1.0;
  const int low = f.scale.lowest(), high = f.scale.highest();
  for (const auto& competency : f.competencies) {
    if (competency.evidence == core::EvidenceKind::Judgement) {
      // Now and then a concern (slipping into advising), otherwise the first option that is none.
      const bool concern = rng.chance(0.04);
      const core::JudgementOption* chosen = nullptr;
      for (const auto& option : competency.judgementOptions) {
        if (!chosen || (option.concern == concern && chosen->concern != concern)) chosen = &option;
      }
      if (chosen) {
        const bool reason = chosen->concern || chosen->reasonRequired;
        o.judgements[competency.id] = {chosen->id, reason ? "Slipped into advising for several minutes." : ""};
      }
      continue;
    }
    core::CompetencyRating rating;
    if (rng.chance(0.03)) {
      rating.notObserved = true;
    } else {
      const double level = base.at(competency.id) + 1.4 * through * plan.progress + 0.45 * rng.normal();
      rating.level = std::clamp(static_cast<int>(std::lround(level)), low, high);
      rating.rationale = "Consistent evidence across the session.";
    }
    o.ratings[competency.id] = rating;
  }

  // Marker events, more often for the markers this learner tends to show.
  double weightSum = 0;
  for (const auto& [code, w] : markerWeights) weightSum += w;
  const int events = rng.between(12, 30);
  double time = 30;
  for (int e = 0; e < events && weightSum > 0; ++e) {
    double pick = rng.unit() * weightSum;
    std::string code = markerWeights.begin()->first;
    for (const auto& [c, w] : markerWeights) {
      if ((pick -= w) <= 0) {
        code = c;
        break;
      }
    }
    time = std::min(time + rng.between(20.0, o.durationSeconds / events * 1.6), o.durationSeconds - 5.0);
    o.events.push_back({rng.uuid(), code, std::round(time), rng.chance(0.2) ? "What would make today worthwhile?" : ""});
  }
  const core::NoteKind kinds[] = {core::NoteKind::Observation, core::NoteKind::Strength, core::NoteKind::Development,
                                  core::NoteKind::Question};
  const int notes = rng.between(3, 8);
  for (int n = 0; n < notes; ++n) {
    core::Note note{rng.uuid(), std::round(o.durationSeconds * (n + 0.5) / notes), rng.pick(kNoteTexts), kinds[rng.below(4)], ""};
    if (rng.chance(0.6)) note.tag = rng.pick(f.competencies).id;
    else if (rng.chance(0.5) && !f.markers.empty()) note.tag = rng.pick(f.markers).code;
    o.notes.push_back(std::move(note));
  }
  o.feedback = feedbackText(f, o.ratings);
  o.strengths = "Warm contracting and a calm presence.";
  o.developmentAreas = "One question at a time; design accountability with the client.";
  if (!rng.chance(plan.feedbackMissed)) o.coacheeFeedback = rng.pick(kCoacheeFeedback);
  o.updatedAt = stamp(day, 18);
  return o;
}

// Two tutors edited the same log entry differently on their own copies; the join keeps both.
void addConflict(core::ProgressRecord& record, const std::string& entryId, long day, const std::vector<std::string>& tutors) {
  core::ProgressRecord other = record;
  core::PracticeEntry mine = record.practice.current(entryId)->data;
  core::PracticeEntry theirs = mine;
  mine.minutes += 5;
  theirs.coacheePseudonym += " (sponsor)";
  core::putPractice(record, entryId, mine, stamp(day, 19), tutors.front());
  core::putPractice(other, entryId, theirs, stamp(day, 20), tutors.back());
  (void)core::joinRecords(record, other);
}

struct LearnerFiles {
  core::ProgressRecord record;
  std::vector<core::Observation> observations;
  int practiceEntries = 0;
  bool conflicted = false;
};

LearnerFiles makeLearner(const CentreOptions& options, const LearnerPlan& plan, const std::vector<std::string>& tutors,
                         int learnerIndex, Random& rng) {
  const Cohort& cohort = *plan.cohort;
  const core::Framework& f = *cohort.framework;
  const core::ProgrammeRequirements& req = cohort.programme->requirements;
  LearnerFiles out;

  core::LearnerProfile profile;
  profile.name = plan.name;
  profile.centre = "Northbridge Coaching Academy";
  profile.programmeId = cohort.programme->id;
  profile.finalWorkshopDate = cohort.finalWorkshop;
  profile.cohort = cohort.name;
  profile.tutor = plan.tutor;
  out.record = core::newProgressRecord(plan.id, profile, stamp(cohort.startDays, 9), plan.tutor);
  core::ProgressRecord& record = out.record;

  std::map<std::string, double> base;
  const double low = f.scale.lowest(), high = f.scale.highest();
  const double learnerLevel = low + (high - low) * rng.between(0.2, 0.45);
  for (const auto& c : f.competencies) {
    double level = learnerLevel + 0.35 * rng.normal();
    if (std::find(cohort.weakCompetencies.begin(), cohort.weakCompetencies.end(), c.id) != cohort.weakCompetencies.end()) {
      level -= 0.8;
    }
    base[c.id] = level;
  }
  std::map<std::string, double> markerWeights;
  for (const auto& m : f.markers) {
    const bool rare = std::find(cohort.rareMarkers.begin(), cohort.rareMarkers.end(), m.code) != cohort.rareMarkers.end();
    markerWeights[m.code] = (0.2 + rng.unit()) * (rare ? 0.1 : 1.0);
  }

  // Observed sessions from two weeks after the start until the learner's last active day.
  const long first = cohort.startDays + 14;
  const long last = std::max(first, plan.lastActiveDays);
  double observedMinutes = 0;
  for (int s = 0; s < options.sessions; ++s) {
    const double slot = options.sessions > 1 ? (s + rng.between(0.0, 0.8)) / options.sessions : 1.0;
    const long day = first + static_cast<long>(std::lround((last - first) * std::min(slot, 1.0)));
    core::Observation o = observe(plan, tutors, s, options.sessions, day, base, markerWeights, rng);
    observedMinutes += o.durationSeconds / 60;
    (void)core::mergeObservation(record, o);
    if (rng.chance(0.5)) {  // the learner's preparation and reflection on the observed session
      core::PracticeEntry notes;
      notes.observationId = o.id;
      notes.date = o.context.date.substr(0, 10);
      notes.preparationDone = true;
      notes.reflection = "I rushed to options; next time I will stay longer with what the client wants.";
      core::putPractice(record, rng.uuid(), notes, stamp(day + 1, 20), plan.name);
    }
    if (options.observationFiles) out.observations.push_back(std::move(o));
  }

  // Unobserved practice up to the learner's share of the programme's hours (enough, when done, for
  // the senior-manager hours too, since not every coachee is one).
  const double requiredHours = std::max(req.coachingHours, req.seniorCoachingHours * 1.1);
  const double targetMinutes = requiredHours * 60 * std::min(1.0, plan.progress * 1.1) * rng.between(1.0, 1.1);
  long day = first;
  std::string firstEntryId;
  bool threeWay = false;
  for (double logged = observedMinutes; logged < targetMinutes;) {
    core::PracticeEntry e;
    day = std::min(last, day + rng.between(3, 12));
    e.date = core::isoDateFromDays(day);
    e.minutes = rng.between(45, 75);
    e.coacheePseudonym = rng.pick(kCoachees);
    e.seniorManager = rng.chance(req.seniorCoachingHours > 0 ? 0.95 : 0.2);
    e.paid = rng.chance(0.4);
    e.threeWayContracting = req.threeWayContracts > 0 && !threeWay && plan.progress > 0.5 && rng.chance(0.3);
    threeWay |= e.threeWayContracting;
    e.preparationDone = rng.chance(0.9);
    e.reflection = rng.chance(0.8) ? "Stayed with the client's agenda; closed with a clear action." : "";
    if (!rng.chance(plan.feedbackMissed)) e.coacheeFeedback = rng.pick(kCoacheeFeedback);
    const std::string id = rng.uuid();
    if (firstEntryId.empty()) firstEntryId = id;
    core::putPractice(record, id, e, stamp(day, 21), plan.name);
    logged += e.minutes;
    ++out.practiceEntries;
  }

  // Supervision (and now and then mentor coaching), book reviews and assignments by progress.
  const int supervisions = static_cast<int>(std::lround(req.supervisionHours * plan.progress * 1.2));
  for (int s = 0; s < supervisions; ++s) {
    const long when = first + (last - first) * (s + 1) / (supervisions + 1);
    core::putSupervision(record, rng.uuid(),
                         core::SupervisionEntry{core::SupervisionKind::Supervision, core::isoDateFromDays(when), 60,
                                                rng.pick(tutors), rng.chance(0.3), ""},
                         stamp(when, 17), plan.tutor);
  }
  if (rng.chance(0.3)) {
    core::putSupervision(record, rng.uuid(),
                         core::SupervisionEntry{core::SupervisionKind::MentorCoaching, core::isoDateFromDays(last), 45,
                                                rng.pick(tutors), false, ""},
                         stamp(last, 17), plan.tutor);
  }
  const int reviews = std::min(req.bookReviews, static_cast<int>(req.bookReviews * plan.progress + rng.unit()));
  const int started = reviews + (rng.chance(0.4) ? 1 : 0);  // now and then one still being written
  for (int b = 0; b < started; ++b) {
    const long when = first + (last - first) * (b + 1) / (reviews + 2);
    core::putBookReview(record, rng.uuid(),
                        core::BookReview{fmt::format("A book on coaching, part {}", b + 1), rng.pick(kSurnames),
                                         std::max(1, req.bookReviewPages), b < reviews, core::isoDateFromDays(when), ""},
                        stamp(when, 16), plan.name);
  }
  const auto& assignments = cohort.programme->assignments;
  for (std::size_t a = 0; a < assignments.size(); ++a) {
    const double threshold = 0.25 + 0.15 * static_cast<double>(a);
    core::AssignmentStatus status = core::AssignmentStatus::NotStarted;
    if (plan.progress >= threshold + 0.35) status = rng.chance(0.08) ? core::AssignmentStatus::Refer : core::AssignmentStatus::Pass;
    else if (plan.progress >= threshold + 0.15) status = core::AssignmentStatus::Submitted;
    else if (plan.progress >= threshold) status = core::AssignmentStatus::Draft;
    if (status == core::AssignmentStatus::NotStarted) continue;
    core::putAssignment(record, assignments[a].id, core::AssignmentProgress{status, core::isoDateFromDays(last), ""},
                        stamp(last, 15), plan.tutor);
  }
  // Every 25th learner, from the 8th, carries an unresolved conflict between two tutors' copies.
  if (learnerIndex % 25 == 7 && !firstEntryId.empty()) {
    addConflict(record, firstEntryId, last, tutors);
    out.conflicted = true;
  }
  return out;
}

}  // namespace

core::Result<CentreSummary> generateCentre(const CentreOptions& options, const core::Catalog& catalog) {
  if (options.learners < 0 || options.sessions < 0) return core::Error{"", "", "counts must be zero or more"};
  if (!core::daysSinceEpoch(options.today)) return core::Error{options.today, "", "not a date (YYYY-MM-DD)"};
  if (options.programmes.empty()) return core::Error{"", "", "no programme to put cohorts on"};
  Random centreRng(options.seed);
  auto cohorts = makeCohorts(options, catalog, centreRng);
  if (!cohorts) return cohorts.error();
  std::vector<std::string> tutors;
  const int tutorCount = std::max(2, (options.learners + 19) / 20);
  for (int t = 0; t < tutorCount; ++t) {
    tutors.push_back(t < static_cast<int>(kTutors.size()) ? kTutors[static_cast<std::size_t>(t)]
                                                          : fmt::format("Tutor {}", t + 1));
  }

  CentreSummary summary;
  summary.cohorts = static_cast<int>(cohorts->size());
  summary.tutors = tutorCount;
  const long today = *core::daysSinceEpoch(options.today);
  for (int i = 0; i < options.learners; ++i) {
    // Each learner draws from its own stream, so one learner's files do not depend on the others'.
    Random rng(options.seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(i) * 0xBF58476D1CE4E5B9ULL + 1);
    LearnerPlan plan;
    plan.id = rng.uuid();
    plan.name = fmt::format("{} {}", kFirstNames[static_cast<std::size_t>(i) % kFirstNames.size()],
                            kSurnames[static_cast<std::size_t>(i / static_cast<int>(kFirstNames.size()) + i * 7) % kSurnames.size()]);
    plan.cohort = &(*cohorts)[static_cast<std::size_t>(i) % cohorts->size()];
    plan.tutor = tutors[static_cast<std::size_t>(i / 3) % tutors.size()];
    // How far along the learner is: time through the programme, at the learner's own pace; one
    // in seven has stopped being observed two to five months ago.
    const bool lapsed = rng.chance(1.0 / 7);
    plan.lastActiveDays = lapsed ? today - rng.between(60, 150) : today - rng.between(0, 20);
    const double span = static_cast<double>(plan.cohort->deadlineDays - plan.cohort->startDays - 45);
    const double through = static_cast<double>(plan.lastActiveDays - plan.cohort->startDays) / span;
    plan.progress = std::clamp(through * rng.between(0.7, 1.35), 0.05, 1.0);
    plan.feedbackMissed = rng.chance(0.3) ? 0.1 : 0.0;

    LearnerFiles files = makeLearner(options, plan, tutors, i, rng);
    auto recordFile = store::recordPath(options.workspace, plan.id);
    if (!recordFile) return recordFile.error();
    if (auto saved = store::saveRecordFile(*recordFile, files.record); !saved) return saved.error();
    for (const core::Observation& o : files.observations) {
      auto path = store::observationPath(options.workspace, o.id);
      if (!path) return path.error();
      if (auto saved = store::saveObservationFile(*path, o); !saved) return saved.error();
    }
    ++summary.learners;
    summary.observations += static_cast<int>(files.observations.size());
    summary.practiceEntries += files.practiceEntries;
    summary.conflictedRecords += files.conflicted;
  }
  return summary;
}

}  // namespace coachscope::testing
