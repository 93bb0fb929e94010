// Transcript reading cost: a two-hour Zoom-style WebVTT of 4,000 cues and one of 40,000, each
// read from disk alone and then parsed with its evidence hints, interleaved over several rounds
// in one run. Reports the median and best CPU time beyond reading the file; exits 1 when 4,000
// cues take more than 20 ms beyond reading, or 40,000 more than 10 times that.
//
//   build/tests/bench_transcript [ROUNDS]
#include <fmt/format.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/transcript.h"
#include "core/transcript_evidence.h"

namespace {

double cpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

std::string stamp(double s) {
  const long ms = static_cast<long>(s * 1000);
  return fmt::format("{:02}:{:02}:{:02}.{:03}", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
}

// Two people over two hours: questions, answers, pauses, now and then a styling tag or an entity.
std::string session(int cues) {
  std::string out = "WEBVTT\n\n";
  const double step = 7200.0 / cues;
  for (int i = 0; i < cues; ++i) {
    const double start = i * step;
    const bool coach = i % 2 == 0;
    out += fmt::format("{}\n{} --> {}\n", i + 1, stamp(start), stamp(start + step * 0.9));
    if (coach) {
      out += i % 6 == 0 ? "Amelia Hart (she/her): What would make today&rsquo;s session worth your time?\n"
                        : "Amelia Hart (she/her): And how did that feel, when the team said <i>no</i>?\n";
    } else {
      out += "Sam O'Neil: I think it was about trust, really. We had a long talk about it: nobody\n"
             "wanted to say it first, so I did.\n";
    }
    out += "\n";
  }
  return out;
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / fmt::format("bench_transcript_{}", getpid());
  std::filesystem::create_directories(dir);
  const int sizes[] = {4000, 40000};
  std::vector<std::filesystem::path> files;
  for (int n : sizes) {
    files.push_back(dir / fmt::format("session-{}.vtt", n));
    std::ofstream(files.back(), std::ios::binary) << session(n);
  }
  std::vector<double> extra[2];
  std::size_t sink = 0;
  for (int round = 0; round < rounds; ++round) {
    for (int k = 0; k < 2; ++k) {
      double t0 = cpuSeconds();
      sink += readFile(files[k]).size();
      const double read = cpuSeconds() - t0;
      t0 = cpuSeconds();
      auto transcript = coachscope::core::loadTranscriptFile(files[k]);
      if (!transcript) {
        fmt::print(stderr, "{}\n", transcript.error().message());
        return 1;
      }
      const auto roles = coachscope::core::guessSpeakerRoles(*transcript);
      const auto evidence = coachscope::core::analyseTranscript(*transcript, roles);
      sink += coachscope::core::evidenceHints(evidence, roles, nullptr).size() + transcript->cues.size();
      const double parse = cpuSeconds() - t0;
      extra[k].push_back(parse - read);
    }
  }
  std::filesystem::remove_all(dir);
  const double small = median(extra[0]) * 1000;
  const double large = median(extra[1]) * 1000;
  fmt::print("cues    median ms beyond reading   best ms   ({} rounds, interleaved)\n", rounds);
  fmt::print("4000    {:>8.2f}                   {:>7.2f}\n", small, *std::min_element(extra[0].begin(), extra[0].end()) * 1000);
  fmt::print("40000   {:>8.2f}                   {:>7.2f}\n", large, *std::min_element(extra[1].begin(), extra[1].end()) * 1000);
  fmt::print("40000 / 4000: {:.1f}x   (checksum {})\n", large / small, sink % 10);
  const bool ok = small <= 20.0 && large <= 200.0;
  fmt::print("{}: 4,000 cues at most 20 ms, 40,000 at most 200 ms beyond reading\n", ok ? "ok" : "TOO SLOW");
  return ok ? 0 : 1;
}
