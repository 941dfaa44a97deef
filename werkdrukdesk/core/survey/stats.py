"""The little statistics the questionnaire needs, in plain Python (no SciPy).

Sums use `math.fsum`, which rounds once at the end: the same numbers in any order give exactly
the same result, so results never depend on the order in which answers were typed in.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

CONFIDENCE = 0.95


def mean(values: Sequence[float]) -> float:
    return math.fsum(values) / len(values)


def sample_sd(values: Sequence[float], centre: float | None = None) -> float | None:
    """Standard deviation with n - 1; None for fewer than two values."""
    if len(values) < 2:
        return None
    centre = mean(values) if centre is None else centre
    deviations = [v - centre for v in values]
    return math.sqrt(math.fsum(map(operator.mul, deviations, deviations)) / (len(values) - 1))


def cronbach_alpha(rows: Sequence[Sequence[float]]) -> float | None:
    """Internal consistency of a scale; `rows` are complete respondents, one value per item.

    None when it cannot be computed: fewer than two items or two respondents, or no variation
    in the total scores (then every respondent gave the same total and alpha means nothing).
    """
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    k = len(rows[0])
    item_variance = math.fsum(variance(column) for column in zip(*rows, strict=True))
    total_variance = variance([sum(row) for row in rows])  # a row's order is the items'; fixed
    if total_variance <= 0:
        return None
    return k / (k - 1) * (1 - item_variance / total_variance)


def variance(values: Sequence[float]) -> float:
    """Sample variance (n - 1). Whole numbers, as answers are, take an exact integer path that
    is both faster and free of rounding until the one division at the end."""
    n = len(values)
    if set(map(type, values)) == {int}:
        total = sum(values)
        return (n * sum(map(operator.mul, values, values)) - total * total) / (n * (n - 1))
    sd = sample_sd(values)
    if sd is None:  # the integer path above divides by zero here
        raise ValueError("a variance needs at least two values")
    return sd**2


# -- Student's t distribution ------------------------------------------------------------------


def _incomplete_beta_fraction(a: float, b: float, x: float) -> float:
    """Continued fraction of the regularised incomplete beta function (modified Lentz)."""
    tiny, qab, qap, qam = 1e-300, a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 300):
        m2 = 2 * m
        for numerator in (
            m * (b - m) * x / ((qam + m2) * (a + m2)),
            -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= d * c
        if abs(d * c - 1.0) < 1e-15:
            break
    return result


def _regularised_beta(a: float, b: float, x: float) -> float:
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
        + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    # The fraction converges fast only on one side of the mean; use the symmetry otherwise.
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _incomplete_beta_fraction(a, b, x) / a
    return 1.0 - front * _incomplete_beta_fraction(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with `df` (may be fractional) degrees of freedom."""
    tail = 0.5 * _regularised_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def _t_density(t: float, df: float) -> float:
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    return math.exp(log_c - (df + 1) / 2 * math.log1p(t * t / df))


def t_quantile(p: float, df: float) -> float:
    """The t with P(T <= t) = p: Newton's method from the Cornish-Fisher expansion (close
    already for the many degrees of freedom of large groups), kept inside a bracket."""
    if not 0.0 < p < 1.0 or df <= 0:
        raise ValueError("p must lie in (0, 1) and df must be positive")
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    if p == 0.5:
        return 0.0
    z = NormalDist().inv_cdf(p)
    t = _cornish_fisher(z, df) if df >= 3 else z
    low, high = 0.0, math.inf
    for _ in range(200):
        error = t_cdf(t, df) - p
        if abs(error) < 1e-13:
            break
        low, high = (t, high) if error < 0 else (low, t)
        step = t - error / _t_density(t, df)
        if low < step < high:
            t = step
        else:  # heavy tails at small df: widen until the answer is inside, then halve
            t = 2.0 * t if high == math.inf else (low + high) / 2.0
    return t


def _cornish_fisher(z: float, df: float) -> float:
    """The t quantile as a series in 1/df around the normal quantile z."""
    z2 = z * z
    terms = (
        (z2 + 1) * z / 4,
        ((5 * z2 + 16) * z2 + 3) * z / 96,
        (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384,
        ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160,
    )
    return z + sum(term / df ** (n + 1) for n, term in enumerate(terms))


# -- comparing two groups ----------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """What a group's scale scores come down to: enough to compare two groups."""

    n: int
    mean: float
    sd: float


@dataclass(frozen=True)
class Difference:
    difference: float  # after minus before
    ci_low: float
    ci_high: float
    df: float | None  # None when both groups have no spread at all
    hedges_g: float | None

    @property
    def excludes_zero(self) -> bool:
        return self.ci_low > 0 or self.ci_high < 0


def welch_difference(before: Summary, after: Summary, confidence: float = CONFIDENCE) -> Difference:
    """Difference of means with a Welch confidence interval and Hedges' g; needs n >= 2 each."""
    if before.n < 2 or after.n < 2:
        raise ValueError("each group needs at least two values")
    difference = after.mean - before.mean
    var_b, var_a = before.sd**2 / before.n, after.sd**2 / after.n
    standard_error = math.sqrt(var_b + var_a)
    if standard_error == 0:
        # Everyone in both groups gave the same score: the difference is exact.
        return Difference(difference, difference, difference, None, None)
    df = (var_b + var_a) ** 2 / (var_b**2 / (before.n - 1) + var_a**2 / (after.n - 1))
    margin = t_quantile(0.5 + confidence / 2, df) * standard_error
    return Difference(
        difference, difference - margin, difference + margin, df, hedges_g(before, after)
    )


def hedges_g(before: Summary, after: Summary) -> float | None:
    """Standardised difference (after - before) with the small-sample correction."""
    pooled_df = before.n + after.n - 2
    if pooled_df <= 0:
        return None
    pooled = ((before.n - 1) * before.sd**2 + (after.n - 1) * after.sd**2) / pooled_df
    if pooled <= 0:
        return None
    correction = 1 - 3 / (4 * (before.n + after.n) - 9)
    return (after.mean - before.mean) / math.sqrt(pooled) * correction
