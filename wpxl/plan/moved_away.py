"""What a table shown only as percentages held besides its figures, named as removed.

A table wholly of outcomes goes to a percentage sheet, and only its shares, their lines'
labels and their columns' headers go with it: a column of remarks ('new office'), a rate or
average beside the outcomes ('Avg days to outcome'), a code and the note under the table
('Source: PRaP extract 3 May 2024') stayed behind in its place on the volume sheet, which
shows none of the table (wpxl.plan.volumes), and the sheet itself is left out when nothing
else is on it. The cover said only that the table's outcome volumes are shown as
percentages: the rest vanished with no line saying so (principle 7). Each such cell is named
now, by column, with the sheet the table went to.

A line of text beyond such a table ('Figures provisional until the June refresh.', a blank
row under it) is no part of the table and stays on the volume sheet; but when every table of
its sheet went to percentage sheets and no figure is left, the sheet is left out of the copy
and that line went with it, unnamed (session 35). It is named now too, with its input cell.
"""

from __future__ import annotations

from wpxl.analyse.differences import OUTCOME_DIFFERENCE
from wpxl.model import OutputSheet, Removal, Role, SheetAnalysis, Table
from wpxl.model.sheetref import column_spans
from wpxl.plan.placement import Placement

# Roles the percentage sheet never carries from a moved table's place, wherever they stand;
# text and codes are carried only as the names of the lines shown (wpxl.plan.percentages)
_NEVER_CARRIED = (Role.NOTE, Role.DERIVED)
_AS_NAMES = (Role.TEXT, Role.NONCOUNT)


def left_behind(
    tables: list[Table], analysis: SheetAnalysis, moved: dict[int, str]
) -> list[Removal]:
    """A line for each column of the cells of ``tables`` (each moved to the sheet ``moved``
    names) that no sheet of the copy shows: text and notes as text, rates and averages as
    figures, their cells as runs of rows ('Outcomes' E4:E6)."""
    found: dict[tuple[str, str, int], list[int]] = {}
    roles, cells = analysis.roles, analysis.sheet.cells
    for table in tables:
        why = (
            f"in a table shown only as percentages on {moved[id(table)]}: "
            "its text, notes and rates are not carried"
        )
        body, area = set(table.body_rows), table.area
        for coord in (
            (r, c)
            for c in range(area.left, area.right + 1)
            for r in range(area.top, area.bottom + 1)
        ):
            cell, role = cells.get(coord), roles.get(coord)
            if cell is None or cell.is_empty:
                continue
            named = coord[1] in table.label_cols and coord[0] in body
            if role in _NEVER_CARRIED or (role in _AS_NAMES and not named):
                kind = "figures" if role is Role.DERIVED else "text"
                said = OUTCOME_DIFFERENCE if coord in table.differences else why  # 'Change'
                found.setdefault((kind, said, coord[1]), []).append(coord[0])
    return [
        Removal(kind, f"'{analysis.sheet.name}' {column_spans(rows, col)}", why)
        for (kind, why, col), rows in found.items()
    ]


def on_sheet_left_out(
    sheet: OutputSheet, place: Placement, analysis: SheetAnalysis, moved: dict[int, str]
) -> list[Removal]:
    """A line for each column of what the volume ``sheet`` of ``analysis`` would have shown,
    now that it is left out as its tables all went to percentage sheets: the cells wpxl
    wrote there (where each table went) aside, by their input cells ('Outcomes' A10)."""
    went = ", ".join(sorted({moved[id(t)] for t in analysis.tables if id(t) in moved}))
    why = f"on a sheet left out of the copy, as its tables are shown only as percentages ({went})"
    found: dict[tuple[str, int], list[int]] = {}
    for coord, cell in sorted(sheet.cells.items(), key=lambda item: item[0][::-1]):
        if cell.kind == "wpxl" or cell.value is None or cell.value == "":
            continue
        row, col = place.source(coord)
        kind = "figures" if cell.kind == "derived" else "text"
        found.setdefault((kind, col), []).append(row)
    return [
        Removal(kind, f"'{analysis.sheet.name}' {column_spans(rows, col)}", why)
        for (kind, col), rows in found.items()
    ]
