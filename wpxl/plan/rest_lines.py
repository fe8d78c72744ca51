"""Those who reached no outcome are in no share beside the outcomes (R2, R3).

A table of job starts by whether they reached an outcome ('Office | Job starts | Job outcome |
No outcome', 'Result' down 'Job outcome paid' and 'No job outcome', a customer journey's
'Number | Drop-off') counts the outcomes and the rest of the starts. Both are outcome volumes
(the starts less the rest are the outcomes), so both leave the volume sheet; but shown side by
side as percentages they give the volumes back to a reader holding the starts the copy shows:
a line of 'Job outcome paid 22 %, No job outcome 78 %' is a conversion rate of the starts, and
each office's share of the outcomes (p) and of the rest (q) with its rounded starts (S = pA +
qN) is a pair of equations a reader solves for the outcomes A and the rest N. R3 allows a
breakdown of the outcomes, never one of the starts by whether they reached one: the lines
counting the rest, and totals adding them up, are removed and listed, and the outcomes' own
lines are shown as shares of the outcomes alone. A table of the rest alone ('Job starts without
a job outcome' by office) goes too: its shares beside another table's shares of the outcomes
by office are the same equations. So does the band of a breakdown of the starts by how long
the job lasted from none up to a bound ('Under 13 weeks' beside '26 weeks or more': analyse
reads it, ``Table.rest_cols``). ('Fell out of work' beside the starts, a job that ended,
names no outcome the starts missed, and is shown as its breakdown, as before.)
"""

from __future__ import annotations

import re

from wpxl.model import Coord, Removal, SheetAnalysis, Table
from wpxl.plan.unshared_outcomes import outcome_places, volumes_of

WHY = (
    "a count of those who reached no outcome: beside the outcomes' shares and the job starts "
    "the copy shows, its shares would give the outcome volumes back, so it is in no share"
)
# the proof's reach (verify/rest_shares), in a copy of its own: the two share nothing, and
# tests/e2e/test_hunted_s39_left.py holds them to one list of labels
_NO = r"(?:no|not|never|without|nil)"
_ONE = r"(?:(?:job )?outcome|jo)\b"  # 'JO', the programme's shorthand
_MANY = r"(?:(?:job )?outcomes|jos)\b"
_REST = re.compile(
    rf"\b{_NO}(?: (?:yet|a|an|any|been|reached|achieved|paid))* {_ONE}"
    rf"|\b{_NO}(?: (?:yet|a|an|any))* (?:{_ONE}|{_MANY}) (?:yet|achieved|reached)\b"
    rf"|\b(?:not|never|without)(?: (?:yet|a|an|any|been|reached|achieved))* {_MANY}"
    r"|\b(?:not|never) (?:yet )?(?:achieved|converted|reached)\b|\bun(?:achieved|converted)\b"
    r"|\byet to (?:achieve|reach|convert)\b|\bdid(?: not|n't) (?:achieve|reach)\b"
    r"|\bdrop(?:ped)?[- ]?(?:off|out)s?\b(?! of (?:work|employment|(?:a |the |their )?jobs?\b))"
    r"|\blost (?:at|before|between|after)\b",
    re.IGNORECASE,
)


def names_the_rest(text: object) -> bool:
    """Whether a line's words name those who reached no outcome ('No job outcome', 'Not yet
    achieved', 'Without a job outcome', 'Drop-off', 'Lost at this stage'), not a group of the
    outcomes ('No disability', 'Not known', 'No. of job outcomes')."""
    return isinstance(text, str) and _REST.search(" ".join(text.split())) is not None


def rest_cells(table: Table, analysis: SheetAnalysis, cells: list[Coord]) -> frozenset[Coord]:
    """The outcome ``cells`` whose row's labels or column's headers name the rest, or that
    analyse read as the other statuses of the starts beside an achieved one ('In progress',
    'Left': ``Table.rest_rows``, ``rest_cols``), and the totals adding any of them up."""
    values = analysis.sheet.cells

    def named(at: Coord) -> bool:
        if at[0] in table.rest_rows or at[1] in table.rest_cols:  # 'In progress' by 'Achieved'
            return True
        heads = [*((at[0], c) for c in table.label_cols), *((r, at[1]) for r in table.header_rows)]
        return any(names_the_rest(getattr(values.get(h), "value", None)) for h in heads)

    rest = {c for c in cells if named(c)}
    grown = bool(rest)
    while grown:  # a total over the outcomes and the rest counts the starts
        more = {
            c
            for c in cells
            if c not in rest and any((r, col) in rest for _, r, col in table.totals.get(c, ()))
        }
        rest |= more
        grown = bool(more)
    return frozenset(rest)


def rest_removal(table: Table, sheet: str, rest: frozenset[Coord]) -> Removal:
    """The cover's line for the rest's cells, named where they stood in the input."""
    measure = " and ".join(sorted({table.measure_of(c).value for c in rest}, reverse=True))
    return Removal(volumes_of(measure), outcome_places(sheet, list(rest)), WHY)
