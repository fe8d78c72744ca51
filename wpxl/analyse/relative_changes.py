"""Lines of percentage change between two lines of counts, rebuilt over the rounded cells.

A '% change' column beside 'Referrals Q1' and 'Referrals Q2' (typed 0.2209, 22.1, or a formula
``=(C4-B4)/B4``) was removed as 'a rate wpxl cannot work out from shared figures': no rate
divides two figures so. It is worked out from the rounded cells as ``=(C4-B4)/B4`` (times 100
where it was typed as a whole percentage), so it always agrees with the figures shown beside
it and gives back nothing they do not. Its words must say it is a change in per cent ('%
change', 'Percentage increase', 'Change (%)'), and the arithmetic must hold: the input's own
formula over two cells of its row or column, or for a typed line one pair of other lines
giving every typed figure of it to the precision it was typed with. Whether either line is
an outcome volume the plan judges (a change in outcomes with their shares gives the volumes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import permutations

from wpxl.analyse.body import FIGURES, cells_in_role
from wpxl.analyse.ratios import typed_precision, whole_precision
from wpxl.analyse.values import as_number, is_error
from wpxl.model import Cell, Coord, Role, Table
from wpxl.model.sheetref import column_index

_CHANGE = r"(?:changes?|increases?|decreases?|growth|difference|inc\s*/\s*dec)"
_PER_CENT = r"(?:%|per\s*cent|percentage)"
PERCENT_CHANGE_WORDS = re.compile(
    rf"{_PER_CENT}\s*(?:of\s+)?{_CHANGE}\b|\b{_CHANGE}\s*[(\[]?\s*{_PER_CENT}", re.IGNORECASE
)
_REF = r"\$?([A-Z]{1,3})\$?([0-9]{1,7})"
# '(C4-B4)/B4', 'C4/B4-1', each maybe times 100 ('((C4-B4)/B4)*100', '100*(C4/B4-1)')
_FORMULAS = (
    re.compile(rf"\(?\({_REF}-{_REF}\)/{_REF}\)?"),
    re.compile(rf"\(?{_REF}/{_REF}-1\)?"),
)
_HUNDRED = re.compile(r"^(?:100\*(.+)|(.+)\*100)$")
Shown = Callable[[Coord], float | None]


def find_relative_changes(
    table: Table,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    words: tuple[Callable[[int], str], Callable[[int], str]],
    shown: Shown,
) -> None:
    """Record each percentage change of ``table`` (``table.relative_changes``: cell -> the
    later and the earlier figure; ``table.whole_percents`` where it is shown times 100)."""
    derived = cells_in_role(table, roles, Role.DERIVED)
    if not derived:  # most tables: no rate at all
        return
    label_of, header_of = words
    worded = [
        coord
        for coord in derived
        if PERCENT_CHANGE_WORDS.search(f"{label_of(coord[0])} {header_of(coord[1])}")
    ]
    if not worded:
        return

    def figure(coord: Coord) -> float | None:
        return shown(coord) if roles.get(coord) in FIGURES else None

    typed: dict[Coord, float] = {}
    for coord in worded:
        formula = cells[coord].formula
        if formula is not None:
            _formula_change(table, coord, formula, figure)
        elif not is_error(cells[coord].value) and (n := as_number(cells[coord].value)) is not None:
            typed[coord] = float(n)
    for axis in (1, 0):  # a column of changes (its lines across), then a row of them
        lines: dict[int, list[Coord]] = {}
        for coord in typed:
            lines.setdefault(coord[axis], []).append(coord)
        others = table.body_cols if axis == 1 else table.body_rows
        for at, line in lines.items():
            if all(c not in table.relative_changes for c in line):
                _typed_line(table, {c: typed[c] for c in line}, others, at, axis, figure)


def _formula_change(table: Table, coord: Coord, formula: str, figure: Shown) -> None:
    bare = formula.lstrip("=").replace(" ", "").upper()
    hundred = _HUNDRED.match(bare)
    inner = next(g for g in hundred.groups() if g) if hundred else bare
    for pattern in _FORMULAS:
        match = pattern.fullmatch(inner)
        if match is None:
            continue
        ends = range(1, pattern.groups, 2)
        refs = [(int(match.group(i + 1)) - 1, column_index(match.group(i))) for i in ends]
        later, earlier, base = refs if len(refs) == 3 else (*refs, refs[1])
        own_line = later[0] == earlier[0] == coord[0] or later[1] == earlier[1] == coord[1]
        if base == earlier and own_line and None not in (figure(later), figure(earlier)):
            _mark(table, coord, later, earlier, hundred is not None)
        return


def _typed_line(
    table: Table,
    typed: dict[Coord, float],
    others: list[int],
    at: int,
    axis: int,
    figure: Shown,
) -> None:
    """The one pair of ``others`` (columns for ``axis`` 1, rows for 0) whose change gives each
    typed figure of the line, as a share or, failing that, as a whole percentage."""
    lines = [o for o in others if o != at]

    def place(coord: Coord, line: int) -> Coord:
        return (coord[0], line) if axis == 1 else (line, coord[1])

    for whole in (False, True):
        found = [
            (later, earlier)
            for later, earlier in permutations(lines, 2)
            if all(
                _gives(value, figure(place(c, later)), figure(place(c, earlier)), whole)
                for c, value in typed.items()
            )
        ]
        if len(found) == 1:
            later, earlier = found[0]
            for coord in typed:
                _mark(table, coord, place(coord, later), place(coord, earlier), whole)
            return
        if found:
            return  # two readings: not rebuilt


def _gives(value: float, later: float | None, earlier: float | None, whole: bool) -> bool:
    if later is None or not earlier:
        return False
    change = (later - earlier) / earlier
    share = value / 100 if whole else value
    return abs(change - share) <= (whole_precision(share) if whole else typed_precision(value))


def _mark(table: Table, coord: Coord, later: Coord, earlier: Coord, whole: bool) -> None:
    table.relative_changes[coord] = (later, earlier)
    if whole:
        table.whole_percents.add(coord)
