// make_centre DIR LEARNERS SESSIONS SEED [--today YYYY-MM-DD] [--records-only]
// Writes a generated centre into the workspace DIR (see centre_generator.h): learners/ with one
// record each and, unless --records-only, observations/ with every observed session.
#include <fmt/format.h>

#include <cstdlib>
#include <cstring>

#include "centre_generator.h"

int main(int argc, char** argv) {
  using namespace coachscope;
  auto usage = [] {
    fmt::print(stderr, "usage: make_centre DIR LEARNERS SESSIONS SEED [--today YYYY-MM-DD] [--records-only]\n");
    return 2;
  };
  if (argc < 5) return usage();
  testing::CentreOptions options;
  options.workspace = argv[1];
  char* end = nullptr;
  options.learners = static_cast<int>(std::strtol(argv[2], &end, 10));
  if (*end || options.learners < 0) return usage();
  options.sessions = static_cast<int>(std::strtol(argv[3], &end, 10));
  if (*end || options.sessions < 0) return usage();
  options.seed = std::strtoull(argv[4], &end, 10);
  if (*end) return usage();
  for (int i = 5; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--today") && i + 1 < argc) options.today = argv[++i];
    else if (!std::strcmp(argv[i], "--records-only")) options.observationFiles = false;
    else return usage();
  }
  core::Catalog catalog;
  catalog.addBuiltIns();
  auto summary = testing::generateCentre(options, catalog);
  if (!summary) {
    fmt::print(stderr, "make_centre: {}\n", summary.error().message());
    return 1;
  }
  fmt::print("{} learners in {} cohorts, {} tutors, {} observations, {} practice entries, {} records in conflict\n",
             summary->learners, summary->cohorts, summary->tutors, summary->observations, summary->practiceEntries,
             summary->conflictedRecords);
  return 0;
}
