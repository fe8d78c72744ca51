"""Members of staff named row by row under their role, found in the copy by the proof itself.

A sheet of job starts by adviser whose rows are the advisers' names ('Adviser' over 'Jane
Smith', 'Amir Patel') gives each person's own results beside their name, as a caseload named
after one does; wpxl.analyse.people refuses such a sheet, and the proof, reading the copy's
cells with its own patterns, refuses a copy that carries one. The cells under a role's header
are read down to the first empty one past the header's own lines (a two-line header leaves the
role's cell empty over the months' line), a name in any spelling; a numbered adviser, a team,
an office or a total ('Adviser 1', 'Team North', 'Leeds Office', 'All advisers') names no one.

A table only its title says is by member of staff ('Job starts by adviser, 2013', 'by
caseload', 'by team leader', 'by account manager') names them
where no role word stands: across its first header line, right of a corner over a column of
months ('Month', or nothing), or down from a corner that is empty or says 'Name' beside a
header line of months.
"""

from __future__ import annotations

import re
from itertools import count, takewhile

from wpxl.verify.books import SheetPair
from wpxl.verify.initialled_names import initialled_staff
from wpxl.verify.leaks import Finding
from wpxl.verify.name_column import named_under_name
from wpxl.verify.proof import Proof

NAMED_STAFF = "what looks like a person named by their role"
_ROLE_HEADER = re.compile(  # 'PA', a personal adviser, in capitals
    r"\s*(?:(?-i:PAs?)\b|(?:(?:employment|personal)\s+)?(?:advis[eo]rs?"
    r"|(?:(?:work|job|careers?)\s+)?coach(?:es)?"
    r"|case\s?workers?|case\s+managers?|case\s+owners?|key\s?workers?"
    r"|(?:employment|recruitment)\s+consultants?|staff\s+members?|members?\s+of\s+staff"
    r"|(?:employer\s+)?contacts?|contact\s+persons?|referred\s+by|referrers?))"
    r"(?:'s)?(?:\s+(?:full\s+)?names?)?\s*:?\s*",
    re.IGNORECASE,
)
_BY_STAFF = re.compile(
    r"\b(?:by|per|for\s+each)\s+(?:(?:employment|personal)\s+)?(?:advis[eo]rs?|(?:work|job)"
    r"\s+coach(?:es)?|case\s?workers?|case\s+managers?|case\s+owners?|key\s?workers?"
    r"|(?:employment|recruitment)\s+consultants?|staff(?:\s+members?)?|members?\s+of\s+staff"
    r"|caseloads?|team\s+leaders?|(?:account\s+)?managers?|supervisors?|mentors?|consultants?"
    r"|officers?|recruiters?)"  # one person's own
    r"(?!\s*(?!(?:and|in|for|from)\b)[^\W\d_])",  # 'by adviser team' is by team
    re.IGNORECASE,
)
_NAME_CORNER = re.compile(r"\s*(?:(?:full\s+|staff\s+)?names?|staff|person)\s*:?\s*", re.I)
_UNDER_TITLE = 4  # lines below its title a table's header line may start
_MORE_LINES = 2  # a header's lines under its first, where the role's cell may be empty
# A person's name in any spelling ('Jane Smith', 'A Patel', 'Patel, Amir', 'AMIR', 'Siobhán Ní
# Bhriain'): one to four words of letters, no digit, none a word of a team, an office, an area,
# a total, the rest, a month or MI's own ('Adviser 1', 'Team North', 'All advisers',
# 'Unallocated', 'Performance Summary' name no one).
_LETTERS = re.compile(r"\s*[^\W\d_][^\W\d_'\u2019.,-]*(?:[\s'\u2019.,-]+[^\W\d_]+){0,3}\.?\s*")
_PERIOD = re.compile(  # what heads the lines of a table of staff named across
    r"\b(?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|q[1-4]|week)", re.I
)
# a period whole, beside a role's corner ('Jan', 'Q1', 'April 2014'), not a name it opens ('Jane')
_WHOLE_PERIOD = re.compile(
    r"\b(?:(?:19|20)\d\d|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|weeks?)\b",
    re.I,
)
_NOT_A_PERSON = re.compile(
    r"\b(?:teams?|offices?|areas?|regions?|districts?|cent(?:re|er)s?|sites?|branch(?:es)?|hubs?"
    r"|north|south|east|west|central|city|county|borough|all|totals?|sub-?totals?|others?"
    r"|unknown|not\s+known|unallocated|unassigned|vacant|vacancy|vacancies|agency|none|n/a"
    r"|average|mean|median|cpa|jobcentre|provider|group|contract|summary|performance|report"
    r"|data|figures|referrals|referred|attachments|attached|starts|outcomes|sustainments|jobs?"
    r"|payments?|advis[eo]rs?|self|jcp|dwp|probation|gp|nhs|council|partners?|services?"
    r"|organi[sz]ations?|charity|housing|college|school|employers?|hr|department"
    r"|january|february|march"
    r"|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


def named_staff(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Each cell naming a person under a role's header ('Adviser', 'Work coach'), under a
    bare 'Name' where most lines under it are people's names (``name_column``), or by initials
    whatever heads them (``initialled_names``)."""
    texts = pair.indexed(proof.base).texts
    found: list[Finding] = []
    headers = [(at, text) for at, text in texts if _ROLE_HEADER.fullmatch(text)]
    if headers:
        lines = {row for (row, _), cell in pair.cells.items() if cell[0] not in ("", None)}
        for (row, col), _ in headers:
            found += [Finding(pair.where(at), NAMED_STAFF) for at in _names(pair, row, col, lines)]
    titles = [row for (row, _), text in texts if _BY_STAFF.search(text)]
    for title in titles:
        named = [at for at in _under_title(pair, title) if Finding(pair.where(at), NAMED_STAFF)
                 not in found]  # fmt: skip
        found += [Finding(pair.where(at), NAMED_STAFF) for at in named]
    for more in (named_under_name(pair, texts), initialled_staff(pair)):
        places = {f.part for f in found}
        found += [f for f in more if f.part not in places]
    return found


def _under_title(pair: SheetPair, title: int) -> list[tuple[int, int]]:
    """The names on the first header line under a title saying its table is by member of
    staff, or down the corner's column beside a header line of months."""
    for row in range(title + 1, title + 1 + _UNDER_TITLE):
        line = sorted(col for (r, col) in pair.cells if r == row and _text(pair, (r, col)))
        if not line:
            continue
        first = line[0]
        corner = first if _periods_under(pair, row, first) else first - 1
        if corner >= 0 and _periods_under(pair, row, corner):
            return [(row, c) for c in line if c > corner and _person(_text(pair, (row, c)))]
        corner = first - 1 if _is_period(_text(pair, (row, first))) else first
        named_corner = corner < first or _NAME_CORNER.fullmatch(str(_text(pair, (row, first))))
        if corner < 0 or not named_corner:
            return []
        if not all(_is_period(_text(pair, (row, c))) for c in line if c > corner):
            return []
        down = takewhile(lambda at: _text(pair, at) is not None,
                         ((r, corner) for r in count(row + 1)))  # fmt: skip
        return [at for at in down if _person(_text(pair, at))]
    return []


def _periods_under(pair: SheetPair, row: int, col: int) -> bool:
    below = list(takewhile(lambda t: t is not None,
                           (_text(pair, (r, col)) for r in count(row + 1))))  # fmt: skip
    return bool(below) and all(_is_period(t) for t in below)


def _is_period(text: object) -> bool:
    return isinstance(text, str) and bool(_PERIOD.search(text))


def _names(pair: SheetPair, top: int, col: int, lines: set[int]) -> list[tuple[int, int]]:
    """The cells naming a person under a header, down to the first empty one after the
    header's own lines: a line under it holding other headers (months) may leave the role's
    cell empty, or merged down from it. Across, too: on the line under the header where the
    cells right of it are blank (a merge over the names), or right of it where the column
    under it names no one (the corner over months or measures by adviser)."""
    row = top
    for _ in range(_MORE_LINES):
        if _text(pair, (row + 1, col)) is not None or row + 1 not in lines:
            break
        row += 1
    named, down = [], []
    while (text := _text(pair, (row := row + 1, col))) is not None:
        down.append(text)
        if _person(text):
            named.append((row, col))
    if _text(pair, (top, col + 1)) is None and _person(_text(pair, (top + 1, col))):
        # blank beside it, a name under it: a merge over the line of names below
        across = [(top + 1, c) for c in _under_merge(pair, top, col)]
    elif down and not named and not any(map(_counted, down)):  # a corner over months or
        # measures ('Referrals'), no one's: not a count of staff over figures ('Advisers')
        across = list(takewhile(lambda at: _text(pair, at) is not None,
                                ((top, c) for c in count(col + 1))))  # fmt: skip
    else:
        return named
    return named + [at for at in across if at not in named and _person(text := _text(pair, at))
                    and not _WHOLE_PERIOD.search(str(text))]  # fmt: skip


def _under_merge(pair: SheetPair, top: int, col: int) -> list[int]:
    """The header's column and those right of it blank on its line (as a merge over them
    leaves them) with something on the line below."""
    cols = [col]
    while (
        _text(pair, (top, cols[-1] + 1)) is None
        and _text(pair, (top + 1, cols[-1] + 1)) is not None
    ):
        cols.append(cols[-1] + 1)
    return cols


def _text(pair: SheetPair, at: tuple[int, int]) -> object:
    """The cell's value, None for an empty or absent cell."""
    cell = pair.cells.get(at)
    return None if cell is None or cell[0] == "" else cell[0]


def _counted(value: object) -> bool:
    """A figure, not a year: under a role's header, a count of the staff."""
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return number and not (float(value).is_integer() and 1990 <= value <= 2100)  # type: ignore[operator]


def _person(text: object) -> bool:
    return (
        isinstance(text, str) and bool(_LETTERS.fullmatch(text)) and not _NOT_A_PERSON.search(text)
    )
