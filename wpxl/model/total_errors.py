"""A table's TotalError records packed into a few objects, read back one record at a time.

The plan keeps each volume table's quality until the reports are written, long after its
sheets have left memory. Held as records, a workbook of 38,000 totals kept three small objects
a total (the record, its cell's name, its label) alive among the memory its freed sheets had
used, which the allocator then could not give back: the main process of a 16-sheet workbook
grew by megabytes a group. Packed, a table's totals are two strings, their ends and one byte a
total, whatever their number.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate
from typing import overload

from wpxl.model import TotalError


class TotalErrors(Sequence[TotalError]):
    """The records in the order given; equal to any sequence of the same records."""

    __slots__ = ("_bands", "_cell_ends", "_cells", "_label_ends", "_labels")

    def __init__(self, errors: Iterable[TotalError] = ()) -> None:
        errors = list(errors)
        self._cells = "".join(e.cell for e in errors)
        self._cell_ends = array("L", accumulate(len(e.cell) for e in errors))
        self._labels = "".join(e.label for e in errors)
        self._label_ends = array("L", accumulate(len(e.label) for e in errors))
        self._bands = bytes(e.band * 2 + e.over for e in errors)  # a band and whether over

    def __len__(self) -> int:
        return len(self._bands)

    @overload
    def __getitem__(self, index: int) -> TotalError: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[TotalError, ...]: ...

    def __getitem__(self, index: int | slice) -> TotalError | tuple[TotalError, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("total error index out of range")
        cells, labels = self._cell_ends, self._label_ends
        cell = self._cells[cells[index - 1] if index else 0 : cells[index]]
        label = self._labels[labels[index - 1] if index else 0 : labels[index]]
        band, over = divmod(self._bands[index], 2)
        return TotalError(cell, label, band, bool(over))

    def __iter__(self) -> Iterator[TotalError]:
        return (self[i] for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"TotalErrors({list(self)!r})"

    def __reduce__(self) -> tuple[type[TotalErrors], tuple[list[TotalError]]]:
        return TotalErrors, (list(self),)
