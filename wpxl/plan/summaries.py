"""A summary table typed as the sum of other sheets' tables, rebuilt as totals over them.

Offices added up on an 'all offices' sheet and pasted as values are a sheet of totals: rounded
cell by cell, each would differ from the sum of the office cells as shared (140 beside offices
of 40, 40 and 40), and the levels together narrow the true figures. A total is the sum of the
rounded cells it covers, so each summary cell is written as a SUM over the same cell of every
office sheet (``=SUM(Derby!B6,Chesterfield!B6,Buxton!B6)``), as a 3-D sum is.

Only when nothing is left to guess: every typed leaf count of the summary has the same row label
and column header as exactly one count of each office table, and is exactly their sum; the
office tables are on two or more sheets of their own; the summary sheet's other formulas are
sums over its own cells (worked out again over the rebuilt cells), and no other sheet's total
adds up a cell of it. Anything less stays rounded cell by cell, and warned about
(wpxl.plan.differencing). Only small tables are kept in this detail: a summary is a page, not
an extract, so a large workbook's tables cost nothing here.
"""

from __future__ import annotations

from collections.abc import Collection, MutableSequence
from dataclasses import dataclass, field

from wpxl.analyse.formulas import sum_refs
from wpxl.analyse.values import as_number
from wpxl.model import Coord, OutputCell, OutputSheet, Role, SheetAnalysis, Table
from wpxl.plan.figures import Figures
from wpxl.plan.formulas import sum_formula
from wpxl.plan.placement import Placement
from wpxl.plan.proposals import RowWords, col_words

MOST_CELLS = 2_000  # a table's body cells kept by their words; a summary has a few hundred


@dataclass(frozen=True, slots=True)
class Leaf:
    """A leaf count as planned: its true figure, whether the input typed it, where it went in
    the copy, the rounded figure written there and where it was in the input."""

    true: int | float
    typed: bool
    at: Coord
    rounded: int
    source: Coord  # its place in the input


@dataclass(frozen=True, slots=True)
class Foot:
    """What a column of a table adds up to, as the copy shows it: the true figure, the cells
    (its Total row's cell, or its leaf counts in a table with no total row) and their sum."""

    true: int | float
    cells: tuple[Coord, ...]
    rounded: int


@dataclass(frozen=True, slots=True)
class TableCells:
    """A small table's leaf counts by (row label, column header), on its output sheet, and what
    each column adds up to by its header (wpxl.plan.linked_rows)."""

    sheet: str
    leaves: dict[tuple[str, str], Leaf]
    feet: dict[str, Foot] = field(default_factory=dict)


def table_cells(
    analysis: SheetAnalysis,
    table: Table,
    figures: Figures,
    row_words: RowWords,
    out: OutputSheet,
    place: Placement,
    rows: Collection[int] | None = None,
) -> TableCells | None:
    """The table's leaf counts (only on ``rows``: a table of a measure a line, one measure's
    lines), or None if it is large, has two lines of the same words, may hold outcomes (their
    volumes go to the shares sheet), or holds in its body anything but counts and blanks (a
    suppressed cell, a formula, a rate)."""
    if table.may_hold_outcomes or (table.row_measures and rows is None):
        return None
    roles, cells = analysis.roles, analysis.sheet.cells
    body_rows = [r for r in table.body_rows if r not in table.total_rows]
    if rows is not None:
        body_rows = [r for r in body_rows if r in rows]
    body_cols = [
        c
        for c in table.body_cols
        if c not in table.total_cols  # and a column of totals the tree does not hold (running)
        and not (body_rows and all(roles.get((r, c)) is Role.TOTAL for r in body_rows))
    ]
    if not body_rows or not body_cols or len(body_rows) * len(body_cols) > MOST_CELLS:
        return None
    rows = {r: row_words(table, r) for r in body_rows}
    cols = {c: col_words(analysis, table, c) for c in body_cols}
    if len(set(rows.values())) < len(rows) or len(set(cols.values())) < len(cols):
        return None
    leaves: dict[tuple[str, str], Leaf] = {}
    for row, row_label in rows.items():
        for col, col_label in cols.items():
            role = roles.get((row, col))
            if role is None or role is Role.EMPTY:
                continue
            written = out.cells.get(at := place((row, col)))
            if role is not Role.COUNT or written is None or written.kind != "count":
                return None
            if type(written.value) is not int:
                return None
            cell = cells[(row, col)]
            true = figures.true_count(cell.value)
            leaves[(row_label, col_label)] = Leaf(
                true, cell.formula is None, at, written.value, (row, col)
            )
    if not leaves:
        return None
    feet = _foot_totals(analysis, table, cols, out, place) if table.total_rows else {}
    return TableCells(out.name, leaves, feet or _column_sums(leaves, table))


def _column_sums(leaves: dict[tuple[str, str], Leaf], table: Table) -> dict[str, Foot]:
    """Each column's leaves added up, for a table with no total row (none otherwise)."""
    if table.total_rows:
        return {}
    feet: dict[str, Foot] = {}
    for (_, col_label), leaf in leaves.items():
        found = feet.get(col_label, Foot(0, (), 0))
        feet[col_label] = Foot(found.true + leaf.true, (*found.cells, leaf.at),
                               found.rounded + leaf.rounded)  # fmt: skip
    return feet


def _foot_totals(
    analysis: SheetAnalysis,
    table: Table,
    cols: dict[int, str],
    out: OutputSheet,
    place: Placement,
) -> dict[str, Foot]:
    """The cells of the table's last line when it is a line of totals in every leaf column
    (its Total row), by column header; none otherwise."""
    foot = max(table.body_rows)
    if foot not in table.total_rows:
        return {}
    feet: dict[str, Foot] = {}
    for col, col_label in cols.items():
        written = out.cells.get(at := place((foot, col)))
        cell = analysis.sheet.cells.get((foot, col))
        if analysis.roles.get((foot, col)) is not Role.TOTAL or cell is None or written is None:
            return {}
        if type(written.value) is not int or written.kind != "total":
            return {}
        true = as_number(cell.value)  # a formula's cached figure
        if true is None:
            return {}
        feet[col_label] = Foot(true, (at,), written.value)
    return feet


def summed_cells(whole: TableCells, parts: list[TableCells]) -> dict[Coord, OutputCell] | None:
    """The whole's cells as totals over the parts' cells, or None unless every leaf of the
    whole is typed and exactly the sum of the leaf of the same words in each part, each part
    having the same leaves, on sheets of their own."""
    sheets = {p.sheet for p in parts}
    if len(parts) < 2 or len(sheets) < len(parts) or whole.sheet in sheets:
        return None
    if any(p.leaves.keys() != whole.leaves.keys() for p in parts):
        return None
    rebuilt: dict[Coord, OutputCell] = {}
    for key, leaf in whole.leaves.items():
        matched = [p.leaves[key] for p in parts]
        if not leaf.typed or sum(m.true for m in matched) != leaf.true:
            return None
        formula = sum_formula([(p.sheet, *m.at) for p, m in zip(parts, matched, strict=True)],
                              whole.sheet)  # fmt: skip
        rebuilt[leaf.at] = OutputCell(sum(m.rounded for m in matched), formula, kind="total")
    return rebuilt


def rebuild_summaries(
    summed: list[tuple[TableCells | None, list[TableCells | None]]],
    sheets: MutableSequence[OutputSheet],
    names: list[str],
    cross_refs: Collection[str],
) -> list[TableCells]:
    """Write each summary's cells as totals over its parts' cells in the planned ``sheets``
    (named ``names``, in their order); ``summed``: each summary table and the tables it adds
    up, None where a table is not kept in detail; ``cross_refs``: the sheets whose cells totals
    on other sheets add up (such a sheet is left: the total would no longer be the sum of its
    parts). Returns the summaries rebuilt."""
    wholes = {id(w) for w, _ in summed}
    by_sheet: dict[str, list[tuple[TableCells, dict[Coord, OutputCell]]]] = {}
    for whole, parts in summed:
        known = [p for p in parts if p is not None]
        if whole is None or len(known) < len(parts) or whole.sheet in cross_refs:
            continue
        if any(id(p) in wholes for p in known):
            continue  # a summary of summaries: its parts' figures are about to change
        rebuilt = summed_cells(whole, known)
        if rebuilt is not None:
            by_sheet.setdefault(whole.sheet, []).append((whole, rebuilt))
    return write_rebuilt(by_sheet, sheets, names)


def write_rebuilt(
    by_sheet: dict[str, list[tuple[TableCells, dict[Coord, OutputCell]]]],
    sheets: MutableSequence[OutputSheet],
    names: list[str],
) -> list[TableCells]:
    """Put each sheet's rebuilt tables' cells in place, its own totals worked out again over
    them; a sheet with a formula that is not a sum of its own cells is left as it was. Returns
    the tables rebuilt."""
    done = []
    for name, found in by_sheet.items():
        index = names.index(name)
        sheet = sheets[index]
        cells = _with_totals_again(sheet.cells, {c: o for _, r in found for c, o in r.items()})
        if cells is not None:
            sheet.cells = cells
            sheets[index] = sheet
            done.extend(whole for whole, _ in found)
    return done


def _with_totals_again(
    cells: dict[Coord, OutputCell], rebuilt: dict[Coord, OutputCell]
) -> dict[Coord, OutputCell] | None:
    """The sheet's cells with ``rebuilt`` in place (each keeping its style) and every other
    formula's value worked out again; None if one is not a sum of the sheet's own cells."""
    new = dict(cells)
    for coord, cell in rebuilt.items():
        new[coord] = OutputCell(cell.value, cell.formula, cells[coord].style, cell.kind)
    sums: dict[Coord, list[Coord]] = {}
    for coord, cell in cells.items():
        if cell.formula is None:
            continue
        refs = sum_refs(cell.formula)
        if refs is None or any(r.sheet is not None for r in refs):
            return None
        sums[coord] = [c for r in refs for c in r.coords()]
    values: dict[Coord, int | float] = {}

    def value(coord: Coord, seen: frozenset[Coord]) -> int | float | None:
        known = values.get(coord)
        if known is not None:
            return known
        if coord in sums:
            if coord in seen:
                return None
            found = [value(c, seen | {coord}) for c in sums[coord]]
            parts = [f for f in found if f is not None]
            if len(parts) < len(found):
                return None
            values[coord] = sum(parts)
            return values[coord]
        number = None if (cell := new.get(coord)) is None else cell.value
        if isinstance(number, bool) or not isinstance(number, int | float):
            return 0  # words, booleans and blanks: nothing to a SUM
        return number

    for coord in sums:
        total = value(coord, frozenset())
        if total is None:
            return None
        cell = new[coord]
        new[coord] = OutputCell(total, cell.formula, cell.style, cell.kind)
    return new
