"""Levels listed apart: every region's line, then every local authority's, region by region.

ONS and DWP list areas a level at a time ('England', then 'North East', 'North West', ...,
then County Durham, Gateshead, ... Bolton, Bury, ..., each region's authorities in the regions'
order), the hierarchy shown by GSS codes alone (E92, E12, E06/E08). No region stands beside its
authorities, so no tree explains it, and its typed figures were rounded on their own: North
East shown as 520 over authorities the copy shows adding up to 540 (guidance R5), the copy
verified. The same stands on its side (quarters listed before all of their months).

A run of two or more typed lines straight before (or after) the run of lines to the table's
end (or start), each of them, in order, the sum of the next run of those lines to the last
digit in every line across (two runs or more of two lines or more), adds them up: each is read
as the total of its run.
"""

from __future__ import annotations

from wpxl.analyse.period_runs import adds_up
from wpxl.analyse.totals import Axis, Values

_MOST_LINES = 800  # every local authority of Great Britain, and their regions
_LONGEST_RUN = 80  # a region's authorities (the South East has 67)
_LEAST_GROUPS = 2  # runs of two lines or more: one alone could be chance
_SLACK = 1e-9  # sums added in another order than a run's may differ in their last bits


def levels_listed_apart(
    axis: Axis, values: Values, found: dict[int, list[int]]
) -> dict[int, list[int]]:
    """Each line of a run of lines listed before (or after) the lines it adds up, run by run
    (see the doc), with its run; ``axis.totals`` gains them."""
    lines = [x for x in axis.lines if x not in found and x not in axis.totals]
    if len(lines) > _MOST_LINES or len(lines) < 2 + 2 * _LEAST_GROUPS:
        return {}
    totals: dict[int, list[int]] = {}
    for ordered in (lines, lines[::-1]):  # heads first, or after the lines they add up
        totals = _heads_then_runs(axis, values, ordered)
        if totals:
            break
    axis.totals.update(totals)
    return totals


def _heads_then_runs(axis: Axis, values: Values, lines: list[int]) -> dict[int, list[int]]:
    """The heads and their runs where ``lines`` (in reading order or reversed) open with heads
    each adding up the next run of the lines after them, the runs ending with the lines."""
    for split in _balanced_splits(axis, values, lines):
        heads, rest = lines[:split], lines[split:]
        runs = _runs(axis, values, heads, rest)
        if runs is not None and sum(len(run) >= 2 for run in runs) >= _LEAST_GROUPS:
            return {head: sorted(run) for head, run in zip(heads, runs, strict=True)}
    return {}


def _balanced_splits(axis: Axis, values: Values, lines: list[int]) -> list[int]:
    """The splits of ``lines`` into heads and the rest where, in every line across no head
    leaves blank, the heads add up to what the rest does: heads adding up the rest run by run
    do, so no other split is tried run by run (each try reads every line across for up to 80
    lines a head: 3 million reads of a figure on a sheet of 38,000 areas by 13 months, where
    the first area or two leave no split to try)."""
    balanced = set(range(2, len(lines) - 1))
    for other in axis.across:
        if not balanced:
            break
        heads = [values.typed(axis.coord(line, other)) for line in lines]
        rest = [values.figure(axis.coord(line, other)) or 0.0 for line in lines]
        above, below = 0.0, sum(rest)
        for split, (head, line) in enumerate(zip(heads, rest, strict=True), start=1):
            if head is None:
                break  # a blank head asks nothing of this line across beyond it
            above, below = above + head, below - line
            if abs(above - below) > _SLACK * max(1.0, abs(above)):
                balanced.discard(split)
    return sorted(balanced)


def _runs(axis: Axis, values: Values, heads: list[int], rest: list[int]) -> list[list[int]] | None:
    """Each head's run of ``rest``, taken in order from its start; None unless the runs take
    every line of ``rest``."""
    runs, at = [], 0
    for head in heads:
        end = _run_end(axis, values, head, rest, at)
        if end is None:
            return None
        runs.append(rest[at:end])
        at = end
    return runs if at == len(rest) else None


def _run_end(axis: Axis, values: Values, head: int, rest: list[int], at: int) -> int | None:
    """Where the run of ``rest`` from ``at`` that ``head`` adds up ends; None where the run
    passes the head's figure in a line across before it adds up (counts are never below 0)."""
    wanted = [values.typed(axis.coord(head, other)) for other in axis.across]
    added = [0.0] * len(wanted)
    for end in range(at + 1, min(len(rest), at + _LONGEST_RUN) + 1):
        line = rest[end - 1]
        for i, other in enumerate(axis.across):
            added[i] += values.figure(axis.coord(line, other)) or 0.0
        if any(w is not None and a > w for a, w in zip(added, wanted, strict=True)):
            return None
        equal = all(w is None or a == w for a, w in zip(added, wanted, strict=True))
        if equal and adds_up(axis, values, head, rest[at:end]):
            return end
    return None
