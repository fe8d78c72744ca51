"""Footnote numbers: the small numbers a publication joins to a label to point at a note below
('Non-criminal prisoners(2)', "Secure Children's Homes(3,4)", 'Sentenced (2)(3)', 'Non-criminal
prison(1) population by ...') and keys
its notes by ('(2) As a result of data quality work ...'). Such a number states no figure,
though it equals one of the workbook's small counts.

A number in brackets is a figure stated as readily ('ESA flow (3)', 'Buxton (17)'), so one is
read as a footnote's only when the workbook shows both ends: a label, header or title that
ends with it as a marker (or joins it to a word, no space between), and a note that opens with
it as its key. Either alone is a figure stated, judged as wpxl.plan.quoting judges one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple
from unicodedata import normalize

from wpxl.model import Cell, CellValue, Coord

# a marker: a bracketed number or list of them (up to two digits each), at the end of a text,
# or one raised as a published book has it ('2009⁽²⁾': wpxl.read.strings)
_RAISED_DIGITS = r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2}"
_RAISED = rf"\u207d{_RAISED_DIGITS}(?:\s*,\s*{_RAISED_DIGITS})*\u207e"  # '⁽²⁾', '⁽³,⁴⁾'
_MARK = rf"(?:[(\[]\s*\d{{1,2}}(?:\s*,\s*\d{{1,2}})*\s*[)\]]|{_RAISED})"
_MARKERS = re.compile(rf"(?<=\S)(?:\s*{_MARK})+\s*$")
_JOINED = re.compile(rf"(?<=[A-Za-z]){_MARK}")  # or one joined to a word: "prison(1) population"
_NUMBER = re.compile(r"\d{1,2}")
_RAISED_MARK = re.compile(_RAISED)
# a note's key: "(2) ...", "[2] ...", "2. ...", "2) ..." opening the note
_KEY = re.compile(r"^\s*(?:\((\d{1,2})\)|\[(\d{1,2})\]|(\d{1,2})[.)])\s*(?=[A-Za-z(])")


# A call raised after a word, a number or a bracket ('Job outcomes³', '2013/14¹'), as published
# tables mark their notes: a letter to a pattern's \w, it hid the year before it ('2013/14¹'
# read as an amount), and a title naming outcomes went as one stating their volume
_RAISED_CALL = re.compile(
    r"(?<=[^\W\d_]|\d|[)\]])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2}(?!\w)"
)


def raises_a_mark(text: str) -> bool:
    """Whether ``text`` carries a marker set above the line ('30-Jun-09⁽¹⁾', as MoJ and ONS
    raise theirs): it quotes no figure, so it is read for the notes it keys on its own."""
    return _RAISED_MARK.search(text) is not None


def without_calls(text: str) -> str:
    """``text`` without its raised footnote calls; a figure so marked ('412¹') stays itself."""
    return _RAISED_CALL.sub("", text)


class Footnoted(NamedTuple):
    """The footnote numbers a text may carry (the markers in it, the key opening it), and the
    text without them, judged instead when each is a footnote's."""

    markers: tuple[float, ...]
    key: float | None
    unmarked: str

    def numbers(self) -> set[float]:
        return {*self.markers, *((self.key,) if self.key is not None else ())}


NONE = Footnoted((), None, "")


def footnoted(text: str) -> Footnoted:
    """The numbers ``text`` carries in a footnote's shape (whether a footnote's is for the
    whole workbook to say: ``footnote_numbers``), and the text without them."""
    found = _MARKERS.search(text)
    body = text[: found.start()] if found else text
    marks = [found.group(0)] if found else []
    marks += [m.group(0) for m in _JOINED.finditer(body)]
    markers = tuple(float(n) for mark in marks for n in _NUMBER.findall(normalize("NFKC", mark)))
    body = _JOINED.sub("", body)
    key = _KEY.match(body)
    if key is None or key.end() == len(body.rstrip()):
        return Footnoted(markers, None, body) if markers else NONE
    number = float(next(g for g in key.groups() if g is not None))
    return Footnoted(markers, number, body[key.end() :])


def footnote_numbers(markers: set[float], keys: set[float]) -> frozenset[float]:
    """The numbers that are a footnote's: marked on a text and keying a note."""
    return frozenset(markers & keys)


class SheetFootnotes:
    """An outcome table's header or label as its percentage sheet judges it: without the
    footnote marks it ends with ('JSA 18-24 (4)', 'Total (7)') where its sheet keys a note by
    each ('(4) Includes JSA Early Access.'). Published tables mark their lines so, and such a
    mark read as an outcome volume left the percentage lines with no label. A mark no note of
    its sheet opens with stays a figure stated ('ESA Flow (3)'). The sheet's texts are read
    only when a label carries a mark."""

    def __init__(self, cells: Mapping[Coord, Cell]) -> None:
        self._cells = cells
        self._numbers: frozenset[float] | None = None

    def __call__(self, value: CellValue) -> CellValue:
        found = footnoted(value) if isinstance(value, str) else NONE
        if found is NONE or found.key is not None:
            return value
        if self._numbers is None:
            texts = [footnoted(c.value) for c in self._cells.values() if isinstance(c.value, str)]
            keys = {t.key for t in texts if t.key is not None}
            self._numbers = footnote_numbers({m for t in texts for m in t.markers}, keys)
        return found.unmarked if found.numbers() <= self._numbers else value
