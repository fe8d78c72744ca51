"""Read Excel table (ListObject) structured references as the cells they name.

``SUM(Table17[[#This Row],[Mothers under 20]:[Mothers age not stated]])`` adds up the cells of
its own row from the column headed "Mothers under 20" to the one headed "Mothers age not
stated"; ``SUBTOTAL(109,Table1[Referrals])`` in a totals row adds up the column's data rows.
The columns are found by the table's header cells, which Excel keeps equal to the column names,
so the table definitions in the package need not be read. A reference wpxl cannot place
(``#Totals``, ``#Headers``, a column no header names) is not a sum, and the caller drops it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wpxl.analyse.formulas import Ref
from wpxl.model import Cell, Coord

_SPECIAL = re.compile(r"'([\[\]#'@])")  # Excel escapes these with an apostrophe in names
_ITEM = re.compile(r"\[((?:[^\[\]']|'.)*)\]")
_REFERENCE = re.compile(r"^(?P<table>[A-Za-z_\\][\w.\\]*)?\[(?P<inside>.*)\]$", re.DOTALL)


def _name(text: str) -> str:
    return " ".join(_SPECIAL.sub(r"\1", text).split()).lower()


@dataclass(frozen=True, slots=True)
class TableColumns:
    """Where one table's named columns are, and the rows its data fills."""

    columns: dict[str, int]  # column name, as header words in lower case -> column
    first_row: int
    last_row: int

    def resolve(self, text: str, row: int) -> Ref | None:
        """The cells a structured reference in a formula on ``row`` names, or None."""
        match = _REFERENCE.match(text.strip())
        if match is None:
            return None
        inside = match.group("inside")
        this_row = inside.startswith("@") or "#this row" in inside.lower()
        inside = inside.removeprefix("@")
        items = [_name(i) for i in _ITEM.findall(inside)] if "[" in inside else [_name(inside)]
        specials = [i for i in items if i.startswith("#")]
        names = [i for i in items if not i.startswith("#")]
        if any(s not in ("#this row", "#data") for s in specials) or not 1 <= len(names) <= 2:
            return None
        cols = [self.columns.get(n) for n in names]
        if None in cols:
            return None
        left, right = min(cols), max(cols)  # type: ignore[type-var]
        if this_row:
            return Ref(None, row, left, row, right)
        top, bottom = self.first_row, self.last_row
        if top <= row <= bottom:
            if row != bottom:
                return None  # a whole column summed inside itself: not a total wpxl can read
            bottom = row - 1  # a totals row below the data: never part of its own sum
        return Ref(None, top, left, bottom, right) if top <= bottom else None


def table_columns(
    cells: dict[Coord, Cell], header_rows: list[int], body_rows: list[int], cols: range
) -> TableColumns:
    """Each column's name: its header nearest the data, and all its header lines together."""
    columns: dict[str, int] = {}
    for col in cols:
        texts = [
            str(cell.value)
            for row in header_rows
            if (cell := cells.get((row, col))) is not None and not cell.is_empty
        ]
        for text in [*texts[-1:], " ".join(texts)] if texts else []:
            columns.setdefault(_name(text), col)
    first, last = (min(body_rows), max(body_rows)) if body_rows else (0, -1)
    return TableColumns(columns, first, last)
