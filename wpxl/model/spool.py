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
from collections.abc import Callable, Iterable
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
        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._file.seek(0, 2)
        self._file.write(data)
        self._file.flush()
        return offset, len(data)

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


def by_identity(
    items: Iterable[Item], describe: Callable[[Item], Described]
) -> tuple[list[Described], list[int]]:
    """The distinct objects among ``items``, each described once, and each item's place among
    them. A sheet shares one cell object among its equal counts, so the table is short, and a
    sheet built again from it (``made[place]`` for each place) shares them just the same: an
    object is built once, not once a cell."""
    places: dict[int, int] = {}  # id of an object (``items`` keeps it alive) -> its place
    table: list[Described] = []
    refs: list[int] = []
    for item in items:
        place = places.get(id(item))
        if place is None:
            place = places[id(item)] = len(table)
            table.append(describe(item))
        refs.append(place)
    return table, refs
