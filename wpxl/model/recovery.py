"""What a reader can work back from a shown percentage breakdown: the bases and counts it allows.

A council officer who knows the cover's rules (percentages rounded half up to a known step;
no breakdown shown on a base below the small-base threshold) can search every base N from that
threshold up and, for each, the whole counts c_i with c_i / N rounding to each shown share. If
the smallest base that fits is the true one, the officer has the outcome volume (the base is
the breakdown's total, and at such small bases every count is pinned too). Guidance R2 forbids
that, so the plan coarsens or withholds such a line and the proof refuses any that still does.
Breakdowns of one population (the same month's outcomes by payment group and by disability)
are searched together too (``jointly_gives_back``): the smallest base all of them fit may be
the true one though none gives it back alone.

Pure arithmetic in exact integers, no decisions: the plan (``wpxl.plan.coarsen``) and the proof
(``wpxl.verify.percent_recovery``) both ask it, each with its own idea of the true counts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

MAX_BASE = 10_000  # the largest base a reader is assumed to try
COARSE_STEPS = (Fraction(1, 20), Fraction(1, 10))  # nearest 5 %, then nearest 10 %
Subtotal = tuple[Sequence[int], float]  # the parts (by index) a shown subtotal adds up, its share


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
        steps = _in_steps(float(share), step)
        if steps is None:
            return None
        found.append(steps)
    return found


@lru_cache(maxsize=4096)
def _in_steps(share: float, step: Fraction) -> int | None:
    """One share as a whole number of steps, or None: remembered, since a sheet's shares
    repeat (a 1 % step has 101 of them) and parsing each one's decimal was most of a search."""
    steps = Fraction(repr(share)) / step
    return int(steps) if steps.denominator == 1 else None


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
    subtotals: Sequence[tuple[Sequence[int], int]] = (),
) -> Reading | None:
    """The smallest base in [min_base, max_base] every shown share (in steps) fits, or None."""
    return next(fitting_readings(shown, step, min_base, max_base, full, subtotals), None)


def fitting_readings(
    shown: Sequence[int],
    step: Fraction,
    min_base: int,
    max_base: int = MAX_BASE,
    full: bool = True,
    subtotals: Sequence[tuple[Sequence[int], int]] = (),
) -> Iterator[Reading]:
    """Each base in [min_base, max_base] every shown share (in steps) fits, smallest first
    (``Shown.reading``); the usual search (a fit within a few dozen bases) costs microseconds
    and the worst about 10,000 short loops."""
    line = Shown(shown, step, full, subtotals)
    if line.possible:
        for base in range(max(min_base, 1), max_base + 1):
            reading = line.reading(base)
            if reading is not None:
                yield reading


class Shown:
    """A line's shares on one step, ready to be tried base by base.

    ``full``: the shares are a whole breakdown, so the counts add up to the base.
    ``subtotals``: shown totals of some of the parts (their indexes, their share in steps); a
    reader uses them too. A full breakdown's counts lie within half a step of each share of
    the base, so they can add up to it only if the shares add up to 100 % within half a step
    each: if not (``possible`` false), no base fits (rows of column breakdowns, which the plan
    also searches, seldom add up to 100 %).
    """

    def __init__(
        self,
        shown: Sequence[int],
        step: Fraction,
        full: bool = True,
        subtotals: Sequence[tuple[Sequence[int], int]] = (),
    ) -> None:
        a, self.twice_b = step.numerator, 2 * step.denominator
        self.full = full
        total = (2 * sum(shown) - len(shown)) * a, (2 * sum(shown) + len(shown)) * a
        self.possible = bool(shown) and (not full or total[0] <= self.twice_b < total[1])
        self.belows = [(2 * k - 1) * a for k in shown]  # count_range, unrolled
        self.aboves = [(2 * k + 1) * a for k in shown]
        self.nesting: _Nesting | None = None  # most lines show no subtotal: nothing to nest
        self.sub_bounds: list[tuple[int, int]] = []
        if subtotals:
            every = set(range(len(shown)))  # a total of every part at 100 % holds any base
            subtotals = [
                (p, k) for p, k in subtotals if not (full and set(p) == every and k * step == 1)
            ]
            self.nesting = _Nesting([frozenset(parts) for parts, _ in subtotals], len(shown))
            self.sub_bounds = [((2 * k - 1) * a, (2 * k + 1) * a) for _, k in subtotals]

    def reading(self, base: int) -> Reading | None:
        """Each count's least and greatest value on ``base``, or None if the shares do not fit
        it (with the counts adding up to the base, for a full breakdown)."""
        twice_b = self.twice_b
        lows = [max(-(-below * base // twice_b), 0) for below in self.belows]
        highs = [min(-(-above * base // twice_b) - 1, base) for above in self.aboves]
        if any(map(int.__gt__, lows, highs)):
            return None
        if not self.full:
            return Reading(base, (*lows,), (*highs,))
        if not sum(lows) <= base <= sum(highs):
            return None
        sub = self.sub_bounds
        ranges = [(-(-b * base // twice_b), -(-t * base // twice_b) - 1) for b, t in sub]
        if sub and self.nesting is not None and not self.nesting.fits(base, lows, highs, ranges):
            return None
        return _pinned(base, lows, highs)


class _Nesting:
    """Shown subtotals as a reader nests them: each holds its smaller subtotals and its own
    parts, and the whole breakdown holds the largest. A subtotal that crosses another (shares
    some parts, not all) is left out; a tree of subtotals, as tables have, is used exactly."""

    def __init__(self, sets: list[frozenset[int]], parts: int) -> None:
        kept: list[int] = []
        for i in sorted(range(len(sets)), key=lambda i: len(sets[i])):
            if all(sets[j] < sets[i] or not sets[j] & sets[i] for j in kept):
                kept.append(i)
        parent = {j: next((i for i in kept[n + 1 :] if sets[j] < sets[i]), None)
                  for n, j in enumerate(kept)}  # fmt: skip
        self.order = kept  # smallest first, so each subtotal's smaller ones come before it
        self.kids = {i: [j for j in kept if parent[j] == i] for i in [*kept, None]}
        inside = {i: frozenset().union(*(sets[j] for j in self.kids[i])) for i in self.kids}
        whole = frozenset(range(parts))
        self.own = {i: sorted((sets[i] if i is not None else whole) - inside[i]) for i in inside}

    def fits(
        self, base: int, lows: list[int], highs: list[int], ranges: list[tuple[int, int]]
    ) -> bool:
        """Whole counts within ``lows``/``highs`` can make up each kept subtotal within its
        range (``ranges``: by subtotal) and the base."""
        made: dict[int | None, tuple[int, int]] = {}
        for i in [*self.order, None]:
            low = sum(made[j][0] for j in self.kids[i]) + sum(lows[p] for p in self.own[i])
            high = sum(made[j][1] for j in self.kids[i]) + sum(highs[p] for p in self.own[i])
            shown = ranges[i] if i is not None else (base, base)
            low, high = max(low, shown[0], 0), min(high, shown[1])
            if low > high:
                return False
            made[i] = (low, high)
        return True


def _pinned(base: int, lows: list[int], highs: list[int]) -> Reading:
    """Each count's bounds once the others must make up the rest of the base."""
    low_sum, high_sum = sum(lows), sum(highs)
    low = [max(lo, base - (high_sum - hi)) for lo, hi in zip(lows, highs, strict=True)]
    high = [min(hi, base - (low_sum - lo)) for lo, hi in zip(lows, highs, strict=True)]
    return Reading(base, (*low,), (*high,))


def readings(
    shares: Sequence[float],
    steps: Sequence[Fraction],
    min_base: int,
    max_base: int = MAX_BASE,
    full: bool = True,
    subtotals: Sequence[Subtotal] = (),
) -> list[Reading]:
    """The smallest reading for each step the shares could have been rounded to (each step that
    every share is a multiple of: a reader cannot tell 30 % on a 1 % step from 30 % on 10 %).
    ``subtotals``: (the indexes of the parts it adds up, its share) of each shown subtotal."""
    found = []
    for step in steps:
        shown = as_multiples([*shares, *(share for _, share in subtotals)], step)
        if shown is None:
            continue
        nested = [(parts, k) for (parts, _), k in zip(subtotals, shown[len(shares) :], strict=True)]
        reading = smallest_reading(shown[: len(shares)], step, min_base, max_base, full, nested)
        if reading is not None:
            found.append(reading)
    return found


def gives_back(
    counts: Sequence[int],
    shares: Sequence[float],
    steps: Sequence[Fraction],
    min_base: int,
    max_base: int = MAX_BASE,
    subtotals: Sequence[Subtotal] = (),
) -> bool:
    """A reader's smallest reading of a full breakdown (and its shown subtotals) has the true
    base, on any step the shares could be on.

    ``counts``: the true counts behind the shares, in the same order; they make up the base.
    """
    base = sum(counts)
    if not min_base <= base <= max_base:
        return False
    # the true base always fits, so a search that gets that far has found it: stop there
    found = readings(shares, steps, min_base, base, subtotals=subtotals)
    return any(r.base == base for r in found)


def reader_steps(decimals: int) -> tuple[Fraction, ...]:
    """Every step a reader of a percentage sheet made under a policy might assume."""
    return (display_step(decimals), *COARSE_STEPS)


JointLine = tuple[Sequence[float], Sequence[Subtotal]]  # a breakdown's shares, shown subtotals


def jointly_gives_back(
    lines: Sequence[JointLine],
    base: int,
    steps: Sequence[Fraction],
    min_base: int,
) -> bool:
    """A reader taking several breakdowns for one population (all on the true ``base``) finds
    that the smallest base every one of them fits (each on any step it could be on, as
    ``readings`` does) is the true one, though none gives it back alone: 4/25/2/69 % fits 48
    and 51/49 % fits 35, but 51 is the smallest both fit, and every count is pinned there.

    Leapfrogs: each line's next fitting base from the candidate on, the largest of them the new
    candidate, until all agree; so the search starts at the largest of the lines' own smallest
    bases and costs about what searching each line alone up to ``base`` does.
    """
    if len(lines) < 2 or not min_base <= base <= MAX_BASE:
        return False
    searched = [on_steps(shares, subtotals, steps) for shares, subtotals in lines]
    candidate = min_base
    while candidate <= base:
        agreed = True
        for line_steps in searched:
            found = _next_fit(line_steps, candidate, base)
            if found is None:
                return False
            if found > candidate:
                candidate, agreed = found, False
                break
        if agreed:
            return candidate == base
    return False


OnStep = tuple[list[int], Fraction, list[tuple[Sequence[int], int]]]


def on_steps(
    shares: Sequence[float], subtotals: Sequence[Subtotal], steps: Sequence[Fraction]
) -> list[OnStep]:
    """The line as whole multiples of each step it could be on (leaves, step, subtotals)."""
    found = []
    for step in steps:
        shown = as_multiples([*shares, *(share for _, share in subtotals)], step)
        if shown is not None:
            nested = [(p, k) for (p, _), k in zip(subtotals, shown[len(shares) :], strict=True)]
            found.append((shown[: len(shares)], step, nested))
    return found


def _next_fit(line_steps: list[OnStep], least: int, most: int) -> int | None:
    """The smallest base in [least, most] the line fits on any of its steps, or None; each
    step is searched only below the best base found so far."""
    found = None
    for shown, step, nested in line_steps:
        reading = smallest_reading(shown, step, least, most, subtotals=nested)
        if reading is not None:
            found, most = reading.base, reading.base - 1
    return found
