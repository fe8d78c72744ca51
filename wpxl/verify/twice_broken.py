"""Invariant 8 for a total broken down two ways in one line: each share is a share of the total.

Published tables break one population down by two characteristics in one column: 'All
participants', then 'Gender' over 'Male' and 'Female', then 'Age' over '18-24', '25-49' and
'50+' (or each breakdown above one 'Total', or each with a 'Total' of its own). Each breakdown
is the whole of the outcomes, so each line's share is its count over the total's. A copy that
took both breakdowns into one base halved every share ('All participants' 50%, Male 30% where
he has 60%) and the proof passed it: its reading of a line (``percent_recovery``) takes every
line not named a total for a part of one base, and either found no input explaining the shares
(nothing judged) or found the halved base and nothing wrong with it.

The proof reads the input itself: among the counts behind a line's rows (``percent_sources``),
a row whose words name the whole ('Total', 'All participants', 'Overall') holding T, while the
line's other parts, in order, split into two or more runs of two lines or more each adding up,
to the last digit, to T, is a total broken down that many ways. Its shares must then each be
the line's count over T on a step a reader may assume; a copy showing anything else is refused.
A copy showing them is searched as any breakdown is: a reader takes each run for the whole of
one base, so the runs must not give T back, alone or together. Never asked: analyse, plan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from wpxl.model.recovery import as_multiples, count_range, gives_back, jointly_gives_back

TWICE_COUNTED = (
    "outcome percentages of a total broken down two ways or more in one line whose shares are "
    "not each line's share of that total (the breakdowns taken into one base); show each line "
    "as a share of the total"
)
_WHOLE = re.compile(r"\btotal\b|^all\b|\boverall\b|\beveryone\b", re.IGNORECASE)
_MIN_RUN = 2  # lines in a breakdown: one line alone is the total again, not a breakdown of it


def judged(
    keys: Sequence[Sequence[str]],
    parts: Sequence[int],
    shares: Sequence[float],
    counts: Sequence[float],
    steps: Sequence[Fraction],
    least: int,
) -> str | None:
    """What is wrong with a line's shares (its ``parts``, indices into its rows' ``keys`` and
    input ``counts``, showing ``shares``) if it breaks a total down two ways or more: 'wrong'
    (not shares of the total), 'gives back' (a reader gets the total back), or None."""
    if any(c != int(c) or c < 0 for c in counts):
        return None
    whole = [int(c) for c in counts]
    wholes = [i for i, key in enumerate(keys) if names_the_whole(key)]
    found = breakdown_runs(whole, wholes, parts)
    if found is None:
        return None
    total, runs = found
    if not shares_of_the_total([whole[i] for i in parts], shares, total, steps):
        return "wrong"
    shown = dict(zip(parts, shares, strict=True))
    lines = [[shown[i] for i in run] for run in runs]
    counted = [[whole[i] for i in run] for run in runs]
    return "gives back" if _give_back(lines, counted, total, steps, least) else None


def names_the_whole(key: Sequence[str]) -> bool:
    """Whether a row's innermost words name the whole population ('Total', 'All participants')."""
    return bool(key) and bool(_WHOLE.search(key[-1]))


def breakdown_runs(
    counts: Sequence[int], wholes: Sequence[int], parts: Sequence[int]
) -> tuple[int, list[list[int]]] | None:
    """The total and the runs of ``parts`` (indices into ``counts``, in order) each adding up to
    it, if a row of ``wholes`` (indices whose words name the whole) holds a total two or more
    such runs, covering every other part, add up to; else None."""
    for whole in wholes:
        total = counts[whole]
        others = [i for i in parts if i != whole]
        if total <= 0 or sum(counts[i] for i in others) < 2 * total:
            continue
        runs = _runs(counts, others, total)
        if runs is not None and len(runs) >= 2:
            return total, runs
    return None


def _runs(counts: Sequence[int], others: list[int], total: int) -> list[list[int]] | None:
    runs: list[list[int]] = []
    run: list[int] = []
    held = 0
    for i in others:
        run.append(i)
        held += counts[i]
        if held > total:
            return None
        if held == total and sum(1 for j in run if counts[j]) >= _MIN_RUN:
            runs.append(run)
            run, held = [], 0
    return runs if not run and all(len(r) >= _MIN_RUN for r in runs) else None


def shares_of_the_total(
    counts: Sequence[int], shares: Sequence[float], total: int, steps: Sequence[Fraction]
) -> bool:
    """Whether every share is its count over ``total``, rounded half up, on one of ``steps``."""
    for step in steps:
        shown = as_multiples(shares, step)
        if shown is not None and all(
            low <= count <= high
            for count, m in zip(counts, shown, strict=True)
            for low, high in [count_range(m, step, total)]
        ):
            return True
    return False


def _give_back(
    lines: list[list[float]],
    counts: list[list[int]],
    total: int,
    steps: Sequence[Fraction],
    least: int,
) -> bool:
    """Whether a reader taking each run for a whole breakdown of one base gets the total back
    from one run, or from them all together."""
    alone = any(
        gives_back(run, line, steps, least) for run, line in zip(counts, lines, strict=True)
    )
    return alone or jointly_gives_back([(line, ()) for line in lines], total, steps, least)
