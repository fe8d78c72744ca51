"""A total written over every leaf below it is read as a total over its direct children.

``SUBTOTAL(109, B4:B20)`` skipping the subtotals inside, or ``SUM`` over the leaves of several
groups, adds up the same cells as the subtotals of those groups: rebuilt over them, the output's
formulas show the table's tree, as its reader sees it.
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.model import Coord, SheetCoord
from wpxl.model.parts import on_line as parts_on_line
from wpxl.model.parts import places_of


def as_direct_children(totals: dict[Coord, tuple[SheetCoord, ...]], sheet: str) -> None:
    """A total whose formula adds up every leaf below it (``SUBTOTAL(109, B4:B20)`` skipping
    the subtotals inside, or ``SUM`` over the leaves of several groups) adds up the subtotals
    of those groups instead, so it is rebuilt over its direct children: the same sum, read as
    the tree. Only totals whose parts run along their own row or column are re-read so."""
    leaves_of = Leaves(totals, sheet).of
    on_line: dict[tuple[int, int], list[Coord]] = {}  # (axis, row or column) -> its totals
    for coord in totals:
        for axis in (0, 1):
            on_line.setdefault((axis, coord[axis]), []).append(coord)
    inside = _Inside(on_line, leaves_of).inside
    for coord in list(totals):
        axis = _shared_line_of(coord, totals[coord], sheet, on_line)
        if axis is None:
            continue  # most totals: no other total on their line to be read as a child
        parts = totals[coord]
        if _over_crossing_totals(coord, parts, axis, totals, on_line, sheet):
            totals[coord] = tuple(sorted(set(parts)))  # what the walk below would make of it
            continue
        if _over_separate_totals(parts, axis, totals, sheet, leaves_of):
            continue
        mine = leaves_of(coord)
        inner = inside(coord, axis)
        chosen: list[Coord] = []
        covered: set[SheetCoord] = set()
        for other in sorted(
            inner, key=lambda o: (-len(leaves_of(o)), -_one_part_chain(o, totals, sheet))
        ):
            if not leaves_of(other) & covered:
                chosen.append(other)
                covered |= leaves_of(other)
        if chosen:
            rest = [p for p in mine if p not in covered]
            totals[coord] = tuple(sorted([*((sheet, *c) for c in chosen), *rest]))


def _one_part_chain(coord: Coord, totals: dict[Coord, tuple[SheetCoord, ...]], sheet: str) -> int:
    """How many totals of one part each stand under ``coord``, one in the next: of a group of
    one and its one part (the same leaves), the group is the direct child, wherever it stands
    ('Brought forward' under 'Carried forward' above it, 'North East' over its one area)."""
    depth, seen = 0, {coord}
    while len(parts := totals.get(coord, ())) == 1 and parts[0][0] == sheet:
        coord = (parts[0][1], parts[0][2])
        if coord not in totals or coord in seen:
            break
        depth, seen = depth + 1, seen | {coord}
    return depth


class Leaves:
    """The leaves below each total, each total's worked out once. A class, not a closure calling
    itself: that is a reference cycle, which kept the table's totals alive until the rarely
    asked collector (wpxl.model.collector) ran, into the next sheets' reading."""

    def __init__(self, totals: dict[Coord, tuple[SheetCoord, ...]], sheet: str) -> None:
        self._totals = totals
        self._sheet = sheet
        self._leaves: dict[Coord, frozenset[SheetCoord]] = {}

    def of(self, coord: Coord, busy: frozenset[Coord] = frozenset()) -> frozenset[SheetCoord]:
        if coord not in self._leaves:
            totals = self._totals
            parts = totals[coord]
            if not any(map(totals.__contains__, places_of(parts))):  # most: every part a leaf
                self._leaves[coord] = frozenset(parts)
                return self._leaves[coord]
            found: set[SheetCoord] = set()
            add = found.add  # a part a leaf (most): added, not a set of one made for it
            for part in parts:
                inner = (part[1], part[2])
                if part[0] == self._sheet and inner in totals and inner not in busy:
                    found |= self.of(inner, busy | {coord})
                else:
                    add(part)
            self._leaves[coord] = frozenset(found)
        return self._leaves[coord]


class _Inside:
    """The totals of a line that add up some of a total's leaves and nothing else, in the
    line's order. Each line's totals are indexed by their leaves, so a total is compared only
    with those sharing a leaf (asking each of a column's 800 subtotals about every other took
    half a minute)."""

    def __init__(
        self,
        on_line: dict[tuple[int, int], list[Coord]],
        leaves_of: Callable[[Coord], frozenset[SheetCoord]],
    ) -> None:
        self._on_line, self._leaves_of = on_line, leaves_of
        self._lines: dict[tuple[int, int], _Line] = {}

    def inside(self, coord: Coord, axis: int) -> list[Coord]:
        key = (axis, coord[axis])
        line = self._lines.get(key)
        if line is None:
            line = self._lines[key] = _Line(self._on_line[key], self._leaves_of)
        leaves_of = self._leaves_of
        mine = leaves_of(coord)
        sharing = set(line.empty)
        for leaf in mine:
            sharing.update(line.by_leaf.get(leaf, ()))
        return [
            other
            for other in sorted(sharing, key=line.place.__getitem__)
            if other != coord and len(leaves_of(other)) < len(mine) and leaves_of(other) < mine
        ]


class _Line:
    """A line's totals by one of the leaves each adds up (any: a total inside another has all
    its leaves among the other's, so that one too), and their places along it. Indexed by
    every leaf, a column of nested subtotals over 2,000 offices made two million entries."""

    def __init__(
        self, totals: list[Coord], leaves_of: Callable[[Coord], frozenset[SheetCoord]]
    ) -> None:
        self.place = {total: at for at, total in enumerate(totals)}
        self.by_leaf: dict[SheetCoord, list[Coord]] = {}
        self.empty: list[Coord] = []  # a total of nothing is inside any other
        for total in totals:
            leaves = leaves_of(total)
            if not leaves:
                self.empty.append(total)
            else:
                self.by_leaf.setdefault(next(iter(leaves)), []).append(total)


def _over_crossing_totals(
    coord: Coord,
    parts: tuple[SheetCoord, ...],
    axis: int,
    totals: dict[Coord, tuple[SheetCoord, ...]],
    on_line: dict[tuple[int, int], list[Coord]],
    sheet: str,
) -> bool:
    """Whether a total adds up every other total on its line and only them, each over cells
    of its own crossing line (a grand total over the row totals): its direct children already,
    found without the leaves of each (a sheet's worth of sets, for the commonest grand total)."""
    inner = {(p[1], p[2]) for p in parts if p[0] == sheet}
    if len(inner) < 2 or len(inner) != len(set(parts)):
        return False
    line = on_line[(axis, coord[axis])]  # the total itself among them
    if len(inner) != len(line) - 1 or inner != {c for c in line if c != coord}:
        return False
    across = 1 - axis
    in_totals = totals.__contains__
    for part in inner:
        own = totals[part]  # each over cells of its own crossing line: its parts asked in C
        if own and not (
            parts_on_line(own, sheet, across == 1, part[across])
            and not any(map(in_totals, places_of(own)))
        ):
            return False
    return True


def _over_separate_totals(
    parts: tuple[SheetCoord, ...],
    axis: int,
    totals: dict[Coord, tuple[SheetCoord, ...]],
    sheet: str,
    leaves_of: Callable[[Coord], frozenset[SheetCoord]],
) -> bool:
    """Whether a total adds up only totals along its own line that share no cell: its direct
    children already (the totals of a 'Total' block, each over the same row of the others)."""
    inner = [(p[1], p[2]) for p in parts]
    if not all(p in totals and _line_of(p, totals[p], sheet) == axis for p in inner):
        return False
    sizes = [len(leaves_of(p)) for p in inner]
    return sum(sizes) == len(frozenset().union(*(leaves_of(p) for p in inner)))


def _line_of(coord: Coord, parts: tuple[SheetCoord, ...], sheet: str) -> int | None:
    """1 when every part is in the total's column, 0 when in its row, else None."""
    for axis in (1, 0):
        if _along(coord, parts, sheet, axis):
            return axis
    return None


def _shared_line_of(
    coord: Coord,
    parts: tuple[SheetCoord, ...],
    sheet: str,
    on_line: dict[tuple[int, int], list[Coord]],
) -> int | None:
    """``_line_of`` where other totals are on that line too, else None. Only a shared line's
    test is run: a grand total's thousands of parts down its column are not walked to learn
    that no other total is in that column (it is the row of totals that is shared)."""
    shared = [len(on_line[(axis, coord[axis])]) > 1 for axis in (0, 1)]
    in_column = _along(coord, parts, sheet, 1) if shared[1] else None
    if in_column:
        return 1
    if not shared[0] or not _along(coord, parts, sheet, 0):
        return None
    if in_column is None:
        in_column = _along(coord, parts, sheet, 1)
    return None if in_column else 0


def _along(coord: Coord, parts: tuple[SheetCoord, ...], sheet: str, axis: int) -> bool:
    """Every part is in the total's row (``axis`` 0) or column (1), on its own sheet: told from
    a formula's runs, or from a tuple's first part and then the rest in C."""
    return bool(parts) and parts_on_line(parts, sheet, axis == 1, coord[axis])
