"""Tables that span hidden rows or columns: their hidden cells are not carried.

A hidden line's cells never reach the copy (they may hold what the provider chose not to
show), so a table over them loses figures and its totals change: the cover says so.
"""

from __future__ import annotations

from wpxl.model import Removal, SheetAnalysis


def totals_over_hidden_lines(analyses: list[SheetAnalysis]) -> list[Removal]:
    """A table that spans hidden rows or columns loses their cells, so its totals change."""
    removals = []
    for analysis in analyses:
        sheet = analysis.sheet
        for table in analysis.tables:
            area = table.area
            rows = any(area.top <= r <= area.bottom for r in sheet.hidden_rows)
            cols = any(area.left <= c <= area.right for c in sheet.hidden_cols)
            if rows or cols:
                lines = " and ".join(w for w, hit in (("rows", rows), ("columns", cols)) if hit)
                removals.append(
                    Removal(
                        f"hidden {lines}",
                        f"'{sheet.name}' {table.name}",
                        f"the cells of its hidden {lines} were not carried; totals that add "
                        "them up are removed, the others rebuilt over the carried cells",
                    )
                )
    return removals
