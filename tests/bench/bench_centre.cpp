// Loading a generated centre (default 300 learners x 50 observed sessions) and summarising every
// learner into a dashboard row, against only reading and parsing the same record files with
// nlohmann/json one after another. The loader reads on every core; both sides are timed in
// alternating order over several rounds (see bench_rounds.h). Exits 1 when the best-of ratio is
// above 1.3.
//
//   build/tests/bench_centre [LEARNERS=300] [SESSIONS=50] [ROUNDS=7]
#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "bench/bench_rounds.h"
#include "centre_generator.h"
#include "core/json_document.h"
#include "store/centre_load.h"
#include "store/record_scan.h"

using namespace coachscope;

int main(int argc, char** argv) {
  const int learners = argc > 1 ? std::max(1, std::atoi(argv[1])) : 300;
  const int sessions = argc > 2 ? std::max(0, std::atoi(argv[2])) : 50;
  const int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 7;
  constexpr double kLimit = 1.3;
  const auto dir = std::filesystem::temp_directory_path() / fmt::format("coachscope-bench-centre-{}", getpid());

  core::Catalog catalog;
  catalog.addBuiltIns();
  testing::CentreOptions options;
  options.workspace = dir;
  options.learners = learners;
  options.sessions = sessions;
  options.seed = 7;
  options.observationFiles = false;  // the dashboard reads records only
  auto generated = testing::generateCentre(options, catalog);
  if (!generated) {
    fmt::print(stderr, "{}\n", generated.error().message());
    return 2;
  }
  const auto files = store::learnerRecordFiles(dir);
  std::uintmax_t bytes = 0;
  for (const auto& f : files) bytes += std::filesystem::file_size(f);
  fmt::print("centre: {} learners x {} sessions, {} record files, {:.1f} MB; {} threads\n", learners, sessions,
             files.size(), bytes / 1e6, store::defaultScanThreads());

  std::size_t sink = 0;
  auto parseOnly = [&] {
    for (const auto& f : files) {
      auto text = core::readTextFile(f);
      if (!text) std::abort();
      sink += nlohmann::json::parse(*text).size();
    }
  };
  auto loadAndSummarise = [&] {
    auto load = store::loadCentre(dir, catalog, options.today);
    if (!load.skipped.empty() || load.rows.size() != files.size()) std::abort();
    sink += load.rows.size();
  };
  auto loadOneThread = [&] {
    sink += store::loadCentre(dir, catalog, options.today, {}, 1).rows.size();
  };

  const bench::Comparison main = bench::compareInterleaved(rounds, parseOnly, loadAndSummarise);
  bench::printComparison(main, "parse only (nlohmann, 1 thread)", "load + summarise (all cores)");
  // For the record: the same loader on one thread, i.e. what decoding and summarising cost.
  const bench::Comparison single = bench::compareInterleaved(std::max(1, rounds / 2), parseOnly, loadOneThread, 0);
  fmt::print("one thread: load + summarise is {:.2f}x parse only (best-of)\n", single.bestRatio());

  std::filesystem::remove_all(dir);
  const double verdict = main.bestRatio();
  fmt::print("load + summarise vs parse only: {:.2f}x (limit {:.1f}x){}\n", verdict, kLimit, sink ? "" : " ");
  return verdict <= kLimit ? 0 : 1;
}
