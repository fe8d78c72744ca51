"""Warn about a table of running totals typed as values, rounded cell by cell (guidance R6).

"Job starts YTD" by month, pasted from the sheet of monthly job starts: each cell is the sum of
months shown elsewhere, but wpxl cannot see that from the table alone (a cumulative column
beside its months is rebuilt over them: wpxl.analyse.running_totals). Rounded on its own, a
cumulative figure is not the sum of the rounded months the copy shows, and the two together
narrow the true figures (May's cumulative less April's gives May back). So it is named.

Taken when the table's title or sheet name says its figures run on (cumulative, to date, YTD),
it has two or more columns of typed counts, and along every row they never fall and somewhere
rise, as running totals do. Cell references only, never a figure.

Where the months it adds up are found, such a table is rebuilt instead (``rebuild_running``):
one table on another sheet, with the same row labels and at least as many columns, whose first
k columns add up, in every row, exactly to the running table's k-th column. Each cell becomes a
SUM over those rounded month cells (``=SUM('Job starts'!B6:C6)``), as a typed summary of office
sheets is (wpxl.plan.summaries), and the warning gives way to a note that says so. Anything less
(a cell off by one, two tables that fit, a sheet whose cells other sheets add up) stays warned.
"""

from __future__ import annotations

from collections.abc import Collection, MutableSequence
from itertools import pairwise

from wpxl.analyse.values import as_number
from wpxl.analyse.words import is_cumulative_words
from wpxl.model import Coord, OutputCell, OutputSheet, Role, SheetAnalysis, Table, Warning
from wpxl.plan.differencing import Profile
from wpxl.plan.formulas import sum_formula
from wpxl.plan.linked_rows import rebuild_linked
from wpxl.plan.summaries import Leaf, TableCells, write_rebuilt

MIN_ROWS = 2  # rows that rise along the table before it is read as running on


def running_table_warnings(analyses: list[SheetAnalysis]) -> list[Warning]:
    """One warning per table of typed running totals rounded cell by cell."""
    return [
        _warning(table)
        for analysis in analyses
        for table in analysis.tables
        if is_cumulative_words(f"{table.title} {analysis.sheet.name}") and _runs_on(analysis, table)
    ]


def _runs_on(analysis: SheetAnalysis, table: Table) -> bool:
    """Whether every row's typed counts (its total rows aside) never fall from left to right, in
    two or more columns, and rise in two or more rows."""
    cells, roles = analysis.sheet.cells, analysis.roles
    rising = 0
    for row in table.body_rows:
        if row in table.total_rows:
            continue  # a total row adds up the lines, and is rebuilt over them
        line = [
            as_number(cells[(row, col)].value)
            for col in table.body_cols
            if roles.get((row, col)) is Role.COUNT and cells[(row, col)].formula is None
        ]
        if len(line) < 2 or None in line:
            return False
        steps = list(pairwise(line))
        if any(b < a for a, b in steps):  # type: ignore[operator]
            return False
        rising += any(b > a for a, b in steps)  # type: ignore[operator]
    return rising >= MIN_ROWS


def _warning(table: Table) -> Warning:
    return Warning(
        "running-totals-typed",
        table.name,
        "its figures look like running totals (cumulative or year to date) typed as values; "
        "each was rounded on its own, so it is not the sum of the rounded figures it adds up, "
        "and comparing the two can narrow the true figures — make them formulas over the "
        "periods they add up, or share only one of them",
        (table.name,),
        (("columns", len(table.body_cols)),),
    )


def rebuild_from_other_sheets(
    profiles: list[Profile],
    warnings: list[Warning],
    sheets: MutableSequence[OutputSheet],
    names: list[str],
    skip: Collection[str],
) -> tuple[list[Warning], dict[int, int]]:
    """Typed tables that add up another sheet's cells rebuilt as totals over them: running
    totals of its months, then summaries of its tables' totals (wpxl.plan.linked_rows), the
    sheets the first changed left as they are by the second. ``rebuild_running`` says the
    rest."""
    warnings, done = rebuild_running(profiles, warnings, sheets, names, skip)
    changed = {p.cells.sheet for p in profiles if p.cells is not None and id(p.cells) in done}
    notes, linked = rebuild_linked(profiles, sheets, names, {*skip, *changed})
    return [*warnings, *notes], done | linked


def rebuild_running(
    profiles: list[Profile],
    warnings: list[Warning],
    sheets: MutableSequence[OutputSheet],
    names: list[str],
    skip: Collection[str],
) -> tuple[list[Warning], dict[int, int]]:
    """Write each table of running totals warned about in ``warnings`` as sums over the one
    table of months it adds up, in the planned ``sheets`` (named ``names``); ``skip``: sheets
    left as they are, their tables neither rebuilt nor added up (other sheets' totals add up
    their cells, or a summary on them was just rebuilt). Returns ``warnings`` with a note in
    place of each rebuilt table's warning, and the leaves rebuilt by each table's cells' id."""
    warned = {w.where for w in warnings if w.code == "running-totals-typed"}
    kept = [(p, p.cells) for p in profiles if p.cells is not None and p.cells.sheet not in skip]
    by_sheet: dict[str, list[tuple[TableCells, dict[Coord, OutputCell]]]] = {}
    months_of: dict[int, Profile] = {}
    for running, cells in kept:
        if running.table not in warned:
            continue
        found = [
            (months, rebuilt)
            for months, month_cells in kept
            if months.measure == running.measure
            and (rebuilt := running_cells(cells, month_cells)) is not None
        ]
        if len(found) == 1:  # two tables that fit: which one it adds up would be a guess
            months_of[id(cells)] = found[0][0]
            by_sheet.setdefault(cells.sheet, []).append((cells, found[0][1]))
    added_up = {id(m.cells) for m in months_of.values()}  # their figures must stay as planned
    by_sheet = {
        name: tables
        for name, tables in by_sheet.items()
        if not any(id(cells) in added_up for cells, _ in tables)
    }
    done = {id(cells): len(cells.leaves) for cells in write_rebuilt(by_sheet, sheets, names)}
    notes = {
        running.table: _rebuilt(running, months_of[id(cells)])
        for running, cells in kept
        if id(cells) in done
    }
    return [
        notes.get(w.where, w) if w.code == "running-totals-typed" else w for w in warnings
    ], done


def running_cells(running: TableCells, months: TableCells) -> dict[Coord, OutputCell] | None:
    """The running table's cells as sums over the months' cells, or None unless the months are
    on another sheet with the same row labels and at least as many columns, every leaf of both
    is there, and each typed running leaf is exactly the sum of the months up to its column, in
    two or more columns, rising in two or more rows."""
    if running.sheet == months.sheet:
        return None
    lines, month_lines = _lines(running), _lines(months)
    if lines is None or month_lines is None or lines.keys() != month_lines.keys():
        return None
    rebuilt: dict[Coord, OutputCell] = {}
    rising = 0
    for label, line in lines.items():
        month_line = month_lines[label]
        if not 2 <= len(line) <= len(month_line):
            return None
        for k, leaf in enumerate(line):
            parts = month_line[: k + 1]
            if not leaf.typed or sum(m.true for m in parts) != leaf.true:
                return None
            formula = sum_formula([(months.sheet, *m.at) for m in parts], running.sheet)
            rebuilt[leaf.at] = OutputCell(sum(m.rounded for m in parts), formula, kind="total")
        rising += any(b.true > a.true for a, b in pairwise(line))
    return rebuilt if rising >= MIN_ROWS else None


def _lines(cells: TableCells) -> dict[str, list[Leaf]] | None:
    """Each row label's leaves from left to right, or None unless every row has a leaf under
    every column header (a blank cell leaves no month to add up)."""
    headers = {col for _, col in cells.leaves}
    lines: dict[str, list[Leaf]] = {}
    for (row, _), leaf in cells.leaves.items():
        lines.setdefault(row, []).append(leaf)
    if any(len(line) != len(headers) for line in lines.values()):
        return None
    return {row: sorted(line, key=lambda leaf: leaf.at[1]) for row, line in lines.items()}


def _rebuilt(running: Profile, months: Profile) -> Warning:
    """The note for a table of running totals rebuilt: its figures are no longer the ones
    typed, so the cover says why."""
    return Warning(
        "running-totals-rebuilt",
        running.table,
        f"typed as figures, its cells are running totals of {months.table} "
        f"({running.measure.value}): each is now the sum of the rounded months it adds up, "
        "as a total is",
        (running.table, months.table),
    )
