"""6. A number 1900-2100 is a year only as a label: a header row or a label column of years.

Anywhere else it is a count and must be rounded; so is one under a 'Year 1' header (the
programme's contract years head counts) or under a running total's words ('Year to date' over
a lone 2,013: a count to date, though alone in its column). A number the input's layout reads
as naming its line, as any number may (``label_figures``: office 2044 under 'Office' beside its
name), is a label however year-shaped. A line of years holds nothing but
years: a figure beside a total formula in its line is one of the line's counts, however
year-shaped (a year to date of 2,013 between the rebuilt totals of its column, or the months
it adds up along its row), since no header row or label column of years holds a total.

Nor is every line of year-shaped figures a line of years: counts near 2,000 run so too (1,957,
2,013 and 1,988 referrals in three areas, or in three months; a lone 'Total referrals in the
year | 2013'). A line of years labels the lines across it: a row of years heads columns of
figures under it, a column of years names rows with figures right of them, and the years are
those of a label, not of counts: they run one apart (2011, 2012, 2013; each area's 2012, 2013
in an extract), or nothing names them as a count's line does (no words left of a column of
years, none over a row of them, or none but a year's left of a row: 'Year | 2013'). A year
closing a header row of its parts numbered 1, 2, 3 ... ('Area | 1 | ... | 12 | 2014', 2014 over
the year's total column) heads its column too (``repeated_heads.closes_with_years``), and so
does one closing its months written as dates ('Jan-14 | Feb-14 | Mar-14 | 2014').
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.copy_labels import LabelFigures
from wpxl.verify.leaks import Finding, WrittenCell
from wpxl.verify.lone_codes import CORNER, TOTAL_HEAD
from wpxl.verify.proof import Proof
from wpxl.verify.repeated_heads import closes_with_years
from wpxl.verify.values import (
    FIRST_YEAR,
    LAST_YEAR,
    RUNNING_WORDS,
    is_date_format,
    is_multiple,
    is_year,
)

YEAR_AMONG_COUNTS = "a year-like figure among counts, not rounded"
_YEAR_HEADER = re.compile(r"\byear\s*\d{1,2}\b", re.IGNORECASE)
_YEAR_KEY = re.compile(
    r"^\s*(?:(?:financial|calendar|contract|programme|reporting|academic|tax)\s+)?years?"
    r"(?:\s+(?:ending|ended|to|of\s+\w+))?\s*:?\s*$",
    re.IGNORECASE,
)
_WIDTH = 64  # lines across as far as a table reaches
_EPOCH = dt.datetime(1899, 12, 30)  # Excel's day 0 (1900 system, past its 1900 leap day)
_MIN_MONTHS = 2
_GAP = 3  # rows a header stands over its column's first figure
Coord = tuple[int, int]
Cells = Mapping[Coord, WrittenCell]  # the copy's cells, or the input's read as they are


def years_are_labels(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Each year-shaped figure that is no rounded count and labels no line (see the doc), or
    stands under a 'Year 1' header."""
    if pair.kind != "volume":
        return []
    base, cells = proof.base, pair.cells
    years = [  # among the figures that are no plain rounded count
        coord
        for coord in pair.indexed(base).odd
        for v, f, _ in (cells[coord],)
        if FIRST_YEAR <= v <= LAST_YEAR  # type: ignore[operator]
        and f is None
        and is_year(v)  # type: ignore[arg-type]
        and not is_multiple(v, base)  # type: ignore[arg-type]
    ]
    fmt = proof.output.format_of

    def dated(at: Coord) -> bool:
        cell = cells.get(at)
        return cell is not None and is_date_format(fmt(cell[2]))

    named = LabelFigures(pair) if years else None  # the input's layout naming its lines

    def labels(coord: Coord) -> bool:
        return _labels_lines(cells, coord) or _closes_months(cells, coord, dated) or named(coord)  # type: ignore[misc]

    return [
        Finding(pair.where(coord), YEAR_AMONG_COUNTS)
        for coord in years
        if not labels(coord) or _under_year_header(pair, coord)
    ]


def _closes_months(cells: Cells, coord: Coord, dated: Callable[[Coord], bool]) -> bool:
    """Whether the year, over a figure, closes a header row of its months written as dates
    just left of it ('Jan-14 | Feb-14 | Mar-14 | 2014', the year typed as Excel stores it), two
    or more, each in that year or the next (a financial year's months)."""
    row, col = coord
    year = int(cells[coord][0])  # type: ignore[arg-type]
    months = 0
    while dated(at := (row, col - months - 1)):
        serial = cells[at][0]
        if not isinstance(serial, float) or _year_of(serial) not in (year, year + 1):
            return False
        months += 1
    return months >= _MIN_MONTHS and _over_a_figure(cells, coord)


def _year_of(serial: float) -> int:
    """The calendar year of an Excel date serial (1900 system)."""
    return (_EPOCH + dt.timedelta(days=serial)).year


def input_year_label(pair: SheetPair, coord: Coord, value: float) -> bool:
    """Whether a year-shaped figure of the copy stands where the input's own cells are a line
    of years (a header row of years, a label column of them) by the same reading. The input
    decides, not the copy: a table of sustainments emptied in the copy (shown as percentages)
    leaves a count of 2009 kept at its place alone, labelling nothing the copy could tell,
    though the input's 2009 stood among counts under 'Aug-14' beside 'Leeds'."""
    at = pair.input_coord(coord)
    if not is_year(value) or at is None or pair.source is None:
        return False
    return _labels_lines(_InputCells(pair.source.cells), at)


class _InputCells(Mapping[Coord, WrittenCell]):
    """The input's cells as the copy's are read: (value, formula, style), numbers as floats,
    each made as it is asked for (a sheet is not copied whole for one figure)."""

    def __init__(self, cells: dict[Coord, Cell]) -> None:
        self._cells = cells

    def __getitem__(self, key: Coord) -> WrittenCell:
        cell = self._cells[key]
        if cell.value is None or cell.value == "":
            raise KeyError(key)
        value = cell.value
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = float(value)
        return (value, cell.formula, cell.style)  # type: ignore[return-value]

    def __iter__(self) -> Iterator[Coord]:
        return iter(self._cells)

    def __len__(self) -> int:
        return len(self._cells)


def _labels_lines(cells: Cells, coord: Coord) -> bool:
    """Whether the year is one of a row of years over figures, or of a column of years beside
    figures, or closes a header row of its parts (see the doc)."""
    return _heads_columns(cells, coord) or _names_rows(cells, coord) or _closes_parts(cells, coord)


def _closes_parts(cells: Cells, coord: Coord) -> bool:
    """Whether the year, over a figure, closes the parts of it numbered just left of it, 1, 2,
    3 ... (months 1 to 12, then 2014 over the year's total column)."""
    row, col = coord
    named = [(col, int(cells[coord][0]))]  # type: ignore[arg-type]
    while (cell := cells.get((row, named[0][0] - 1))) is not None and _part(cell):
        named.insert(0, (named[0][0] - 1, int(cell[0])))  # type: ignore[arg-type]
    return closes_with_years(named) and _over_a_figure(cells, coord)


def _part(cell: WrittenCell) -> bool:
    value = cell[0]
    return isinstance(value, float) and cell[1] is None and value.is_integer() and value < 100


def _heads_columns(cells: Cells, coord: Coord) -> bool:
    """A row of years named by nothing left of them but a year's words ('Year', each year
    over its merged columns), or over figures (the first cell under it that holds anything),
    one apart or headed by nothing (a row of counts has its label left of it and its columns'
    headers, or other counts, over it)."""
    row = coord[0]
    across = _line_of_years(cells, coord, 1)
    if across is None:
        return False
    if all(_no_name(cells.get((row, c))) for c in range(min(c for _, c in across))):
        return True
    if _over_its_months(cells, across):
        return True
    if not _over_a_figure(cells, coord):
        return False
    if _after_a_corner(cells, row, min(c for _, c in across)):
        return True
    unheaded = not any(_holds(cells, (r - 1, c)) for r, c in across)
    return unheaded or (len(across) >= 2 and _one_apart(cells, across))


def _after_a_corner(cells: Cells, row: int, first: int) -> bool:
    """Whether what stands left of the years on their row is the label columns' headers alone
    ('Area | 2014' under '| Referrals', 'Region | Area | 2014', 'Area | Total | 2014' after the
    total column), not a line's name ('Leeds | 2046', 'North | Leeds | 2046', 'North | Total |
    2046'): read back to a blank cell, as a table beside it on the left has its own."""
    left = []  # back to a blank cell: a table set beside on the left has a header of its own
    while first > 0 and _holds(cells, (row, first - 1)):
        first -= 1
        left.insert(0, cells[(row, first)][0])
    words = [v for v in left if isinstance(v, str)]
    return (
        len(words) == len(left) > 0
        and bool(CORNER.match(words[0]))
        and all(
            CORNER.match(v) or TOTAL_HEAD.match(v)
            for v in words  # 'Area | Total | 2011'
        )
    )


def _over_its_months(cells: Cells, across: list[Coord]) -> bool:
    """Years set apart by a blank cell from what stands left of them on their row (another
    table's header beside theirs), each over words (its months: 'Dec', 'Jan'): the upper row
    of a header of two rows, as no line of counts stands over words."""
    row, first = across[0][0], min(c for _, c in across)
    if first == 0 or _holds(cells, (row, first - 1)):
        return False
    return all(_holds(cells, (row + 1, c)) and not _figure(cells, (row + 1, c)) for _, c in across)


def _over_a_figure(cells: Cells, coord: Coord) -> bool:
    """Whether the first cell under ``coord`` holding anything, within a few rows (a region's
    name on a line of its own between), holds a figure."""
    row, col = coord
    for below in range(row + 1, row + _GAP + 1):
        if _holds(cells, (below, col)):
            return _figure(cells, (below, col))
    return False


def _holds(cells: Cells, at: Coord) -> bool:
    value = cells.get(at, (None,))[0]
    return value is not None and value != ""


def _names_rows(cells: Cells, coord: Coord) -> bool:
    """A column of years, a figure right of this one, the years one apart or nothing left of
    them (a column of counts has its rows' labels left of it, words or numbers: 2003, 1997
    referrals beside CPAs 8 and 18)."""
    row, col = coord
    down = _line_of_years(cells, coord, 0)
    if down is None or not any(_figure(cells, (row, c)) for c in range(col + 1, col + _WIDTH)):
        return False
    if len(down) >= 2 and _one_apart(cells, down):
        return True
    return not any(_holds(cells, (r, c)) for r, _ in down for c in range(col))


def _line_of_years(cells: Cells, coord: Coord, along: int) -> list[Coord] | None:
    """The unbroken line of figures through a cell, along its row (1) or its column (0), if
    it holds years only: no count, and no formula (a total is no year)."""
    places = [coord]
    for step in (-1, 1):
        at = list(coord)
        while True:
            at[along] += step
            cell = cells.get((at[0], at[1]))
            if cell is None or not isinstance(cell[0], float):
                break
            if cell[1] is not None or not is_year(cell[0]):
                return None
            places.append((at[0], at[1]))
    return places


def _one_apart(cells: Cells, places: list[Coord]) -> bool:
    years = sorted({cells[p][0] for p in places})  # type: ignore[type-var]
    return all(b - a == 1 for a, b in pairwise(years))  # type: ignore[operator]


def _no_name(cell: WrittenCell | None) -> bool:
    """An empty cell, a year's words ('Year', 'Financial year:') or another year (each over
    its merged columns): nothing a count is of."""
    value = None if cell is None else cell[0]
    if isinstance(value, float):
        return cell[1] is None and is_year(value)  # type: ignore[index]
    if not isinstance(value, str):
        return value is None
    return not value.strip() or bool(_YEAR_KEY.match(value))


def _figure(cells: Cells, at: Coord) -> bool:
    cell = cells.get(at)
    return cell is not None and isinstance(cell[0], float)


def _under_year_header(pair: SheetPair, coord: Coord) -> bool:
    at = pair.input_coord(coord)
    if at is None or pair.context is None:
        return False
    return any(_YEAR_HEADER.search(t) or RUNNING_WORDS.search(t) for t in pair.context.headers(at))
