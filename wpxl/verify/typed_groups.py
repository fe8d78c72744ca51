"""The proof's reading of a region's line typed among numbered areas: 'No. | Area' with
'68 | Yorkshire | 63 | 41' over '48 | Leeds', '7 | Bradford', '13 | Wakefield'.

A run of whole numbers down a table's first column, none the others' sum, under 'No.', reads
as naming the lines. But when a line's number is the sum of the numbers of the lines next to
it (under it, or over it) and each of its figures the sum of those lines' figures, that line
is their subtotal, typed, and the column is counted on it: its numbers are counts, kept
unrounded if let stand. The input's own values say so; the analyse stage is never asked.
"""

from __future__ import annotations

from wpxl.model import Cell
from wpxl.verify.books import Coord
from wpxl.verify.group_lines import sums_its_group
from wpxl.verify.year_parts import is_number, whole

_MOST_PARTS = 60  # a numbered line's parts: no group read past this many lines
# a line blank in the numbering column ('England' under a hundred regions' areas): read as far
# as its sums go, every line of a large table if need be
_MOST_LINES = 100_000


def adds_up_lines(
    cells: dict[Coord, Cell], line: list[tuple[int, Cell]], row: int, col: int
) -> bool:
    """Whether the number at (``row``, ``col``) and every typed figure of ``line`` right of
    it are the sums of two or more lines next to ``row`` holding whole numbers at ``col``."""
    own = whole(cells.get((row, col)))
    figures = {c: cell.value for c, cell in line if c > col and _typed(cell)}
    if own is None or not figures:
        return False
    return any(_sums(cells, row, col, step, own, figures) for step in (1, -1))


def _typed(cell: Cell | None) -> bool:
    return cell is not None and cell.formula is None and is_number(cell.value)


def _sums(
    cells: dict[Coord, Cell], row: int, col: int, step: int, own: int, figures: dict[int, object]
) -> bool:
    numbers, negative = 0, False
    totals = dict.fromkeys(figures, 0.0)
    at = row + step
    for parts in range(1, _MOST_PARTS + 1):
        number = whole(cells.get((at, col)))
        if number is None or not all(_typed(cells.get((at, c))) for c in totals):
            return False
        numbers += number
        for c in totals:
            totals[c] += float(cells[(at, c)].value)  # type: ignore[arg-type]
        if (
            parts >= 2
            and numbers == own
            and all(
                abs(totals[c] - float(v)) < 1e-9  # type: ignore[arg-type]
                for c, v in figures.items()
            )
        ):
            return True
        if own >= 0 and number >= 0 and numbers > own and not negative:
            return False  # past the number, and no line below 0 to come back
        negative = negative or number < 0
        at += step
    return False


def group_line(cells: dict[Coord, Cell], line: list[tuple[int, Cell]], row: int, col: int) -> bool:
    """Whether ``line`` (blank at ``col``) is a group's line: its formulas sum the lines on
    one side of it (``group_lines``), or it is typed and its figures do (``heads_typed_group``)."""
    if is_number(getattr(cells.get((row, col)), "value", None)):
        return False
    return sums_its_group(line, row) or heads_typed_group(cells, line, row, col)


def heads_typed_group(
    cells: dict[Coord, Cell], line: list[tuple[int, Cell]], row: int, col: int
) -> bool:
    """Whether ``line``, blank at ``col`` or naming the group there ('Coast' over offices
    numbered 5960, 5753 in column A), and typed throughout ('Yorkshire | 602 | 519', no
    formula), is a group's line: each of its figures the sum of those of the lines numbered
    at ``col`` under it (or over it), passing other lines blank there (a district's, between
    its region and its offices) and blank spacer rows. A region typed so stands where a SUM
    would; the lines' numbers on either side of it are one run under the column's header."""
    own = cells.get((row, col))
    if own is not None and own.value not in (None, "") and not isinstance(own.value, str):
        return False
    figures = {c: cell.value for c, cell in line if c > col and _typed(cell)}
    if not figures or any(cell.formula is not None for _, cell in line):
        return False
    return any(_heads(cells, row, col, step, figures) for step in (1, -1))


def _heads(
    cells: dict[Coord, Cell],
    row: int,
    col: int,
    step: int,
    figures: dict[int, object],
    depth: int = 0,
) -> bool:
    parts = 0
    totals = dict.fromkeys(figures, 0.0)
    negative = any(float(v) < 0 for v in figures.values())  # type: ignore[arg-type]
    at = row + step
    blank = 0  # blank rows in a row: past the table's end after as many as a group holds
    for _ in range(_MOST_LINES):
        if _blank(cells, at, col, totals):
            at, blank = at + step, blank + 1  # a spacer row between regions
            if blank > _MOST_PARTS:
                return False
            continue
        blank = 0
        if not all(_typed(cells.get((at, c))) for c in totals):
            return False  # the table's edge, a header or a line of formulas
        at_col = cells.get((at, col))
        if whole(at_col) is not None:
            parts += 1
            for c in totals:
                totals[c] += (value := float(cells[(at, c)].value))  # type: ignore[arg-type]
                negative = negative or value < 0
            if parts >= 2 and all(
                abs(totals[c] - float(v)) < 1e-9  # type: ignore[arg-type]
                for c, v in figures.items()
            ):
                return True
            if not negative and any(totals[c] > float(v) + 1e-9 for c, v in figures.items()):  # type: ignore[arg-type]
                return False  # past a figure, and no line below 0 to come back
        elif (
            at_col is not None
            and at_col.value not in (None, "")
            and not (
                isinstance(at_col.value, str) and _inner_group(cells, at, col, list(figures), depth)
            )
        ):
            return False  # words there ('Total'), on no group's line of its own: none passed
        at += step
    return False


def _blank(cells: dict[Coord, Cell], row: int, col: int, figures: dict[int, float]) -> bool:
    """Whether the row is blank at ``col`` and in every column of the ``figures``."""
    return all(
        (cell := cells.get((row, c))) is None or cell.value in (None, "") for c in (col, *figures)
    )


def _inner_group(cells: dict[Coord, Cell], row: int, col: int, cols: list[int], depth: int) -> bool:
    """Whether the typed line at ``row``, words at ``col``, is a group's line of its own inside
    the one read ('Coast total' under its offices, all under 'Yorkshire' on top): passed as a
    line blank there is. Read two levels deep at most."""
    figures = {c: cells[(row, c)].value for c in cols}
    return depth < 2 and any(_heads(cells, row, col, s, figures, depth + 1) for s in (1, -1))
