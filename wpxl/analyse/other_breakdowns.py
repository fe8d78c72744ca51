"""Lines of a second breakdown of a total another run of lines already adds up.

Published tables break one population down by two characteristics in one column: 'All
participants' over 'Male' and 'Female', then 'Age' over '18-24', '25-49' and '50+' (DWP's
official statistics and a provider's pack alike), each breakdown above one 'Total', or each
with a 'Total' of its own and 'All participants' last. The tree of totals reads the total over
one breakdown, the lines (or the total) next to it; the other breakdown's lines stay outside
every total, counts of their own, which they are. But on a table of job outcomes they were
counted into the base of each column beside the total's own parts, so every share was halved
(Male 30% of the outcomes where he has 60%, 'All participants' itself 50%) and the copy was
verified. Lines no total adds up, next to each other (two or more, or one total), that add up,
to the last digit in every place a total no other adds up holds a figure, to that total are
another breakdown of it: the plan (plan/percent_lines) leaves them and the lines under them out
of the base and shows each as a share of it, as it shows an 'of which' line. It asks once every
total of the table is known, those adding up blocks line by line too: lines holding a part of
the total by another route ('Derby' and 'Buxton' Totals over the areas' lines an 'All areas'
block adds up line by line) are none of another breakdown.
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.analyse.body import FIGURES
from wpxl.model import Coord, Role, Table

Figure = Callable[[Coord], float | None]
_MOST_LINES = 60  # a breakdown's lines (ages, benefits, areas): a run longer is tried no further
At = Callable[[int, int], Coord]


def other_breakdown_lines(
    table: Table, by_row: bool, roles: dict[Coord, Role], figure: Figure
) -> list[set[int]]:
    """The lines (rows, ``by_row``, or columns) of each other breakdown of a top total, with
    the lines under them, once the table's totals are all known (``figure``: a count's or
    total's number): one set a breakdown, since a reader of the shares takes each for a whole."""
    lines, across = (
        (table.body_rows, table.body_cols) if by_row else (table.body_cols, table.body_rows)
    )
    at: At = (lambda line, other: (line, other)) if by_row else (lambda line, o: (o, line))
    parts = _parts_by_line(table, by_row)
    added = {part for held in parts.values() for part in held}
    tops = [
        x
        for x in lines
        if x not in added and any(roles.get(at(x, other)) in FIGURES for other in across)
    ]
    found: set[int] = set()
    runs: list[set[int]] = []
    wholes: set[int] = set()  # the tallest tree first: 'All participants' over the ages'
    for total in sorted((x for x in tops if x in parts), key=lambda x: -_height(x, parts)):
        if total in found:  # a breakdown itself of a total read before
            continue
        wholes.add(total)
        whole = _under(total, parts)  # a line under it by another route is no other part
        others = [None if _under(x, parts) & whole else x for x in tops if x not in wholes]
        for run in _breakdowns(others, total, parts, across, at, figure):
            runs.append({under for line in run for under in _under(line, parts)})
            found |= runs[-1]
    return runs


def _parts_by_line(table: Table, by_row: bool) -> dict[int, set[int]]:
    """Each total line along the axis and the lines its totals add up (a total's parts on its
    own column, for rows, or on its own row, for columns)."""
    keep, line = (1, 0) if by_row else (0, 1)
    found: dict[int, set[int]] = {}
    for at, held in table.totals.items():
        for part in held:
            if part[1 + keep] == at[keep] and part[1 + line] != at[line]:
                found.setdefault(at[line], set()).add(part[1 + line])
    return found


def _height(line: int, parts: dict[int, set[int]]) -> int:
    """How many levels of totals the line heads (0 for a line no total)."""
    levels, level = 0, {line}
    while level := {x for held in level for x in parts.get(held, ())} - {line}:
        levels += 1
        if levels > len(parts):  # a loop: no tree
            break
    return levels


def _under(line: int, parts: dict[int, set[int]]) -> set[int]:
    """The line and every line under it in the tree of totals."""
    found, todo = set(), [line]
    while todo:
        if (x := todo.pop()) not in found:
            found.add(x)
            todo.extend(parts.get(x, ()))
    return found


def _breakdowns(
    others: list[int | None],
    total: int,
    parts: dict[int, set[int]],
    across: list[int],
    at: At,
    figure: Figure,
) -> list[int]:
    """The runs of lines of ``others`` (in order; None where a line no run may hold stands)
    next to each other, each of two lines or more or of one total, adding up to ``total`` (by
    age, then by disability, after the total's own by gender)."""
    found: list[list[int]] = []
    start = 0
    while start < len(others):
        held: list[int] = []  # the run of lines from here up to one no run may hold
        for line in others[start : start + _MOST_LINES]:
            if line is None:
                break
            held.append(line)
        ends = range(1 if others[start] in parts else 2, len(held) + 1)
        end = next((end for end in ends if _adds_up(total, held[:end], across, at, figure)), 0)
        if end:
            found.append(held[:end])
        start += end or 1
    return found


def _adds_up(total: int, run: list[int], across: list[int], at: At, figure: Figure) -> bool:
    """Whether the run's figures add up to the total's wherever it holds one above 0 (in two
    places at least, where it holds two)."""
    matched = places = 0
    for other in across:
        figure_there = figure(at(total, other))
        if figure_there is None or figure_there == 0:
            continue
        places += 1
        held = [figure(at(line, other)) for line in run]
        if all(p is None for p in held) or sum(p or 0 for p in held) != figure_there:
            return False
        matched += 1
    return matched >= min(2, places) and matched > 0
