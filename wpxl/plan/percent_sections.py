"""The section rows an outcome table's percentage sheet shows between its lines.

Areas stacked under one header are parted by rows holding only the area's name ("Buxton",
then its payment groups and Total, "Matlock" ...). The percentage sheet shows the rows holding
outcome shares, so without those rows it showed four runs of 'JSA 18-24 .. Total' no reader
could tell apart: each section row within the shown lines is shown too, its name copied as
any label is.
"""

from __future__ import annotations

from wpxl.model import Role, SheetAnalysis, Table


def with_sections(table: Table, analysis: SheetAnalysis, rows: list[int]) -> list[int]:
    """``rows`` (the rows holding outcome shares, in order) and each row between the first and
    the last of them that names a section: a label and nothing else across the table."""
    if not rows or not table.label_cols:
        return rows
    shown = set(rows)
    sections = [
        r
        for r in table.body_rows
        if rows[0] < r < rows[-1] and r not in shown and _names_a_section(table, analysis, r)
    ]
    return sorted({*rows, *sections})


def _names_a_section(table: Table, analysis: SheetAnalysis, row: int) -> bool:
    cells = analysis.sheet.cells
    labelled = any(analysis.roles.get((row, c)) is Role.LABEL for c in table.label_cols)
    filled = any(
        (cell := cells.get((row, c))) is not None and not cell.is_empty for c in table.body_cols
    )
    return labelled and not filled
