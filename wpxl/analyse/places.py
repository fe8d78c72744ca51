"""A total's parts as places on its sheet: a part is (sheet, row, col), and most readings ask
only its (row, col). Taken by ``map`` with an ``itemgetter``, in C, not by a comprehension
unpacking each part in Python: a sheet's totals name each body cell twice (its row's total
and its column's), and such a walk was a few per cent of a large sheet's analysis."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain
from operator import itemgetter

from wpxl.model import Coord, SheetCoord

PLACE = itemgetter(1, 2)  # a part's (row, col)


def counted_places(parts_of_totals: Iterable[tuple[SheetCoord, ...]]) -> set[Coord]:
    """Every (row, col) some total adds up, whatever its sheet (as the readings ask)."""
    return set(map(PLACE, chain.from_iterable(parts_of_totals)))
