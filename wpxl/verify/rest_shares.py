"""No percentage sheet shows those who reached no outcome beside the outcomes' shares.

A table of the job starts by whether they reached an outcome ('Job outcome | No outcome' by
office, 'Job outcome paid' and 'No job outcome' down a column, a customer journey's 'Number |
Drop-off') is no breakdown of the outcomes: as shares, a line mixing the two is a conversion
rate of the starts ('Job outcome paid 22 %, No job outcome 78 %'), and each office's share of
the outcomes (p) and of the rest (q), with the rounded starts the copy shows (S = pA + qN), is a
pair of equations a reader solves for the outcome volumes. The proof reads the copy's words
alone: a percentage whose line (its row's labels, or its column's headers) names the rest, in a
copy also showing percentages of lines that do not (on its sheet or another), is refused; so
is one of a line beside one headed only 'Achieved' or 'Validated' (the other statuses of the
starts: 'In progress', 'Left'), totals apart. A copy of the rest's shares alone holds no
outcome share to set beside them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from wpxl.model import Cell
from wpxl.model.sheetref import a1
from wpxl.verify.achieved import bare_achieved
from wpxl.verify.leaks import Finding

Coord = tuple[int, int]
BESIDE_THE_REST = (
    "percentages of those who reached no outcome beside the outcomes' own (with the job starts "
    "the copy shows, a reader works the outcome volumes back); leave the rest out of the shares"
)
_NO = r"(?:no|not|never|without|nil)"
_REST = re.compile(
    rf"\b{_NO}(?: (?:yet|a|an|any|been|reached|achieved|paid))* (?:job )?outcome\b(?!s)"
    rf"|\b{_NO}(?: (?:yet|a|an|any))* (?:job )?outcomes? (?:yet|achieved|reached)\b"
    r"|\b(?:not|never|without)(?: (?:yet|a|an|any|been|reached|achieved))* (?:job )?outcomes\b"
    r"|\b(?:not|never) (?:yet )?(?:achieved|converted|reached)\b|\bun(?:achieved|converted)\b"
    r"|\byet to (?:achieve|reach|convert)\b|\b(?:did not|didn't) (?:achieve|reach)\b"
    r"|\bdrop(?:ped)?[- ]?(?:off|out)s?\b(?! of (?:work|employment|(?:a |the |their )?jobs?\b))"
    r"|\blost (?:at|before|between|after)\b",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\btotal\b", re.IGNORECASE)


def names_the_rest(text: str) -> bool:
    """Whether a line's words name those who reached no outcome, not a group of the outcomes
    ('No disability', 'Not known', 'No. of job outcomes')."""
    return _REST.search(" ".join(text.split())) is not None


class RestShares:
    """The copy's percentages of the rest, sheet by sheet, refused once any sheet shows
    percentages of lines that do not name it: a table of the rest alone ('Job starts without a
    job outcome' by office) beside another's shares of the outcomes by office is the same
    pair of equations."""

    def __init__(self) -> None:
        self.rest: list[Finding] = []
        self.beside = False  # a percentage of a line naming no rest, on any sheet

    def add(self, sheet: str, cells: Mapping[Coord, Cell], percent: set[Coord]) -> None:
        """The percentages of ``sheet`` (at ``percent``)."""
        rest = _of_the_rest(cells, percent)
        self.rest.extend(Finding(f"'{sheet}' {a1(*at)}", BESIDE_THE_REST) for at in sorted(rest))
        self.beside = self.beside or len(rest) < len(percent)

    def findings(self) -> list[Finding]:
        return self.rest if self.beside else []


def _of_the_rest(cells: Mapping[Coord, Cell], percent: set[Coord]) -> set[Coord]:
    """The percentages whose line names the rest, or stands beside a bare 'Achieved'."""
    if not percent:
        return set()
    top = min(r for r, _ in percent)
    left = min(c for _, c in percent)
    words: dict[Coord, str] = {
        at: cell.value for at, cell in cells.items() if isinstance(cell.value, str)
    }
    heads: dict[int, list[str]] = {c: [] for _, c in percent}
    labels: dict[int, list[str]] = {r: [] for r, _ in percent}
    for (r, c), w in words.items():  # one walk: per percentage, a sheet's words each time
        if r < top and c in heads:
            heads[c].append(w)
        if c < left and r in labels:
            labels[r].append(w)
    cols, rows = _beside_achieved(heads), _beside_achieved(labels)
    return {
        at
        for at in percent
        if at[1] in cols
        or at[0] in rows
        or any(names_the_rest(w) for w in (*heads[at[1]], *labels[at[0]]))
    }


def _beside_achieved(lines: Mapping[int, list[str]]) -> set[int]:
    """The lines beside one headed only 'Achieved' or 'Validated' (``bare_achieved``), but
    totals: the other statuses of the starts ('In progress', 'Left'), the rest of them."""
    achieved = {
        at
        for at, words in lines.items()
        if any(bare_achieved(w) and not names_the_rest(w) for w in words)
    }
    if not achieved:
        return set()
    return {
        at
        for at, words in lines.items()
        if at not in achieved and not any(_TOTAL.search(w) for w in words)
    }
