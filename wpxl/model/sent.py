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
from array import array
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
    """Each role's cell by its place among the sheet's cells (or among the few coordinates
    the sheet has no cell at, sent apart), so the process that loads it, the one that plans
    and the busier, looks up no coordinate: the worker does."""
    at = {coord: place for place, coord in enumerate(analysis.sheet.cells)}
    extra: list[Coord] = []
    places = array("i")
    for coord in analysis.roles:
        place = at.get(coord)
        if place is None:
            place = len(at) + len(extra)
            extra.append(coord)
        places.append(place)
    roles = (places, list(analysis.roles.values()), extra)
    return _analysis_again, (analysis.sheet, roles, analysis.tables, analysis.reasons)


def _analysis_again(
    sheet: Sheet,
    roles: tuple[array, list[Role], list[Coord]],
    tables: list[Any],
    reasons: dict[Coord, str],
) -> SheetAnalysis:
    places, found, extra = roles
    coords = [*sheet.cells, *extra]
    keyed = dict(zip(map(coords.__getitem__, places), found, strict=True))
    return SheetAnalysis(sheet, keyed, tables, reasons)


class _Pickler(pickle.Pickler):
    dispatch_table: ClassVar[dict[type, Any]] = {Sheet: _sheet, SheetAnalysis: _analysis}
