// Merging one observation into a record that already holds 1,000 sessions, against only parsing
// and writing that same record's JSON. Both sides read the file, parse it, serialise it and write
// it atomically; the merge side also decodes the record, folds the observation in and encodes it.
// Both are timed in every round in alternating order (see bench_rounds.h); prints the median and
// best of each, the best-of ratio and the median of the per-round ratios, and exits 1 when the
// best-of ratio says the merge adds more than 30% (the best rounds are the ones the machine's load
// disturbed least, so the verdict does not flip with it).
//
//   build/tests/bench_merge [sessions=1000] [rounds=31]
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "bench/bench_rounds.h"
#include "core/ids.h"
#include "core/json_document.h"
#include "core/merge.h"
#include "store/atomic_file.h"
#include "store/record_codec.h"
#include "store/record_lock.h"

using namespace coachscope;

namespace {

// A session as a tutor scores it: all eight competencies rated, a few dozen marker events, notes.
core::Observation observation(std::mt19937& rng, const std::string& learnerId, int n) {
  std::uniform_int_distribution<int> level(1, 5), marker(1, 8);
  core::Observation o;
  o.id = core::newId();
  o.frameworkId = "icf-core-competencies";
  o.frameworkVersion = "2019";
  o.context.learnerId = learnerId;
  o.context.tutor = "Tutor " + std::to_string(n % 4);
  o.context.coacheePseudonym = "Client" + std::to_string(n % 30);
  o.context.date = fmt::format("2026-{:02}-{:02}T10:00", 1 + n % 12, 1 + n % 28);
  o.durationSeconds = 2700 + n % 900;
  for (int c = 1; c <= 8; ++c) o.ratings[std::to_string(c)] = {level(rng), false, "Consistent evidence across the session."};
  for (int e = 0; e < 30; ++e) o.events.push_back({core::newId(), fmt::format("{}.{}", 3 + e % 6, marker(rng)), 30.0 * e, ""});
  for (int k = 0; k < 8; ++k) {
    o.notes.push_back({core::newId(), 200.0 * k, "Asked an open question about what matters most here.",
                       core::NoteKind::Observation, "7"});
  }
  o.feedback = "Strong contracting at the start; try leaving more silence after the client's insight.";
  o.coacheeFeedback = "Helpful, I left with a clear next step.";
  o.updatedAt = "2026-11-23T10:00:00Z";
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  const int sessions = argc > 1 ? std::atoi(argv[1]) : 1000;
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 31;
  const auto dir = std::filesystem::temp_directory_path() / ("coachscope-bench-merge-" + core::newId());
  std::filesystem::create_directories(dir);
  const auto path = dir / "learner.record.json";

  std::mt19937 rng(42);
  core::ProgressRecord record = core::newProgressRecord(core::newId(), {"Bench Learner", "", "ilm-coaching-level5", ""},
                                                        "2026-01-01T00:00:00Z", "bench");
  for (int i = 0; i < sessions; ++i) (void)core::mergeObservation(record, observation(rng, record.learnerId, i));
  if (auto saved = store::saveRecordFile(path, record); !saved) {
    fmt::print(stderr, "{}\n", saved.error().message());
    return 2;
  }
  fmt::print("record: {} sessions, {:.1f} MB\n", sessions, std::filesystem::file_size(path) / 1e6);

  // Baseline: read, parse, serialise the same way, write atomically.
  // (Scoped so that freeing the parsed tree is timed, as the merge side frees its record.)
  bool failed = false;
  auto baseline = [&] {
    auto doc = core::readJsonFile(path);
    failed |= !doc || !store::writeFileAtomically(path, doc->dump(1) + "\n");
  };
  // Merge: the same, plus decoding, folding one new observation in, encoding; under the lock.
  int added = 0;
  auto merge = [&] {
    const core::Observation incoming = observation(rng, record.learnerId, sessions + added++);
    auto status = store::updateRecordFile(path, [&](core::ProgressRecord& r) -> core::Result<bool> {
      auto outcome = core::mergeObservation(r, incoming);
      if (!outcome) return outcome.error();
      return outcome->added;
    });
    if (!status) {
      fmt::print(stderr, "{}\n", status.error().message());
      failed = true;
    }
  };
  const bench::Comparison c = bench::compareInterleaved(rounds, baseline, merge);
  if (failed) return 2;
  bench::printComparison(c, "parse + write only", "merge one session");
  const double extra = (c.bestRatio() - 1) * 100;
  fmt::print("merge adds {:.0f}% (best-of; median of ratios {:.0f}%; limit 30%)\n", extra, (c.medianRatio() - 1) * 100);
  if (std::getenv("BENCH_KEEP")) fmt::print("kept {}\n", path.string());
  else std::filesystem::remove_all(dir);
  return extra <= 30 ? 0 : 1;
}
