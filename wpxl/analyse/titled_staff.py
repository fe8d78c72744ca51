"""Members of staff named in a table only its title says is by member of staff.

'Job starts by adviser, 2013' (or by caseload, team leader, consultant, account manager) over a
table whose lines are months and whose columns are headed by the advisers' names ('Month' in
the corner, or nothing) names no role where the names stand: each column is one person's own
results all the same; so does one whose lines are the advisers under 'Name' (or nothing) beside
months. Under such a title the table's first header line is read for names: right of a corner
heading a column of months, or right of an empty corner over one; or down from a corner that is
empty or says 'Name', beside a header line of months. A total, a team or an office names no one.
"""

from __future__ import annotations

import re

from wpxl.analyse.people import is_period, names_someone
from wpxl.analyse.sheet_texts import Texts
from wpxl.model import Coord, Sheet

_BY_STAFF = re.compile(
    r"\b(?:by|per|for\s+each)\s+(?:(?:employment|personal)\s+)?(?:advis[eo]rs?|(?:work|job)\s+"
    r"coach(?:es)?|case\s?workers?|case\s+(?:managers?|owners?)|key\s?workers?|(?:employment"
    r"|recruitment)\s+consultants?|staff(?:\s+members?)?|members?\s+of\s+staff"
    # one person's own: a caseload, a team leader, an account manager ('by caseload team' is not)
    r"|caseloads?|team\s+leaders?|(?:account\s+)?managers?|supervisors?|mentors?|consultants?"
    r"|officers?|recruiters?)"
    r"(?=\s*(?:$|[,.:;(\-\u2013\u2014]|\d|and\b|in\b|for\b|from\b))",
    re.IGNORECASE,
)
_NAME = re.compile(r"\s*(?:(?:full\s+|staff\s+)?names?|staff|person)\s*:?\s*", re.IGNORECASE)
_LINES_UNDER_TITLE = 4  # how far below its title a table's header line may start


def staff_named_by_title(sheet: Sheet, texts: Texts) -> list[Coord]:
    """The cells of a header line naming members of staff across, under a title saying the
    table is by member of staff."""
    titles = [row for (row, _), text in texts if _BY_STAFF.search(text)]
    named: list[Coord] = []
    for title in titles:
        for row in range(title + 1, title + 1 + _LINES_UNDER_TITLE):
            line = sorted(col for (r, col), cell in sheet.cells.items()
                          if r == row and not cell.is_empty)  # fmt: skip
            if not line:
                continue
            named += _across(sheet, row, line) or _down(sheet, row, line)
            break
    return named


def _across(sheet: Sheet, row: int, line: list[int]) -> list[Coord]:
    """The names right of the header line's corner, where the corner heads periods."""
    corner = line[0] if _heads_periods(sheet, row, line[0]) else line[0] - 1
    if corner < 0 or not _heads_periods(sheet, row, corner):
        return []
    return [(row, col) for col in line
            if col > corner and names_someone(sheet.cells[(row, col)].value)]  # fmt: skip


def _down(sheet: Sheet, row: int, line: list[int]) -> list[Coord]:
    """The names down the corner's column, where the header line right of it is periods and
    the corner is empty or says 'Name'."""
    first = sheet.cells[(row, line[0])].value
    corner = line[0] - 1 if is_period(first) else line[0]
    if corner < 0 or (corner == line[0] and not _NAME.fullmatch(str(first))):
        return []
    if not all(is_period(sheet.cells[(row, col)].value) for col in line if col > corner):
        return []
    named = []
    while (cell := sheet.cells.get((row := row + 1, corner))) is not None and not cell.is_empty:
        if names_someone(cell.value):
            named.append((row, corner))
    return named


def _heads_periods(sheet: Sheet, row: int, col: int) -> bool:
    """Whether the cells under (row, col), down to the first empty one, are all periods."""
    below = []
    while (cell := sheet.cells.get((row := row + 1, col))) is not None and not cell.is_empty:
        below.append(cell.value)
    return bool(below) and all(is_period(value) for value in below)
