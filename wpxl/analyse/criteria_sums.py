"""A figure summed from an extract by its labels (``=SUMIFS(Extract!$D:$D,Extract!$B:$B,$A4,
Extract!$C:$C,B$3)``) read as the cells it adds up.

Dashboards built over an extract of office x group x month lines add up the lines whose labels
match the dashboard's own row and column labels. Each criterion here is a label to be equal to
(a cell of the formula's own sheet, or a word or number written in it), compared as Excel
compares, text in any case; a criterion with a comparison or a wildcard is not read. The cells
of the sum range on the lines every criterion matches are the figure's parts, so it is rebuilt
as the sum of those cells of the copy, rounded.
"""

from __future__ import annotations

import re

from wpxl.analyse.formulas import Ref, parse_ref
from wpxl.analyse.values import as_number
from wpxl.analyse.wrapped import arguments
from wpxl.model import Cell, Coord, SheetCoord
from wpxl.model.sheetref import column_index

_CALL = re.compile(r"(SUMIFS|SUMIF)\((.*)\)", re.IGNORECASE)
_NOT_EQUALITY = re.compile(r"^[<>=]|[*?~]")
_COLUMNS = re.compile(r"([A-Z]{1,3}):([A-Z]{1,3})")


class CriteriaSums:
    """The cells each SUMIFS (or SUMIF with a sum range) adds up, over ``sheets`` (every
    sheet's cells by name). A dashboard asks of the same extract once a cell, so each extract's
    lines are indexed by their labels once, and each look-up is a dictionary's."""

    def __init__(self, sheets: dict[str, dict[Coord, Cell]]) -> None:
        self._sheets = sheets
        self._bottoms: dict[str, int | None] = {}
        self._indexes: dict[tuple[object, ...], dict[tuple[object, ...], list[int]]] = {}

    def parts(
        self, formula: str, home: str, cells: dict[Coord, Cell]
    ) -> tuple[SheetCoord, ...] | None:
        """The cells ``formula`` adds up, or None if it is no SUMIFS read here."""
        call = _CALL.fullmatch(formula.strip())
        args = arguments(call.group(2)) if call else None
        if call is None or args is None:
            return None
        if call.group(1).upper() == "SUMIF":
            if len(args) != 3:
                return None
            args = [args[2], args[0], args[1]]  # as SUMIFS writes it: the sum range first
        if len(args) < 3 or len(args) % 2 == 0:
            return None
        total = self._range(args[0], home)
        refs = [self._range(args[i], home) for i in range(1, len(args), 2)]
        wanted = tuple(label_key(wanted_label(args[i], cells)) for i in range(2, len(args), 2))
        placed = [r for r in refs if r is not None]
        if total is None or len(placed) < len(refs) or None in wanted:
            return None
        sheet = total.sheet or home
        if any((r.sheet or home) != sheet or not _same_shape(r, total) for r in placed):
            return None
        index = self._index(sheet, placed)
        width = total.right - total.left + 1
        places = index.get(wanted, [])
        return (
            tuple((sheet, total.top + p // width, total.left + p % width) for p in places) or None
        )

    def _index(self, sheet: str, refs: list[Ref]) -> dict[tuple[object, ...], list[int]]:
        """Each place along the criteria ranges (counted row by row) by its labels."""
        key = (sheet, *((r.top, r.left, r.bottom, r.right) for r in refs))
        index = self._indexes.get(key)
        if index is None:
            cells, first = self._sheets.get(sheet, {}), refs[0]
            index = self._indexes[key] = {}
            width = first.right - first.left + 1
            for place in range((first.bottom - first.top + 1) * width):
                down, across = divmod(place, width)
                labels = tuple(
                    label_key(cell_value(cells.get((r.top + down, r.left + across)))) for r in refs
                )
                if None not in labels:
                    index.setdefault(labels, []).append(place)
        return index

    def _range(self, text: str, home: str) -> Ref | None:
        """A range; whole columns (``Extract!$D:$D``) run to the sheet's last row with a cell,
        so every whole column of one sheet has the same length."""
        ref = parse_ref(text)
        if ref is not None:
            return ref
        sheet, _, columns = text.rpartition("!")
        whole = _COLUMNS.fullmatch(columns.replace("$", "").upper())
        if whole is None:
            return None
        name = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet or None
        where = name or home
        if where not in self._bottoms:
            self._bottoms[where] = max(
                (row for row, _ in self._sheets.get(where, {})), default=None
            )
        bottom = self._bottoms[where]
        if bottom is None:
            return None
        return Ref(name, 0, column_index(whole[1]), bottom, column_index(whole[2]))


def wanted_label(text: str, cells: dict[Coord, Cell]) -> object | None:
    """The label a criterion (or a lookup's key) asks for: a cell of the formula's own sheet,
    or a word or number written in it; None for a comparison, a wildcard or a blank."""
    if text.startswith('"') and text.endswith('"') and len(text) > 1:
        word = text[1:-1].replace('""', '"')
        return None if not word or _NOT_EQUALITY.search(word) else word
    ref = parse_ref(text)
    if ref is not None and ref.sheet is None and ref.top == ref.bottom and ref.left == ref.right:
        cell = cells.get((ref.top, ref.left))
        value = None if cell is None else cell.value
        if isinstance(value, str) and (not value.strip() or _NOT_EQUALITY.search(value)):
            return None
        return value
    return as_number(text)


def _same_shape(ref: Ref, total: Ref) -> bool:
    return (ref.bottom - ref.top, ref.right - ref.left) == (
        total.bottom - total.top,
        total.right - total.left,
    )


def cell_value(cell: Cell | None) -> object | None:
    return None if cell is None else cell.value


def label_key(value: object | None) -> object | None:
    """A label as Excel compares it: text in any case, a number whatever its type."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value.strip().casefold() or None
    number = as_number(value)  # type: ignore[arg-type]
    return float(number) if number is not None else value
