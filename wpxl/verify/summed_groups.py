"""Invariant 10, for a total line straight under the totals of its groups: '2013/14' under
'Q1 total' and 'Q2 total' (each under its months), 'Grand total' under the years' lines.

Such a line has no run of lines of its own above it (``summed_runs`` reads those): the line
just above it is itself a total. Typed, its figures look like counts, and a reading that takes
it for a period like the months (month codes, 201304, do not say 'month' as words do) rounds it
on its own: 1,420 shown where the quarters the copy shows add up to 1,400, which guidance R5
forbids.

The proof reads the input itself: for each line whose first words name a total, or whose only
words are a year, straight under another such line, the nearest chain of two or more such lines
above it, each stepped over with the lines it adds up (its run, or its own chain), or else the
nearest two or more named as the line just above it is but for figures ('2014-15 total',
'2013-14 total': a 'Year to date' line over each hides its months), that is, to the last digit
in every place it holds a figure, its sum (not 0). The copy must show there the
sum of what it shows on the chain's lines, unless one of them is not shown. A year alone
after years alone of its kind ('2013/14' after '2011/12' and '2012/13', its figures their sum
by chance) is the next year, not their total.
"""

from __future__ import annotations

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.figure_lines import FigureLines, Lines
from wpxl.verify.leaks import Finding
from wpxl.verify.period_kinds import periods_of_one_kind
from wpxl.verify.summed_runs import (
    adds_up,
    not_their_sum,
    places_right_of,
    run_above,
    years_alone,
)
from wpxl.verify.total_words import names_total

Coord = tuple[int, int]
NOT_ITS_GROUPS = "a total not showing the sum of the totals it adds up in the input"


def summed_groups(
    pair: SheetPair,
    cells: dict[Coord, Cell],
    labels: dict[int, tuple[int, str]],
    figures: FigureLines,
    across: bool = False,
) -> list[Finding]:
    """The places where a total line adds up the totals straight above it in the input but
    does not show their sum in the copy (``labels``: each row's first words; ``figures``:
    the figures of ``cells`` by line; ``across``: columns read as rows, as ``summed_runs``
    reads them)."""
    named = {row: at for row, (at, words) in labels.items() if names_total(words)}
    named.update(years_alone(cells, labels, across))
    if not named:
        return []
    lines = figures.by_col() if across else figures.by_row()
    top: dict[int, int] = {}  # a named line's first line added up (its run's, or its chain's)
    found = []
    last = max(named)
    for row in sorted(named):
        places = places_right_of(lines, row, named[row])
        if not places:
            continue
        run = run_above(lines, named, row, places)
        if run:
            if row != last and adds_up(lines, row, run, places):  # the last line tops none
                top[row] = min(run)
            continue
        chain = _chain(lines, top, row, places) or _alike(lines, labels, named, row, places)
        if chain is None or periods_of_one_kind(labels[x][1] for x in (row, *chain)):
            continue  # '2013/14' after '2011/12' and '2012/13': a year holds no other year
        top[row] = top.get(chain[-1], chain[-1])
        found += not_their_sum(pair, row, chain, places, across, NOT_ITS_GROUPS)
    return found


def _chain(lines: Lines, top: dict[int, int], row: int, places: list[int]) -> list[int] | None:
    """The nearest two or more total lines straight above ``row``, each over the lines it adds
    up, that add up to it; None when no such chain does."""
    chain: list[int] = []
    line = row - 1
    while line in top:
        chain.append(line)
        if len(chain) >= 2 and adds_up(lines, row, chain, places):
            return chain
        line = top[line] - 1
    return None


def _alike(
    lines: Lines,
    labels: dict[int, tuple[int, str]],
    named: dict[int, int],
    row: int,
    places: list[int],
) -> list[int] | None:
    """The nearest two or more total lines above ``row`` named as the one just above it is,
    but for their figures ('2014-15 total', then '2013-14 total'), that add up to it: each
    year's line after a 'Year to date' line repeating it, which hides its months."""
    if row - 1 not in named:
        return None
    key = _unnumbered(labels[row - 1][1])
    chain: list[int] = []
    for line in range(row - 1, -1, -1):
        if line in named and _unnumbered(labels[line][1]) == key:
            chain.append(line)
            if len(chain) >= 2 and adds_up(lines, row, chain, places):
                return chain
    return None


def _unnumbered(words: str) -> str:
    return "".join(ch for ch in words.lower() if not ch.isdigit())
