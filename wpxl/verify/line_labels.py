"""Invariant: no text of the copy is one the input wrote on a line beside a figure it states.

A row label's small numbers usually name a group ('JSA 18-24', 'Top 50', 'CPA 12'), so the
words check judges a label's numbers only from 100 (``texts.MIN_IN_LABEL``). But a label
written beside its own line's count ('Leeds - 41', 'Leeds (41)', 'Calderdale - 43 starts')
gives that count back, whatever its size and wherever the copy shows it: an outcome figure
under the percentage it became, a count under the rounded figure. Read from the input alone:
each text holding a number of 10 or more that no shape names (a band, an age, a reference, a
date: ``values.token_shape``), on a row where that number is a figure rounding changes or an
outcome figure (by the proof's own reading, ``OutcomeContext``). Under 10 a number is let
off: categories are numbered so, and a count under 10 rounds to 0. A text of digits alone left of
every figure of its line ('33' under 'Office code') names its line, as a code does, and states
nothing; right of one it may be a count typed as text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from wpxl.model import Sheet
from wpxl.verify.leaks import Finding
from wpxl.verify.values import is_multiple, joined_tokens, number_tokens, token_shape

if TYPE_CHECKING:
    from wpxl.verify.books import SheetPair
    from wpxl.verify.proof import Proof

STATES_ITS_LINE = (
    "a text stating a figure of its own line in the input (an outcome or unrounded count)"
)
MIN_LINE_FIGURE = 10
_DIGIT = re.compile(r"\d")
_SHOWN = "line texts shown"  # where the sheets' part found one (proof.kept)


def stating_their_line(
    sheet: Sheet,
    texts: Iterable[tuple[tuple[int, int], str]],
    outcomes: Collection[tuple[int, int]],
    base: int,
) -> set[str]:
    """Of an input sheet's ``texts`` (with their cells), those stating a figure of their row
    that must not appear (``outcomes``: the sheet's outcome figures, by the proof's reading)."""
    found: set[str] = set()
    width: int | None = None
    for (row, col), text in texts:
        numbers = set() if _names_its_line(sheet, (row, col), text) else _numbers(text)
        if not numbers:
            continue
        if width is None:  # asked only of a sheet with such a text: most have none
            width = max((col for _, col in sheet.cells), default=-1)
        if numbers & _hidden_figures(sheet, row, width, outcomes, base):
            found.add(text)
    return found


def _numbers(text: str) -> set[float]:
    if _DIGIT.search(text) is None:
        return set()
    return {
        value
        for value, before, suffix, after in (*number_tokens(text), *joined_tokens(text))
        if value >= MIN_LINE_FIGURE and token_shape(value, before, suffix, after) is None
    }


def _names_its_line(sheet: Sheet, at: tuple[int, int], text: str) -> bool:
    """Whether the text is digits alone left of every figure of its row: a code naming it."""
    if not text.strip().isdecimal():
        return False
    row, col = at
    return not any(
        isinstance(cell.value, int | float) and not isinstance(cell.value, bool)
        for c in range(col)
        if (cell := sheet.cells.get((row, c))) is not None
    )


def _hidden_figures(
    sheet: Sheet, row: int, width: int, outcomes: Collection[tuple[int, int]], base: int
) -> set[float]:
    found = set()
    for col in range(width + 1):
        cell = sheet.cells.get((row, col))
        value = None if cell is None else cell.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if not is_multiple(float(value), base) or (row, col) in outcomes:
            found.add(float(value))
    return found


def line_texts_shown(pair: SheetPair, proof: Proof) -> list[Finding]:
    """A volume sheet's texts against their own input line: a text stating one of its
    figures that must not appear, whatever the input wrote there."""
    source, context = pair.source, pair.context
    if pair.kind != "volume" or source is None or context is None:
        return []
    found, width = [], None
    for coord, text in pair.indexed(proof.base).texts:
        numbers = _numbers(text)
        at = pair.input_coord(coord) if numbers else None
        if at is None or _names_its_line(source, at, text):
            continue
        if width is None:
            width = max((col for _, col in source.cells), default=-1)
        if numbers & _hidden_figures(source, at[0], width, context.outcomes, proof.base):
            found.append(Finding(pair.where(coord), STATES_ITS_LINE))
    proof.kept.setdefault(_SHOWN, set()).update(f.part for f in found)  # type: ignore[union-attr]
    return found


def no_line_texts(proof: Proof) -> list[Finding]:
    """Every text of the copy against the input's texts that state their line's figure (a
    percentage sheet's label, carried from an outcome line), but those found on their line."""
    found = proof.line_texts
    if not found:  # most workbooks: no label states a number of its line
        return []
    shown: set[str] = proof.kept.get(_SHOWN, set())  # type: ignore[assignment]
    strings = proof.cell_strings()
    return [
        Finding(where, STATES_ITS_LINE)
        for where, text in strings
        if text in found and where not in shown
    ]
