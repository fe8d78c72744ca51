"""What a reader can work back from a table's month columns read with its Total column.

An outcome table by payment group and month with a Total column becomes one breakdown per
column. Each may fit a smaller base than its true one, so none gives its base back alone; but
a reader who knows the Total column adds up the months knows more: the total's base is the sum
of the months' bases, and each group's total count is the sum of its month counts. The
smallest total base for which month bases (each one its column fits, none under the
small-base threshold) add up to it, the Total column fits it, and every group's total count
can be the sum of its month counts, may be the true one: 31/21/27/20 % in April, 9/27/35/29 %
in May and 23/24/30/23 % in total each fit a smaller base alone, yet 198, the true base, is
the smallest all three fit together, and only the true counts fit it.

Pure arithmetic in exact integers, as ``wpxl.model.recovery`` (whose readings it uses): the
plan (``wpxl.plan.coarsen.settle_within``) and the proof (``wpxl.verify.percent_recovery``)
both ask it.

The search is a relaxation of a reader's: a base it finds fitting may not quite fit (each
group's total is only checked to lie within the sum of its month counts' ranges, not with every
month adding up at once), so its smallest base is never above a reader's, and when it is the
true one a reader's is too: what it calls a give-back is one. Checked against a reader trying
every count in the tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from wpxl.model.recovery import MAX_BASE, JointLine, Shown, on_steps

SPLIT_BUDGET = 20_000  # part bases a search may try; once spent, a total base fitting is kept
Ranges = tuple[tuple[int, ...], tuple[int, ...]]  # each count's least and greatest value


def sums_give_back(
    parts: Sequence[JointLine],
    total: JointLine,
    base: int,
    steps: Sequence[Fraction],
    min_base: int,
) -> bool:
    """A reader taking ``total`` (a breakdown's shares and shown subtotals) for the sum of the
    ``parts`` (breakdowns of the same groups in the same order, each on a base of its own of
    at least ``min_base``) finds that the smallest base the total can have is its true ``base``.

    Total bases are tried from the least the parts can add up to; one the total line fits is
    kept if the parts' bases can be split so that every group's total count is within the sum
    of its part counts (``_Split``: part by part, each part's bases narrowed to those that
    leave every group within reach). The split is searched on a budget: once spent, a total
    base the total line fits is taken to fit (the search only gets looser). Small bases, where
    give-backs lie, cost little; a search that reaches the true base stops there.
    """
    rows = len(total[0])
    if len(parts) < 2 or any(len(shares) != rows for shares, _ in parts):
        return False
    least = len(parts) * min_base
    if not least <= base <= MAX_BASE:
        return False
    total_line = _Fits(total, steps)
    split = _Split([_Fits(part, steps) for part in parts], min_base)
    for n in range(least, base + 1):
        ranges = total_line.ranges(n)
        if ranges is not None and split.splits(n, ranges):
            return n == base
    return False


class _Fits:
    """One line's count ranges on a base (the widest over the steps it could be on, None if it
    fits on none), worked out once, and each count's least and greatest share of any base."""

    def __init__(self, line: JointLine, steps: Sequence[Fraction]) -> None:
        shares, subtotals = line
        forms = on_steps(shares, subtotals, steps)
        self._on = [Shown(shown, step, subtotals=nested) for shown, step, nested in forms]
        self._on = [line for line in self._on if line.possible]
        self._at: dict[int, Ranges | None] = {}
        by_count = [[(step, shown[i]) for shown, step, _ in forms] for i in range(len(shares))]
        self.least = [min((_share(2 * k - 1, s) for s, k in at), default=0) for at in by_count]
        self.most = [max((_share(2 * k + 1, s) for s, k in at), default=0) for at in by_count]

    def ranges(self, base: int) -> Ranges | None:
        if base not in self._at:
            found = [r for line in self._on if (r := line.reading(base)) is not None]
            if not found:
                self._at[base] = None
            else:
                low = tuple(map(min, zip(*(r.low for r in found), strict=True)))
                high = tuple(map(max, zip(*(r.high for r in found), strict=True)))
                self._at[base] = (low, high)
        return self._at[base]


def _share(half_steps: int, step: Fraction) -> Fraction:
    """A count's least or greatest share of its base: ``half_steps`` half steps (none below 0)."""
    return Fraction(max(half_steps, 0), 2) * step


class _Split:
    """Whether part bases the parts fit can add up to a total base with every group's total
    count in the sum of its part counts' ranges there."""

    def __init__(self, parts: list[_Fits], min_base: int) -> None:
        self.parts = parts
        self.min_base = min_base
        self.budget = SPLIT_BUDGET
        rows = range(len(parts[0].least))
        # by part: each group's least and greatest share of the base of the parts after it
        after = [
            (
                [min((p.least[g] for p in parts[i + 1 :]), default=Fraction(0)) for g in rows],
                [max((p.most[g] for p in parts[i + 1 :]), default=Fraction(0)) for g in rows],
            )
            for i in range(len(parts))
        ]
        self._after = [
            [
                (a.numerator, a.denominator, b.numerator, b.denominator)
                for a, b in zip(*x, strict=True)
            ]
            for x in after
        ]
        # by part and group: how the least and greatest sums move with the part's own base
        self._slopes = [
            [
                (float(la), float(lb), float(a - la), float(b - lb))
                for a, b, la, lb in zip(p.least, p.most, *after[i], strict=True)
            ]
            for i, p in enumerate(parts)
        ]

    def splits(self, base: int, total: Ranges) -> bool:
        """The parts' bases can add up to ``base`` and split every group's ``total`` range
        (taken to, once the budget is spent)."""
        if self.budget <= 0:
            return True
        rows = len(total[0])
        return self._split(0, base, (0,) * rows, (0,) * rows, total)

    def _split(
        self, i: int, left: int, low: tuple[int, ...], high: tuple[int, ...], total: Ranges
    ) -> bool:
        if i == len(self.parts):
            return left == 0
        first, last = self._span(i, left, low, high, total)
        for n in range(first, last + 1):
            self.budget -= 1
            if self.budget < 0:
                return True
            ranges = self.parts[i].ranges(n)
            if ranges is None:
                continue
            low2 = tuple(map(int.__add__, low, ranges[0]))
            high2 = tuple(map(int.__add__, high, ranges[1]))
            rest = left - n  # the later parts' bases add up to this
            if self._within_reach(i, rest, low2, high2, total) and self._split(
                i + 1, rest, low2, high2, total
            ):
                return True
        return False

    def _span(
        self, i: int, left: int, low: tuple[int, ...], high: tuple[int, ...], total: Ranges
    ) -> tuple[int, int]:
        """The bases part ``i`` may have: each group's total must lie between what its counts
        so far, part i's on its base and the later parts' on the rest can add up to at least
        and at most (each linear in the base; worked in floats, so widened by one)."""
        if i == len(self.parts) - 1:  # the last part's base is the rest
            return (left, left) if left >= self.min_base else (1, 0)
        first = self.min_base
        last = left - (len(self.parts) - 1 - i) * self.min_base
        for lo, hi, least, most, (la, lb, da, db) in zip(
            low, high, *total, self._slopes[i], strict=True
        ):
            below = most - lo - la * left  # base * da <= below
            above = least - hi - lb * left  # base * db >= above
            if da > 1e-9:
                last = min(last, int(below / da) + 1)
            elif da < -1e-9:
                first = max(first, int(below / da) - 1)
            if db > 1e-9:
                first = max(first, int(above / db) - 1)
            elif db < -1e-9:
                last = min(last, int(above / db) + 1)
        return first, last

    def _within_reach(
        self, i: int, rest: int, low: tuple[int, ...], high: tuple[int, ...], total: Ranges
    ) -> bool:
        """Every group's total range is still within reach of its counts so far and what the
        later parts, on bases adding up to ``rest``, can bring at least and at most."""
        for lo, hi, least, most, (a, b, c, d) in zip(
            low, high, *total, self._after[i], strict=True
        ):
            if lo - (-rest * a // b) > most or hi + min(rest * c // d, rest) < least:
                return False
        return True
