// Comparing two timings on a shared, noisy machine: both are measured in every round, in
// alternating order (A B, then B A) so that a drift in the machine's load falls on both alike;
// the verdict uses the ratio of the best rounds, which load can only make worse, and the median of
// the per-round ratios is shown beside it.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace coachscope::bench {

struct Comparison {
  std::vector<double> baseline;  // milliseconds, one per round
  std::vector<double> measured;

  static double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
  static double best(const std::vector<double>& v) { return v.empty() ? 0 : *std::min_element(v.begin(), v.end()); }
  double medianRatio() const {
    std::vector<double> ratios;
    for (std::size_t i = 0; i < baseline.size() && i < measured.size(); ++i) ratios.push_back(measured[i] / baseline[i]);
    return median(ratios);
  }
  double bestRatio() const { return best(measured) / best(baseline); }
};

inline double millisecondsOf(const std::function<void()>& run) {
  const auto start = std::chrono::steady_clock::now();
  run();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Runs `warmups` unrecorded rounds (file cache, allocator), then `rounds` recorded ones.
inline Comparison compareInterleaved(int rounds, const std::function<void()>& baseline,
                                     const std::function<void()>& measured, int warmups = 1) {
  Comparison c;
  for (int round = -warmups; round < rounds; ++round) {
    double b = 0, m = 0;
    if (round % 2 == 0) {
      b = millisecondsOf(baseline);
      m = millisecondsOf(measured);
    } else {
      m = millisecondsOf(measured);
      b = millisecondsOf(baseline);
    }
    if (round < 0) continue;
    c.baseline.push_back(b);
    c.measured.push_back(m);
  }
  return c;
}

inline void printComparison(const Comparison& c, const std::string& baselineName, const std::string& measuredName) {
  fmt::print("{:<34} median {:8.1f} ms   best {:8.1f} ms\n", baselineName, Comparison::median(c.baseline),
             Comparison::best(c.baseline));
  fmt::print("{:<34} median {:8.1f} ms   best {:8.1f} ms\n", measuredName, Comparison::median(c.measured),
             Comparison::best(c.measured));
  fmt::print("ratio: best-of {:.2f}x, median of {} per-round ratios {:.2f}x\n", c.bestRatio(), c.baseline.size(),
             c.medianRatio());
}

}  // namespace coachscope::bench
