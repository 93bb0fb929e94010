// Inter-rater agreement statistics for ratings on an ordered scale: exact and adjacent agreement,
// Cohen's kappa, quadratic-weighted kappa and Krippendorff's alpha. Each result carries the number
// of items it rests on and, where the statistic is undefined, says why instead of returning NaN.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace coachscope::core {

// A number, or "not enough data" with the reason. `items` is what it was computed from (pairs of
// ratings for the two-rater statistics, units with two or more ratings for alpha).
struct Statistic {
  std::optional<double> value;
  int items = 0;
  std::string undefinedReason;  // set exactly when `value` is empty

  bool defined() const { return value.has_value(); }
  // "0.815 (n=12)" or "not enough data: only one category used (n=4)".
  std::string describe(int decimals = 3) const;
};

// Two raters' ratings of one item; either may be missing (not rated).
struct RatingPair {
  std::optional<int> a;
  std::optional<int> b;
};

// The share of items, rated by both, on which the two ratings are equal.
Statistic exactAgreement(const std::vector<RatingPair>& pairs);
// The share of items, rated by both, whose ratings differ by at most `within` scale points.
Statistic adjacentAgreement(const std::vector<RatingPair>& pairs, int within = 1);
// Cohen's (1960) kappa over items rated by both: categories are treated as unordered.
Statistic cohensKappa(const std::vector<RatingPair>& pairs);
// Cohen's (1968) weighted kappa with quadratic weights (a-b)^2 over items rated by both. Ratings
// are taken as equally spaced scale points, so the result equals the usual (i-j)^2/(k-1)^2 form.
Statistic quadraticWeightedKappa(const std::vector<RatingPair>& pairs);

// Krippendorff's difference functions (levels of measurement).
enum class AlphaMetric { Nominal, Ordinal, Interval };

// Krippendorff's alpha for any number of raters with missing ratings: `units[u]` holds the
// ratings unit u received (missing ones left out). Units with fewer than two ratings are not
// pairable and are ignored, as Krippendorff (2011) prescribes.
Statistic krippendorffAlpha(const std::vector<std::vector<int>>& units, AlphaMetric metric = AlphaMetric::Ordinal);

// Agreement on a yes/no question per item (e.g. "was marker 6.2 seen in this session?").
struct BinaryAgreement {
  Statistic exact;  // share of items where both said the same
  Statistic kappa;  // Cohen's kappa on the two categories
};
BinaryAgreement binaryAgreement(const std::vector<std::pair<bool, bool>>& answers);

// Proportion of specific positive agreement 2M / (2M + onlyA + onlyB) (Fleiss 1975): of the
// events either rater recorded, how many the other recorded too. `items` is M + onlyA + onlyB.
Statistic positiveAgreement(int matched, int onlyA, int onlyB);

}  // namespace coachscope::core
