"""A total's parts held as the runs of cells its formula names, not one coordinate apiece.

A column total on a sheet of a million cells adds up tens of thousands of cells, and the total
column beside it as many again: held as tuples of (sheet, row, col) they were the largest part
of a sheet's analysis, and every reading of the totals walked them cell by cell. ``Parts`` keeps
what the formula says, ``SUM(B4:B9)`` as one run, and is still the sequence of coordinates it
stands for: iterating, indexing, ``len``, ``in``, equality, hashing and order all answer as the
tuple of its cells would, so a reading that wants cells still gets them, and the hot readings
ask the runs instead (``on_line``, ``places``, ``sheets``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, chain, repeat
from operator import itemgetter
from typing import Any, overload

SheetCoord = tuple[str, int, int]  # as wpxl.model names it: (sheet name, row, col)
Coord = tuple[int, int]

# a rectangle of one sheet (sheet, top, left, bottom, right), its cells read row by row as a
# formula's range names them: most are one column or one row, or a single cell
Run = tuple[str, int, int, int, int]


def _size(run: Run) -> int:
    _, top, left, bottom, right = run
    return (bottom - top + 1) * (right - left + 1)


def _cells(run: Run) -> Iterator[SheetCoord]:
    sheet, top, left, bottom, right = run
    if left == right:  # a column: made in C
        return zip(repeat(sheet), range(top, bottom + 1), repeat(left))
    if top == bottom:
        return zip(repeat(sheet), repeat(top), range(left, right + 1))
    cols = range(left, right + 1)
    return ((sheet, row, col) for row in range(top, bottom + 1) for col in cols)


def run_places(run: Run) -> Iterator[Coord]:
    """Each (row, col) of one run, in order."""
    _, top, left, bottom, right = run
    if left == right:
        return zip(range(top, bottom + 1), repeat(left))
    if top == bottom:
        return zip(repeat(top), range(left, right + 1))
    cols = range(left, right + 1)
    return ((row, col) for row in range(top, bottom + 1) for col in cols)


class Parts(Sequence[SheetCoord]):
    """The cells a total adds up, in the order its formula names them, as runs."""

    __slots__ = ("_ends", "_hash", "runs")

    runs: tuple[Run, ...]

    def __init__(self, runs: Iterable[Run]) -> None:
        kept = tuple(run for run in runs if run[1] <= run[3] and run[2] <= run[4])
        self.runs = kept
        self._ends = list(accumulate(map(_size, kept)))
        self._hash: int | None = None

    @classmethod
    def of(cls, coords: Iterable[SheetCoord]) -> Parts:
        """The parts of any sequence of coordinates: each stretch of them down one column or
        along one row, one after another, kept as one run."""
        runs: list[Run] = []
        run: list[Any] | None = None  # [sheet, top, left, bottom, right] being extended
        for sheet, row, col in coords:
            if run is not None and run[0] == sheet:
                _, top, left, bottom, right = run
                if left == right and col == left and row == bottom + 1:
                    run[3] = row
                    continue
                if top == bottom and row == top and col == right + 1:
                    run[4] = col
                    continue
            if run is not None:
                runs.append(tuple(run))  # type: ignore[arg-type]
            run = [sheet, row, col, row, col]
        if run is not None:
            runs.append(tuple(run))  # type: ignore[arg-type]
        return cls(runs)

    def __len__(self) -> int:
        ends = self._ends
        return ends[-1] if ends else 0

    def __iter__(self) -> Iterator[SheetCoord]:
        runs = self.runs
        if len(runs) == 1:
            return _cells(runs[0])
        return chain.from_iterable(map(_cells, runs))

    @overload
    def __getitem__(self, index: int) -> SheetCoord: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[SheetCoord, ...]: ...

    def __getitem__(self, index: int | slice) -> SheetCoord | tuple[SheetCoord, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        size = len(self)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("parts index out of range")
        at = bisect_right(self._ends, index)
        sheet, top, left, _, right = self.runs[at]
        row, col = divmod(index - (self._ends[at - 1] if at else 0), right - left + 1)
        return sheet, top + row, left + col

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, tuple) or len(item) != 3:
            return False
        sheet, row, col = item
        return any(
            s == sheet and top <= row <= bottom and left <= col <= right
            for s, top, left, bottom, right in self.runs
        )

    def __reversed__(self) -> Iterator[SheetCoord]:
        return reversed(tuple(self))

    def _as_tuple(self, other: object) -> tuple[SheetCoord, ...] | None:
        if isinstance(other, Parts):
            return tuple(other)
        return other if isinstance(other, tuple) else None

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Parts):
            if other.runs == self.runs:
                return True
            return len(other) == len(self) and tuple(self) == tuple(other)
        if isinstance(other, tuple):
            return len(other) == len(self) and tuple(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(tuple(self))  # as the tuple of its cells hashes
        return self._hash

    def _order(self, other: object) -> tuple[tuple[SheetCoord, ...], tuple[SheetCoord, ...]]:
        them = self._as_tuple(other)
        if them is None:
            raise TypeError(f"'<' not supported between Parts and {type(other).__name__}")
        return tuple(self), them

    def __lt__(self, other: object) -> bool:
        mine, them = self._order(other)
        return mine < them

    def __le__(self, other: object) -> bool:
        mine, them = self._order(other)
        return mine <= them

    def __gt__(self, other: object) -> bool:
        mine, them = self._order(other)
        return mine > them

    def __ge__(self, other: object) -> bool:
        mine, them = self._order(other)
        return mine >= them

    def __add__(self, other: object) -> tuple[SheetCoord, ...]:
        them = self._as_tuple(other)
        if them is None:
            return NotImplemented
        return tuple(self) + them

    def __radd__(self, other: object) -> tuple[SheetCoord, ...]:
        them = self._as_tuple(other)
        if them is None:
            return NotImplemented
        return them + tuple(self)

    def __repr__(self) -> str:
        return f"Parts({list(self.runs)!r})"

    def __reduce__(self) -> tuple[type[Parts], tuple[tuple[Run, ...]]]:
        return Parts, (self.runs,)

    def sheets(self) -> set[str]:
        """The sheets its cells are on."""
        return {run[0] for run in self.runs}

    def on_line(self, sheet: str, by_row: bool, line: int) -> bool:
        """Whether every part is on ``sheet`` in column ``line`` (``by_row``: the parts of a
        column's total, each a row) or in row ``line``: a total's parts along its own line."""
        if by_row:
            return all(s == sheet and left == right == line for s, _, left, _, right in self.runs)
        return all(s == sheet and top == bottom == line for s, top, _, bottom, _ in self.runs)

    def places(self) -> Iterator[Coord]:
        """Each part's (row, col), in order, its sheet left out."""
        runs = self.runs
        if len(runs) == 1:
            return run_places(runs[0])
        return chain.from_iterable(map(run_places, runs))


_SHEET, _PLACE = itemgetter(0), itemgetter(1, 2)


# below this many cells a tuple is cheaper: its readings run in C, where a Parts' run in Python
TUPLE_BELOW = 64


def parts_of(runs: Iterable[Run]) -> Sequence[SheetCoord]:
    """A formula's parts: its runs (``Parts``) where they cover many cells, else the tuple of
    its cells, as small totals (most of a real pack's) are read faster cell by cell."""
    parts = Parts(runs)
    return parts if len(parts) >= TUPLE_BELOW else tuple(parts)


def sheets_of(parts: Sequence[SheetCoord]) -> set[str]:
    """The sheets a total's parts are on, whether runs or a tuple of cells hold them."""
    return parts.sheets() if type(parts) is Parts else set(map(_SHEET, parts))


def places_of(parts: Sequence[SheetCoord]) -> Iterator[Coord]:
    """Each of a total's parts as (row, col), in order, its sheet left out."""
    return parts.places() if type(parts) is Parts else map(_PLACE, parts)


def on_line(parts: Sequence[SheetCoord], sheet: str, by_row: bool, line: int) -> bool:
    """Whether every part is on ``sheet`` in column ``line`` (``by_row``) or row ``line``: told
    from the runs, or, for a tuple, from its first part (which rules out most totals) and then
    from all at once in C."""
    if type(parts) is Parts:
        return parts.on_line(sheet, by_row, line)
    if not parts:
        return True
    at = 2 if by_row else 1
    first = parts[0]
    if first[0] != sheet or first[at] != line:
        return False
    return set(map(_SHEET, parts)) == {sheet} and set(map(itemgetter(at), parts)) == {line}
