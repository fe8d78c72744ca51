"""Invariant 15: a figure the copy does not round is the input's own figure at its place.

Rounding makes every count a multiple of the base; anything else a volume sheet shows as a
plain figure (a year, a date, a code, a week or age naming a line) is carried as the input
holds it. A copy that shows 2012 over the column the input heads 2011, a site code one off, or
April's date moved to the 27th of March is a wrong copy every other check passed: the figure is
a year, a date or a code, as allowed, and adds up into no total. Two labels a plan could round
as counts also come out multiples of the base, so they are asked too: a date (the input formats
it as one: rounded, 1 April 2013 is 27 March) and a year of a header row of years one apart
(2011, 2012, 2013 rounded read 2020, 2020, 2020).

The proof reads the input itself: each plain figure of a volume sheet that is no multiple of
the base, each one whose input cell is formatted as a date, and each in a header row of years
must be, to the last digit, what the input's cell at its place holds (its cached value, for a
formula). A formula stored without its value is not asked: what it shows is not known. A
count pasted over a date format, as the input's words around it read (dated_measures
``pasted_count``), is a count, rounded like any other.
"""

from __future__ import annotations

from itertools import pairwise

from wpxl.model import Cell
from wpxl.model.layout import BANNER_ROWS
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.dated_measures import pasted_count
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof
from wpxl.verify.values import is_date_format, is_multiple, is_year, number

CHANGED_FIGURE = "a figure that is not the input's at its place (only counts are rounded)"
_TOLERANCE = 1e-9


def kept_figures(pair: SheetPair, proof: Proof) -> list[Finding]:
    """The places of a volume sheet where a figure the copy keeps is not the input's."""
    if pair.kind != "volume" or pair.source is None:
        return []
    found, base = [], proof.base
    dated: dict[int, bool] = {}  # by id() of an input Style (wpxl.read shares them)
    plain = pair.input_cells_unmoved()  # most sheets: each cell looked up where it stands
    for coord, (value, formula, _) in pair.cells.items():
        if formula is not None or value.__class__ is not float or coord[0] < BANNER_ROWS:
            continue
        if plain is not None:
            cell = plain.get((coord[0] - BANNER_ROWS, coord[1]))
        else:
            cell = pair.input_cell(coord)
        if cell is None or cell.value is None:
            continue
        if is_multiple(value, base) and not _label(pair, coord, cell, dated):  # type: ignore[arg-type]
            continue
        kept = number(cell.value)
        if kept is None or abs(kept - value) > _TOLERANCE:  # type: ignore[operator]
            found.append(Finding(pair.where(coord), CHANGED_FIGURE))
    return found


def _label(pair: SheetPair, coord: Coord, cell: Cell, dated: dict[int, bool]) -> bool:
    """Whether the input cell of a figure the copy shows as a multiple of the base is a date
    or a year of a header row of years, which are never rounded (``dated``: each input
    style's answer, once asked)."""
    date = dated.get(id(cell.style))
    if date is None:
        date = dated[id(cell.style)] = is_date_format(cell.style.number_format)
    if date and number(cell.value) is not None:
        return not pasted_count(pair, coord)
    return _year(cell) is not None and _in_year_header(pair, coord)


def _in_year_header(pair: SheetPair, coord: Coord) -> bool:
    """A year of the input with no figure over it, in an unbroken run along its row of two
    or more years, each one after the last: a header row naming its columns by year."""
    at = pair.input_coord(coord)
    if at is None or pair.source is None:
        return False
    cells = pair.source.cells
    if _year(cells.get(at)) is None or _figure(cells.get((at[0] - 1, at[1]))):
        return False
    row, col = at
    first = col
    while _year(cells.get((row, first - 1))) is not None:
        first -= 1
    years = []
    while (year := _year(cells.get((row, first)))) is not None:
        years.append(year)
        first += 1
    return len(years) >= 2 and all(b - a == 1 for a, b in pairwise(years))


def _year(cell: Cell | None) -> float | None:
    if cell is None or cell.formula is not None or cell.value.__class__ not in (int, float):
        return None
    value = float(cell.value)  # type: ignore[arg-type]
    return value if is_year(value) else None


def _figure(cell: Cell | None) -> bool:
    return cell is not None and cell.value.__class__ in (int, float)
