"""Running lines among the periods they run over: a 'Year to date' line after each month.

A report may follow each month with the year to date ('Apr-21', 'Year to date', 'May-21',
'Year to date' ...) and each quarter's months with the quarter's line. Read as a tree, each
year to date is the one before it and its month: the running lines take every month into one
chain, no month is left for its quarter's line, which stays outside every total, rounded on
its own (the proof refuses the copy). A running line is no level of the tree: it adds up every
period since its year began. So a line named as running ('Year to date', 'Cumulative', 'YTD')
that is, in every place, the sum of the periods before it back to where its year starts is
read as the total over those periods, and the tree is read over the other lines.

The line's own figures are read as the source shows them, a cell wpxl removes included: in a
table with an outcome line the running line's outcome cell is removed (a cumulative outcome
volume), and read as no figure there the line was no running line, so beside a change column
('Q2 minus Q1', a count while totals are read, which no tree can leave out) each of its other
cells was rounded on its own, not rebuilt over the rounded quarters.
"""

from __future__ import annotations

from wpxl.analyse.totals import Axis, Values
from wpxl.analyse.words import is_cumulative_words

MIN_MATCHES = 2  # places (not 0) where the sum must hold, on a table of two or more across


def running_over_periods(axis: Axis, values: Values) -> dict[int, list[int]]:
    """Each running line of ``axis`` and the periods before it it is the sum of (the nearest
    run of them back from the line that adds up to it in every place), when every running
    line is such a sum; else none."""
    found: dict[int, list[int]] = {}
    for at, line in enumerate(axis.lines):
        if line in axis.periods or not is_cumulative_words(axis.labels.get(line, "")):
            continue
        periods = [x for x in reversed(axis.lines[:at]) if x in axis.periods]
        parts = _summed_back(axis, line, periods, values)
        if not parts:
            return {}  # one that does not add up: the others may not run on either
        found[line] = parts
    return found


def _summed_back(axis: Axis, line: int, periods: list[int], values: Values) -> list[int]:
    """The periods (nearest first in ``periods``) from the line back to the first place
    their sum is the line's figure everywhere, in order; none when it never is."""
    number = values.shown or values.figure  # what the source shows, a cell removed included
    target = [number(axis.coord(line, other)) for other in axis.across]
    if any(t is None or t < 0 for t in target) or not any(target):
        return []
    need = min(MIN_MATCHES, len(target), sum(1 for t in target if t))
    sums = [0.0] * len(target)
    for taken, period in enumerate(periods, start=1):
        for k, other in enumerate(axis.across):
            figure = values.figure(axis.coord(period, other))
            if figure is None or figure < 0:
                return []
            sums[k] += figure
        if any(s > t for s, t in zip(sums, target, strict=True)):  # type: ignore[operator]
            return []
        if sums == target and sum(1 for t in target if t) >= need:
            return sorted(periods[:taken])
    return []
