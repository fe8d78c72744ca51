"""People listed under a bare 'Name' header, found in the copy by the proof itself.

'Name' heads organisations' names in published tables as often as people's, so the proof, as
the analysis does with its own reading, asks what stands under it: where two or more of the
lines under it, and at least half, are shaped as a person's name (two to four words, each
capitalised, of letters only, none a word of a team, a place or an organisation), each names a
person beside their own results. 'Brighton and Hove' and 'Leeds Teaching Hospitals NHS Trust'
name no one. A header naming a member of staff's role in other words than the few read as one
('Team leader', 'Account manager', 'Mentor', 'PA', 'Staff', 'Caseload') or who did something
with a case ('Assigned to', 'Entered by', 'Signed off by') is asked the same, as it heads teams
and answers as often as people. So are the cells across the line under such a header where the
cell beside it is blank (over the names heading a table of months by member of staff), and
across its own line where no line under it is a person's (the corner of a table of measures by
member of staff: 'Name | Jane Smith | Amir Patel' over 'Referrals', 'Job starts').
"""

from __future__ import annotations

import re

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding

NAMED_PERSON = "what looks like a person's name under a 'Name' header or a staff role's"
_STAFF = (
    r"(?:\w+\s+){0,2}(?:manager|supervisor|leader|lead|owner|officer|consultant|mentor"
    r"|recruiter|staff|pa|handler|caseload(?:\s+holder)?)s?(?:'s)?(?:\s+(?:full\s+)?names?)?"
    r"|(?:\w+\s+){1,2}by|(?:assigned|allocated)\s+to"
)
_HEADER = re.compile(rf"\s*(?:(?:full\s+|staff\s+)?names?|{_STAFF})\s*:?\s*", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]\.?|[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))+")
_NO_PERSON = re.compile(
    r"\b(?:teams?|offices?|areas?|regions?|districts?|cent(?:re|er)s?|sites?|branch(?:es)?"
    r"|hubs?|north|south|east|west|central|city|county|borough|council|nhs|trusts?|foundation"
    r"|hospitals?|university|college|school|academy|limited|ltd|plc|llp|cic|services?|group"
    r"|partners?|partnership|charity|housing|jobcentre|provider|agency|employers?|department"
    r"|society|association|company|network|authority|institute|clinic|surgery|practice|all"
    r"|totals?|sub-?totals?|others?|unknown|unallocated|unassigned|vacant|none)\b",
    re.IGNORECASE,
)


def named_under_name(pair: SheetPair, texts: list[tuple[tuple[int, int], str]]) -> list[Finding]:
    """A finding for each person named under a 'Name' header (``texts``: the copy's words)."""
    found = []
    for (top, col), text in texts:
        if not _HEADER.fullmatch(text):
            continue
        lines, row = [], top
        while (value := _shown(pair, (row := row + 1, col))) is not None:
            lines.append(((row, col), value))
        people = _most(lines)
        if lines and not any(_person(v) for _, v in lines):  # a corner over measures: its line
            right, at = [], col + 1
            while (value := _shown(pair, (top, at))) is not None:
                right.append(((top, at), value))
                at += 1
            people += _most(right)
        if _shown(pair, (top, col + 1)) is None:  # a line of names across under it
            across, at = [], col
            while (value := _shown(pair, (top + 1, at))) is not None:
                across.append(((top + 1, at), value))
                at += 1
            people += [at for at in _most(across) if at not in people]
        found += [Finding(pair.where(at), NAMED_PERSON) for at in people]
    return found


def _most(lines: list[tuple[tuple[int, int], object]]) -> list[tuple[int, int]]:
    people = [at for at, value in lines if _person(value)]
    return people if len(people) >= 2 and 2 * len(people) >= len(lines) else []


def _shown(pair: SheetPair, at: tuple[int, int]) -> object:
    cell = pair.cells.get(at)
    return None if cell is None or cell[0] in ("", None) else cell[0]


def _person(value: object) -> bool:
    if not isinstance(value, str) or _NO_PERSON.search(value):
        return False
    words = value.replace(",", " ").split()
    return 2 <= len(words) <= 4 and all(_named(word) for word in words)


def _named(word: str) -> bool:
    """A capitalised word of letters with some lower case ('JSA' is a benefit), or an
    initial."""
    if not (_WORD.fullmatch(word) and word[0].isupper()):
        return False
    return len(word.rstrip(".")) == 1 or any(ch.islower() for ch in word)
