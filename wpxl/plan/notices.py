"""Warnings for what analyse decided about the source's own figures, so nothing happens in
silence: totals the source perturbed and wpxl rebuilt from their parts (policy
``source_totals = "rebuild"``), and totals that count a group their table does not show.

Only coarse bands of change and cell references are said, never a figure: an exact share next
to a rounded total would let the typed total be worked back.
"""

from __future__ import annotations

from wpxl.model import SheetAnalysis, Table, Warning
from wpxl.model.sheetref import a1
from wpxl.plan.quality import BAND_LABELS, band_of


def source_total_warnings(analyses: list[SheetAnalysis]) -> list[Warning]:
    """One warning per table whose typed totals did not add up and were rebuilt."""
    warnings = []
    for analysis in analyses:
        for table in analysis.tables:
            if table.unshown:
                warnings.append(_unshown_warning(table))
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
