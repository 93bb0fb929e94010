#!/usr/bin/env python3
"""Independent reference values for tests/unit/test_agreement.cpp.

Standard library only. Every statistic here is computed by a different route from the C++ code:
  - Cohen's kappa and quadratic-weighted kappa from an explicit k x k contingency table over the
    category *indices* of the scale (Cohen 1960, 1968), with Fractions for exact arithmetic;
  - Krippendorff's alpha by direct enumeration of all pairable value pairs (within units for the
    observed disagreement, across the whole data for the expected one), not via the coincidence
    matrix the C++ code builds.
Run: python3 tests/unit/data/agreement_reference.py   (the printed numbers are pasted into the test)
"""
from fractions import Fraction
from itertools import permutations

def kappa_table(a, b, categories, weight):
    k = len(categories)
    idx = {c: i for i, c in enumerate(categories)}
    n = len(a)
    table = [[0] * k for _ in range(k)]
    for x, y in zip(a, b):
        table[idx[x]][idx[y]] += 1
    rows = [sum(table[i]) for i in range(k)]
    cols = [sum(table[i][j] for i in range(k)) for j in range(k)]
    observed = sum(Fraction(weight(i, j) * table[i][j], n) for i in range(k) for j in range(k))
    expected = sum(Fraction(weight(i, j) * rows[i] * cols[j], n * n) for i in range(k) for j in range(k))
    return 1 - observed / expected  # disagreement form: 1 - q_o / q_e

def cohen(a, b, categories):
    return kappa_table(a, b, categories, lambda i, j: 0 if i == j else 1)

def quadratic(a, b, categories):
    k = len(categories)
    return kappa_table(a, b, categories, lambda i, j: Fraction((i - j) ** 2, (k - 1) ** 2))

def alpha(units, metric):
    """units: list of lists of values (missing ones already left out)."""
    pairable = [u for u in units if len(u) >= 2]
    values = [v for u in pairable for v in u]
    n = len(values)
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    ordered = sorted(counts)

    def delta(c, k):
        if metric == "nominal":
            return 0 if c == k else 1
        if metric == "interval":
            return (c - k) ** 2
        if metric == "ordinal":
            lo, hi = min(c, k), max(c, k)
            s = sum(counts[g] for g in ordered if lo <= g <= hi)
            return (Fraction(s) - Fraction(counts[c] + counts[k], 2)) ** 2
        raise ValueError(metric)

    d_o = Fraction(0)
    for u in pairable:
        m = len(u)
        for i, j in permutations(range(m), 2):
            d_o += Fraction(delta(u[i], u[j]), m - 1)
    d_o /= n
    d_e = Fraction(0)
    for i, j in permutations(range(n), 2):
        d_e += delta(values[i], values[j])
    d_e /= n * (n - 1)
    return 1 - d_o / d_e

def show(label, value):
    print(f"{label}: {float(value):.10f}")

# Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", section C: 4 observers,
# 12 units, missing values as None. Published: nominal .743, ordinal .815, interval .849.
K = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]
units = [[row[u] for row in K if row[u] is not None] for u in range(12)]
for metric in ("nominal", "ordinal", "interval"):
    show(f"krippendorff2011 {metric}", alpha(units, metric))

# Two tutors rating 10 competencies on a 1..5 scale (made up for the tests).
A = [4, 3, 5, 2, 4, 3, 3, 1, 5, 4]
B = [4, 2, 5, 3, 3, 3, 4, 2, 5, 4]
cats = [1, 2, 3, 4, 5]
show("tutors cohen", cohen(A, B, cats))
show("tutors quadratic", quadratic(A, B, cats))
show("tutors alpha ordinal", alpha([[x, y] for x, y in zip(A, B)], "ordinal"))

# The same with missing ratings: B left items 3 and 8 unrated, a third tutor C rated some.
B_missing = [4, 2, None, 3, 3, 3, 4, None, 5, 4]
C = [None, 3, 5, 3, 4, None, 3, 1, None, 5]
units3 = [[v for v in (a, b, c) if v is not None] for a, b, c in zip(A, B_missing, C)]
show("three tutors alpha ordinal", alpha(units3, "ordinal"))

# One tutor constant (always 3), the other varies: kappa must be 0 (chance level).
show("constant cohen", cohen([3] * 6, [2, 3, 4, 3, 3, 5], cats))
show("constant quadratic", quadratic([3] * 6, [2, 3, 4, 3, 3, 5], cats))

# An ethics judgement in three double-marked sessions (0 = consistent, 1 = concern).
show("judgement cohen", cohen([0, 0, 1], [0, 1, 1], [0, 1]))
show("judgement alpha nominal", alpha([[0, 0], [0, 1], [1, 1]], "nominal"))
