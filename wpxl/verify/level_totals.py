"""Invariant 10, for a line over the lines level with it in its label column: a total its
figures bear out in every place shows the sum of what the copy shows for them.

Regions laid out in a column of their own ('Region | Office', each region on its own line), the
contract package areas written in the office column, each on top of its offices ('CPA 7' over
'Leeds', 'Bradford', 'Wakefield', then 'CPA 8' over its own), all typed: no word, indent or
column set the CPA's line out from its offices, and a reading that takes lines level with each
other for siblings rounded every line on its own, the CPA's 520 over offices showing 500 and the
region's over CPAs showing another sum, which guidance R5 forbids. The proof's other readings of
invariant 10 ask lines set out by indent or column, lines of one kind, or lines named a total.

The proof reads the input itself, where the rows' first words stand in two columns or more (a
tree laid out by the labels' columns): a row whose first words stand in the same column as
those of the rows straight under it (or straight over it) that is, to the last digit in every
place where it holds a plain figure, the sum of the first two or more of those rows (back to a
row whose words stand further left or that holds no figure), three places or more not 0: by
chance no line of three figures or more is so. Where the copy writes it as plain figures it
must show the sum of what the copy shows for those rows. Rows whose words say they count a part
of the row above ('of which ESA') are no such rows, and nor is a row the table's own total
counts beside those it adds up by chance (``counted_beside``).
"""

from __future__ import annotations

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.counted_beside import counted_beside
from wpxl.verify.figure_lines import rows_right_of
from wpxl.verify.indented_totals import OF_WHICH
from wpxl.verify.leaks import Finding
from wpxl.verify.shown_sums import not_the_shown_sum
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.total_words import names_total

Coord = tuple[int, int]
NOT_THE_SUM = "a total of the lines level with it under its label rounded on its own"
MIN_MATCHES = 3  # places not 0 where the line must add up its run: no chance equality
ITEMS = 30  # the most rows under (or over) a line read as its run


def level_totals(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    """The places where a line adds up the rows level with it under (or over) it in the input
    but the copy shows it rounded on its own (``labels``: each row's first words and their
    column)."""
    if len({col for col, _ in labels.values()}) < 2:
        return []  # most sheets: the labels stand in one column
    lines = rows_right_of(pair, cells, labels, labels)  # row -> its plain figures
    rows = sorted(r for r in labels if lines.get(r))
    found: list[Finding] = []
    for at, row in enumerate(rows):
        words = labels[row][1]
        if names_total(words) or OF_WHICH.search(words):
            continue  # named totals and breakdowns: the other readings ask them
        for order in (rows[at + 1 :], rows[:at][::-1]):
            run = _run(row, order, labels, lines, cells)
            if run and any(counted_beside(pair, row, run[0], at, False) for at in run[1]):
                break  # the table's own total counts the line beside them: one of them
            for place in run[1] if run else []:
                if written_alone(pair, (row, place)):
                    found += not_the_shown_sum(pair, (row, place), run[0], NOT_THE_SUM)
            if run:
                break
    return found


def _run(
    row: int,
    order: list[int],
    labels: dict[int, tuple[int, str]],
    lines: dict[int, dict[int, float]],
    cells: dict[Coord, Cell],
) -> tuple[list[int], list[int]] | None:
    """The first two or more rows of ``order`` (the rows under the line, or over it nearest
    first) that ``row`` adds up in every place it holds a plain figure, and those places."""
    col = labels[row][0]
    own = {c: v for c, v in lines[row].items() if cells[(row, c)].formula is None}
    if len(own) < MIN_MATCHES:
        return None
    sums = dict.fromkeys(own, 0.0)
    run: list[int] = []
    last = row
    for other in order[:ITEMS]:
        where, words = labels[other]
        if where != col or names_total(words) or OF_WHICH.search(words) or abs(other - last) > 1:
            return None  # a row further left (or right), or a blank row, closes the block
        run.append(other)
        last = other
        for c in sums:
            sums[c] += lines[other].get(c, 0.0)
        if len(run) >= 2 and all(abs(sums[c] - v) <= 1e-6 for c, v in own.items()):
            matched = sum(v != 0 for v in own.values())
            return (run, sorted(own)) if matched >= MIN_MATCHES else None
    return None
