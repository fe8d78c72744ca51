"""Totals over hidden rows or columns: removed, or, when all they add up is hidden, shown.

The copy never carries a hidden row or column, so a total whose lines run across one adds up
cells the copy does not hold: it is removed (with every total over it), never rebuilt over the
rest, which would not be the total.

A total ALL of whose cells are hidden is another thing: Excel's Data > Subtotal output collapsed
to its office totals ('Derby Total' =SUBTOTAL(9,C4:C7) over hidden detail rows) is what its
reader sees, a table of office totals. Each becomes a count of its own, rounded like any other
(its detail never travels), and a total over them (the 'Grand Total', read as the sum of the
office totals) is rebuilt over those rounded counts. Outcome tables are left as they were: their
figures are not shown as counts at all.
"""

from __future__ import annotations

from wpxl.analyse.values import as_number
from wpxl.model import Coord, Role, Sheet, SheetAnalysis, Table

TOTAL_OVER_HIDDEN = (
    "a total over hidden rows or columns: their cells are not carried, and a total over the rest "
    "would not be the total"
)


def drop_totals_over_hidden_lines(analyses: list[SheetAnalysis]) -> None:
    """Totals over hidden detail only become counts; others over hidden lines are removed."""
    for analysis in analyses:
        sheet = analysis.sheet
        if not sheet.hidden_rows and not sheet.hidden_cols:
            continue
        for table in analysis.tables:
            shown = _summaries(table, sheet, analysis.roles)
            for coord, parts in list(table.totals.items()):
                here = [(r, c) for name, r, c in parts if name == sheet.name] + [coord]
                rows, cols = [r for r, _ in here], [c for _, c in here]
                covered_rows, covered_cols = _covered(here, shown)
                if any(min(rows) < r < max(rows) for r in sheet.hidden_rows - covered_rows) or any(
                    min(cols) < c < max(cols) for c in sheet.hidden_cols - covered_cols
                ):
                    del table.totals[coord]
                    analysis.roles[coord] = Role.DROPPED
                    analysis.reasons[coord] = TOTAL_OVER_HIDDEN


def _summaries(
    table: Table, sheet: Sheet, roles: dict[Coord, Role]
) -> dict[Coord, tuple[set[int], set[int]]]:
    """The formula totals of the table whose every cell is hidden, made counts of their own
    (a whole number shown, a table not of outcomes): each with the hidden rows and columns it
    stands for."""
    found: dict[Coord, tuple[set[int], set[int]]] = {}
    hidden_rows, hidden_cols = sheet.hidden_rows, sheet.hidden_cols
    for coord, parts in list(table.totals.items()):
        cell = sheet.cells.get(coord)
        if cell is None or cell.formula is None or not parts:
            continue
        if any(name != sheet.name for name, _, _ in parts):
            continue
        if not all(r in hidden_rows or c in hidden_cols for _, r, c in parts):
            continue
        value = as_number(cell.value)
        if value is None or not float(value).is_integer() or table.measure_of(coord).is_outcome:
            continue
        del table.totals[coord]
        roles[coord] = Role.COUNT
        found[coord] = (
            {r for _, r, _ in parts if r in hidden_rows},
            {c for _, _, c in parts if c in hidden_cols},
        )
    if found:  # a line of such totals is a line of counts now
        left = set(table.totals)
        table.total_rows -= {r for r, _ in found} - {r for r, _ in left}
        table.total_cols -= {c for _, c in found} - {c for _, c in left}
    return found


def _covered(
    here: list[Coord], shown: dict[Coord, tuple[set[int], set[int]]]
) -> tuple[set[int], set[int]]:
    """The hidden rows and columns a total's parts stand for, as totals of hidden detail: a
    total over them adds up those lines already, through them."""
    rows: set[int] = set()
    cols: set[int] = set()
    for part in here:
        if part in shown:
            rows |= shown[part][0]
            cols |= shown[part][1]
    return rows, cols
