"""Planned sheets kept on disk as they are planned, and loaded one at a time to write and prove.

A large workbook's plan would otherwise hold every output cell of every sheet at once. The
store is an unnamed temporary file (gone when closed, or when the process dies), so planned
text never lingers beside the user's files. Each sheet is stored as plain tuples with its
formats numbered, which pickles and loads several times faster than the model's objects.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator, MutableSequence
from typing import overload

from wpxl.model import CellRange, OutputCell, OutputSheet, Style
from wpxl.model.stylememo import StyleMemo

_Stored = tuple[int, int]  # (offset, length) of one pickled sheet in the file


class StoredSheets(MutableSequence[OutputSheet]):
    """A sequence of planned sheets, most of them on disk."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="wpxl-plan-")  # noqa: SIM115 (closed by close)
        self._entries: list[_Stored] = []
        self._styles: list[Style] = []
        self._style_id = StyleMemo(self._number)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> StoredSheets:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, index: int) -> OutputSheet: ...
    @overload
    def __getitem__(self, index: slice) -> list[OutputSheet]: ...
    def __getitem__(self, index: int | slice) -> OutputSheet | list[OutputSheet]:
        if isinstance(index, slice):
            return [self._load(e) for e in self._entries[index]]
        return self._load(self._entries[index])

    def __setitem__(self, index: int, sheet: OutputSheet) -> None:  # type: ignore[override]
        self._entries[index] = self._store(sheet)

    def __delitem__(self, index: int | slice) -> None:
        del self._entries[index]

    def insert(self, index: int, sheet: OutputSheet) -> None:
        self._entries.insert(index, self._store(sheet))

    def __iter__(self) -> Iterator[OutputSheet]:
        for entry in self._entries:
            yield self._load(entry)

    def _store(self, sheet: OutputSheet) -> _Stored:
        cells = [
            (row, col, c.value, c.formula, self._style_id(c.style), c.kind)
            for (row, col), c in sheet.cells.items()
        ]
        merged = [(r.top, r.left, r.bottom, r.right) for r in sheet.merged]
        record = (
            sheet.name, cells, merged, sheet.col_widths, sheet.row_heights, sheet.freeze,
            sheet.published,
        )  # fmt: skip
        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._file.seek(0, 2)
        self._file.write(data)
        return offset, len(data)

    def _number(self, style: Style) -> int:
        self._styles.append(style)
        return len(self._styles) - 1

    def _load(self, entry: _Stored) -> OutputSheet:
        offset, length = entry
        self._file.seek(offset)
        name, cells, merged, widths, heights, freeze, published = pickle.loads(
            self._file.read(length)
        )
        styles = self._styles
        return OutputSheet(
            name=name,
            cells={
                (row, col): OutputCell(value, formula, styles[style], kind)
                for row, col, value, formula, style, kind in cells
            },
            merged=[CellRange(*r) for r in merged],
            col_widths=widths,
            row_heights=heights,
            freeze=freeze,
            published=published,
        )
