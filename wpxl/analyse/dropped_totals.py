"""Totals that cannot be rebuilt over what the copy shows: removed, and every total over them.

A total is rebuilt over its parts that are figures (wpxl.analyse.figure_parts); a part
that is no figure of the copy would simply fall out, and the total be rebuilt over the rest:
re-based, under the same "Total", not the total. So a total goes when it adds up a number wpxl
removes (a decimal, money, a figure written with a symbol, a formula it does not rebuild), a
figure it works out again rather than rounds (a difference or a rate: its line's figure is not
a count the total can add), or a cell of a hidden sheet (a formula reading one, saved by a
script without its value); and so does every total over one that goes.
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.analyse.trees import TOTAL_OVER_REMOVED
from wpxl.analyse.values import as_number
from wpxl.model import Cell, Role, SheetAnalysis, SheetCoord

TOTAL_OVER_WORKED = (
    "a total over a difference or rate wpxl works out again (the sum of the rest is not the total)"
)


def drop_totals_over_removed(
    analyses: list[SheetAnalysis], hidden: frozenset[str] = frozenset()
) -> None:
    """Every total that goes, on any sheet, made a removed figure (``hidden``: the sheets not
    carried)."""
    removed: set[SheetCoord] = set()
    worked: set[SheetCoord] = set()
    dropped, derived = Role.DROPPED, Role.DERIVED  # named once, not once a cell
    for analysis in analyses:
        cells, name = analysis.sheet.cells, analysis.sheet.name
        for coord, role in analysis.roles.items():
            if role is dropped and _holds_number(cells.get(coord)):
                removed.add((name, *coord))
            elif role is derived and _holds_number(cells.get(coord)):
                worked.add((name, *coord))
    if worked:
        removed |= _drop(analyses, worked.__contains__, TOTAL_OVER_WORKED)
    if hidden:
        removed |= _drop(analyses, lambda part: part[0] in hidden, TOTAL_OVER_REMOVED)
    while removed:  # most workbooks remove nothing a total adds up: one look at each total
        removed = _drop(analyses, removed.__contains__, TOTAL_OVER_REMOVED)


def _drop(
    analyses: list[SheetAnalysis], gone: Callable[[SheetCoord], bool], reason: str
) -> set[SheetCoord]:
    """The totals with a part ``gone``, removed for ``reason``."""
    found: set[SheetCoord] = set()
    for analysis in analyses:
        for table in analysis.tables:
            for coord, parts in list(table.totals.items()):
                if any(map(gone, parts)):  # told in C, stopping at the first gone
                    del table.totals[coord]
                    analysis.roles[coord] = Role.DROPPED
                    analysis.reasons[coord] = reason
                    found.add((analysis.sheet.name, *coord))
    return found


def _holds_number(cell: Cell | None) -> bool:
    return cell is not None and (cell.formula is not None or as_number(cell.value) is not None)
