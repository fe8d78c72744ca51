"""The proof's reading of a band of time in work from none up to a bound ('Under 13 weeks').

A breakdown of the job starts by how long the job lasted ('Under 13 weeks | 13 to 25 weeks |
26 weeks or more', by office) holds the outcomes in its longer bands (26 weeks is most payment
groups' outcome point, 13 weeks some). Every band shown as shares by office, beside the starts
by office rounded, is a set of equations a reader solves for each band's volume, the outcome
band's among them; the band from none is the rest of the band above it, and with it left out
(each office's part unknown) they solve for nothing. So a percentage whose line is such a band
counts the rest (verify/rest_shares).

A band of a time before the job or up to the outcome ('Job outcomes by time from attachment to
job outcome: Under 26 weeks') breaks the outcomes down, as R3 allows. The copy's percentage
sheet keeps the band's words but not the source table's title, so the proof reads the input
too: a band's words are of such a time only where every input line holding them has words
naming one in the rows just above it or on its line. Read here alone, never the analyse stage.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from wpxl.model import Cell

Coord = tuple[int, int]
_UNIT = r"(?:weeks?|wks?|months?|mths?|days?)"
_FROM_NONE = re.compile(
    r" ?(?:(?:under|below|less than|fewer than|up to|[<\u2264]=?) ?\d+"
    rf"|0+ ?(?:-|\u2013|to) ?\d+|\d+(?: ?{_UNIT})? (?:or|and) (?:less|fewer|under|below))\b",
    re.IGNORECASE,
)
_TIME_UNIT = re.compile(rf"\b{_UNIT}\b|\b\d+ ?[wm]\b", re.IGNORECASE)
_TIME = r"(?:time|duration|length|period|how long|weeks?|months?|days?)"
_BEFORE = (  # what a time before the job, or up to the outcome, is counted from or spent on
    r"(?:attach\w*|referr?\w*|programme|joining|entry|(?:first )?(?:job )?outcome|unemploy\w*"
    r"|out of work|workless\w*|jobless\w*|prognosis|benefits?|claim(?:s|ant\w*)?"
    r"|jsa|esa|ib|waiting)"
)
_BEFORE_THE_JOB = re.compile(  # a time bound to it: 'duration of claim', 'time unemployed'
    rf"\b{_TIME}(?: [\w-]+){{0,2}}? (?:(?:since|from|after|to|before|until|of|on|in) )?"
    rf"(?:the |a |their |first )?{_BEFORE}\b|\b{_BEFORE}(?: [\w-]+)? {_TIME}\b",
    re.IGNORECASE,
)
_IN_WORK = re.compile(  # words a band of time in work is under: they win over any other
    r"\blast(?:ed|ing)\b|\bin (?:work|employment|the job)\b|\b(?:job|employment) "
    r"(?:duration|length)\b|\bstayed\b",
    re.IGNORECASE,
)
_ABOVE = 5  # rows over a band's line read for its title: a title, a blank, a group header


def _plain(text: str) -> str:
    return " ".join(text.split())


class ShortBands:
    """Which bands from none the input heads with a time before the job or to the outcome."""

    def __init__(self) -> None:
        self.before: set[str] = set()  # band words under such a time somewhere
        self.in_work: set[str] = set()  # band words under none somewhere

    def add_input(self, cells: Mapping[Coord, Cell], texts: set[str]) -> None:
        """One input sheet's words (``texts``: its distinct ones, each read once: most sheets
        hold no band from none, and their cells are never walked)."""
        if not any(_FROM_NONE.match(_plain(text)) for text in texts):
            return
        rows: dict[int, list[str]] = defaultdict(list)
        bands: list[tuple[int, str]] = []
        for (r, _), cell in cells.items():
            if isinstance(cell.value, str):
                words = _plain(cell.value)
                rows[r].append(words)
                if _FROM_NONE.match(words):
                    bands.append((r, words.lower()))
        for r, band in bands:
            near = " ".join(w for at in range(r - _ABOVE, r + 1) for w in rows.get(at, ()))
            (self.before if _before_the_job(near) else self.in_work).add(band)

    def ended_before_a_point(self, words: list[str]) -> bool:
        """Whether a percentage's line (its heads' or labels' ``words`` in the copy) is a band
        of time in work from none up to a bound ('Under 13 weeks'; 'Under 13' under 'Weeks'),
        not one the input heads only with a time before the job or to the outcome."""
        plain = [_plain(w) for w in words]
        said = " ".join(plain)
        if _before_the_job(said) or not _TIME_UNIT.search(said):
            return False
        bands = [w.lower() for w in plain if _FROM_NONE.match(w)]
        return any(b in self.in_work or b not in self.before for b in bands)


def _before_the_job(words: str) -> bool:
    """Whether ``words`` name a time before the job or up to the outcome ('duration of claim',
    'time from attachment to job outcome') and no time in work ('how long the job lasted')."""
    return _BEFORE_THE_JOB.search(words) is not None and _IN_WORK.search(words) is None
