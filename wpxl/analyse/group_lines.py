"""A region's line among its areas ('Yorkshire' over or after Leeds, Bradford, Wakefield),
read for a column numbering the areas ('No.', 'Area no.': ``label_numbers``).

Such a line is no area: a column numbering the areas leaves it blank, and the run of numbers
goes on across it as across a line naming a total. Its figures say it adds the areas up, by
formulas each summing the lines under it (or above it) in their own column, or, typed as a
source's own subtotals often are, each equal to the sum of the numbered lines under it (or
above it), the same lines for every figure, passing the lines of groups inside it on either
side of their parts ('England' last, under regions each heading its areas) and blank rows.
A number standing in the numbering column on such a line is those lines' sum too: the column
is counted there, and its numbers are counts. The group may be named in the numbering column
itself ('Yorkshire' under offices numbered 3215, 6495 in column A, each typed figure their
sum); words naming a total there make a total's line, read as such by ``label_numbers``.
"""

from __future__ import annotations

from wpxl.analyse.formulas import sum_refs
from wpxl.analyse.values import is_text, typed_whole
from wpxl.analyse.words import is_total_label
from wpxl.model import Cell, Coord

_MOST_PARTS = 60  # a numbered line's: no group read past this many lines
# a line blank in the numbering column ('England' under a hundred regions' areas, each region's
# line typed): read as far as its sums go, every line of a large table if need be
_MOST_LINES = 100_000
Sides = dict[tuple[int, int], "str | None"]  # (row, depth) -> a typed line's side, once read


def group_line(
    cells: dict[Coord, Cell],
    row: int,
    cols: range,
    col: int | None = None,
    sides: Sides | None = None,
) -> str | None:
    """'above' or 'below': the line adds up the lines above it, or those below. Typed figures
    are read only for a numbering column ``col`` (its numbers mark the parts' lines).
    ``sides``: a caller asking of many lines of the same ``cols`` and ``col`` keeps each typed
    line's side there (each line's reading asks the lines of the groups beside it, so asked
    of every line of 700 under 100 typed subtotals, it took 40 s)."""
    summed = _summed_line(cells, row, cols)
    if summed is not None or col is None:
        return summed
    own = cells.get((row, col))
    if own is not None and is_text(own.value) and is_total_label(str(own.value)):
        return None  # 'Total' in the column: a total's line, read as such (``label_numbers``)
    return _typed_side(cells, row, cols, col, 0, {} if sides is None else sides)


def _typed_side(
    cells: dict[Coord, Cell], row: int, cols: range, col: int, depth: int, sides: Sides
) -> str | None:
    """'below' or 'above' for a line of typed figures each the sum of the numbered lines next
    to it, across lines blank in ``col`` that are such lines themselves (a district's over its
    offices, under its region's: area > district > office)."""
    if (row, depth) in sides:
        return sides[(row, depth)]
    side = sides[(row, depth)] = _read_side(cells, row, cols, col, depth, sides)
    return side


def _read_side(
    cells: dict[Coord, Cell], row: int, cols: range, col: int, depth: int, sides: Sides
) -> str | None:
    figures = {
        c: cell.value
        for c in cols
        if c != col
        and (cell := cells.get((row, c))) is not None
        and cell.formula is None
        and isinstance(cell.value, int | float)
        and not isinstance(cell.value, bool)
    }
    if not figures or depth > 2:
        return None
    for step, side in ((1, "below"), (-1, "above")):
        if _sums_parts(cells, (row, col, step, depth), cols, figures, sides):
            return side
    return None


def _sums_parts(
    cells: dict[Coord, Cell],
    start: tuple[int, int, int, int],
    cols: range,
    figures: dict[int, float],
    sides: Sides,
) -> bool:
    """Whether two or more numbered lines next to the line going ``step`` (across lines of
    subgroups, whichever side of their parts, and blank spacer rows) add up to each of its
    typed figures, the same for all. A line numbered itself adds up its parts' numbers too, as
    the proof reads it (verify/typed_groups): 'CPA | Apr' over '10 | 15', '15 | 6', '17 | 9'
    is three areas, 15 being 6 + 9 by chance, not area 10 the group of areas 15 and 17."""
    row, col, step, depth = start
    totals = dict.fromkeys(figures, 0.0)
    at, parts = row + step, 0
    own, blanks = typed_whole(cells.get((row, col))), 0
    numbered, numbers = own is not None, 0
    negative = any(v < 0 for v in figures.values())  # else a sum past a figure stays past it
    for _ in range(_MOST_PARTS if numbered else _MOST_LINES):
        if typed_whole(cells.get((at, col))) is None:
            inner = cells.get((at, col))
            blank = all((c := cells.get((at, x))) is None or c.is_empty for x in cols)
            named = inner is not None and not inner.is_empty  # 'North' over its offices
            if (named and not is_text(inner.value)) or (  # type: ignore[union-attr]
                not blank and _typed_side(cells, at, cols, col, depth + 1, sides) is None
            ):
                return False
            blanks = blanks + 1 if blank else 0
            if blanks > _MOST_PARTS:
                return False  # past the table's end
            at += step
            continue
        blanks = 0
        numbers += typed_whole(cells.get((at, col))) or 0
        for c in totals:
            cell = cells.get((at, c))
            value = cell.value if cell is not None and cell.formula is None else None
            if not isinstance(value, int | float) or isinstance(value, bool):
                return False
            totals[c] += value
            negative = negative or value < 0
        parts += 1
        if (
            parts >= 2
            and (own is None or numbers == own)
            and all(abs(totals[c] - v) < 1e-9 for c, v in figures.items())
        ):
            return True
        if not negative and any(totals[c] > v + 1e-9 for c, v in figures.items()):
            return False
        at += step
    return False


def _summed_line(cells: dict[Coord, Cell], row: int, cols: range) -> str | None:
    """A line whose formulas each sum the lines above it, or each those below, in their own
    columns ('Yorkshire' after or over its areas; a figure may be typed). A formula over the
    line's own cells is its total across (a quarter's column, =SUM(B5:D5), on a region's line
    of a table totalled both ways), and says nothing of its side."""
    sides = set()
    for col in cols:
        cell = cells.get((row, col))
        refs = sum_refs(cell.formula) if cell is not None and cell.formula is not None else []
        if refs is None or any(r.sheet is not None for r in refs):
            return None
        down = [r for r in refs if not r.top == r.bottom == row]
        if any(not r.left == r.right == col for r in down):
            return None
        sides |= {"above" if r.bottom < row else "below" if r.top > row else "" for r in down}
    return sides.pop() if len(sides) == 1 and "" not in sides else None
