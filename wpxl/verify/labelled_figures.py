"""Invariant 2 and 3 for a figure typed as text beside the label naming its measure, outside
any table: 'Bradford job outcomes: | 12 (provisional)', 'Leeds job starts | twelve'.

The proof read a text as a figure only where the input's row and column held typed figures
(a table's own cells), or where it was wholly a number ('twelve', 'c.47'); a summary typed as
pairs under a table, a label in one cell and its figure as text in the next, stands in no
such line, so Bradford's 12 job outcomes ('12 (provisional)') went out beside the rounded
starts, and 'twelve' job starts unrounded, and the copy passed. A text standing right of a
label (the nearest value left of it on its row, a text naming a measure) states that line's
figure when it is a number, in digits with the words an analyst qualifies one by ('about
12', '12 (provisional)', '12 people') or in words ('twelve', 'a dozen'): for an outcome's
label, an outcome volume (asked by wpxl.verify.stated_outcomes); for another measure's, a
count that must be rounded, as where the header over a run of them names the measure
('Referrals' over 'Leeds | twelve'). Never asked: plan (its own reading is
wpxl.analyse.labelled_texts).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from wpxl.model import Cell
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.spelt import written_number
from wpxl.verify.values import is_multiple

if TYPE_CHECKING:  # the proof asks this module of each volume sheet
    from wpxl.verify.proof import Proof

UNROUNDED_BESIDE = "a count written as text beside its measure's name that is not rounded"
_DIGIT = re.compile(r"\d")
_MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"  # '12 June' is a date
_QUALIFIED = re.compile(
    r"\s*(?:(?:about|around|approx(?:\.|imately)?|c\.|ca\.?|circa|roughly|nearly|almost|over"
    r"|under|some|est\.?)\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    rf"\s*(?:\([^)%]*\)|(?!per\b|pc\b|[dhmwy]\b|wks?\b|weeks?\b|days?\b|mths?\b|months?\b|yrs?\b|years?\b|hours?\b|{_MONTH})[A-Za-z.]+"
    r"(?:\s+[A-Za-z.]+){0,2})?\s*",
    re.IGNORECASE,
)


def qualified_figure(text: str) -> float | None:
    """The figure a text states with the words qualifying it ('about 12', '12 (provisional)'),
    or wholly in words ('twelve', 'a dozen'); None for any other text."""
    found = _QUALIFIED.fullmatch(text)
    if found is not None:
        return float(found.group(1).replace(",", ""))
    return None if _DIGIT.search(text) else written_number(text)  # '12%' is a share


def label_left(cells: Mapping[Coord, Cell], at: Coord) -> str | None:
    """The nearest value left of the input's ``at`` on its row, if it is a text."""
    row, col = at
    for left in range(col - 1, -1, -1):
        value = getattr(cells.get((row, left)), "value", None)
        if value not in (None, ""):
            return value if isinstance(value, str) else None
    return None


def labelled_counts(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Each text of a volume sheet's copy standing right of a label, the label or the header
    over the run of such texts naming a measure other than outcomes, that states a figure
    rounding would change."""
    if pair.kind != "volume" or pair.source is None:
        return []
    found = []
    for coord, text in pair.indexed(proof.base).texts:
        value = qualified_figure(text)
        if value is None or is_multiple(value, proof.base):
            continue  # most texts
        at = pair.input_coord(coord)
        label = None if at is None else label_left(pair.source.cells, at)
        if label is None or _over_a_figure(pair.source.cells, at):  # type: ignore[arg-type]
            continue  # a header over its column's figures ('2013', '26w'), read as one
        if _typed_in_row(pair.source.cells, at[0]):  # type: ignore[index]
            continue  # a table's own line: its texts are judged as figures (wpxl.verify.spelt)
        heads = (label, _head_over(pair.source.cells, at))  # type: ignore[arg-type]
        if any(proof.measures.of(text) == "other" for text in heads):
            found.append(Finding(pair.where(coord), UNROUNDED_BESIDE))
    return found


def _head_over(cells: Mapping[Coord, Cell], at: Coord) -> str:
    """The text over the run of figures typed as text ``at`` stands in, up its column
    ('Referrals' over 'Leeds | twelve'); '' where a blank or a typed figure ends it first."""
    row, col = at
    while row > 0:
        row -= 1
        value = getattr(cells.get((row, col)), "value", None)
        if not isinstance(value, str) or not value.strip():
            return ""
        if qualified_figure(value) is None:
            return value
    return ""


def _over_a_figure(cells: Mapping[Coord, Cell], at: Coord) -> bool:
    """Whether a typed number stands right under ``at``: the text heads a column of figures."""
    value = getattr(cells.get((at[0] + 1, at[1])), "value", None)
    return value.__class__ in (int, float)


def _typed_in_row(cells: Mapping[Coord, Cell], row: int) -> bool:
    """Whether the input's ``row`` holds a typed number: a line of a table, not a summary's."""
    return any(r == row and c.value.__class__ in (int, float) for (r, _), c in cells.items())
