"""Write small real .xlsx inputs for tests, the way Excel would (formulas carry cached values)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import xlsxwriter

Rows = list[list[Any]]


def write_book(
    path: Path,
    sheets: dict[str, Rows],
    hidden: tuple[str, ...] = (),
    cached: dict[tuple[str, str], Any] | None = None,
) -> Path:
    """Each row is a list of values; a string starting with '=' is a formula.

    ``cached`` gives a formula's cached result by (sheet, A1); without one, wpxl's own sum of
    the referenced cells is irrelevant: tests that need a cache pass it.
    """
    cached = cached or {}
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    for name, rows in sheets.items():
        ws = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str) and value.startswith("="):
                    ref = xlsxwriter.utility.xl_rowcol_to_cell(r, c)
                    ws.write_formula(r, c, value, None, cached.get((name, ref), 0))
                elif isinstance(value, str):
                    ws.write_string(r, c, value)
                else:
                    ws.write(r, c, value)
        if name in hidden:
            ws.hide()
    book.close()
    return path


def referrals_table(
    values: list[list[int]], total_row: bool = True, total_col: bool = True
) -> Rows:
    """'Referrals by payment group': a title, a header, labelled rows, SUM totals."""
    groups = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers", "JSA Prison Leavers"]
    months = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013"][: len(values[0])]
    rows: Rows = [["Referrals by payment group"], [], ["Payment group", *months]]
    if total_col:
        rows[2].append("Total")
    width = len(months)
    for i, line in enumerate(values):
        r = len(rows) + 1
        row: list[Any] = [groups[i], *line]
        if total_col:
            last = xlsxwriter.utility.xl_col_to_name(width)
            row.append(f"=SUM(B{r}:{last}{r})")
        rows.append(row)
    if total_row:
        first, last = 4, len(rows)
        row = ["Total"]
        for c in range(1, width + 1 + (1 if total_col else 0)):
            letter = xlsxwriter.utility.xl_col_to_name(c)
            row.append(f"=SUM({letter}{first}:{letter}{last})")
        rows.append(row)
    return rows
