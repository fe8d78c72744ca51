"""Say when rounding leaves a table of little value (guidance R7), without showing true figures.

Whether a table is of little value is read from its copy alone, as the council reads it: how
many of its figures are shown as the base or less (0 or 20), and how far rounding has likely
moved each total, worked out from the rounded figures (wpxl.plan.total_spread): any band of a
total's true error, next to the rounded total and its parts, narrowed the true total and at
times gave it back, and the count of figures below the base, on a copy of 20s, told that they
were 10 to 19, not 10 to 29 (whether the warning was there told as much). What is said, on the
cover and in the reports, is counts of cells and totals, thresholds crossed and coarse bands;
only the proposals of less detail are tried on the true figures, for the analyst to choose.

A table is of little value when more than ``small_cell_share`` of its figures are shown as the
base or less, or of its totals are likely moved by more than ``total_error_share``: one office
of small counts among large ones (its line's total shown as 0) is that line's matter, said in
the reports' bands, not a reason to share the whole table with less detail."""

from __future__ import annotations

from dataclasses import replace
from itertools import repeat
from operator import lt

from wpxl.model import (
    CellValue,
    Proposal,
    Role,
    SheetAnalysis,
    TableQuality,
    TotalError,
    Warning,
)
from wpxl.model.sheetref import a1
from wpxl.model.total_errors import TotalErrors
from wpxl.plan.figures import Figures
from wpxl.plan.proposals import PROPOSALS, RowWords, col_words, propose
from wpxl.plan.total_spread import Leaves, likely_share
from wpxl.policy import Policy

# Upper edges of the bands a total's error is reported in; the last band is "100 % or more".
ERROR_BANDS = (0.10, 0.25, 0.50, 1.00)
BAND_LABELS = ("under 10%", "10-25%", "25-50%", "50-100%", "100% or more")
SHOWN_PROPOSALS = 3


def band_of(share: float) -> int:
    return next((i for i, edge in enumerate(ERROR_BANDS) if share < edge), len(ERROR_BANDS))


def assess_sheet(
    analysis: SheetAnalysis, figures: Figures, policy: Policy, row_words: RowWords
) -> list[TableQuality]:
    """One assessment per volume table on the sheet (outcome figures are never shown anyway);
    ``row_words``: the sheet's, shared with its differencing profiles."""
    name = analysis.sheet.name
    found = []
    count = Role.COUNT  # named once: each naming of an enum member is a class look-up
    outcomes = figures.has_outcomes(name)
    cells, roles = analysis.sheet.cells, analysis.roles
    leaves: Leaves = {}
    for table in analysis.tables:
        if outcomes:
            counts = [
                cells[(r, c)].value
                for r in table.body_rows
                for c in table.body_cols
                if roles.get((r, c)) is count and not table.measure_of((r, c)).is_outcome
            ]
        else:  # most sheets: every count is a volume, read a row at a time
            grid = figures.grid(name)
            counts = [v for r in table.body_rows for _, v in grid.row(r, table.body_cols)]
        if not counts:
            continue
        errors = []
        cols: dict[int, str] = {}  # a column's words, joined once for all its totals
        for coord in sorted(table.totals):
            if table.measure_of(coord).is_outcome:
                continue
            share = likely_share(figures, (name, *coord), leaves)
            if share is None:
                continue
            row, col = coord
            if col not in cols:
                cols[col] = col_words(analysis, table, col)
            label = " / ".join(w for w in (row_words(table, row), cols[col]) if w)
            errors.append(
                TotalError(a1(*coord), label, band_of(share), share > policy.total_error_share)
            )
        small, zeros = _small_and_zeros(counts, figures)
        quality = TableQuality(
            table=table.name,
            sheet=name,
            index=table.index,
            cells=len(counts),
            small=small,
            zeros=zeros,
            totals=len(errors),
            totals_over=sum(1 for e in errors if e.over),
            worst_band=max((e.band for e in errors), default=0),
            total_error_share=policy.total_error_share,
            errors=TotalErrors(errors),
        )
        if low_value(quality, policy):
            proposals = propose(analysis, table, lambda c: figures.true((name, *c)), policy)
            quality = replace(quality, proposals=tuple(proposals))
        found.append(quality)
    return found


def _small_and_zeros(counts: list[CellValue], figures: Figures) -> tuple[int, int]:
    """How many counts are shown as the base or less, and how many as 0. Whole counts (most
    tables' only kind) are compared as they are: what shows 0 is below half the base, what
    shows the base or less below one and a half (halves go up)."""
    base = figures.base
    if set(map(type, counts)) == {int} and min(counts) >= 0:
        zero_below = base - base // 2  # each v < limit, worked out by map
        small_below = zero_below + base
        return sum(map(lt, counts, repeat(small_below))), sum(map(lt, counts, repeat(zero_below)))
    shown = [abs(figures.rounded_count(v)) for v in counts]
    return sum(1 for v in shown if v <= base), shown.count(0)


def low_value(quality: TableQuality, policy: Policy) -> bool:
    """Judged on the copy's own figures, as the council reads them: how many are shown as the
    base or less, and how far its totals have likely moved (``likely_share``). Whether the
    warning is there says nothing more of the true figures than the copy does: judged on the
    count below the base, it told a reader whose copy showed only 20s that most were 10 to 19,
    not 10 to 29."""
    share = policy.small_cell_share
    return quality.small / quality.cells > share or quality.totals_over > share * quality.totals


def table_warnings(qualities: list[TableQuality], policy: Policy) -> list[Warning]:
    """A warning per table of little value, and one per sheet whose tables are small overall."""
    warnings = []
    base = policy.rounding_base
    for q in qualities:
        if not low_value(q, policy):
            continue
        figures = (
            ("cells", q.cells),
            ("shown_at_most_base", q.small),
            ("rounded_to_zero", q.zeros),
            ("totals", q.totals),
            ("totals_over_threshold", q.totals_over),
            ("small_cell_share_threshold", policy.small_cell_share),
            ("total_error_share_threshold", policy.total_error_share),
        )
        if q.small / q.cells > policy.small_cell_share:
            code = "low-value"
            what = f"{_shown_small(q.small, q.cells, base)}; figures of little value"
        else:
            code = "total-distorted"
            what = (
                f"rounding has likely moved {q.totals_over} of {q.totals} totals by more than "
                f"{policy.total_error_share:.0%} of their true value"
            )
        plain = "; or ".join(p.advice for p in in_fixed_order(q.proposals)[:SHOWN_PROPOSALS])
        warnings.append(
            Warning(
                code,
                q.table,
                f"{what} — {advice(q.proposals, base)}",
                (q.table,),
                figures,
                f"{what} — consider less detail: {plain}" if plain else None,
            )
        )
    by_sheet: dict[str, list[TableQuality]] = {}
    for q in qualities:
        by_sheet.setdefault(q.sheet, []).append(q)
    for sheet, group in by_sheet.items():
        cells, shown = sum(q.cells for q in group), sum(q.small for q in group)
        if len(group) > 1 and shown / cells > policy.small_cell_share:
            warnings.append(
                Warning(
                    "low-value-sheet",
                    f"sheet '{sheet}'",
                    f"{_shown_small(shown, cells, base)} on this sheet; consider sharing "
                    "fewer, larger tables",
                    tuple(q.table for q in group),
                    (("cells", cells), ("shown_at_most_base", shown)),
                )
            )
    return warnings


def _shown_small(shown: int, cells: int, base: int) -> str:
    return f"{shown} of {cells} figures are shown as {base} or less"


def in_fixed_order(proposals: tuple[Proposal, ...]) -> list[Proposal]:
    """The proposals as the cover names them: in the order wpxl makes them, not best first. The
    best are found on the true figures, so which came first (and which of more than the cover
    names came at all) told the council which of them the true figures favour."""
    return sorted(proposals, key=lambda p: PROPOSALS.index(p.name))


def advice(proposals: tuple[Proposal, ...], base: int) -> str:
    """What to do, in plain words, with the effect of each proposal tried on the data.

    The effects are for the analyst (terminal and reports); the cover sheet the council reads
    names the proposals only, so it says no more about the true figures than it must.
    """
    if not proposals:
        return "consider showing less detail (fewer groups or longer periods)"
    tried = [
        f"{p.advice} (would leave {p.small} of {p.cells} figures below {base})"
        for p in proposals[:SHOWN_PROPOSALS]
    ]
    return "consider less detail: " + "; or ".join(tried)
