"""A figure typed on a summary as an outcome sheet's total: an outcome volume, removed.

A 'Summary' listing each table's total by its sheet ('Tab 1' 4,406; 'Tab 2' 75), where 'Tab 2'
counts job outcomes, states an outcome volume in words that name none. Rounded (80) it is
still one, and outcome volumes may never be shared (guidance R3): only their percentage
breakdown, which 'Tab 2' becomes.

Where a typed count of a small table sits on a line named by another sheet (its name, or the
one sheet's name beginning or ending with the line's words: wpxl.plan.linked_rows) and is
exactly that sheet's outcome table's total under the same header (under a header naming a
total, the whole table's), it is removed, and the cover says where and why. Laid the other
way, the sheets named by the headers, the same.
"""

from __future__ import annotations

from collections.abc import MutableSequence
from dataclasses import dataclass

from wpxl.analyse.words import is_total_label
from wpxl.model import OutputCell, OutputSheet, Removal, Role, SheetAnalysis, Warning
from wpxl.model.sheetref import a1
from wpxl.plan.differencing import Profile
from wpxl.plan.figures import Figures
from wpxl.plan.linked_rows import sheet_named
from wpxl.plan.proposals import col_words
from wpxl.plan.summaries import MOST_CELLS, Leaf

GRAND = ""  # the key of a table's total over every column
WHY = "the total of an outcome table on another sheet (an outcome volume, even rounded)"


@dataclass(frozen=True, slots=True)
class OutcomeTotals:
    """What an outcome table adds up to, by its column headers' words (``GRAND``: in all)."""

    sheet: str
    totals: dict[str, frozenset[float]]


def outcome_totals(analysis: SheetAnalysis, figures: Figures) -> list[OutcomeTotals]:
    """Each small outcome table's totals: its counts added up by column and in all, and the
    figures of its own total row and column (typed apart from its counts, a late one may
    differ)."""
    found = []
    roles, cells = analysis.roles, analysis.sheet.cells
    for table in analysis.tables:
        if table.row_measures or table.col_measures or not table.measure.is_outcome:
            continue
        rows = [r for r in table.body_rows if r not in table.total_rows]
        cols = [c for c in table.body_cols if c not in table.total_cols]
        if not rows or not cols or len(rows) * len(cols) > MOST_CELLS:
            continue
        totals: dict[str, set[float]] = {}
        grand = 0.0
        for col in cols:
            counts = [cells[(r, col)].value for r in rows if roles.get((r, col)) is Role.COUNT]
            column = float(sum(figures.true_count(v) for v in counts))
            grand += column
            stated = {_figure(cells.get((r, col))) for r in table.total_rows}
            totals[col_words(analysis, table, col)] = {column, *stated} - {None}  # type: ignore[arg-type]
        stated = {_figure(cells.get((r, c))) for r in table.body_rows for c in table.total_cols}
        totals[GRAND] = {grand, *stated} - {None}  # type: ignore[arg-type]
        frozen = {key: frozenset(values) for key, values in totals.items()}
        found.append(OutcomeTotals(analysis.sheet.name, frozen))
    return found


def _figure(cell: object) -> float | None:
    value = getattr(cell, "value", None)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def remove_outcome_totals(
    profiles: list[Profile],
    outcome_tables: list[OutcomeTotals],
    sheets: MutableSequence[OutputSheet],
    names: list[str],
) -> tuple[list[Removal], list[Warning]]:
    """Blank each typed count that is an outcome table's total (see the doc) in the planned
    ``sheets`` (named ``names``), keeping its style; returns what was removed and a warning
    for each table it was removed from."""
    by_sheet = {found.sheet: found for found in outcome_tables}
    if not by_sheet:
        return [], []
    removals: list[Removal] = []
    warnings: list[Warning] = []
    for profile in profiles:
        cells = profile.cells
        if cells is None:
            continue
        index = names.index(cells.sheet)
        sheet = sheets[index]  # a stored sheet is loaded, and stored again below
        removed = [
            leaf
            for (label, head), leaf in cells.leaves.items()
            if _outcome_total(label, head, leaf, by_sheet)
        ]
        for leaf in removed:
            sheet.cells[leaf.at] = OutputCell(None, style=sheet.cells[leaf.at].style, kind="text")
            removals.append(Removal("figures", f"'{cells.sheet}' {a1(*leaf.source)}", WHY))
        if removed:
            sheets[index] = sheet
            warnings.append(
                Warning(
                    "outcome-total-removed",
                    profile.table,
                    f"{_figures(len(removed))} (outcome volumes): removed; those tables are "
                    "shown as percentages",
                    (profile.table,),
                    (("cells", len(removed)),),
                )
            )
    return removals, warnings


def _figures(count: int) -> str:
    if count == 1:
        return "one of its figures was the total of an outcome table on another sheet"
    return f"{count} of its figures were the totals of outcome tables on other sheets"


def _outcome_total(label: str, head: str, leaf: Leaf, by_sheet: dict[str, OutcomeTotals]) -> bool:
    if not leaf.typed:
        return False
    for name, key in ((label, head), (head, label)):
        found = sheet_named(name, by_sheet)
        if found is None:
            continue
        totals = found.totals.get(GRAND if is_total_label(key) else key)
        if totals is not None and float(leaf.true) in totals:
            return True
    return False
