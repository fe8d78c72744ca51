"""A cell's value and formula from its ``<c>`` element, as openpyxl's reader reads them.

Shared formulas are translated for each cell that shares one, date-formatted numbers become
dates (unless the number is a count no MI date could be, wpxl.read.styles), and a formula's
cached value is what Excel showed when the file was last saved. wpxl.read.sheetxml reads the
plain whole counts itself, the same way, and hands every other cell here.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from openpyxl.formula.translate import Translator
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601

from wpxl.model import CellValue, ExcelError
from wpxl.read.array_cells import cell_by_cell
from wpxl.read.sheetnames import renamed_in_formula
from wpxl.read.sheetspans import spans_written_out
from wpxl.read.strings import M, string_text, unescaped
from wpxl.read.styles import StyleTable

_V, _F, _IS = (M + t for t in ("v", "f", "is"))
MAX_ARRAY_CELLS = 100_000


class SharedBeforeItsFormula(ValueError):
    """A cell sharing a formula comes before the cell that holds its text (rows written out of
    order, or no such cell). Read as openpyxl reads it, it held no formula: a column of totals
    read as blanks, and the copy's grand total added up only the first line's. The sheet's
    reader reads such a cell once the whole sheet is read (wpxl.read.sheetxml); a cell whose
    formula no cell holds cannot be read."""

    def __init__(self, ref: str) -> None:
        super().__init__(ref)
        self.ref = ref


class Formulas:
    """Shared formulas: Excel stores the text once; the other cells get it translated.

    ``recalculated``: the workbook asks to be worked out afresh when opened (``<calcPr
    fullCalcOnLoad="1"/>``, as xlsxwriter and openpyxl write it, never Excel), and xlsxwriter
    stores 0 as the result of every formula it is not given a value for: Excel shows the sum,
    a viewer that does not work formulas out shows 0, and read as a real 0 the total named
    other cells than the input's. A stored 0 in such a book is read as no value stored (what
    Excel shows is what wpxl works out from the figures, or not known); a result a script gave
    is kept, as Excel's own are."""

    def __init__(
        self,
        renamed: dict[str, str],
        order: tuple[str, ...] = (),
        arrays: dict[tuple[int, int], list[tuple[int, int]]] | None = None,
        recalculated: bool = False,
    ) -> None:
        self.recalculated = recalculated
        # the other cells of array formulas that work cell by cell, by A1 reference: the
        # formula each shows the result of (wpxl.read.array_cells)
        self.spilled: dict[str, str] = {}
        self._shared: dict[str, Translator] = {}
        self._renamed = renamed
        self._order = order  # the workbook's sheet names, for its 3-D references
        # an array formula's first cell -> its other cells (wpxl.read.seen.Links), if asked
        self._arrays = arrays

    def text(self, f: Any, ref: str) -> str | None:
        kind = f.get("t")
        value = "=" + (f.text or "")
        if kind == "shared":
            index = f.get("si")
            if index in self._shared:
                value = self._shared[index].translate_formula(ref)
            elif value != "=":
                self._shared[index] = Translator(value, ref)
            else:
                raise SharedBeforeItsFormula(ref)
        elif kind == "dataTable":
            value = ""
        elif kind == "array" and ":" in (span := f.get("ref", "")):
            if self._arrays is not None:
                self._arrays.update(_array_cells(span))
            written = cell_by_cell(value, span)
            if written is not None:
                value = written.pop(ref.replace("$", "").upper(), value)
                self.spilled.update((at, self.as_read(text)) for at, text in written.items())
        return self.as_read(value)

    def as_read(self, value: str) -> str | None:
        """A formula's text (with its '=') as the later stages read it: spans of sheets
        written out, sheets under the names they are shown by; without its '='."""
        if "!" in value:
            value = spans_written_out(value, self._order)
            if self._renamed:
                value = renamed_in_formula(value, self._renamed)
        return value.lstrip("=") or None


def _array_cells(span: str) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """The array formula's first cell (0-based) and its other cells, for a span of at most
    ``MAX_ARRAY_CELLS`` (a hostile one over the whole grid is left alone)."""
    try:
        bounds = range_boundaries(span)
    except ValueError:
        return {}
    if any(b is None for b in bounds):
        return {}
    left, top, right, bottom = (int(b) for b in bounds)  # type: ignore[arg-type]
    if (right - left + 1) * (bottom - top + 1) > MAX_ARRAY_CELLS:
        return {}
    cells = [(r - 1, c - 1) for r in range(top, bottom + 1) for c in range(left, right + 1)]
    return {cells[0]: cells[1:]}


def cell_value(
    el: Any, ref: str, style_id: int, styles: StyleTable, strings: list[str], formulas: Formulas
) -> tuple[CellValue, str | None]:
    """(value, formula without its '='): the value a formula cell holds is its cached result,
    so the plan and the proof can compare what Excel showed with what wpxl writes."""
    kind = el.get("t", "n")
    f = el.find(_F)
    if kind == "inlineStr":
        inline = el.find(_IS)
        text = None if inline is None else string_text(inline)
        raw = None
    else:
        text = None
        raw = el.findtext(_V) or None
    if f is None and formulas.spilled and ref in formulas.spilled:  # an array formula's cell
        spilled = formulas.spilled.pop(ref)
        if formulas.recalculated and kind == "n" and raw == "0":
            return None, spilled
        return _cached(raw, kind, style_id, styles, strings), spilled
    if f is not None:
        if formulas.recalculated and kind == "n" and raw == "0":  # xlsxwriter's placeholder
            return None, formulas.text(f, ref)
        return _cached(raw, kind, style_id, styles, strings), formulas.text(f, ref)
    if kind == "inlineStr":
        return text, None
    if raw is None:
        return None, None
    if kind == "n":
        if raw.isdigit() and style_id not in styles.date_ids:
            return int(raw), None  # a whole count, the commonest cell: as _number reads it
        return _elapsed_as_time(_number(raw, style_id, styles)), None
    if kind == "s":
        return strings[int(raw)], None
    if kind == "b":
        return bool(int(raw)), None
    if kind == "e":
        return _excel_error(raw), None
    if kind == "d":
        return from_ISO8601(raw), None
    return unescaped(raw), None  # "str": a string


# Excel's error values: a file holding any other is damaged (or made to pass text through as
# one: the copy writes an error back as the formula giving it, '=#REF!')
_ERRORS = frozenset({
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
    "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
    "#PYTHON!", "#EXTERNAL!",
})  # fmt: skip


def _excel_error(raw: str) -> ExcelError:
    if raw not in _ERRORS:
        raise ValueError(f"an error value Excel does not have: {raw!r}")
    return ExcelError(raw)


def _as_excel_shows(number: float) -> float:
    """The number to Excel's 15 significant digits, as every viewer shows it."""
    return float(f"{number:.15g}")


def _number(raw: str, style_id: int, styles: StyleTable) -> CellValue:
    number: int | float = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
    if not math.isfinite(number):  # 1E999: no Excel file can hold one
        return ExcelError("#NUM!")
    if isinstance(number, float) and not number.is_integer():
        # Excel works to 15 significant digits: 251.00000000000003, left by a calculation, is
        # the 251 every viewer shows, a count, not a decimal to remove with its totals
        shown = _as_excel_shows(number)
        number = shown if shown.is_integer() else number
    factor = styles.elapsed_factor(style_id) if style_id in styles.date_ids else None
    if factor is not None:  # '[m]' shows 41/1440 as 41: the figure it shows
        number = _as_excel_shows(number * factor)
    elif style_id in styles.date_ids and not styles.is_count(style_id, number):
        try:
            when = from_excel(number, styles.epoch, timedelta=style_id in styles.timedelta_ids)
        except (OverflowError, ValueError):
            return ExcelError("#VALUE!")
        return when
    if isinstance(number, float) and number.is_integer():
        return int(number)
    return number


def _cached(
    raw: str | None, kind: str, style_id: int, styles: StyleTable, strings: list[str]
) -> CellValue:
    """A formula's cached result: what Excel showed when the file was last saved."""
    if raw is None:
        return None
    if kind == "e":
        return _excel_error(raw)
    if kind == "str":
        return unescaped(raw)
    if kind == "b":
        return bool(int(raw))
    if kind == "s":
        return strings[int(raw)]
    return _elapsed_as_time(_number(raw, style_id, styles))


def _elapsed_as_time(value: CellValue | dt.timedelta) -> CellValue:
    """A duration under a day ('[h]:mm' of 0:41) as the time it shows, typed or a formula's
    result alike: as text, '0:41:00' under 'Job outcomes', no check knew it for the figure it
    shows, where a time is held to the checks of dates and times."""
    if isinstance(value, dt.timedelta):
        return (dt.datetime.min + value).time() if value >= dt.timedelta(0) else str(value)
    return value
