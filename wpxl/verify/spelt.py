"""Counts written as text: digits with a leading zero ("0687") or an exponent ("6.87E2").

Some exports write counts so, and a reader takes "0687" for 687 as readily as a number; only a
code is written that way on purpose, under code words ("Area code", "ID"), or as a label
beside or over the figures. So among the input's figures, such a text is judged as the number
it spells: a count that rounding would
change may not be shown, nor an outcome volume.
"""

from __future__ import annotations

import re

from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof
from wpxl.verify.values import is_multiple

UNROUNDED = "a count written as text (a leading zero or an exponent) that is not rounded"
_LEADING_ZERO = re.compile(r"\s*0\d+\s*")
_EXPONENT = re.compile(r"\s*\d+(?:\.\d+)?[eE][+-]?\d{1,3}\s*")
_IDENTIFIER = re.compile(
    r"\b(code|id|ref|reference|urn|ukprn|postcode|phone|site|number|no\.?)\b", re.IGNORECASE
)


def spelt_number(text: str) -> float | None:
    """The number a text of digits with a leading zero or an exponent spells; None for any
    other text."""
    if _LEADING_ZERO.fullmatch(text):
        return float(int(text))
    if _EXPONENT.fullmatch(text):
        return float(text)
    return None


def code_column(pair: SheetPair, coord: Coord) -> bool:
    """A figure (or digits as text) under a header naming an identifier ('Site code', 'URN'): a
    code, kept as it is. (Words in a row's label, such as 'No ID on file', exempt nothing.)"""
    at = pair.input_coord(coord)
    if at is None or pair.context is None:
        return False
    return any(_IDENTIFIER.search(text) for text in pair.context.headers(at))


def spelt_counts(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Each text of a volume sheet that spells a number, stands where the input's row and its
    column hold figures (a site "001" beside them, or a month "04" over them, is a label), under
    no code words, and is no multiple of the base."""
    if pair.kind != "volume" or pair.source is None:
        return []
    found = []
    lines: tuple[set[int], set[int]] | None = None
    for coord, text in pair.indexed(proof.base).texts:
        value = spelt_number(text)
        if value is None or is_multiple(value, proof.base):
            continue
        at = pair.input_coord(coord)
        if at is None or code_column(pair, coord):
            continue
        if lines is None:
            lines = _figure_lines(pair)
        if at[0] in lines[0] and at[1] in lines[1]:
            found.append(Finding(pair.where(coord), UNROUNDED))
    return found


def _figure_lines(pair: SheetPair) -> tuple[set[int], set[int]]:
    """The rows and columns of the input sheet holding a typed figure."""
    rows: set[int] = set()
    cols: set[int] = set()
    for (row, col), cell in pair.source.cells.items():  # type: ignore[union-attr]
        kind = cell.value.__class__
        if kind is int or kind is float:
            rows.add(row)
            cols.add(col)
    return rows, cols
