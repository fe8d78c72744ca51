"""What a reader can work back from a shown percentage breakdown: the bases and counts it allows.

A council officer who knows the cover's rules (percentages rounded half up to a known step;
no breakdown shown on a base below the small-base threshold) can search every base N from that
threshold up and, for each, the whole counts c_i with c_i / N rounding to each shown share. If
the smallest base that fits is the true one, the officer has the outcome volume (the base is
the breakdown's total, and at such small bases every count is pinned too). Guidance R2 forbids
that, so the plan coarsens or withholds such a line and the proof refuses any that still does.

Pure arithmetic in exact integers, no decisions: the plan (``wpxl.plan.coarsen``) and the proof
(``wpxl.verify.percent_recovery``) both ask it, each with its own idea of the true counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

MAX_BASE = 10_000  # the largest base a reader is assumed to try
COARSE_STEPS = (Fraction(1, 20), Fraction(1, 10))  # nearest 5 %, then nearest 10 %


@dataclass(frozen=True, slots=True)
class Reading:
    """The smallest base that fits every shown share, and each count's least and greatest value
    there (with the counts adding up to the base when the line is a full breakdown)."""

    base: int
    low: tuple[int, ...]
    high: tuple[int, ...]

    def allows(self, counts: Sequence[int]) -> bool:
        return sum(counts) == self.base and all(
            lo <= c <= hi for lo, c, hi in zip(self.low, counts, self.high, strict=True)
        )


def display_step(decimals: int) -> Fraction:
    """The step a share is shown to: 1 % with no decimals, 0.1 % with one, ..."""
    return Fraction(1, 10 ** (decimals + 2))


def as_multiples(shares: Sequence[float], step: Fraction) -> list[int] | None:
    """Each share as a whole number of ``step``s, or None if one is not on that step (the share
    is taken as the decimal it prints as, so 0.29 is exactly 29 steps of 1 %)."""
    found = []
    for share in shares:
        steps = Fraction(repr(float(share))) / step
        if steps.denominator != 1:
            return None
        found.append(int(steps))
    return found


def count_range(shown: int, step: Fraction, base: int) -> tuple[int, int]:
    """The whole counts c with c / base rounding half up to ``shown`` steps:
    (2*shown - 1) * step * base <= 2c < (2*shown + 1) * step * base."""
    a, b = step.numerator, step.denominator
    low = -((-(2 * shown - 1) * a * base) // (2 * b))  # ceiling division
    high = -((-(2 * shown + 1) * a * base) // (2 * b)) - 1
    return max(low, 0), min(high, base)


def smallest_reading(
    shown: Sequence[int],
    step: Fraction,
    min_base: int,
    max_base: int = MAX_BASE,
    full: bool = True,
) -> Reading | None:
    """The smallest base in [min_base, max_base] every shown share (in steps) fits, or None.

    ``full``: the shares are a whole breakdown, so the counts add up to the base. Bases are tried
    in order and a base is left at the first share that rules it out, so the usual search (a
    fit within a few dozen bases) costs microseconds and the worst about 10,000 short loops.
    """
    if not shown:
        return None
    a, twice_b = step.numerator, 2 * step.denominator
    bounds = [((2 * k - 1) * a, (2 * k + 1) * a) for k in shown]  # count_range, unrolled
    for base in range(max(min_base, 1), max_base + 1):
        lows, highs = [], []
        for below, above in bounds:
            low = max(-(-below * base // twice_b), 0)
            high = min(-(-above * base // twice_b) - 1, base)
            if low > high:
                break
            lows.append(low)
            highs.append(high)
        else:
            if not full or sum(lows) <= base <= sum(highs):
                return _pinned(base, lows, highs) if full else Reading(base, (*lows,), (*highs,))
    return None


def _pinned(base: int, lows: list[int], highs: list[int]) -> Reading:
    """Each count's bounds once the others must make up the rest of the base."""
    low_sum, high_sum = sum(lows), sum(highs)
    low = tuple(max(lo, base - (high_sum - hi)) for lo, hi in zip(lows, highs, strict=True))
    high = tuple(min(hi, base - (low_sum - lo)) for lo, hi in zip(lows, highs, strict=True))
    return Reading(base, low, high)


def readings(
    shares: Sequence[float],
    steps: Sequence[Fraction],
    min_base: int,
    max_base: int = MAX_BASE,
    full: bool = True,
) -> list[Reading]:
    """The smallest reading for each step the shares could have been rounded to (each step that
    every share is a multiple of: a reader cannot tell 30 % on a 1 % step from 30 % on 10 %)."""
    found = []
    for step in steps:
        shown = as_multiples(shares, step)
        if shown is not None:
            reading = smallest_reading(shown, step, min_base, max_base, full)
            if reading is not None:
                found.append(reading)
    return found


def gives_back(
    counts: Sequence[int],
    shares: Sequence[float],
    steps: Sequence[Fraction],
    min_base: int,
    max_base: int = MAX_BASE,
) -> bool:
    """A reader's smallest reading of a full breakdown has the true base, on any step the
    shares could be on.

    ``counts``: the true counts behind the shares, in the same order; they make up the base.
    """
    base = sum(counts)
    if not min_base <= base <= max_base:
        return False
    # the true base always fits, so a search that gets that far has found it: stop there
    return any(r.base == base for r in readings(shares, steps, min_base, base))


def reader_steps(decimals: int) -> tuple[Fraction, ...]:
    """Every step a reader of a percentage sheet made under a policy might assume."""
    return (display_step(decimals), *COARSE_STEPS)
