"""A count the copy shows as a date, told by the words the input puts around it.

``dated_counts`` finds a count in a date's format among plain counts; with none beside it (a
column headed 'Referrals' all of dates, a lone 'Total referrals' so formatted: a column once of
dates, pasted over with counts) the copy carried 41,234 referrals as 21/11/2012 and the proof
let it stand. So a date of the copy is a count where the input's words left of it in its row
or over it in its column name a measure and none of them a date or a moment ('Data as at',
'Referrals received up to', 'Date of first referral'), and it stands over no plain figure
and beside none (a header row of months, a label column of dates, name the figures they are
over or beside). The other way, a count pasted over a date format under such words, a plain
figure on its line, may be rounded as a count (``pasted_count``, asked by kept_figures).
A header of months over columns the copy emptied (their job outcomes went to a percentage
sheet) stands over nothing: a date beside another of its row in the same month, or a month, a
quarter, half a year or a year from it, on the same day of the month (the first, or the last),
heads a column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from openpyxl.utils.datetime import from_excel

from wpxl.model import Cell
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.dated_counts import DATED, LAST_SERIAL
from wpxl.verify.values import is_date_format

_MOMENT = re.compile(
    r"\b(?:first|last|latest|earliest|until|up\s+to|from|since|period|when|began|month|week"
    r"|quarter|year|day|time)s?\b",
    re.IGNORECASE,
)
_WIDTH = 64  # lines across as far as a table reaches
# words over a column saying it counts ('Referrals', 'No. of job starts'), not one event's
# date per line ('Job start' over each participant's)
_COUNTED = re.compile(
    r"\b(?:referrals|attachments|starts|outcomes|sustainments|number|no\.?|count|total|volume)\b",
    re.IGNORECASE,
)


def measured_date(
    pair: SheetPair,
    coord: Coord,
    plain: Callable[[Coord], bool],
    dated: Callable[[int], bool],
) -> bool:
    """Whether the copy's date at ``coord`` is a count by its input's words (see the doc);
    ``plain`` tells a plain figure of the copy, ``dated`` a style's date format."""
    at, context = pair.input_coord(coord), pair.context
    if at is None or context is None:
        return False
    texts = [*context.labels(at), *context.headers(at)]
    if any(DATED.search(t) or _MOMENT.search(t) for t in texts):
        return False
    if not context.names_a_measure(texts):
        return False
    row, col = coord
    beside = [(row, c) for c in range(col + 1, col + _WIDTH)]
    under = [(r, col) for r in range(row + 1, row + _WIDTH)]
    if any(plain(p) for p in [*beside, *under] if p in pair.cells):
        return False
    return not _among_periods(pair, coord, dated)


def _among_periods(pair: SheetPair, coord: Coord, dated: Callable[[int], bool]) -> bool:
    """Whether the nearest date of its row on either side of the copy's date at ``coord`` (past
    words between: 'Total') is the same month, or a month, a quarter, half a year or a year
    from it, both on a month's first day or both on its last: a header of months ('Job
    outcomes' over Jun-13, or over Apr-13, May-13, Jun-13, beside the referrals' months), over
    columns whose figures went to a percentage sheet, so nothing stands under it. Counts
    pasted over a date format never fall so."""
    row, col = coord
    here = _date_at(pair, (row, col), dated)
    for way in (range(col - 1, max(col - _WIDTH, -1), -1), range(col + 1, col + _WIDTH)):
        there = next((d for c in way if (d := _date_at(pair, (row, c), dated))), None)
        if here is not None and there is not None and _periods_apart(*sorted((here, there))):
            return True
    return False


def _date_at(pair: SheetPair, at: Coord, dated: Callable[[int], bool]) -> dt.datetime | None:
    cell = pair.cells.get(at)
    if cell is None or cell[0].__class__ is not float or not dated(cell[2]):
        return None
    return from_excel(cell[0]) if 1 <= cell[0] < LAST_SERIAL else None  # type: ignore[operator]


def _periods_apart(first: dt.datetime, then: dt.datetime) -> bool:
    months = (then.year - first.year) * 12 + then.month - first.month
    ends = all((d + dt.timedelta(days=1)).month != d.month for d in (first, then))
    return months in (0, 1, 3, 6, 12) and (first.day == then.day == 1 or ends)


def pasted_count(pair: SheetPair, coord: Coord) -> bool:
    """Whether the input's date at the copy's ``coord`` is a count pasted over a column's date
    format ('CPA | Referrals | Attachments' over 1 | 21/11/2012 | 301): the words over it
    name a measure and nothing of a date or a moment, the nearest saying it counts, and a
    plain figure stands on its line. The copy may round it as the count it is, in a number's
    format."""
    at, context = pair.input_coord(coord), pair.context
    if at is None or context is None or pair.source is None or pair.source.date1904:
        return False  # from 1904, a serial is no count the proof reads dates back to
    headers = context.headers(at)
    if not headers or any(DATED.search(t) or _MOMENT.search(t) for t in headers):
        return False
    if not context.names_a_measure(headers) or not _COUNTED.search(headers[-1]):
        return False
    cells, (row, col) = pair.source.cells, at
    beside = [c for c in range(max(col - _WIDTH, 0), col + _WIDTH) if c != col]
    return any(_plain_input(cells.get((row, c))) for c in beside)


def _plain_input(cell: Cell | None) -> bool:
    """A figure of the input in no date's format."""
    return (
        cell is not None
        and cell.value.__class__ in (int, float)
        and not is_date_format(cell.style.number_format)
    )
