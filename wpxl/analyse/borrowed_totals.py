"""A table's total that adds up another table's lines: a SUM pasted and left pointing back.

Two tables of job outcomes by area, April and May, one under the other, the May table's
'Total' copied from April's and never changed (=SUM(B4:B6) under rows 12 to 14). The reading
took the formula at its word: the May total was April's lines, its shares on the percentage
sheet were of April's total (200% where the months were alike), and only the proof caught it,
refusing the copy with a sentence that could only guess why and asked the analyst to report
it to the maintainers (session 35). The source is wrong, and no copy of it can be both
honest and true to it: the analysis refuses at once, naming the total and the cells it adds
up, before anything is written.

A total over cells of two or more other tables (a grand total of April and May) or over a
table with no lines of its own in the total's column (a summary pointing at the others)
reads as it always did: only a formula whose own table has lines it passes over, adding up
two or more of exactly one other table instead, is the slip. A total the reading found
(a persons line equal to the males' line where no female had it) or a link to one cell
('=B54') is no pasted SUM.
"""

from __future__ import annotations

from wpxl.model import Cell, Coord, Role, Table
from wpxl.model.parts import places_of, sheets_of
from wpxl.model.sheetref import a1, column_spans


def borrowed_totals(
    tables: list[Table], sheet: str, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> list[str]:
    """A sentence for each formula of ``tables`` adding up lines of one other table of the
    sheet instead of its own."""
    problems = []
    for table in tables:
        for (row, col), parts in table.totals.items():
            cell = cells.get((row, col))
            if cell is None or cell.formula is None or len(parts) < 2:
                continue  # a total the reading found (one sex's line for both), or a link
            if sheets_of(parts) != {sheet}:  # all parts' sheets at once: runs, or in C
                continue  # over another sheet's cells: a summary, read as one
            if parts[0][1:] in table.area:
                continue  # most totals: over their own lines, told by the first
            added = list(places_of(parts))
            if any(c in table.area for c in added):
                continue
            owners = [t for t in tables if all(c in t.area for c in added)]
            own = [
                r
                for r in table.body_rows
                if roles.get((r, col)) is Role.COUNT and (r, col) not in table.totals
            ]
            if len(owners) != 1 or not own:
                continue  # over several tables, or a summary with no lines of its own
            other = owners[0]
            problems.append(
                f"sheet '{sheet}', cell {a1(row, col)}: the total at {a1(row, col)} adds up "
                f"{_spans(added)}, cells of table {other.index} ('{other.title}'), not the lines "
                f"of its own table ({_spans([(r, col) for r in own])}); point its formula at "
                "its own lines (a SUM copied from another table keeps that table's range), "
                "then try again"
            )
    return problems


def _spans(cells: list[Coord]) -> str:
    by_col: dict[int, list[int]] = {}
    for r, c in sorted(cells, key=lambda rc: (rc[1], rc[0])):
        by_col.setdefault(c, []).append(r)
    return ", ".join(column_spans(rows, c) for c, rows in by_col.items())
