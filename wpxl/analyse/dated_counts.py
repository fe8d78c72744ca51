"""A count in a cell formatted as a date (a column once of dates, pasted over with counts).

wpxl.read takes a number under a date format for a date when it falls in the years MI covers
(1990-2100: serials 32,874 to 73,415), so a count of 41,234 so formatted reads as 21/11/2012,
and a date is carried as written: the count would travel unrounded, a reader a step from it.
Inside a table's figures, a date with counts in its column on a line whose label says nothing
of a date ('JSA 18-24', not 'Data as at'), or with counts in its row under a header saying
nothing of one ('Jun 2013', not 'Date of first referral'), is such a count: removed, and
listed. So is a first line of counts so formatted, which reads as a second header row: dates
each under a header naming its column ('Apr 2013'), on a line labelled as the body's are. And
outside any table (a column headed 'Referrals' all of dates has no count to make it one; a
lone 'Total referrals'), a date whose words left of it or over it name a measure, none a date
or a moment ('Data as at', 'Referrals received up to'), over and beside no figure, was carried
as the date it showed (41,234 referrals as 21/11/2012): it is such a count too
(``measured_date``). The proof reads the copy's dates so for itself (wpxl.verify.dated_counts,
wpxl.verify.dated_measures).
"""

from __future__ import annotations

import datetime as dt
import re

from wpxl.analyse.body import cells_in_role
from wpxl.analyse.values import is_date
from wpxl.analyse.words import header_measure
from wpxl.model import Cell, Coord, Measure, Role, Table

DATED_COUNT = "a count in a date format (it would show its unrounded value as a date)"
# words saying a line holds dates (the proof's list is its own, and the same)
DATED = re.compile(
    r"\b(?:dates?|dated|as\s+(?:at|of)|updated|extract(?:ed)?|ending|w/e|deadline|due)\b",
    re.IGNORECASE,
)


def drop_dated_counts(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    # whether a column (a row) holds counts, asked once each: a column of a thousand dates
    # would otherwise be walked a thousand times
    counted_cols: dict[int, bool] = {}
    counted_rows: dict[int, bool] = {}
    for row, col in cells_in_role(table, roles, Role.NONCOUNT):
        if not is_day(cells[(row, col)]):
            continue
        in_col = counted_cols.get(col)
        if in_col is None:
            lines = ((r, col) for r in table.body_rows)
            in_col = counted_cols[col] = any(roles.get(c) is Role.COUNT for c in lines)
        in_row = counted_rows.get(row)
        if in_row is None:
            lines = ((row, c) for c in table.body_cols)
            in_row = counted_rows[row] = any(roles.get(c) is Role.COUNT for c in lines)
        label = _words(cells, [(row, c) for c in table.label_cols])
        header = _words(cells, [(r, col) for r in table.header_rows])
        if (in_col and not DATED.search(label)) or (in_row and not DATED.search(header)):
            roles[(row, col)], reasons[(row, col)] = Role.DROPPED, DATED_COUNT
    for row in table.header_rows[1:]:  # a first line of counts, read as a second header
        dates = [(row, c) for c in table.body_cols if is_day(cells.get((row, c)))]
        named = all(_words(cells, [(row - 1, c)]) for _, c in dates)
        label = _words(cells, [(row, c) for c in table.label_cols])
        if dates and named and label and not DATED.search(label):
            for coord in dates:
                roles[coord], reasons[coord] = Role.DROPPED, DATED_COUNT


MOMENT = re.compile(
    r"\b(?:first|last|latest|earliest|until|up\s+to|from|since|period|when|began|month|week"
    r"|quarter|year|day|time)s?\b",
    re.IGNORECASE,
)
_REACH = 64  # cells a line's words or figures are looked for along it


def measured_date(
    cells: dict[Coord, Cell], at: Coord, measure_words: dict[Measure, tuple[str, ...]]
) -> bool:
    """Whether a date outside any table is a count by its words (see the doc)."""
    if not is_day(cells.get(at)):
        return False
    row, col = at
    texts = [*_texts_from(cells, at, 0, -1), *_texts_from(cells, at, -1, 0)]
    named = " ".join(texts)
    if not texts or DATED.search(named) or MOMENT.search(named):
        return False
    if header_measure(named, measure_words) is None:
        return False
    after = [(row, c) for c in range(col + 1, col + _REACH)]
    after += [(r, col) for r in range(row + 1, row + _REACH)]
    return not any(is_figure(cells.get(p)) for p in after)


def _texts_from(cells: dict[Coord, Cell], at: Coord, down: int, right: int) -> list[str]:
    """The words before ``at`` going one way (left: 0, -1; up: -1, 0), over the dates of its
    line (a column of them under its header), to the first figure."""
    found, (row, col) = [], at
    for _ in range(_REACH):
        row, col = row + down, col + right
        if row < 0 or col < 0:
            break
        cell = cells.get((row, col))
        if is_figure(cell):
            break
        if cell is not None and isinstance(cell.value, str):
            found.append(cell.value)
    return found


def is_figure(cell: Cell | None) -> bool:
    """A number shown as one (a date is no plain figure)."""
    if cell is None or isinstance(cell.value, bool) or not isinstance(cell.value, int | float):
        return False
    return not is_date(cell.value, cell.style.number_format)


def is_day(cell: Cell | None) -> bool:
    """A date (not a time of day), as a value or a number under a date format."""
    if cell is None or cell.value is None or isinstance(cell.value, dt.time | str):
        return False
    return is_date(cell.value, cell.style.number_format)


def _words(cells: dict[Coord, Cell], coords: list[Coord]) -> str:
    return " ".join(str(c.value) for at in coords if (c := cells.get(at)) is not None and c.value)
