"""A SUM over a subtotal and the lines it adds up: the source counts those lines twice.

'Grand total' written =SUM(B4:B9) over Leeds, York, 'Yorkshire total', Hull, Grimsby and
'Humber total' adds each area twice. Read as a tree the grand total came out over the two
subtotals, the right sum, and the copy was refused by the proof as a total over other cells than
the input's, with a sentence that could only guess why. The source is wrong, and no copy of it
can be both honest and within rounding of it: the refusal says so at once, naming the total,
the subtotal inside it and the cells counted twice. The same holds across: a grand total down
a Total column over each area's row total and the subtotal line's. SUBTOTAL leaves the
subtotals inside out, as Excel does, so a SUBTOTAL over the same range counts nothing twice.
"""

from __future__ import annotations

from collections import defaultdict

from wpxl.analyse.direct_children import Leaves, as_direct_children
from wpxl.errors import AnalysisError
from wpxl.model import Cell, Coord, SheetCoord
from wpxl.model.sheetref import a1

Totals = dict[Coord, tuple[SheetCoord, ...]]


def as_tree(totals: Totals, sheet: str, cells: dict[Coord, Cell]) -> None:
    """The totals read as a tree (``as_direct_children``), unless a formula adds up a subtotal
    together with cells that subtotal adds up: no tree reads so, and AnalysisError names each
    line of such totals, one sentence a line."""
    _refuse_counted_twice(totals, sheet, cells)
    as_direct_children(totals, sheet)


def _refuse_counted_twice(totals: Totals, sheet: str, cells: dict[Coord, Cell]) -> None:
    leaves_of = Leaves(totals, sheet).of
    twice: defaultdict[tuple[int, int], list[tuple[Coord, list[Coord], list[SheetCoord]]]]
    twice = defaultdict(list)
    subtotals_here = {(sheet, *coord) for coord in totals}  # parts that are totals themselves
    for coord, parts in totals.items():
        cell = cells.get(coord)
        if cell is None or cell.formula is None:
            continue  # a total the reading found adds up what it was found to
        if subtotals_here.isdisjoint(parts):
            continue  # most totals add up cells alone: told in C, no (row, col) made a part
        inner = [(p[1], p[2]) for p in parts if p[0] == sheet and (p[1], p[2]) in totals]
        seen: set[SheetCoord] = set()
        again: set[SheetCoord] = set()  # the cells added up a second time
        for part in parts:
            nested = part[0] == sheet and (part[1], part[2]) in totals
            leaves = leaves_of((part[1], part[2])) if nested else frozenset({part})
            again |= leaves & seen
            seen |= leaves
        if again:
            subtotals = [c for c in sorted(inner) if leaves_of(c) & again]
            twice[_line_of(coord, min(again))].append((coord, subtotals, sorted(again)))
    if twice:
        sentences = [_sentence(sheet, found) for found in twice.values()]
        raise AnalysisError("\n".join(sentences), tuple(sentences))


def _line_of(coord: Coord, leaf: SheetCoord) -> tuple[int, int]:
    """The total's line: its row where the cells counted twice are above it, else its column."""
    return (0, coord[0]) if leaf[2] == coord[1] else (1, coord[1])


def _sentence(sheet: str, found: list[tuple[Coord, list[Coord], list[SheetCoord]]]) -> str:
    places = sorted(coord for coord, _, _ in found)
    where = a1(*places[0]) if len(places) == 1 else f"{a1(*places[0])}:{a1(*places[-1])}"
    coord, subtotals, again = min(found)
    cells = ", ".join(a1(p[1], p[2]) for p in again[:4]) + (", ..." if len(again) > 4 else "")
    named = ", ".join(a1(*c) for c in subtotals[:4]) + (", ..." if len(subtotals) > 4 else "")
    kind = "the subtotal" if len(subtotals) == 1 else "the subtotals"
    return (
        f"sheet '{sheet}', cell {where}: the total at {a1(*coord)} adds up {kind} {named} "
        f"and cells they add up ({cells}), so the source counts those cells twice. Make the "
        "total add up either the lines or their subtotals (SUBTOTAL leaves the subtotals "
        "inside out), then try again"
    )
