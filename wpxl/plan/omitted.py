"""Warn about the book's own total formulas that stop short of a figure next to their range.

The classic inserted-row slip: a row added just above 'Total' after =SUM(B4:B9) was written is
left out, and so is a month beside a row total =SUM(B7:C7). Excel flags such a formula ('formula
omits adjacent cells'). wpxl keeps the book's formula, as the total is the book's own figure and
only its author knows whether the line belongs in it, but says so, naming the cells: silently
carried, the copy would present it as the table's total. Cell references only, never a figure.
"""

from __future__ import annotations

from wpxl.analyse.formulas import Ref, sum_refs
from wpxl.analyse.words import is_subset_words
from wpxl.model import Cell, Coord, Role, SheetAnalysis, Table, Warning
from wpxl.model.sheetref import a1


def omitted_line_warnings(analyses: list[SheetAnalysis]) -> list[Warning]:
    """One warning per table with formula totals that leave out a count beside their range."""
    warnings = []
    for analysis in analyses:
        for table in analysis.tables:
            found = _omitting(analysis, table)
            if found:
                warnings.append(_warning(table, found))
    return warnings


def _omitting(analysis: SheetAnalysis, table: Table) -> list[tuple[Coord, Coord]]:
    """Each formula total with a figure it leaves out right beside one of its ranges."""
    cells, roles = analysis.sheet.cells, analysis.roles
    found = []
    for coord in table.totals:
        cell = cells.get(coord)
        refs = None if cell is None or cell.formula is None else sum_refs(cell.formula)
        for ref in refs or ():
            beside = _beside(coord, ref)
            if beside is not None and _figure_line(beside, coord, table, cells, roles):
                found.append((coord, beside))
                break
    return sorted(found)


def _beside(coord: Coord, ref: Ref) -> Coord | None:
    """The cell right after a range of the total's own column (or row), on the total's side
    of it and short of the total: the one an inserted line would be. A single cell is no range
    to stop short of anything."""
    row, col = coord
    if ref.sheet is not None:
        return None
    if ref.left == ref.right == col and ref.bottom > ref.top:
        line = _next_to(row, ref.top, ref.bottom)
        return None if line is None else (line, col)
    if ref.top == ref.bottom == row and ref.right > ref.left:
        line = _next_to(col, ref.left, ref.right)
        return None if line is None else (row, line)
    return None


def _next_to(at: int, first: int, last: int) -> int | None:
    """The line beside ``first``..``last`` towards ``at``, when it is not ``at`` itself."""
    if at > last + 1:
        return last + 1
    if at < first - 1:
        return first - 1
    return None


def _figure_line(
    here: Coord, total: Coord, table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> bool:
    """Whether a cell is a figure of the table's body on a line a total could add (not an 'of
    which' line, which a total rightly leaves out)."""
    if roles.get(here) is not Role.COUNT:
        return False
    by_row = here[1] == total[1]  # the total adds rows: the cell's row is the line
    line = here[0] if by_row else here[1]
    body = table.body_rows if by_row else table.body_cols
    return line in body and not _of_which(line, 1 if by_row else 0, table, cells)


def _of_which(line: int, axis: int, table: Table, cells: dict[Coord, Cell]) -> bool:
    """An 'of which' line counts part of the line before: a total rightly leaves it out."""
    if axis == 1:
        heads = [cells.get((line, c)) for c in table.label_cols]
    else:
        heads = [cells.get((r, line)) for r in table.header_rows]
    return any(c is not None and is_subset_words(str(c.value or "")) for c in heads)


SHOWN = 4  # totals named one by one; the rest are counted


def _warning(table: Table, found: list[tuple[Coord, Coord]]) -> Warning:
    named = "; ".join(f"{a1(*total)} leaves out {a1(*cell)}" for total, cell in found[:SHOWN])
    more = f"; and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
    what = (
        f"{len(found)} of its totals are formulas that skip a figure next to their range, as a "
        f"row or column inserted after the formula was written would be ({named}{more}); wpxl "
        "kept the book's formulas, so check them and correct the source if those figures belong "
        "in the totals"
    )
    return Warning(
        "total-omits-adjacent-cells",
        table.name,
        what,
        (table.name,),
        (("totals_omitting_adjacent_cells", len(found)),),
    )
