"""Lines that are the difference of two other lines of counts: rebuilt from the rounded cells.

A column headed 'Change' (or 'Difference', 'Increase', '+/-', 'Variance', or the two periods
it takes apart: 'Q2-Q1', or with a minus sign ...) beside Apr 2013 and May 2013, typed as May
less Apr, rounded on its own would disagree with the rounded figures beside it (420 and 400
shown, a change of 0): anything derived from counts is worked out from the rounded cells
(guidance R5). Its words alone do not make it one (a 'Change' may be a rate); the arithmetic
must hold too, on every cell of the line, for one pair of lines; a line of outcomes'
differences of no pair ('Variance against target', its outcomes not in the table) is removed,
as what it is measured against gives the outcomes back. A formula
``=C4-B4`` of two figures on the cell's row or column says so itself. Where two pairs of lines
give the typed figures, which one the line is over is not known: it is removed. A typed line
the totals read as adding up the worded line ('Job starts' 412 as 'Target' 400 plus
'Variance' 12) is the line the difference is of, a line of counts; only a formula of the
input (=C4+D4) keeps that sum.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import permutations

from wpxl.analyse.body import FIGURES, cells_in_role
from wpxl.analyse.book_sums import UNREBUILT
from wpxl.analyse.cells import PRECISION
from wpxl.analyse.formulas import is_residual, references_any
from wpxl.analyse.relative_changes import PERCENT_CHANGE_WORDS
from wpxl.analyse.values import as_number, is_error
from wpxl.model import Cell, Coord, Role, Table
from wpxl.model.sheetref import column_index

DIFFERENCE_WORDS = re.compile(
    r"\b(?:differences?|diff|changes?|increases?|decreases?|inc\s*/\s*dec|var|variances?"
    r"|variation|movements?|gaps?|shortfalls?|revisions?|minus|growth)\b|\+\s*/\s*-|±"
    r"|\b(?:over|above)\s*/\s*\(?(?:under|below)\b"  # 'Over/(under) target': accounts' words
    r"|\u2212|\bQ[1-4]\s*[-\u2013]\s*Q[1-4]\b",  # a minus sign; 'Q2-Q1': one quarter less another
    re.IGNORECASE,
)
AMBIGUOUS = "a difference of two lines that more than one pair of figures gives"
OUTCOME_DIFFERENCE = (
    "a difference of outcome volumes (with what it is measured against, it gives them back)"
)
_SUM = re.compile(r"^SUM\(\$?([A-Z]{1,3})\$?([0-9]{1,7}):\$?([A-Z]{1,3})\$?([0-9]{1,7})\)$")
_FORMULA = re.compile(r"^\$?([A-Z]{1,3})\$?([0-9]{1,7})-\$?([A-Z]{1,3})\$?([0-9]{1,7})$")
Shown = Callable[[Coord], float | None]


def find_differences(
    table: Table,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
    words: tuple[Callable[[int], str], Callable[[int], str]],
    shown: Shown,
) -> None:
    """Record each difference line of ``table`` (``table.differences``: cell -> the two figures
    it is the first less the second of) and make its cells derived; ``words`` reads a row's
    labels and a column's headers, ``shown`` a figure's number."""
    label_of, header_of = words

    def figure(coord: Coord) -> float | None:
        return shown(coord) if roles.get(coord) in FIGURES else None

    _formula_differences(table, cells, roles, reasons, figure)
    rows, cols = table.body_rows, table.body_cols
    worded_cols = [c for c in cols if _differs(header_of(c))]
    worded_rows = [r for r in rows if _differs(label_of(r))]
    for col in worded_cols:
        others = [c for c in cols if c not in worded_cols]
        _typed_line(table, cells, roles, reasons, figure, [(r, col) for r in rows], others, 1)
    for row in worded_rows:
        others = [r for r in rows if r not in worded_rows]
        _typed_line(table, cells, roles, reasons, figure, [(row, c) for c in cols], others, 0)
    if table.differences:
        _summed_differences(table, cells, roles, reasons)


def _summed_differences(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    """A total of a difference line's cells (the 'Change' column's =SUM(D4:D7), read as a
    total, or as a rate under its rate word) is the difference of the two lines' own totals
    where those add up the same places (=C8-B8): the sum of the rounded differences is that
    anyway, and it keeps its place."""
    sums: dict[Coord, list[Coord]] = {
        coord: [(p[1], p[2]) for p in parts]
        for coord, parts in table.totals.items()
        if all(p[0] == table.sheet for p in parts)
    }
    for coord in cells_in_role(table, roles, Role.DERIVED):
        formula = cells[coord].formula
        match = _SUM.match(formula.replace(" ", "")) if formula is not None else None
        if match is not None and coord not in table.differences:
            (left, top), (right, bottom) = [
                (column_index(match.group(i)), int(match.group(i + 1)) - 1) for i in (1, 3)
            ]
            sums[coord] = [(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]
    for coord, places in sums.items():
        if not places:
            continue
        if not all(place in table.differences for place in places):
            continue
        pairs = [table.differences[place] for place in places]
        first = _line_total(table, coord, [pair[0] for pair in pairs])
        second = _line_total(table, coord, [pair[1] for pair in pairs])
        if first is not None and second is not None:
            _mark(table, roles, reasons, coord, first, second)


def _differs(words: str) -> bool:
    """Whether a line's words name a difference, not a change in per cent ('% change':
    analyse/relative_changes), which no pair of lines gives by a difference."""
    return DIFFERENCE_WORDS.search(words) is not None and not PERCENT_CHANGE_WORDS.search(words)


def _line_total(table: Table, coord: Coord, places: list[Coord]) -> Coord | None:
    """The total on ``coord``'s own row (or column) that adds up exactly ``places``, all of
    one column (or row); None if there is none."""
    rows, cols = {r for r, _ in places}, {c for _, c in places}
    if len(cols) == 1:
        found = (coord[0], cols.pop())
    elif len(rows) == 1:
        found = (rows.pop(), coord[1])
    else:
        return None
    parts = table.totals.get(found, ())
    summed = [(p[1], p[2]) for p in parts if p[0] == table.sheet]
    return found if len(summed) == len(parts) and sorted(summed) == sorted(places) else None


def _typed_line(
    table: Table,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
    figure: Shown,
    line: list[Coord],
    others: list[int],
    axis: int,
) -> None:
    """One worded line: the pairs of ``others`` (columns for ``axis`` 1, rows for 0) whose
    figures' difference is each typed number of the line."""
    typed = {coord: value for coord in line if (value := _typed(cells, roles, reasons, coord))
             is not None}  # fmt: skip
    if not typed:
        return
    pairs = [
        (first, second)
        for first, second in _candidates(typed, others, axis, figure)
        if all(_gives(coord, value, first, second, axis, figure) for coord, value in typed.items())
    ]
    pairs = [p for p in pairs if not _adds_up(table, cells, typed, p, axis)]
    if not pairs:  # no difference of the lines beside it: read as it was, but outcomes'
        if any(table.measure_of(coord).is_outcome for coord in typed):  # gives them back
            roles.update(dict.fromkeys(typed, Role.DROPPED))
            reasons.update(dict.fromkeys(typed, OUTCOME_DIFFERENCE))
        return
    for coord in typed:
        if len(pairs) > 1:
            roles[coord], reasons[coord] = Role.DROPPED, AMBIGUOUS
            table.totals.pop(coord, None)
            continue
        first, second = (_moved(coord, line, axis) for line in pairs[0])
        _mark(table, roles, reasons, coord, first, second)
    if len(pairs) == 1:
        _unsum(table, roles, typed, pairs[0], axis)


def _adds_up(
    table: Table,
    cells: dict[Coord, Cell],
    typed: dict[Coord, float],
    pair: tuple[int, int],
    axis: int,
) -> bool:
    """Whether a formula of the input makes a line of the pair the sum of the other and the
    worded line (=C4+D4 over Job outcomes and 'Difference'): the author's reading stands."""
    return any(cells[at].formula is not None for at in _summing(table, typed, pair, axis))


def _unsum(
    table: Table,
    roles: dict[Coord, Role],
    typed: dict[Coord, float],
    pair: tuple[int, int],
    axis: int,
) -> None:
    """A typed line of the pair read as the sum of the other and the worded line (Job starts
    412 as Target 400 plus 'Variance' 12) is a line of counts: the worded line is their
    difference, as its word says and as the proof reads it (verify/differences); read as a
    part, it was rounded on its own (20 under 400 and 420) and the copy refused."""
    found = set(_summing(table, typed, pair, axis))
    for at in found:
        del table.totals[at]
        roles[at] = Role.COUNT
    if found:
        left = set(table.totals)
        table.total_rows -= {r for r, _ in found} - {r for r, _ in left}
        table.total_cols -= {c for _, c in found} - {c for _, c in left}


def _summing(
    table: Table, typed: dict[Coord, float], pair: tuple[int, int], axis: int
) -> list[Coord]:
    """The cells of the pair's lines read as totals adding up a typed cell of the worded line."""
    found = []
    for coord in typed:
        for line in pair:
            at = _moved(coord, line, axis)
            if any((p[1], p[2]) == coord for p in table.totals.get(at, ())):
                found.append(at)
    return found


def _candidates(
    typed: dict[Coord, float], others: list[int], axis: int, figure: Shown
) -> Iterable[tuple[int, int]]:
    """The pairs of lines that may differ by the worded line's first typed number, in the
    order of ``permutations(others, 2)``: where that number and the figures are whole, only
    the pairs whose figures differ by it, found by value (asking every pair of a table of
    2,400 lines was 5.8 million pairs, 40 s); else every pair."""
    coord, value = next(iter(typed.items()))
    shown = {line: figure(_moved(coord, line, axis)) for line in others}
    if not float(value).is_integer() or any(
        v is not None and not float(v).is_integer() for v in shown.values()
    ):
        return permutations(others, 2)
    by_value: defaultdict[float, list[int]] = defaultdict(list)
    for line, v in shown.items():
        if v is not None:
            by_value[v].append(line)
    return [
        (first, second)
        for first in others
        if (a := shown[first]) is not None
        for second in by_value.get(a - value, ())
        if second != first
    ]


def _gives(coord: Coord, value: float, first: int, second: int, axis: int, figure: Shown) -> bool:
    a, b = figure(_moved(coord, first, axis)), figure(_moved(coord, second, axis))
    return a is not None and b is not None and a - b == value


def _moved(coord: Coord, line: int, axis: int) -> Coord:
    return (coord[0], line) if axis == 1 else (line, coord[1])


def _typed(
    cells: dict[Coord, Cell], roles: dict[Coord, Role], reasons: dict[Coord, str], coord: Coord
) -> float | None:
    """A typed number read as a count, a rate ('Change') or an estimate's precision ('+/-')."""
    cell = cells.get(coord)
    if cell is None or cell.formula is not None or is_error(cell.value):
        return None
    role = roles.get(coord)
    if role in (*FIGURES, Role.DERIVED) or reasons.get(coord) == PRECISION:
        number = as_number(cell.value)
        return None if number is None else float(number)
    return None


def _formula_differences(
    table: Table,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
    figure: Shown,
) -> None:
    """``=C4-B4``: two figures on the cell's own row or column, the first less the second. Such a
    formula is one wpxl does not rebuild as a total (or a rate, under rate words): only those
    cells are asked, not every body cell."""
    rows, cols = set(table.body_rows), set(table.body_cols)
    asked = [c for c, why in reasons.items() if why.startswith(UNREBUILT)]
    for coord in [*cells_in_role(table, roles, Role.DERIVED), *asked]:
        cell = cells.get(coord)
        row, col = coord
        if cell is not None and cell.formula is not None and row in rows and col in cols:
            _formula_difference(table, roles, reasons, figure, coord, cell.formula)


def _formula_difference(
    table: Table,
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
    figure: Shown,
    coord: Coord,
    formula: str,
) -> None:
    lines = _formula_cells(formula)
    if lines is None:
        return
    (first, second), (row, col) = lines, coord
    same_line = {first[0], second[0]} == {row} or {first[1], second[1]} == {col}
    if same_line and figure(first) is not None and figure(second) is not None:
        _mark(table, roles, reasons, coord, first, second)


def _mark(
    table: Table,
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
    coord: Coord,
    first: Coord,
    second: Coord,
) -> None:
    roles[coord] = Role.DERIVED
    reasons.pop(coord, None)
    table.totals.pop(coord, None)
    table.ratios.pop(coord, None)
    table.differences[coord] = (first, second)


def worked_out_from(cells: dict[Coord, Cell], parts: list[Coord], coord: Coord) -> bool:
    """Whether a part of a typed figure read as a total is worked out from that figure itself
    ('Remaining starts' =B4-C4 beside 'Job starts' 412 and 'Job outcomes' 41): the figure is
    the line the difference is of, a count, though it is the sum of the other two. So with a
    range holding it ('Range' =MAX(B4:B6)-MIN(B4:B6) under the offices: the largest office's
    starts are always the smallest's and the range, and were removed as a total over them)."""
    for part in parts:
        cell = cells.get(part)
        if cell is None or not cell.formula:
            continue
        lines = _formula_cells(cell.formula)
        if lines is not None and coord in lines:
            return True
        if lines is None and not is_residual(cell.formula) and _takes_in(cell.formula, coord):
            return True  # not 'Other' =B8-SUM(B4:B6): the total less the rest, which it adds up
    return False


def _takes_in(formula: str, coord: Coord) -> bool:
    """Whether a reference of the formula on its own sheet takes in ``coord``."""
    row, col = coord
    return any(
        ref.sheet is None and ref.top <= row <= ref.bottom and ref.left <= col <= ref.right
        for ref in references_any(formula)
    )


def _formula_cells(formula: str) -> tuple[Coord, Coord] | None:
    """The two cells of a formula ``=C4-B4``, the first less the second; None for another."""
    match = _FORMULA.match(formula.replace(" ", ""))
    if match is None:
        return None
    a_col, a_row, b_col, b_row = match.groups()
    return (int(a_row) - 1, column_index(a_col)), (int(b_row) - 1, column_index(b_col))
