"""A lone "Total" column set apart from the tables it adds up: a total like any other.

A sheet with a blank spacer column between its groups (JSA: 18 to 24, 25 and over, All JSA;
a blank column; ESA: Flow, Ex-IB, All ESA; a blank column; Total) is cut at the blank columns
into side-by-side tables that share their rows. The last is one column headed "Total", and its
cells are the sums of the same rows' "All JSA" and "All ESA" cells. Read on its own it looks like
a column of counts, and rounding it on its own would show a Total that is not the sum of the
rounded groups beside it. So, once a sheet's tables are read, such a column is checked against
the tables with the same rows and, where the arithmetic holds, rebuilt over them.

The same total often has no blank column of its own: 'ESA total | Grand total' (or 'Grand
total' before the first group), or 'Jobseekers total' straight after the second of the groups
it adds up. It stands at the edge of a wider table, adds up nothing inside it, and is read the
same way, its own table's columns among those it may add up.

Taken only when the column's header says it is a total, the sum is exact in every row where
both hold figures, and it holds in two or more rows that are not 0: the outermost group total
columns are tried first (All JSA + All ESA), then the runs of them that end beside it
(Jobseekers total over the two groups before it), then any two or more of them, then the runs
of every total column ending beside it (an 'All jobseekers' whose groups a grand total read
before it took as its own parts), then every count column of those tables.
"""

from __future__ import annotations

from itertools import combinations

from wpxl.analyse.body import FIGURES
from wpxl.analyse.values import as_number, exact_sum
from wpxl.analyse.words import column_name, is_cumulative_words, is_total_label
from wpxl.model import Cell, Coord, Role, Sheet, Table

MIN_MATCHES = 2
MAX_COLUMNS = 3  # a side table wider than this is a table of its own, not a total column
MAX_SUBSET_COLUMNS = 8  # sets of more outermost columns than this are not each tried


def total_side_columns(tables: list[Table], sheet: Sheet, roles: dict[Coord, Role]) -> None:
    """Mark each lone total column that adds up the tables beside it as totals over their
    cells (``roles`` and its table's ``totals`` and ``total_cols`` are changed in place)."""
    for table in tables:
        headed = total_headed(table, sheet) or _edge_totals(table, sheet, roles)
        beside = [other for other in tables if shares_rows_beside(table, other)] if headed else []
        if not beside:
            continue
        for col in headed:
            if col in table.total_cols:
                continue
            sets = _column_sets(col, [*beside, table], roles)
            found = _first_that_adds_up(table, col, sets, sheet, roles)
            if found is not None:
                _mark(table, col, found, roles)


def total_headed(table: Table, sheet: Sheet) -> list[int]:
    """The columns of a table narrow enough to be lone total columns whose header says total:
    read as totals once the sheet's tables are read, if they add up the tables beside them."""
    if not table.body_cols or len(table.body_cols) > MAX_COLUMNS:
        return []
    return [c for c in table.body_cols if _says_total(header_name(table, c, sheet))]


def _says_total(header: str) -> bool:
    """Total words, or a year to date ('YTD' at the right of quarters set apart: a total of
    them, when it adds them up to the last digit)."""
    return is_total_label(header) or is_cumulative_words(header)


def _edge_totals(table: Table, sheet: Sheet, roles: dict[Coord, Role]) -> list[int]:
    """The first and last columns of a wider table whose header says total, left as counts
    (nothing inside the table adds up to them): totals, perhaps, of the tables beside it."""
    ends = {table.body_cols[0], table.body_cols[-1]} - table.total_cols
    return [
        col
        for col in sorted(ends)
        if _says_total(header_name(table, col, sheet))
        and any(roles.get((row, col)) is Role.COUNT for row in table.body_rows)
    ]


def shares_rows_beside(table: Table, other: Table) -> bool:
    """Whether ``other`` holds the same rows as ``table`` in columns clear of it."""
    clear = other.area.right < table.area.left or other.area.left > table.area.right
    return other is not table and clear and other.body_rows == table.body_rows


def header_name(table: Table, col: int, sheet: Sheet) -> str:
    """The column's header words, a merged header cell read where it starts; for a lone
    column with no header row, its title ('Total' over a blank line under a header of two
    lines is cut off from the figures, and read as the column's title)."""
    lines = [text for row in table.header_rows if (text := _text(_header_cell(sheet, row, col)))]
    if not table.header_rows and table.body_cols == [col]:
        return table.title
    return column_name(lines, " ".join(lines))


def _header_cell(sheet: Sheet, row: int, col: int) -> Cell | None:
    cell = sheet.cells.get((row, col))
    return cell if cell is not None and not cell.is_empty else sheet.merged_origin(row, col)


def _text(cell: Cell | None) -> str:
    return str(cell.value).strip() if cell is not None and isinstance(cell.value, str) else ""


def _column_sets(col: int, tables: list[Table], roles: dict[Coord, Role]) -> list[list[int]]:
    """The columns the total in ``col`` may add up, most likely first: each table's outermost
    total columns (none where another table's total adds them up; its leaves where it has no
    total column), the runs of those that end beside ``col``, any two or more of them, the runs
    of every total column that end beside it, then every count column of the tables."""
    inner = _inner(tables)
    outermost = sorted(
        c
        for other in tables
        for c in (sorted(other.total_cols - inner) if other.total_cols else _leaves(other, roles))
        if c != col
    )
    every = sorted(c for other in tables for c in other.total_cols if c != col)
    leaves = sorted(c for other in tables for c in _leaves(other, roles) if c != col)
    sets = [outermost, *_runs(col, outermost), *_subsets(outermost), *_runs(col, every), leaves]
    return [cols for i, cols in enumerate(sets) if len(cols) >= 2 and cols not in sets[:i]]


def _runs(col: int, cols: list[int]) -> list[list[int]]:
    """The runs of ``cols`` (two or more) that end beside ``col``, the longest first."""
    before = [c for c in cols if c < col]
    after = [c for c in cols if c > col]
    return [before[i:] for i in range(len(before) - 1)] + [
        after[:i] for i in range(len(after), 1, -1)
    ]


def _subsets(outermost: list[int]) -> list[list[int]]:
    """Every set of two or more of the outermost columns, the largest first: a group's total
    over its one part, left a count (its twin), stands among them beside its part, and the
    total adds up one of the two ('All jobseekers' and 'JSA', not 'IB/IS' and 'IB/IS Vol')."""
    if len(outermost) > MAX_SUBSET_COLUMNS:
        return []
    return [
        list(chosen)
        for size in range(len(outermost) - 1, 1, -1)
        for chosen in combinations(outermost, size)
    ]


def _inner(tables: list[Table]) -> set[int]:
    """Total columns another total column adds up (All ESA under a 'Jobseekers total', not
    outermost), the tables read together: such a total may add up another table's."""
    return {
        part_col
        for table in tables
        for (_, col), parts in table.totals.items()
        if col in table.total_cols
        for _, _, part_col in parts
        if part_col != col
    }


def _leaves(table: Table, roles: dict[Coord, Role]) -> list[int]:
    """Body columns that are not totals and hold counts."""
    rows = [row for row in table.body_rows if row not in table.total_rows]
    return [
        col
        for col in table.body_cols
        if col not in table.total_cols and any(roles.get((r, col)) is Role.COUNT for r in rows)
    ]


def _first_that_adds_up(
    table: Table, col: int, sets: list[list[int]], sheet: Sheet, roles: dict[Coord, Role]
) -> dict[int, list[int]] | None:
    for cols in sets:
        found = _rows_adding_up(table, col, cols, sheet.cells, roles)
        if found is not None:
            return found
    return None


def _rows_adding_up(
    table: Table, col: int, cols: list[int], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> dict[int, list[int]] | None:
    """Each row whose count in ``col`` is the sum of its cells in ``cols``, or None when one
    row's is not (or too few rows tell). Cells already read as totals keep their reading."""
    found: dict[int, list[int]] = {}
    matches = 0
    for row in table.body_rows:
        if roles.get((row, col)) is not Role.COUNT:
            continue
        if any(roles.get((row, c)) not in FIGURES for c in cols):
            continue
        value = cells[(row, col)].value
        adds_up = exact_sum(value, [cells[(row, c)].value for c in cols])
        if adds_up is None:
            continue
        if not adds_up:
            return None
        matches += as_number(value) != 0
        found[row] = cols
    return found if matches >= MIN_MATCHES else None


def _mark(table: Table, col: int, found: dict[int, list[int]], roles: dict[Coord, Role]) -> None:
    for row, cols in found.items():
        roles[(row, col)] = Role.TOTAL
        table.totals[(row, col)] = tuple((table.sheet, row, c) for c in cols)
    table.total_cols.add(col)
