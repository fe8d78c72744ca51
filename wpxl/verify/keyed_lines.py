"""The headers and labels a key on an input sheet says count outcomes, as the proof reads them.

A column headed only "Achieved" or "Cumulative*" in a table of job starts counts what a key
under it says: "Achieved = job outcomes in the month", "* Job outcomes to date", "'Achieved'
counts job outcomes". The proof's own reading (wpxl.analyse.keyed_lines is the plan's): any
words on the sheet that head and label no figure and start with a name and a separator or
linking word, start with a footnote mark, or quote a name, keys that name or mark; where what
it says names an outcome, a figure whose own headers or labels name no measure, and are that
name or end in that mark, is an outcome volume. So is one whose own header or label cell has a
comment naming an outcome ("Achieved", noted "Job outcomes claimed in the month"): never
carried, it still says what the line counts. The whole sheet is read, not only the lines under
a table. Words telling how many outcomes a line had ("JSA Prison Leavers: 2 JOs", a count right
before the outcome words) key nothing: they are a remark on a line, which counts what its own
table says (the remark itself is an outcome volume, which the proof asks elsewhere). A key or a
comment saying a line counts another measure ("Achieved = job starts in the month") is kept too:
it tells the proof a bare "Achieved" beside the starts is not their outcomes (``keyed_other``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from wpxl.model import Sheet

_MARKS = r"\*+|[\u2020\u2021]+|\((?:\d{1,2}|[a-z])\)|\[(?:note\s*)?\d{1,2}\]|[\u00b9\u00b2\u00b3]"
_LEADING_MARK = re.compile(rf"({_MARKS})(?![*\u2020\u2021])\s*", re.IGNORECASE)
_TRAILING_MARK = re.compile(rf"\s*({_MARKS})\s*$", re.IGNORECASE)
_NAMED = re.compile(
    r"(.{1,40}?)\s*(?:[:=\u2013\u2014]|-\s|\b(?:is|are|means|shows|counts|column|row|line"
    r"|figures?|includes?)\b)",
    re.IGNORECASE,
)
# a whole number counting the words after it, not a length of time, a share or a year
_COUNT = re.compile(
    r"(?<![\w.,/\u00a3$-])(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve)\s+(?!(?:weeks?|wks?|months?|mths?|days?|years?|yrs?"
    r"|hours?|hrs?|quarters?|per\s*cent|percent)\b)((?:\S+\s+){0,2}\S+)",
    re.IGNORECASE,
)
_LEADS = frozenset({
    "which", "incl", "incl.", "including", "includes", "include", "inc", "inc.", "were", "was",
    "had", "has", "have", "with", "plus", "and", "of", "are", "is", "only", "approx", "approx.",
    "about", "around", "c", "c.", "some",
})  # fmt: skip
_Q = "'\"\u2018\u2019\u201c\u201d"
_QUOTED = re.compile(rf"[{_Q}]([^{_Q}]{{1,40}})[{_Q}]")


def keys_of(line: str) -> list[tuple[str, str]]:
    """(the name or footnote mark a line of words keys, in small letters; what it says of
    it), for each reading of the line as a key."""
    text = " ".join(line.split())
    if (mark := _LEADING_MARK.match(text)) is not None:
        return [(mark.group(1).lower(), text[mark.end() :])]
    keys = []
    if (named := _NAMED.match(text)) is not None:
        said = text[named.end() :].lstrip(":=\u2013\u2014- ")
        keys.append((named.group(1).strip(_Q + " ").lower(), said))
    for quoted in _QUOTED.finditer(text):
        said = " ".join((text[: quoted.start()] + text[quoted.end() :]).split())
        keys.append((quoted.group(1).strip().lower(), said))
    return keys


def _counted(said: str, kind_of: Callable[[str], str | None]) -> bool:
    """Whether ``said`` tells how many outcomes there were: past the words that bring a count
    in ('of which', 'includes'), it opens with the count and the outcome's name ('2 JOs').
    Narrower than the plan's reading (a count anywhere after such words), so a key the plan
    mistakes for a remark is still read as one here: 'PG 9 job outcomes' opens with a name."""
    words = said.split()
    while words and words[0].lower().rstrip(":,;") in _LEADS:
        words = words[1:]
    count = _COUNT.match(" ".join(words))
    return count is not None and kind_of(count.group(1)) == "outcome"


class Keys:
    """The names and marks the lines of one sheet key as outcomes, and the cells whose comment
    says they count outcomes; ``kind_of`` tells what a text names (wpxl.verify.outcomes)."""

    def __init__(self, sheet: Sheet, kind_of: Callable[[str], str | None]) -> None:
        self._keyed: set[str] = set()
        self._others: set[str] = set()  # names a key says count another measure
        for line in _unheading_words(sheet):
            for name, said in keys_of(line):
                kind = kind_of(said) if name else None
                if kind == "outcome" and not _counted(said, kind_of):
                    self._keyed.add(name)
                elif kind == "other":
                    self._others.add(name)
        comments = sheet.comments.items()
        self._commented = {at for at, text in comments if kind_of(text) == "outcome"}
        self._commented_others = {at for at, text in comments if kind_of(text) == "other"}
        self._texts: dict[str, bool] = {}  # ``_names_keyed``'s answers

    def __bool__(self) -> bool:
        return bool(self._keyed or self._commented or self._others or self._commented_others)

    def keyed(self, texts: Iterable[str], places: Iterable[tuple[int, int]]) -> bool:
        """Whether any of a figure's own headers or labels (``texts``, at ``places``) is a
        name, or ends in a mark, that a key says counts outcomes, or has a comment saying so."""
        if self._commented and not self._commented.isdisjoint(places):
            return True
        known = self._texts
        for text in texts:
            found = known.get(text)
            if found is None:
                found = known[text] = self._names_keyed(text)
            if found:
                return True
        return False

    def _names_keyed(self, text: str) -> bool:
        """Whether a header or label is a name, or ends in a mark, that a key says counts
        outcomes: asked once a text (every figure of a line asks of its labels)."""
        words = " ".join(text.split()).lower()
        mark = _TRAILING_MARK.search(words)
        if mark is not None:
            if mark.group(1) in self._keyed:
                return True
            words = words[: mark.start()]
        return words.strip(_Q + " ") in self._keyed

    def keyed_other(self, text: str, place: tuple[int, int]) -> bool:
        """Whether a key, or a comment on the header's cell (at ``place``), says a header counts
        another measure than outcomes ('Achieved = job starts in the month'): what a bare
        'Achieved' counts, said by the pack itself."""
        named = " ".join(text.split()).lower().strip(_Q + " ")
        return named in self._others or place in self._commented_others


def _unheading_words(sheet: Sheet) -> list[str]:
    """The sheet's words that head and label no figure: no number right of them in their row,
    none under them in their column (a note, a key in a box beside the table, a title)."""
    last_in_row: dict[int, int] = {}
    last_in_col: dict[int, int] = {}
    for (row, col), cell in sheet.cells.items():
        if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
            last_in_row[row] = max(last_in_row.get(row, -1), col)
            last_in_col[col] = max(last_in_col.get(col, -1), row)
    return [
        cell.value
        for (row, col), cell in sheet.cells.items()
        if isinstance(cell.value, str) and cell.value.strip()
        and last_in_row.get(row, -1) < col and last_in_col.get(col, -1) < row
    ]  # fmt: skip
