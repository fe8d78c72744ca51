"""Outcome figures in no share: removed, and each named on the cover.

A table's outcome figure whose column another measure names ('Referrals' down a line headed
'Job outcomes this month') is an outcome by its line's words and a referral by its column's:
it is in no share of the outcomes beside it (with them, its line's shares were of referrals
and outcomes together), so the percentage sheet does not show it. The volume is removed all the
same, and without these lines nothing said so: a table holding only such figures made no
percentage sheet and no line on the cover at all (principle 7: every cell removed is named,
with its sheet and cell).

A total adding up job outcomes and another measure ('Office | Referrals | Job outcomes | Total',
the Total each office's referrals and outcomes together) counts no one measure: the percentage
sheet showed its column under 'Total' with the outcomes' own shares, which it is not. It is in
no share either (``mixes_measures``), its volume removed and named so on the cover.

A grand total under the second of two tables adding up both tables' totals ('Total' 2013/14,
'Total' 2014/15, then 'Grand total'): the second table's percentage sheet showed it as 228 %
of that table's outcomes, and the proof refused the copy asking the user to report it. A total
adding up lines of its table and of other tables (``crosses_tables``) is in no one table's
breakdown: removed and named so.
"""

from __future__ import annotations

from collections import defaultdict

from wpxl.model import Coord, Measure, Removal, SheetAnalysis, Table
from wpxl.model.sheetref import a1, column_spans, runs
from wpxl.plan.figures import NUMERIC_ROLES, Figures

WHY = (
    "outcome volumes are never shared; a figure its column names as another measure is in "
    "no percentage breakdown"
)
CROSSED = (
    "outcome volumes are never shared; a total adding up the lines of other tables is in no "
    "one table's percentage breakdown"
)
MIXED = (
    "outcome volumes are never shared; a total adding up {measures} together counts no one "
    "measure and is in no percentage breakdown"
)


def volumes_of(measures: str) -> str:
    """What the cover calls the removed volumes of ``measures`` ('job outcomes and
    sustainments'): 'job outcome and sustainment volumes', as one says it, where 'job outcomes
    volumes' read as a slip."""
    return (
        " ".join(
            w.removesuffix("s") if w.endswith(("outcomes", "sustainments")) else w
            for w in measures.split(" ")
        )
        + " volumes"
    )


def named_otherwise(table: Table, col: int) -> bool:
    """Whether the column's own words name a measure other than an outcome."""
    measure = table.col_measures.get(col)
    return measure is not None and not measure.is_outcome


def unshared_outcomes(table: Table, analysis: SheetAnalysis, figures: Figures) -> list[Removal]:
    """A line for each column of the table's outcome figures that no share shows, naming
    their cells in the input ('Starts' B9, B12:B13), as every other removal on the cover
    does, and how many there are."""
    name = analysis.sheet.name
    if not table.may_hold_outcomes:  # most tables: no cell can be an outcome
        return []
    by_col: dict[tuple[int, str], list[int]] = defaultdict(list)
    for col in table.body_cols:
        named = named_otherwise(table, col)
        for row in table.body_rows:
            if analysis.roles.get((row, col)) not in NUMERIC_ROLES:
                continue
            if not figures.is_outcome((name, row, col)):
                continue
            if named:
                by_col[(col, WHY)].append(row)
            elif mixed := mixes_measures(table, name, (row, col)):
                by_col[(col, MIXED.format(measures=mixed))].append(row)
            elif crosses_tables(table, name, (row, col)):
                by_col[(col, CROSSED)].append(row)
    removals = []
    for (col, why), rows in sorted(by_col.items()):
        spans = [
            a1(run[0], col) + ("" if len(run) == 1 else f":{a1(run[-1], col)}")
            for run in runs(sorted(rows))
        ]
        measure = table.measure_of((rows[0], col)).value
        count = f"{len(rows)} figure{'s' if len(rows) > 1 else ''}"
        where = f"'{name}' {', '.join(spans)}"
        removals.append(Removal(volumes_of(measure), where, f"{count}: {why}"))
    return removals


def mixes_measures(table: Table, sheet: str, coord: Coord) -> str | None:
    """The measures a total of the table adds up together, outcomes and another ('referrals
    and job outcomes'), or None where it adds up one measure's figures (or is no total)."""
    parts = table.totals.get(coord)
    if not parts:
        return None
    measures = {table.measure_of((r, c)) for s, r, c in parts if s == sheet}
    measures.discard(Measure.UNKNOWN)
    if all(m.is_outcome for m in measures) or not any(m.is_outcome for m in measures):
        return None  # one side's alone: 'Total outcomes and sustainments' is percent_measures
    named = sorted(m.value for m in measures)
    return f"{', '.join(named[:-1])} and {named[-1]}"


def crosses_tables(table: Table, sheet: str, coord: Coord) -> bool:
    """Whether a total of the table adds up lines of its own and lines down its sheet outside
    it (a grand total under the last table): no line of the table's breakdown. One adding up
    others' lines alone ('All areas' under the areas) is a line of its own table's; a part on
    its own row is a month of its line beyond a spacer column."""
    parts = [(r, c) for s, r, c in table.totals.get(coord, ()) if s == sheet]
    outside = any(at[0] != coord[0] and at not in table.area for at in parts)
    return outside and any(at in table.area for at in parts)


def outcome_places(sheet: str, cells: list[Coord]) -> str:
    """Where a table's outcome figures stood, column by column ("'Monthly' C4:C7, E4:E7") or
    row by row where they lie along fewer rows ("'Monthly' B5:D5"), for a table whose other
    figures stay: named by its title, it read as all gone."""
    rows, cols = sorted({row for row, _ in cells}), sorted({col for _, col in cells})
    if len(cols) <= len(rows):
        spans = [column_spans(sorted(r for r, c in cells if c == col), col) for col in cols]
    else:
        spans = [
            a1(row, run[0]) if len(run) == 1 else f"{a1(row, run[0])}:{a1(row, run[-1])}"
            for row in rows
            for run in runs(sorted(c for r, c in cells if r == row))
        ]
    return f"'{sheet}' {', '.join(spans)}"
