"""A headline figure naming a measure's whole ('Referrals to date | 536') is the total of the
lines the sheet names by that measure, not a count of its own.

A summary sheet often leads with its key figures, typed (pasted as values), over the table they
come from: 'Referrals to date' is, to the last digit, the sum of the table's 'Referrals' lines,
one for each local authority. Rounded on its own it showed 540 above lines whose rounded figures
add up to 560, which guidance R5 forbids (a total is the sum of the rounded cells it covers, or
the reader learns what rounding hid).

A count is such a total when it is the only figure of its line ('label | figure'), its label is
words naming a whole ('to date', 'total', 'all', 'cumulative') and other words, and the sheet's
other tables hold lines (rows by their label, columns by their header) named by those other
words alone, with two or more figures between them, whose figures add up to it to the last
digit: each line's own total where the line has one (a formula or a typed total adding up the
rest of the line), else each of its counts. It is rebuilt as the SUM of them.
"""

from __future__ import annotations

import re

from wpxl.analyse.values import as_number, exact_sum
from wpxl.model import Cell, Coord, Role, SheetCoord, Table

_WHOLE = re.compile(
    r"\b(?:year to date|to date|ytd|so far|in total|total|overall|all|cumulative)\b", re.I
)
Line = tuple[str, int]  # "row" or "col", and which


def total_headlines(
    tables: list[Table], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> None:
    """Mark each headline figure that adds up the lines named by its measure as their total
    (``roles`` and its table's ``totals``, in place)."""
    lines: dict[str, list[tuple[Table, Line]]] | None = None
    for table in tables:
        for place, words in _headlines(table, cells, roles):
            if lines is None:
                lines = _named_lines(tables, cells)
            named = [(t, line) for t, line in lines.get(words, []) if t is not table]
            parts = _parts(named, cells, roles)
            figures = [_value(cells, part) for part in parts]
            if len(parts) < 2 or not exact_sum(cells[place].value, figures):
                continue
            roles[place] = Role.TOTAL
            table.totals[place] = tuple((table.sheet, *part) for part in parts)


def _headlines(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> list[tuple[Coord, str]]:
    """Each count alone on its line whose label names a whole, with the words left."""
    found = []
    for row in table.body_rows:  # the label first: most lines name no whole
        label = " ".join(str(_value(cells, (row, c)) or "") for c in table.label_cols)
        if not _WHOLE.search(label) or not (words := _words(_WHOLE.sub(" ", label))):
            continue
        figures = [c for c in table.body_cols if as_number(_value(cells, (row, c))) is not None]
        if len(figures) != 1 or roles.get(place := (row, figures[0])) is not Role.COUNT:
            continue
        if cells[place].formula is None and as_number(cells[place].value):
            found.append((place, words))
    return found


def _named_lines(
    tables: list[Table], cells: dict[Coord, Cell]
) -> dict[str, list[tuple[Table, Line]]]:
    """The sheet's rows (by their innermost label) and columns (by their lowest header),
    each table's, by their words."""
    named: dict[str, list[tuple[Table, Line]]] = {}
    for table in tables:
        if table.label_cols:
            for row in table.body_rows:
                words = _words(str(_value(cells, (row, table.label_cols[-1])) or ""))
                named.setdefault(words, []).append((table, ("row", row)))
        for col in table.body_cols:
            heads = [_value(cells, (row, col)) for row in table.header_rows]
            words = _words(str(next((h for h in reversed(heads) if h), "")))
            named.setdefault(words, []).append((table, ("col", col)))
    named.pop("", None)
    return named


def _parts(
    named: list[tuple[Table, Line]], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> list[Coord]:
    """The places whose figures the lines add up to: each line's total, or its counts."""
    parts: list[Coord] = []
    for table, (axis, line) in named:
        across = table.body_cols if axis == "row" else table.body_rows
        places = [(line, c) if axis == "row" else (c, line) for c in across]
        totals = [p for p in places if roles.get(p) is Role.TOTAL and _along(table, p, axis)]
        counts = [p for p in places if roles.get(p) is Role.COUNT]
        if len(totals) == 1:
            parts.append(totals[0])
        elif not totals:
            parts.extend(counts)
        else:
            return []  # totals over parts of the line: which adds it up is not known
    return parts


def _along(table: Table, place: Coord, axis: str) -> bool:
    """Whether the total at ``place`` adds up cells of its own line (a line's total, not a
    column's total standing on the line)."""
    parts: tuple[SheetCoord, ...] = table.totals.get(place, ())
    at = 1 if axis == "row" else 2
    return bool(parts) and all(p[0] == table.sheet and p[at] == place[at - 1] for p in parts)


def _value(cells: dict[Coord, Cell], place: Coord) -> object:
    cell = cells.get(place)
    return None if cell is None else cell.value


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w+-]+", " ", text).lower().split())
