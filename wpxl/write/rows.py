"""A row of ordinary cells written as one string, byte for byte as xlsxwriter writes them.

xlsxwriter spends about 20 µs on each cell (argument checks, a tuple stored per cell, then each
attribute escaped as the row is flushed): more, for 100k cells, than wpxl's whole reading. A row
whose cells are all counts, plain text, blanks or SUM formulas is rendered here in one string by
xlsxwriter's own rules and handed to xlsxwriter's row flush as a single entry, so the ``<row>``
element, the sheet's dimension, the styles' numbering and everything around the cells are still
xlsxwriter's. A row with any other cell (a date, an error, a boolean, a long text, any other
function) is written through xlsxwriter's write_* calls as before.
"""

from __future__ import annotations

import math
import re
from typing import Any, NamedTuple

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from wpxl.model import OutputCell, Style
from wpxl.model.stylememo import StyleMemo

# Counts beyond this are left to xlsxwriter (its checks turn a float too big to hold into an error)
_LARGEST = 10**15
# xlsxwriter measures a text in UTF-16 (and may cut it) only past half of Excel's 32,767 limit
_LONGEST_TEXT = 32767 // 2
# Every name a formula calls: xlsxwriter rewrites some (FILTER -> _xlfn._xlws.FILTER) or writes
# them as dynamic arrays; a formula calling only SUM is written exactly as it is given.
_CALLS = re.compile(r"([\w.]*)\(")
_KEPT_AS_GIVEN = frozenset(("", "SUM"))
_ERROR_CODES = frozenset(("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"))
# xlsxwriter's rules for text in a cell (tests/write/test_rows.py holds them to its output): a
# space at either end is kept by xml:space, a control character is written _xHHHH_, and text
# that already reads _xHHHH_ has its underscore escaped so it reads back as written
_SPACE_AT_AN_END = re.compile(r"^\s|\s$")
_ESCAPE_LIKE = re.compile("(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")


class _Row(NamedTuple):
    """A whole row's cells, stored where xlsxwriter keeps the row's first cell, and rendered
    when xlsxwriter flushes the row: only then does a style get its number, as when xlsxwriter
    writes the cells itself (a sheet's last row waits until the workbook is closed)."""

    writer: RowWriter
    line: list[tuple[int, OutputCell]]


class RowSheet(Worksheet):
    """A worksheet whose row flush renders a row of ordinary cells in one string, and writes
    any other cell as xlsxwriter always does."""

    def _write_cell(self, row: int, col: int, cell: Any) -> None:
        if cell.__class__ is _Row:
            self.fh.write(cell.writer.render(self, row, cell.line))
        else:
            super()._write_cell(row, col, cell)


class RowWriter:
    """Renders the rows of a workbook's sheets; ``formats`` gives the xlsxwriter Format of a
    Style."""

    def __init__(self, formats: StyleMemo[Format]) -> None:
        self._formats = formats
        self._styles: dict[int, tuple[Style, str]] = {}  # id -> (the Style kept alive, ' s="n"')
        self._letters: list[str] = []

    def write(self, ws: RowSheet, row: int, line: list[tuple[int, OutputCell]]) -> bool:
        """Write one row's cells (in column order); False, with nothing written, when one of
        them needs xlsxwriter's own write_* call."""
        for _, cell in line:
            value = cell.value
            if cell.formula is not None or value.__class__ is not int:
                if not _ordinary(cell):
                    return False
            elif not -_LARGEST < value < _LARGEST:
                return False
        first, last = line[0][0], line[-1][0]
        if ws._check_dimensions(row, first) or ws._check_dimensions(row, last):
            return False  # outside the grid: xlsxwriter's calls skip those cells
        if row > ws.previous_row:
            ws._write_single_row(row)  # the row before is flushed, as a cell of this row would
        ws.table[row][first] = _Row(self, line)
        return True

    def render(self, ws: Worksheet, row: int, line: list[tuple[int, OutputCell]]) -> str:
        """The row's cells as xlsxwriter writes them. A count is the commonest cell: under
        10**15, ``{:.16G}`` (xlsxwriter's) writes its digits as they are, as ``{}`` does."""
        number = str(row + 1)
        letters, styles = self._letters, self._styles
        while len(letters) <= line[-1][0]:
            letters.append(xl_col_to_name(len(letters)))
        parts = []
        for col, cell in line:
            style, value = cell.style, cell.value
            seen = styles.get(id(style))
            if seen is None or seen[0] is not style:
                seen = self._number(style)
            if value.__class__ is int and cell.formula is None:
                parts.append(f'<c r="{letters[col]}{number}"{seen[1]}><v>{value}</v></c>')
            else:
                parts.append(_cell(ws, f' r="{letters[col]}{number}"{seen[1]}', cell))
        return "".join(parts)

    def _number(self, style: Style) -> tuple[Style, str]:
        """The style's ``s`` attribute: its number is asked for when its first cell is
        rendered, as xlsxwriter asks when it writes the cell."""
        seen = self._styles[id(style)] = (style, f' s="{self._formats(style)._get_xf_index()}"')
        return seen


def _cell(ws: Worksheet, attr: str, cell: OutputCell) -> str:
    """Any ordinary cell but a count, as xlsxwriter writes it."""
    value, formula = cell.value, cell.formula
    if formula is not None:
        return _formula(ws, attr, formula, value)
    if value.__class__ is float:
        return f"<c{attr}><v>{value:.16G}</v></c>"
    if value is None or value == "":
        return f"<c{attr}/>"
    string = _escape_control(value)
    if string.startswith("<r>") and string.endswith("</r>"):
        return f'<c{attr} t="inlineStr"><is>{string}</is></c>'
    space = ' xml:space="preserve"' if _SPACE_AT_AN_END.search(string) else ""
    return f'<c{attr} t="inlineStr"><is><t{space}>{ws._escape_data(string)}</t></is></c>'


def _ordinary(cell: OutputCell) -> bool:
    """Whether the row writer renders this cell as xlsxwriter would without asking it."""
    value, cls = cell.value, cell.value.__class__
    if cell.formula is not None:
        return (
            cls in (int, float, str, bool, type(None))
            and not cell.formula.endswith("}")
            and all(name in _KEPT_AS_GIVEN for name in _CALLS.findall(cell.formula))
        )
    if cls is int:
        return -_LARGEST < value < _LARGEST
    if cls is float:
        return math.isfinite(value)
    return value is None or (cls is str and len(value) <= _LONGEST_TEXT)


def _formula(ws: Worksheet, attr: str, formula: str, value: Any) -> str:
    """As xlsxwriter writes a formula and the value it showed (``t`` says what kind)."""
    if value.__class__ is bool:
        attr, value = attr + ' t="b"', int(value)
    elif value.__class__ is str:
        if value in _ERROR_CODES:
            attr += ' t="e"'
        elif value:
            attr += ' t="str"'
        value = ws._escape_data(value)
    return f"<c{attr}><f>{ws._escape_data(formula)}</f><v>{value}</v></c>"


def _escape_control(text: str) -> str:
    text = _CONTROL.sub(_control_code, _ESCAPE_LIKE.sub(r"_x005F\1", text))
    return text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")


def _control_code(match: re.Match[str]) -> str:
    return f"_x{ord(match.group(1)):04X}_"
