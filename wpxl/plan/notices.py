"""Warnings for what analyse decided about the source's own figures, so nothing happens in
silence: totals the source perturbed and wpxl rebuilt from their parts (policy
``source_totals = "rebuild"``), totals that count a group their table does not show, and
whole counts stated in thousands, rounded to 20 as counts are (8 thousand shows as 0), and
counts written with a mark after them ('398 [r]'), read as the counts they mark: the rounded
cell cannot hold its mark, so the cover keeps each mark with its cell.

Only coarse bands of change and cell references are said, never a figure: an exact share next
to a rounded total would let the typed total be worked back.
"""

from __future__ import annotations

from wpxl.analyse.thousands import is_thousands_words
from wpxl.model import Role, SheetAnalysis, Table, Warning
from wpxl.model.sheetref import a1, column_spans
from wpxl.plan.quality import BAND_LABELS, band_of


def source_total_warnings(analyses: list[SheetAnalysis]) -> list[Warning]:
    """One warning per table whose typed totals did not add up and were rebuilt."""
    warnings = []
    for analysis in analyses:
        if analysis.marks:
            warnings.extend(_marked_warning(analysis))
        for table in analysis.tables:
            if table.unshown:
                warnings.append(_unshown_warning(table))
            if in_thousands := _counts_in_thousands(analysis, table):
                warnings.append(_thousands_warning(table, in_thousands))
            changes = table.source_changes
            if not changes:
                continue
            band = BAND_LABELS[band_of(max(changes.values()))]
            what = (
                f"{len(changes)} of its typed totals were not the sum of their parts (the source "
                f"rounds or perturbs them) and were rebuilt from the parts; the largest change is "
                f"{band} of the source's total"
            )
            warnings.append(
                Warning(
                    "source-totals-rebuilt",
                    table.name,
                    what,
                    (table.name,),
                    (("totals_rebuilt_from_parts", len(changes)), ("change_band", band)),
                )
            )
    return warnings


def _unshown_warning(table: Table) -> Warning:
    cells = sorted(table.unshown)
    more = f" and {len(cells) - 1} more" if len(cells) > 1 else ""
    what = (
        f"{len(cells)} of its totals ({a1(*cells[0])}{more}) count more than the parts the "
        "table shows (a group such as 'not stated' is in the total but not in the table); each "
        "is the sum of its rounded parts plus that group rounded like any count"
    )
    return Warning(
        "totals-over-unshown-group",
        table.name,
        what,
        (table.name,),
        (("totals_over_unshown_group", len(cells)),),
    )


def _counts_in_thousands(analysis: SheetAnalysis, table: Table) -> list[tuple[int, int]]:
    """The table's whole counts its title, a column's heads or a line's labels state in
    thousands ('Job starts (000s)'): analyse rounds them as counts, coarser than the rule asks
    (its decimals in thousands it removes, saying so), and the user should know why 8 shows 0."""
    cells = analysis.sheet.cells

    def says(coords: list[tuple[int, int]]) -> bool:
        return any(
            isinstance(v := cells[c].value, str) and is_thousands_words(v)
            for c in coords
            if c in cells
        )

    every = is_thousands_words(table.title)
    cols = {c for c in table.body_cols if every or says([(r, c) for r in table.header_rows])}
    rows = {r for r in table.body_rows if says([(r, c) for c in table.label_cols])}
    if not cols and not rows:
        return []
    return sorted(
        coord
        for coord, role in analysis.roles.items()
        if role is Role.COUNT
        and coord in table.area
        and (coord[1] in cols or coord[0] in rows)
        and not table.measure_of(coord).is_outcome  # shown as shares, never rounded
    )


def _thousands_warning(table: Table, cells: list[tuple[int, int]]) -> Warning:
    more = f" and {len(cells) - 1} more" if len(cells) > 1 else ""
    what = (
        f"{len(cells)} of its counts ({a1(*cells[0])}{more}) are stated in thousands and were "
        "rounded to the nearest 20 as counts are, far coarser than the rule asks (a small one "
        "shows as 0): give wpxl the whole counts and they are rounded to the nearest 20 people"
    )
    return Warning(
        "counts-in-thousands",
        table.name,
        what,
        (table.name,),
        (("counts_in_thousands", len(cells)),),
    )


def _marked_warning(analysis: SheetAnalysis) -> list[Warning]:
    """The sheet's counts read from a figure with its mark ('398 [r]'), each mark with its
    cells (a count or total the copy shows rounded, or an outcome shown as a share)."""
    shown = (Role.COUNT, Role.TOTAL, Role.OUTCOME)
    cells: dict[str, dict[int, list[int]]] = {}  # mark -> column -> rows
    for (row, col), mark in sorted(analysis.marks.items(), key=lambda m: (m[0][1], m[0][0])):
        if analysis.roles.get((row, col)) in shown:
            cells.setdefault(mark, {}).setdefault(col, []).append(row)
    if not cells:
        return []
    named = "; ".join(
        f"'{mark}' at {', '.join(column_spans(rows, col) for col, rows in at.items())}"
        for mark, at in cells.items()
    )
    what = (
        f"figures written with a mark after them are shown as the counts they mark, rounded as "
        f"every count is; a rounded cell cannot hold its mark, so the marks are listed here "
        f"({named}): say what each means in a note"
    )
    count = sum(len(rows) for at in cells.values() for rows in at.values())
    sheet = analysis.sheet.name
    return [Warning("marked-counts", f"'{sheet}'", what, (), (("marked_counts", count),))]
