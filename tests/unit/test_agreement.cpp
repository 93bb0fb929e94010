// Agreement statistics against published worked examples and independently computed values.
//
// Independent values come from tests/unit/data/agreement_reference.py (standard library only,
// exact fractions, a different computation route: contingency tables over scale indices for the
// kappas, brute-force enumeration of value pairs for alpha). Its output, pasted where used:
//   krippendorff2011 nominal: 0.7434210526
//   krippendorff2011 ordinal: 0.8153875038
//   krippendorff2011 interval: 0.8491071429
//   tutors cohen: 0.3421052632
//   tutors quadratic: 0.8000000000
//   tutors alpha ordinal: 0.8223515249
//   three tutors alpha ordinal: 0.8205495420
//   constant cohen: 0.0000000000
//   constant quadratic: 0.0000000000
//   judgement cohen: 0.4000000000
//   judgement alpha nominal: 0.4444444444
#include <catch_compat.hpp>

#include "core/agreement.h"

using namespace coachscope::core;
using Catch::Detail::Approx;

namespace {

std::vector<RatingPair> pairsOf(const std::vector<std::optional<int>>& a, const std::vector<std::optional<int>>& b) {
  std::vector<RatingPair> pairs;
  for (std::size_t i = 0; i < a.size(); ++i) pairs.push_back({a[i], b[i]});
  return pairs;
}

// Units of Krippendorff's reliability data matrix (rows observers, columns units; 0 = missing).
std::vector<std::vector<int>> unitsOf(const std::vector<std::vector<int>>& observers) {
  std::vector<std::vector<int>> units(observers.front().size());
  for (const auto& row : observers) {
    for (std::size_t u = 0; u < row.size(); ++u) {
      if (row[u] != 0) units[u].push_back(row[u]);
    }
  }
  return units;
}

// Two tutors' ratings of ten competencies on a 1..5 scale (made up for these tests).
const std::vector<std::optional<int>> kTutorA = {4, 3, 5, 2, 4, 3, 3, 1, 5, 4};
const std::vector<std::optional<int>> kTutorB = {4, 2, 5, 3, 3, 3, 4, 2, 5, 4};

}  // namespace

TEST_CASE("agreement: Krippendorff's alpha matches his own worked example with missing values") {
  // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section C: 4 observers,
  // 12 units, values 1..5, many missing. Published: nominal .743, ordinal .815, interval .849.
  const auto units = unitsOf({
      {1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
      {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
      {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
      {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0},
  });
  const Statistic nominal = krippendorffAlpha(units, AlphaMetric::Nominal);
  const Statistic ordinal = krippendorffAlpha(units, AlphaMetric::Ordinal);
  const Statistic interval = krippendorffAlpha(units, AlphaMetric::Interval);
  REQUIRE(nominal.defined());
  REQUIRE(ordinal.defined());
  REQUIRE(interval.defined());
  CHECK(*nominal.value == Approx(0.743).margin(0.0005));
  CHECK(*ordinal.value == Approx(0.815).margin(0.0005));
  CHECK(*interval.value == Approx(0.849).margin(0.0005));
  // To more places, from the independent script.
  CHECK(*nominal.value == Approx(0.7434210526).margin(1e-9));
  CHECK(*ordinal.value == Approx(0.8153875038).margin(1e-9));
  CHECK(*interval.value == Approx(0.8491071429).margin(1e-9));
  CHECK(ordinal.items == 11);  // unit 12 has a single value and is not pairable
}

TEST_CASE("agreement: Cohen's kappa on the textbook 2x2 example") {
  // The widely reproduced example (e.g. Wikipedia, "Cohen's kappa"): 50 proposals, both yes 20,
  // A yes / B no 5, A no / B yes 10, both no 15 -> po = 0.70, pe = 0.50, kappa = 0.40.
  std::vector<RatingPair> pairs;
  auto add = [&](int a, int b, int times) {
    for (int i = 0; i < times; ++i) pairs.push_back({a, b});
  };
  add(1, 1, 20);
  add(1, 0, 5);
  add(0, 1, 10);
  add(0, 0, 15);
  const Statistic kappa = cohensKappa(pairs);
  REQUIRE(kappa.defined());
  CHECK(*kappa.value == Approx(0.40).margin(1e-12));
  CHECK(kappa.items == 50);
  CHECK(*exactAgreement(pairs).value == Approx(0.70));
}

TEST_CASE("agreement: two tutors' ratings give the independently computed kappas and alpha") {
  const auto pairs = pairsOf(kTutorA, kTutorB);
  // Exact: items 1,3,6,9,10 equal -> 5/10. Adjacent (within one point): all ten.
  CHECK(*exactAgreement(pairs).value == Approx(0.5));
  CHECK(*adjacentAgreement(pairs).value == Approx(1.0));
  CHECK(*cohensKappa(pairs).value == Approx(0.3421052632).margin(1e-9));
  CHECK(*quadraticWeightedKappa(pairs).value == Approx(0.8000000000).margin(1e-9));
  std::vector<std::vector<int>> units;
  for (const RatingPair& p : pairs) units.push_back({*p.a, *p.b});
  CHECK(*krippendorffAlpha(units).value == Approx(0.8223515249).margin(1e-9));
  CHECK(cohensKappa(pairs).items == 10);
}

TEST_CASE("agreement: perfect agreement gives 1 on every statistic") {
  const auto pairs = pairsOf(kTutorA, kTutorA);
  CHECK(*exactAgreement(pairs).value == 1.0);
  CHECK(*cohensKappa(pairs).value == Approx(1.0));
  CHECK(*quadraticWeightedKappa(pairs).value == Approx(1.0));
  std::vector<std::vector<int>> units;
  for (const auto& a : kTutorA) units.push_back({*a, *a, *a});
  CHECK(*krippendorffAlpha(units).value == Approx(1.0));
}

TEST_CASE("agreement: chance-level agreement gives kappa 0") {
  // A's and B's ratings independent by construction: every combination of {1,2} x {1,2} once,
  // so observed agreement (1/2) equals chance agreement (1/2) and kappa is exactly 0.
  const auto pairs = pairsOf({1, 1, 2, 2}, {1, 2, 1, 2});
  CHECK(*cohensKappa(pairs).value == Approx(0.0).margin(1e-12));
  CHECK(*quadraticWeightedKappa(pairs).value == Approx(0.0).margin(1e-12));
  // Systematic disagreement goes below zero: a mirror image of the ratings.
  CHECK(*cohensKappa(pairsOf({1, 2}, {2, 1})).value == Approx(-1.0));
}

TEST_CASE("agreement: one rater constant gives kappa 0, both constant gives not enough data") {
  // One tutor always says 3; the other varies (independent script: cohen 0, quadratic 0).
  const auto oneConstant = pairsOf({3, 3, 3, 3, 3, 3}, {2, 3, 4, 3, 3, 5});
  CHECK(*cohensKappa(oneConstant).value == Approx(0.0).margin(1e-12));
  CHECK(*quadraticWeightedKappa(oneConstant).value == Approx(0.0).margin(1e-12));

  const auto bothConstant = pairsOf({4, 4, 4}, {4, 4, 4});
  const Statistic kappa = cohensKappa(bothConstant);
  CHECK_FALSE(kappa.defined());
  CHECK(kappa.items == 3);
  CHECK(kappa.undefinedReason.find("one and the same") != std::string::npos);
  CHECK_FALSE(quadraticWeightedKappa(bothConstant).defined());
  CHECK(*exactAgreement(bothConstant).value == 1.0);  // still defined: they did agree every time
  const Statistic alpha = krippendorffAlpha({{4, 4}, {4, 4}, {4, 4}});
  CHECK_FALSE(alpha.defined());
  CHECK(alpha.describe().find("not enough data") == 0);
  CHECK(alpha.describe().find("nan") == std::string::npos);
}

TEST_CASE("agreement: missing ratings are left out, and alpha takes three raters with gaps") {
  const std::vector<std::optional<int>> bMissing = {4, 2, std::nullopt, 3, 3, 3, 4, std::nullopt, 5, 4};
  const auto pairs = pairsOf(kTutorA, bMissing);
  CHECK(exactAgreement(pairs).items == 8);
  CHECK(cohensKappa(pairs).items == 8);
  // A, B with gaps, and a third tutor C (0 = missing); independent script: 0.8205495420.
  const std::vector<std::vector<int>> observers = {
      {4, 3, 5, 2, 4, 3, 3, 1, 5, 4},
      {4, 2, 0, 3, 3, 3, 4, 0, 5, 4},
      {0, 3, 5, 3, 4, 0, 3, 1, 0, 5},
  };
  const Statistic alpha = krippendorffAlpha(unitsOf(observers));
  REQUIRE(alpha.defined());
  CHECK(*alpha.value == Approx(0.8205495420).margin(1e-9));
  CHECK(alpha.items == 10);
}

TEST_CASE("agreement: nothing to compare is not enough data, never NaN") {
  const auto none = pairsOf({1, std::nullopt}, {std::nullopt, 2});
  for (const Statistic& s : {exactAgreement(none), adjacentAgreement(none), cohensKappa(none), quadraticWeightedKappa(none)}) {
    CHECK_FALSE(s.defined());
    CHECK(s.items == 0);
    CHECK(s.undefinedReason == "no item was rated by both");
  }
  const Statistic alpha = krippendorffAlpha({{3}, {}, {2}});
  CHECK_FALSE(alpha.defined());
  CHECK(alpha.undefinedReason.find("two or more") != std::string::npos);
  CHECK_FALSE(positiveAgreement(0, 0, 0).defined());
}

TEST_CASE("agreement: yes/no agreement and positive agreement of events") {
  // Marker seen by A in sessions 1-3, by B in 1, 2 and 4; session 5 by neither.
  const BinaryAgreement presence = binaryAgreement({{true, true}, {true, true}, {true, false}, {false, true}, {false, false}});
  CHECK(*presence.exact.value == Approx(0.6));
  // po = 0.6, pe = 0.6*0.6 + 0.4*0.4 = 0.52 -> kappa = 0.08 / 0.48.
  CHECK(*presence.kappa.value == Approx(0.08 / 0.48));
  // 6 matched, 2 only A, 4 only B -> 12 / 18 (Fleiss 1975, proportion of specific agreement).
  const Statistic positive = positiveAgreement(6, 2, 4);
  CHECK(*positive.value == Approx(12.0 / 18.0));
  CHECK(positive.items == 12);
  CHECK(*positiveAgreement(3, 0, 0).value == 1.0);
}

TEST_CASE("agreement: a statistic describes itself with its number of items") {
  CHECK(Statistic{0.81538, 11, {}}.describe() == "0.815 (n=11)");
  CHECK(Statistic{std::nullopt, 4, "only one value was used"}.describe() == "not enough data: only one value was used (n=4)");
}
