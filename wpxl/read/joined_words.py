"""Words joined by a formula in a workbook saved without its formulas' values.

A workbook written by a program (openpyxl, pandas) holds formulas and no results: Excel works
them out on opening. A title made by joining words (="Referrals - "&B2, the area typed once
beside it) then reads as blank, a formula over the table taken for a figure, and the table was
refused for want of a measure. A formula of quoted words and references to this sheet's typed
words or whole numbers, joined by '&' or by CONCATENATE (CONCAT), gives what Excel shows for
it, so it is worked out here: the copy carries it as those words, as it carries any formula's
words. Anything else (a function, a reference to another sheet or to a formula, a decimal Excel
would format) is left unworked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wpxl.model import Cell, Coord

_CONCATENATE = re.compile(r"\s*(?:_xlfn\.)?CONCAT(?:ENATE)?\((.*)\)\s*", re.IGNORECASE | re.DOTALL)
# one part of a join: a quoted string ("" inside for a quote) or a reference ($A$1, B2)
_PART = re.compile(r'\s*(?:"((?:[^"]|"")*)"|\$?([A-Z]{1,3})\$?([0-9]{1,7}))\s*')


def work_out_joined_words(cells: dict[Coord, Cell]) -> None:
    """Give each formula saved without a value that joins words (see the doc) its words.
    The few worked out are set once the sheet has been walked, not over a list of every cell
    (16 MB of pairs beside a 250,000-cell sheet): a join reads no formula's words, so none
    depends on another worked out before it."""
    worked: dict[Coord, Cell] = {}
    for coord, cell in cells.items():
        if cell.formula is None or cell.value is not None:
            continue
        words = _joined(cell.formula, cells)
        if words is not None:
            worked[coord] = replace(cell, value=words)
    cells.update(worked)


def _joined(formula: str, cells: dict[Coord, Cell]) -> str | None:
    """The words ``formula`` gives, when it is a join of quoted words and typed cells."""
    parts, quoted = [], False
    called = _CONCATENATE.fullmatch(formula)
    pieces = _split(called.group(1), ",") if called else _split(formula, "&")
    for piece in pieces:
        found = _PART.fullmatch(piece)
        if found is None:
            return None
        text, column, row = found.groups()
        if text is not None:
            parts.append(text.replace('""', '"'))
            quoted = True
            continue
        shown = _typed(cells.get((int(row) - 1, _column_index(column))))
        if shown is None:
            return None
        parts.append(shown)
    return "".join(parts) if quoted else None


def _split(formula: str, joiner: str) -> list[str]:
    """The formula's parts between the ``joiner`` outside quotes."""
    pieces, current, inside = [], [], False
    for char in formula:
        if char == '"':
            inside = not inside
        if char == joiner and not inside:
            pieces.append("".join(current))
            current = []
            continue
        current.append(char)
    pieces.append("".join(current))
    return pieces


def _typed(cell: Cell | None) -> str | None:
    """What a typed cell shows in a join: its words, a whole number's digits, a blank's
    nothing; None for a formula or any other value (a decimal, a date: formatted by Excel)."""
    if cell is None or (cell.formula is None and cell.value is None):
        return ""
    if cell.formula is not None:
        return None
    value = cell.value
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _column_index(letters: str) -> int:
    """0-based column of 'A', 'AB' ..."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1
