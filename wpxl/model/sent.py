"""A group of analysed sheets pickled by a worker (wpxl.ahead), as compact once loaded as here.

Pickle remembers a shared object and loads it shared, but not a whole number: a coordinate's
row, one int object for every cell of its row in the sheet as read and as analysed, came back
as an int of its own in each coordinate of the loaded group, and each of the analysis's roles
as a coordinate apart from the sheet's. On 1M cells in two sheets the group the worker sent
held 1.5 million objects more, once loaded, than the same group analysed here (3.5 against
2.0 million), and the process that plans peaked 67 MB higher planning it. So a sheet's cells
and an analysis's roles travel packed as the spool keeps cells (wpxl.model.spool: coordinates
in one array, each distinct value once), and load with a row's number shared by its cells and
each role keyed by its cell's own coordinate. The loaded group equals the one sent, in the same
order, so what is planned from it is the same.
"""

from __future__ import annotations

import io
import pickle
from dataclasses import fields
from typing import Any, BinaryIO, ClassVar

from wpxl.model import Coord, Role, Sheet, SheetAnalysis
from wpxl.model.spool import Packed, packed, unpacked

_SHEET_FIELDS = tuple(f.name for f in fields(Sheet) if f.name != "cells")


def dump(record: object, file: BinaryIO) -> None:
    """``record`` pickled into ``file``, its sheets and analyses packed."""
    _Pickler(file, protocol=pickle.HIGHEST_PROTOCOL).dump(record)


def dumps(record: object) -> bytes:
    buffer = io.BytesIO()
    dump(record, buffer)
    return buffer.getvalue()


def _same(item: Any) -> Any:
    return item


def _sheet(sheet: Sheet) -> tuple[Any, ...]:
    state = {name: getattr(sheet, name) for name in _SHEET_FIELDS}
    return _sheet_again, (packed(sheet.cells, _same), state)


def _sheet_again(cells: Packed, state: dict[str, Any]) -> Sheet:
    return Sheet(cells=unpacked(cells, cells[1]), **state)


def _analysis(analysis: SheetAnalysis) -> tuple[Any, ...]:
    roles = packed(analysis.roles, _same)
    return _analysis_again, (analysis.sheet, roles, analysis.tables, analysis.reasons)


def _analysis_again(
    sheet: Sheet, roles: Packed, tables: list[Any], reasons: dict[Coord, str]
) -> SheetAnalysis:
    """The roles keyed by the sheet's own coordinates, where it has the cell."""
    coords, table, refs = roles
    own: dict[Coord, Coord] = dict(zip(sheet.cells, sheet.cells, strict=True))
    places = list(zip(coords[0::2].tolist(), coords[1::2].tolist(), strict=True))
    keys = list(map(own.get, places, places))
    del own, places
    found: dict[Coord, Role] = dict(zip(keys, map(table.__getitem__, refs), strict=True))
    return SheetAnalysis(sheet, found, tables, reasons)


class _Pickler(pickle.Pickler):
    dispatch_table: ClassVar[dict[type, Any]] = {Sheet: _sheet, SheetAnalysis: _analysis}
