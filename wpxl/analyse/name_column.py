"""People listed under a bare 'Name' header, or a staff role's, beside their own figures.

A table of job starts by member of staff may head its names 'Name' ('Name | Referrals |
Starts' over 'Jane Smith', 'Amir Patel'): no role word says they are people, and published
tables head organisations' names so too (NHS trusts, councils), so the header alone decides
nothing. So may a header naming a role wpxl.analyse.people does not read as one ('Team leader',
'Manager', 'Account manager', 'Mentor', 'PA', 'Staff', 'Owner', 'Caseload') or saying who did
something with a case ('Assigned to', 'Allocated to', 'Entered by', 'Signed off by'): such a
header heads teams, offices and answers ('Yes') as often, so it is read as a bare 'Name' is. The
names decide: where two or more of the lines under it, and at least half, are shaped as a
person's name (two to four words, each capitalised, of letters, not capitals alone, none a word
of a team, an office, an area or an organisation), each such line names a person beside their
own results and goes, listed as removed. A column of councils or trusts ('Brighton and Hove',
'Leeds Teaching Hospitals NHS Trust', 'Kingston upon Thames') stays: their lower-case joining
words and organisations' words are no person's, nor is a payment group's ('JSA Prison Leavers').
"""

from __future__ import annotations

import re
from itertools import count, takewhile

from wpxl.analyse.people import heads_staff, names_someone
from wpxl.analyse.sheet_texts import Texts
from wpxl.model import Coord, Sheet

_ROLE = (  # roles wpxl.analyse.people does not read as one (it reads 'Adviser', 'Work coach')
    r"managers?|supervisors?|leaders?|leads?|owners?|officers?|consultants?|mentors?"
    r"|recruiters?|staff|pas?|handlers?|caseloads?(?:\s+holders?)?"  # 'Caseload' over 'Jane Smith'
)
_NAME_HEADER = re.compile(
    r"\s*(?:(?:full\s+|staff\s+)?names?"
    rf"|(?:[^\W\d_]+\s+){{0,2}}(?:{_ROLE})(?:'s)?(?:\s+(?:full\s+)?names?)?"
    r"|(?:[^\W\d_]+\s+){1,2}by|(?:assigned|allocated)\s+to)\s*:?\s*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]\.?|[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))+")
_ORGANISATION = re.compile(
    r"\b(?:trusts?|foundation|hospitals?|university|limited|ltd|plc|llp|cic|academy|society"
    r"|association|company|network|authority|federation|institute|clinic|surgery|practice)\b",
    re.IGNORECASE,
)


def named_under_name(sheet: Sheet, texts: Texts) -> list[Coord]:
    """The cells under a 'Name' header (or a role's or a doer's) that name a person, where most
    of its lines do: down from it, across the line under it where the cell beside it is blank
    (a header over the names of a table of months by member of staff), or across its own line
    where no line under it is a person's (the corner over measures: 'Name | Jane Smith |
    Amir Patel' over 'Referrals', 'Job starts')."""
    named: list[Coord] = []
    for (top, col), text in texts:
        if not _NAME_HEADER.fullmatch(text):
            continue
        if heads_staff(text):  # every label under it is a name: staff_names reads those
            continue
        lines, row = [], top
        while (below := sheet.cells.get((row := row + 1, col))) is not None and not below.is_empty:
            lines.append(((row, col), below.value))
        named += _most_people(lines)
        if lines and not any(looks_like_a_person(v) for _, v in lines):  # a corner over measures
            right = takewhile(lambda at: _value(sheet, at) is not None,
                              ((top, c) for c in count(col + 1)))  # fmt: skip
            named += _most_people([(at, _value(sheet, at)) for at in right])
        if _value(sheet, (top, col + 1)) is None:  # blank beside it: over a line of names across
            across, at = [], col
            while (value := _value(sheet, (top + 1, at))) is not None:
                across.append(((top + 1, at), value))
                at += 1
            named += [at for at in _most_people(across) if at not in named]
    return named


def _most_people(lines: list[tuple[Coord, object]]) -> list[Coord]:
    """The lines shaped as a person's name, where two or more, and at least half, are."""
    people = [at for at, value in lines if looks_like_a_person(value)]
    return people if len(people) >= 2 and 2 * len(people) >= len(lines) else []


def _value(sheet: Sheet, at: Coord) -> object:
    cell = sheet.cells.get(at)
    return None if cell is None or cell.is_empty else cell.value


def looks_like_a_person(value: object) -> bool:
    """Two to four capitalised words of letters (or initials) naming no team, place or
    organisation."""
    if not isinstance(value, str) or not names_someone(value) or _ORGANISATION.search(value):
        return False
    words = value.replace(",", " ").split()
    return 2 <= len(words) <= 4 and all(_a_name(word) for word in words)


def _a_name(word: str) -> bool:
    """A capitalised word of letters, or an initial: 'JSA' or 'ESA' is no one's name."""
    shaped = _WORD.fullmatch(word) and word[0].isupper()
    return bool(shaped) and (len(word.rstrip(".")) == 1 or any(ch.islower() for ch in word))
