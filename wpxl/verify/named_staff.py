"""Members of staff named row by row under their role, found in the copy by the proof itself.

A sheet of job starts by adviser whose rows are the advisers' names ('Adviser' over 'Jane
Smith', 'Amir Patel') gives each person's own results beside their name, as a caseload named
after one does; wpxl.analyse.people refuses such a sheet, and the proof, reading the copy's
cells with its own patterns, refuses a copy that carries one. The cells under a role's header
are read down to the first empty one past the header's own lines (a two-line header leaves the
role's cell empty over the months' line), a name in any spelling; a numbered adviser, a team,
an office or a total ('Adviser 1', 'Team North', 'Leeds Office', 'All advisers') names no one.
"""

from __future__ import annotations

import re

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof

NAMED_STAFF = "what looks like a person named by their role"
_ROLE_HEADER = re.compile(
    r"\s*(?:(?:employment|personal)\s+)?(?:advis[eo]rs?|(?:work|job)\s+coach(?:es)?"
    r"|case\s?workers?|case\s+managers?|key\s?workers?|(?:employment|recruitment)\s+consultants?"
    r"|staff\s+members?|members?\s+of\s+staff)(?:'s)?(?:\s+(?:full\s+)?names?)?\s*:?\s*",
    re.IGNORECASE,
)
_MORE_LINES = 2  # a header's lines under its first, where the role's cell may be empty
# A person's name in any spelling ('Jane Smith', 'A Patel', 'Patel, Amir', 'AMIR', 'Siobhán Ní
# Bhriain'): one to four words of letters, no digit, none a word of a team, an office, an area,
# a total, the rest, a month or MI's own ('Adviser 1', 'Team North', 'All advisers',
# 'Unallocated', 'Performance Summary' name no one).
_LETTERS = re.compile(r"\s*[^\W\d_][^\W\d_'\u2019.,-]*(?:[\s'\u2019.,-]+[^\W\d_]+){0,3}\.?\s*")
_NOT_A_PERSON = re.compile(
    r"\b(?:teams?|offices?|areas?|regions?|districts?|cent(?:re|er)s?|sites?|branch(?:es)?|hubs?"
    r"|north|south|east|west|central|city|county|borough|all|totals?|sub-?totals?|others?"
    r"|unknown|not\s+known|unallocated|unassigned|vacant|vacancy|vacancies|agency|none|n/a"
    r"|average|mean|median|cpa|jobcentre|provider|group|contract|summary|performance|report"
    r"|data|figures|referrals|starts|outcomes|jobs?|payment|advis[eo]rs?|january|february|march"
    r"|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


def named_staff(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Each cell naming a person under a role's header ('Adviser', 'Work coach')."""
    found: list[Finding] = []
    headers = [
        (at, text) for at, text in pair.indexed(proof.base).texts if _ROLE_HEADER.fullmatch(text)
    ]
    if headers:
        lines = {row for (row, _), cell in pair.cells.items() if cell[0] not in ("", None)}
        for (row, col), _ in headers:
            found += [Finding(pair.where(at), NAMED_STAFF) for at in _names(pair, row, col, lines)]
    return found


def _names(pair: SheetPair, row: int, col: int, lines: set[int]) -> list[tuple[int, int]]:
    """The cells naming a person under a header, down to the first empty one after the
    header's own lines: a line under it holding other headers (months) may leave the role's
    cell empty, or merged down from it."""
    for _ in range(_MORE_LINES):
        cell = pair.cells.get((row + 1, col))
        if (cell is not None and cell[0] not in ("", None)) or row + 1 not in lines:
            break
        row += 1
    named = []
    while (cell := pair.cells.get((row := row + 1, col))) is not None and cell[0] not in ("", None):
        text = cell[0]
        if isinstance(text, str) and _LETTERS.fullmatch(text) and not _NOT_A_PERSON.search(text):
            named.append((row, col))
    return named
