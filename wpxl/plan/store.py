"""Planned sheets kept on disk as they are planned, and loaded one at a time to write and prove.

A large workbook's plan would otherwise hold every output cell of every sheet at once; the
sheets wait in an unnamed temporary file (wpxl.model.spool) instead.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableSequence
from typing import overload

from wpxl.model import CellRange, OutputCell, OutputSheet
from wpxl.model.spool import Entry, Spool, packed, unpacked


class StoredSheets(MutableSequence[OutputSheet]):
    """A sequence of planned sheets, most of them on disk."""

    def __init__(self) -> None:
        self._spool = Spool("wpxl-plan-")
        self._entries: list[Entry] = []

    def close(self) -> None:
        self._spool.close()

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

    def _store(self, sheet: OutputSheet) -> Entry:
        """Cells travel as their coordinates and, for each, the place of its OutputCell in a
        table of the sheet's distinct ones (the plan shares one among a sheet's equal rounded
        counts): loading a 62,500-cell sheet took 0.20 s with an OutputCell built a cell,
        0.04 s so."""
        style_id = self._spool.style_id
        cells = packed(sheet.cells, lambda c: (c.value, c.formula, style_id(c.style), c.kind))
        merged = [(r.top, r.left, r.bottom, r.right) for r in sheet.merged]
        record = (
            sheet.name, cells, merged, sheet.col_widths, sheet.row_heights, sheet.freeze,
            sheet.published,
        )  # fmt: skip
        return self._spool.put(record)

    def _load(self, entry: Entry) -> OutputSheet:
        record = self._spool.get(entry)
        name, cells, merged, widths, heights, freeze, published = record
        styles = self._spool.styles
        made = [OutputCell(value, formula, styles[style], kind)
                for value, formula, style, kind in cells[1]]  # fmt: skip
        return OutputSheet(
            name=name,
            cells=unpacked(cells, made),
            merged=[CellRange(*r) for r in merged],
            col_widths=widths,
            row_heights=heights,
            freeze=freeze,
            published=published,
        )
