"""A verdict for each run of a column's rows, kept as the run, not once for each of its cells.

The proof's reading of numbers naming rows (``label_figures``) judges a column's whole run of
whole numbers at once and remembers the verdict for every place of the run: on a column of
250,000 counts, a dict of (row, column) places held 13 MB at the proof's peak, a place's tuple
and its dict entry each. Kept as each column's runs, in order, it holds a few entries a column,
and a later run over places already judged takes them over, as the dict's update did.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

Coord = tuple[int, int]


class RunVerdicts:
    """Each column's judged runs as sorted, disjoint (top, end) rows, each with its verdict."""

    def __init__(self) -> None:
        self._columns: dict[int, tuple[list[int], list[int], list[bool]]] = {}

    def get(self, at: Coord) -> bool | None:
        """The verdict of the run holding ``at``; None where no run judged holds it."""
        row, col = at
        runs = self._columns.get(col)
        if runs is None:
            return None
        tops, ends, verdicts = runs
        place = bisect_right(tops, row) - 1
        return verdicts[place] if place >= 0 and row <= ends[place] else None

    def judge(self, col: int, top: int, end: int, verdict: bool) -> None:
        """Rows ``top`` to ``end`` of ``col`` (inclusive) given ``verdict``, over any verdict
        given them before; the parts of earlier runs outside them keep theirs."""
        tops, ends, verdicts = self._columns.setdefault(col, ([], [], []))
        first = bisect_left(ends, top)  # the first run ending at or below ``top``
        last = bisect_right(tops, end)  # the runs from ``first`` to here meet the new one
        new_tops, new_ends, new_verdicts = [top], [end], [verdict]
        if first < last and tops[first] < top:  # the part of the first above the new run
            new_tops.insert(0, tops[first])
            new_ends.insert(0, top - 1)
            new_verdicts.insert(0, verdicts[first])
        if first < last and ends[last - 1] > end:  # the part of the last below it
            new_tops.append(end + 1)
            new_ends.append(ends[last - 1])
            new_verdicts.append(verdicts[last - 1])
        tops[first:last], ends[first:last], verdicts[first:last] = (
            new_tops,
            new_ends,
            new_verdicts,
        )
