// Per-frame CPU cost of the learner's review face (`coachscope review RECORD`), drawn headlessly
// (no window, no GPU): a record of 50 observed sessions against one of 5, each session with its
// written feedback, ratings, marker events and notes, the learner's reflection and self-ratings,
// and an action plan. Each section the face offers is measured; the face's cost must not grow
// with the record (lists are clipped and what the sections derive from the record is computed once
// per record, not each frame).
//   build/tests/bench_review_frame [frames] [rounds]
// Rounds alternate the two records (bench_rounds.h); the verdict takes the ratio of the best rounds.
#include <fmt/format.h>
#include <imgui.h>

#include <cstdlib>
#include <filesystem>

#include "bench/bench_rounds.h"
#include "bench/headless_frame.h"
#include "core/ids.h"
#include "core/merge.h"
#include "session/learner_entries.h"
#include "store/observation_codec.h"
#include "store/record_codec.h"
#include "store/workspace.h"
#include "ui/app_state.h"
#include "ui/shell.h"

using namespace coachscope;

namespace {

constexpr double kLimit = 1.10;

// The `index`th of a learner's observed sessions, a fortnight apart, ratings growing with time.
core::Observation session(const core::Framework& f, int index) {
  core::Observation o;
  o.id = core::newId();
  o.frameworkId = f.id;
  o.frameworkVersion = f.version;
  o.context.learnerName = "Bench Learner";
  o.context.tutor = "Tutor Tess";
  o.context.coacheePseudonym = "Sam";
  const int day = 1 + index * 14;
  o.context.date = fmt::format("{:04}-{:02}-{:02}T10:00", 2024 + day / 336, 1 + (day / 28) % 12, 1 + day % 28);
  o.durationSeconds = 50 * 60;
  o.updatedAt = o.context.date.substr(0, 10) + "T12:00:00Z";
  const auto& levels = f.scale.levels;
  for (const core::Competency& c : f.competencies) {
    if (c.evidence == core::EvidenceKind::Judgement) continue;
    o.ratings[c.id] = {levels[static_cast<std::size_t>(index) % levels.size()].value, false,
                       "The client's own words came back to them"};
  }
  for (int i = 0; i < 40; ++i) {
    o.events.push_back({core::newId(), f.markers[static_cast<std::size_t>(i) % f.markers.size()].code, 60.0 * i,
                        i % 3 == 0 ? "what matters most to you?" : ""});
  }
  for (int i = 0; i < 8; ++i) {
    o.notes.push_back({core::newId(), 300.0 * i + 5, "Held a long pause and let the client think",
                       i % 2 ? core::NoteKind::Strength : core::NoteKind::Development, ""});
  }
  o.strengths = "Warm, patient contracting; the agreement was revisited at the end.";
  o.developmentAreas = "One question at a time; fewer leading questions.";
  o.feedback = "A steady session overall, with real partnership in the middle third.";
  o.coacheeFeedback = "I felt heard and left with a plan.";
  return o;
}

struct Prepared {
  std::filesystem::path record;
  std::filesystem::path workspace;
};

// A workspace holding a learner's record of `sessions` observed sessions and their observation files.
Prepared prepare(const std::filesystem::path& root, const core::Catalog& catalog, int sessions) {
  const std::filesystem::path workspace = root / fmt::format("sessions-{}", sessions);
  std::filesystem::create_directories(workspace);
  auto record = store::createLearner(workspace, "Bench Learner", "ilm-coaching-level5");
  if (!record) std::abort();
  const core::Framework& f = *catalog.defaultFramework();
  for (int i = 0; i < sessions; ++i) {
    const core::Observation o = session(f, i);
    if (!core::mergeObservation(*record, o)) std::abort();
    if (!store::saveObservationFile(*store::observationPath(workspace, o.id), o)) std::abort();
    const core::Reflection reflection{"Held the silence", "Ask one question at a time", "Slow down after a reframe"};
    if (!session::writeReflection(*record, session::Role::Learner, o.id, reflection, o.updatedAt, "Bench")) std::abort();
    for (const auto& [competency, rating] : o.ratings) {
      if (!session::writeSelfRating(*record, catalog, session::Role::Learner, o.id, competency, *rating.level,
                                    "I listened for the client's words", o.updatedAt, "Bench")) {
        std::abort();
      }
    }
  }
  for (int i = 0; i < 6; ++i) {
    core::ActionItem item{"Questioning", "7", fmt::format("Action {}: one open question, then silence", i), "2026-12-01",
                          "", i % 2 == 0, ""};
    if (!session::addActionItem(*record, session::Role::Learner, item, "2026-01-01T00:00:00Z", "Bench")) std::abort();
  }
  const auto path = *store::recordPath(workspace, record->learnerId);
  if (!store::saveRecordFile(path, *record)) std::abort();
  return {path, workspace};
}

// Microseconds of CPU per frame of the review face on `section`, after it has settled.
double measure(const Prepared& prepared, ui::ProgressSection section, int frames) {
  bench::HeadlessContext context(ImVec2(1366, 768));

  ui::AppState state;
  state.catalog.addBuiltIns();
  state.frameworkKey = state.catalog.defaultFramework()->key();
  state.workspace = prepared.workspace;
  state.progress.reviewMode = true;
  state.progress.reviewFile = prepared.record;
  state.requestedTab = "Progress";
  auto frame = [&] { bench::drawShellFrame(state); };
  for (int i = 0; i < 10; ++i) frame();  // the review face opens on Sessions
  state.progressView.section = section;
  state.progressView.sectionRequested = true;
  for (int i = 0; i < 20; ++i) frame();
  if (!state.progress.record || state.progressView.section != section) {
    fmt::print(stderr, "the review face did not open on the section\n");
    std::abort();
  }
  return bench::cpuMicrosecondsPerFrame(state, frames);
}

}  // namespace

int main(int argc, char** argv) {
  const int frames = argc > 1 ? std::atoi(argv[1]) : 1000;
  const int rounds = argc > 2 ? std::atoi(argv[2]) : 7;
  const auto root = std::filesystem::temp_directory_path() / ("coachscope-bench-review-" + core::newId());
  core::Catalog catalog;
  catalog.addBuiltIns();
  const Prepared small = prepare(root, catalog, 5), large = prepare(root, catalog, 50);

  struct Section {
    ui::ProgressSection section;
    const char* name;
  };
  bool within = true;
  for (const Section& s : {Section{ui::ProgressSection::Sessions, "Sessions"},
                           Section{ui::ProgressSection::Competencies, "Competencies"},
                           Section{ui::ProgressSection::ActionPlan, "Action plan"},
                           Section{ui::ProgressSection::Portfolio, "Portfolio"}}) {
    bench::Comparison c;
    measure(small, s.section, frames / 4), measure(large, s.section, frames / 4);  // warm-up
    for (int round = 0; round < rounds; ++round) {
      // Alternating order, so a change in the machine's load falls on both alike.
      if (round % 2 == 0) {
        c.baseline.push_back(measure(small, s.section, frames));
        c.measured.push_back(measure(large, s.section, frames));
      } else {
        c.measured.push_back(measure(large, s.section, frames));
        c.baseline.push_back(measure(small, s.section, frames));
      }
    }
    fmt::print("review face, {}: 5 sessions best {:.1f} us, 50 sessions best {:.1f} us CPU a frame; "
               "ratio best-of {:.2f}x, median of {} rounds {:.2f}x (limit {:.2f}x)\n",
               s.name, bench::Comparison::best(c.baseline), bench::Comparison::best(c.measured), c.bestRatio(), rounds,
               c.medianRatio(), kLimit);
    within = within && c.bestRatio() <= kLimit;
  }
  std::filesystem::remove_all(root);
  return within ? 0 : 1;
}
