#include "core/agreement.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>

namespace coachscope::core {
namespace {

Statistic defined(double value, int items) { return Statistic{value, items, {}}; }
Statistic undefined(std::string reason, int items) { return Statistic{std::nullopt, items, std::move(reason)}; }

// The items both raters rated.
std::vector<std::pair<int, int>> bothRated(const std::vector<RatingPair>& pairs) {
  std::vector<std::pair<int, int>> result;
  for (const RatingPair& p : pairs) {
    if (p.a && p.b) result.emplace_back(*p.a, *p.b);
  }
  return result;
}

const char* kNoItems = "no item was rated by both";

Statistic shareWithin(const std::vector<RatingPair>& pairs, int within) {
  const auto rated = bothRated(pairs);
  if (rated.empty()) return undefined(kNoItems, 0);
  int agreeing = 0;
  for (const auto& [a, b] : rated) agreeing += std::abs(a - b) <= within ? 1 : 0;
  return defined(static_cast<double>(agreeing) / static_cast<double>(rated.size()), static_cast<int>(rated.size()));
}

}  // namespace

std::string Statistic::describe(int decimals) const {
  if (value) return fmt::format("{:.{}f} (n={})", *value, decimals, items);
  return fmt::format("not enough data: {} (n={})", undefinedReason, items);
}

Statistic exactAgreement(const std::vector<RatingPair>& pairs) { return shareWithin(pairs, 0); }

Statistic adjacentAgreement(const std::vector<RatingPair>& pairs, int within) { return shareWithin(pairs, within); }

Statistic cohensKappa(const std::vector<RatingPair>& pairs) {
  const auto rated = bothRated(pairs);
  const long long n = static_cast<long long>(rated.size());
  if (n == 0) return undefined(kNoItems, 0);
  std::map<int, long long> countA, countB;
  long long agreeing = 0;
  for (const auto& [a, b] : rated) {
    ++countA[a];
    ++countB[b];
    agreeing += a == b ? 1 : 0;
  }
  // Chance agreement n^2 * pe, kept in integers so "pe == 1" is an exact test, not a float one.
  long long chanceTimesN2 = 0;
  for (const auto& [category, count] : countA) {
    auto other = countB.find(category);
    if (other != countB.end()) chanceTimesN2 += count * other->second;
  }
  const long long n2 = n * n;
  if (chanceTimesN2 == n2) return undefined("both raters used one and the same category throughout", static_cast<int>(n));
  const double po = static_cast<double>(agreeing) / static_cast<double>(n);
  const double pe = static_cast<double>(chanceTimesN2) / static_cast<double>(n2);
  return defined((po - pe) / (1.0 - pe), static_cast<int>(n));
}

Statistic quadraticWeightedKappa(const std::vector<RatingPair>& pairs) {
  const auto rated = bothRated(pairs);
  const long long n = static_cast<long long>(rated.size());
  if (n == 0) return undefined(kNoItems, 0);
  // kappa_w = 1 - observed / expected disagreement, with (a-b)^2 as the disagreement of a pair.
  // Expected: the mean of (a_i - b_j)^2 over all n^2 cross pairs = (n Sa2 + n Sb2 - 2 Sa Sb) / n^2.
  long long observed = 0, sumA = 0, sumB = 0, sumA2 = 0, sumB2 = 0;
  for (const auto& [a, b] : rated) {
    observed += static_cast<long long>(a - b) * (a - b);
    sumA += a;
    sumB += b;
    sumA2 += static_cast<long long>(a) * a;
    sumB2 += static_cast<long long>(b) * b;
  }
  const long long expectedTimesN2 = n * sumA2 + n * sumB2 - 2 * sumA * sumB;
  if (expectedTimesN2 == 0) return undefined("both raters used one and the same rating throughout", static_cast<int>(n));
  const double kappa = 1.0 - static_cast<double>(observed * n) / static_cast<double>(expectedTimesN2);
  return defined(kappa, static_cast<int>(n));
}

Statistic krippendorffAlpha(const std::vector<std::vector<int>>& units, AlphaMetric metric) {
  // The coincidence matrix o_ck: each ordered pair of values within a unit of m values adds
  // 1/(m-1), so every pairable value contributes exactly 1 in total (Krippendorff 2011, B.2).
  std::map<int, std::map<int, double>> coincidence;
  std::map<int, double> valueCount;  // n_c
  int pairableUnits = 0;
  for (const std::vector<int>& unit : units) {
    const std::size_t m = unit.size();
    if (m < 2) continue;
    ++pairableUnits;
    for (std::size_t i = 0; i < m; ++i) {
      for (std::size_t j = 0; j < m; ++j) {
        if (i != j) coincidence[unit[i]][unit[j]] += 1.0 / static_cast<double>(m - 1);
      }
    }
    for (int value : unit) valueCount[value] += 1.0;
  }
  if (pairableUnits == 0) return undefined("no unit was rated by two or more raters", 0);
  if (valueCount.size() < 2) return undefined("only one value was used, so no disagreement can be expected", pairableUnits);

  double n = 0;
  for (const auto& [value, count] : valueCount) n += count;
  // Ordinal distances need the cumulative counts of the values between c and k.
  std::vector<int> values;
  std::vector<double> cumulative;  // sum of n_g for g up to and including values[i]
  for (const auto& [value, count] : valueCount) {
    values.push_back(value);
    cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) + count);
  }
  auto rank = [&](int value) {
    return static_cast<std::size_t>(std::lower_bound(values.begin(), values.end(), value) - values.begin());
  };
  auto delta2 = [&](int c, int k) -> double {
    if (c == k) return 0.0;
    switch (metric) {
      case AlphaMetric::Nominal: return 1.0;
      case AlphaMetric::Interval: return static_cast<double>(c - k) * (c - k);
      case AlphaMetric::Ordinal: {
        std::size_t lo = rank(std::min(c, k)), hi = rank(std::max(c, k));
        const double between = cumulative[hi] - (lo == 0 ? 0.0 : cumulative[lo - 1]);
        const double d = between - (valueCount[c] + valueCount[k]) / 2.0;
        return d * d;
      }
    }
    return 1.0;
  };

  double observed = 0;
  for (const auto& [c, row] : coincidence) {
    for (const auto& [k, o] : row) observed += o * delta2(c, k);
  }
  double expected = 0;
  for (const auto& [c, nc] : valueCount) {
    for (const auto& [k, nk] : valueCount) expected += nc * nk * delta2(c, k);
  }
  // alpha = 1 - D_o / D_e with D_o = observed / n and D_e = expected / (n (n - 1)).
  const double alpha = 1.0 - (n - 1.0) * observed / expected;
  return defined(alpha, pairableUnits);
}

BinaryAgreement binaryAgreement(const std::vector<std::pair<bool, bool>>& answers) {
  std::vector<RatingPair> pairs;
  pairs.reserve(answers.size());
  for (const auto& [a, b] : answers) pairs.push_back({a ? 1 : 0, b ? 1 : 0});
  return {exactAgreement(pairs), cohensKappa(pairs)};
}

Statistic positiveAgreement(int matched, int onlyA, int onlyB) {
  const int items = matched + onlyA + onlyB;
  if (items == 0) return undefined("neither rater recorded any event", 0);
  return defined(2.0 * matched / (2.0 * matched + onlyA + onlyB), items);
}

}  // namespace coachscope::core
