"""Records waiting on disk: pickled to an unnamed temporary file, loaded back one at a time.

Planned sheets (wpxl.plan.store) and sheets as read (wpxl.read.kept) wait here so memory holds
one sheet however many a workbook has. The file has no name (gone when closed, or when the
process dies), so no cell text lingers beside the user's files. Cells travel as plain tuples with
their Styles numbered here once, which pickles and loads several times faster than objects.
A record is on disk once put, and is read back at its offset without moving the file's
position: a copy of this process (wpxl.verify.alongside) shares that position, so a read by
one must not move it under the other.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from array import array
from collections.abc import Callable
from itertools import chain
from typing import Any, TypeVar

from wpxl.model import Style
from wpxl.model.stylememo import StyleMemo

Entry = tuple[int, int]  # (offset, length) of one pickled record in the file
Item = TypeVar("Item")
Described = TypeVar("Described")


class Spool:
    def __init__(self, prefix: str) -> None:
        self._file = tempfile.TemporaryFile(prefix=prefix)  # noqa: SIM115 (closed by close)
        self.styles: list[Style] = []
        self.style_id = StyleMemo(self._number)

    def close(self) -> None:
        self._file.close()

    def put(self, record: Any) -> Entry:
        """Pickled straight into the file, a frame at a time: no copy of it all in memory."""
        offset = self._file.seek(0, 2)
        pickle.dump(record, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.flush()
        return offset, self._file.tell() - offset

    def get(self, entry: Entry) -> Any:
        offset, length = entry
        if not hasattr(os, "pread"):  # Windows, where no copy of this process is made
            self._file.seek(offset)
            return pickle.loads(self._file.read(length))
        fd = self._file.fileno()
        data = os.pread(fd, length, offset)
        while len(data) < length and (more := os.pread(fd, length - len(data), offset + len(data))):
            data += more  # a regular file gives it all at once, bar a signal
        return pickle.loads(data)

    def _number(self, style: Style) -> int:
        self.styles.append(style)
        return len(self.styles) - 1


Packed = tuple[array, list[Any], array]  # coordinates, distinct cells, each cell's place


def packed(cells: dict[tuple[int, int], Item], describe: Callable[[Item], Described]) -> Packed:
    """A sheet's cells as the spool keeps them: every coordinate in one array of whole numbers
    (row, column, row, ...), the distinct cell objects each described once, and each cell's
    place among them in another array. A sheet shares one cell object among its equal counts,
    so the table is short, and a sheet built again from it (``unpacked``) shares them just the
    same: an object is built once, not once a cell. Arrays pickle as one run of bytes, where
    a list of coordinate tuples pickled each tuple and remembered it (a 250,000-cell sheet's
    planned cells took 20 MB beside the sheet to store, 4 MB so)."""
    places: dict[int, int] = {}  # id of an object (``cells`` keeps it alive) -> its place
    table: list[Described] = []
    refs = array("I")
    for cell in cells.values():
        place = places.get(id(cell))
        if place is None:
            place = places[id(cell)] = len(table)
            table.append(describe(cell))
        refs.append(place)
    return array("i", chain.from_iterable(cells)), table, refs


def unpacked(cells: Packed, made: list[Item]) -> dict[tuple[int, int], Item]:
    """The cells ``packed`` kept, ``made`` being the object built from each description. A
    row's number is one object shared by its cells, as the reader made it: each a new int from
    the array held 28 bytes a cell more (7 MB beside a 250,000-cell sheet, in the proof and in
    the writer alike)."""
    coords, _, refs = cells
    rows = coords[0::2].tolist()
    shared: dict[int, int] = {}  # a row's number, one object for all its cells
    rows = list(map(shared.setdefault, rows, rows))
    places = zip(rows, coords[1::2].tolist(), strict=True)
    return dict(zip(places, [made[place] for place in refs], strict=True))
