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
starts: 'In progress', 'Left'), totals apart; and so is one of a band of time in work from
none up to a bound ('Under 13 weeks' beside '26 weeks or more': verify/short_bands), the starts
whose job ended before the outcome point. A copy of the rest's shares alone holds no outcome
share to set beside them. In a book whose input names the rest anywhere, a line of shares with
no words at all beside lines with some is refused too (``UNNAMED``): 'Nil outcome' taken off
the head of the rest's shares, as stating an amount, left them to be read as anything.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from wpxl.model import Cell
from wpxl.model.sheetref import a1
from wpxl.verify.achieved import bare_achieved
from wpxl.verify.leaks import Finding
from wpxl.verify.short_bands import ShortBands

Coord = tuple[int, int]
BESIDE_THE_REST = (
    "percentages of those who reached no outcome beside the outcomes' own (with the job starts "
    "the copy shows, a reader works the outcome volumes back); leave the rest out of the shares"
)
UNNAMED = (
    "percentages of a line whose name was left out, beside lines named (if it counts those who "
    "reached no outcome, a reader works the outcome volumes back); name it or leave it out"
)
_NO = r"(?:no|not|never|without|nil)"
_ONE = r"(?:(?:job )?outcome|jo)\b"  # 'JO', the programme's shorthand
_MANY = r"(?:(?:job )?outcomes|jos)\b"
_REST = re.compile(
    rf"\b{_NO}(?: (?:yet|a|an|any|been|reached|achieved|paid))* {_ONE}"
    rf"|\b{_NO}(?: (?:yet|a|an|any))* (?:{_ONE}|{_MANY}) (?:yet|achieved|reached)\b"
    rf"|\b(?:not|never|without)(?: (?:yet|a|an|any|been|reached|achieved))* {_MANY}"
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
    pair of equations. A band from none ('Under 13 weeks') is judged once the input is read
    (``ShortBands``)."""

    def __init__(self) -> None:
        self.sheets: list[_Shares] = []
        self.bands = ShortBands()
        self.named = False  # the input names the rest somewhere ('Nil outcome')

    def add(self, sheet: str, cells: Mapping[Coord, Cell], percent: set[Coord]) -> None:
        """The percentages of ``sheet`` (at ``percent``)."""
        if percent:
            self.sheets.append(_of_the_rest(sheet, cells, percent))

    def add_input(self, cells: Mapping[Coord, Cell]) -> None:
        """One input sheet's cells, for the bands' titles and the words naming the rest."""
        texts = {text for cell in cells.values() if isinstance(text := cell.value, str)}
        self.bands.add_input(cells, texts)
        self.named = self.named or any(map(names_the_rest, texts))

    def findings(self) -> list[Finding]:
        banded = self.bands.ended_before_a_point
        rest = []
        for shares in self.sheets:  # a column's heads and a row's labels each judged once
            cols = {c for c, words in shares.heads.items() if banded(words)}
            rows = {r for r, words in shares.labels.items() if banded(words)}
            banded_at = {at for at in shares.percent if at[1] in cols or at[0] in rows}
            rest.append((shares, shares.rest | banded_at))
        unnamed = [  # a line whose name went, in a book naming the rest: it may be it
            Finding(f"'{shares.sheet}' {a1(*at)}", UNNAMED)
            for shares in (self.sheets if self.named else ())
            for at in sorted(shares.unnamed)
        ]
        if all(len(of_rest) == len(shares.percent) for shares, of_rest in rest):
            return unnamed  # the rest alone: no outcome share beside it
        return unnamed + [
            Finding(f"'{shares.sheet}' {a1(*at)}", BESIDE_THE_REST)
            for shares, of_rest in rest
            for at in sorted(of_rest)
        ]


@dataclass(frozen=True, slots=True)
class _Shares:
    """A percentage sheet's percentages, those whose words name the rest, and each one's
    heads and labels (a band from none is judged once the input is read)."""

    sheet: str
    percent: set[Coord]
    rest: set[Coord]
    unnamed: set[Coord]  # a line of shares with no words, beside lines with some
    heads: dict[int, list[str]]  # a column's heads
    labels: dict[int, list[str]]  # a row's labels, after the corner's words


def _of_the_rest(sheet: str, cells: Mapping[Coord, Cell], percent: set[Coord]) -> _Shares:
    """The percentages whose line names the rest, or stands beside a bare 'Achieved'."""
    top = min(r for r, _ in percent)
    left = min(c for _, c in percent)
    words: dict[Coord, str] = {
        at: cell.value for at, cell in cells.items() if isinstance(cell.value, str)
    }
    heads: dict[int, list[str]] = {c: [] for _, c in percent}
    labels: dict[int, list[str]] = {r: [] for r, _ in percent}
    corner: list[str] = []  # the label column's header: 'Weeks in work' over '0-12'
    for (r, c), w in words.items():  # one walk: per percentage, a sheet's words each time
        if r < top and c in heads:
            heads[c].append(w)
        if c < left and r in labels:
            labels[r].append(w)
        if c < left and r < top:
            corner.append(w)
    cols = _beside_achieved(heads) | _naming_the_rest(heads)  # each line's words read once
    rows = _beside_achieved(labels) | _naming_the_rest(labels)
    rest = {at for at in percent if at[1] in cols or at[0] in rows}
    no_cols, no_rows = _unnamed(heads), _unnamed(labels)  # once a sheet, not once a share
    unnamed = {at for at in percent if at[1] in no_cols or at[0] in no_rows}
    cornered = {r: [*corner, *ws] for r, ws in labels.items()}
    return _Shares(sheet, percent, rest, unnamed, heads, cornered)


def _naming_the_rest(lines: Mapping[int, list[str]]) -> set[int]:
    """The lines one of whose words names the rest ('No job outcome')."""
    return {at for at, words in lines.items() if any(map(names_the_rest, words))}


def _unnamed(lines: Mapping[int, list[str]]) -> set[int]:
    """The lines holding no words, beside lines that hold some: 'Nil outcome' taken off the
    head of the rest's shares beside 'Job outcome' leaves them to be read as the rest."""
    named = {at for at, words in lines.items() if any(w.strip() for w in words)}
    return set(lines) - named if named else set()


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
