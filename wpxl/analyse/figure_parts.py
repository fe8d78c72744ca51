"""The parts of a sheet's totals, tidied once every sheet is analysed.

A total's parts are read from formulas and layouts that can name blanks, words, rates or cells
of sheets that are not carried; and a row's and a column's formula name the same cell by two
equal tuples. Both are put right here, after the readings, so each reading can name parts as
its own layout finds them.
"""

from __future__ import annotations

from operator import itemgetter

from wpxl.analyse.body import FIGURES
from wpxl.model import SheetAnalysis, SheetCoord, Table

_SHEET, _PLACE = itemgetter(0), itemgetter(1, 2)  # a part's sheet, and its (row, col) there
_FIGURE_SET = frozenset(FIGURES)


def keep_figure_parts(analyses: list[SheetAnalysis]) -> None:
    """A total adds up only counts and totals: blanks, words, rates and cells on sheets that are
    not carried (hidden) fall out of its parts, wherever in the workbook they are."""
    roles = {a.sheet.name: a.roles for a in analyses}
    for analysis in analyses:
        here, name = analysis.roles, analysis.sheet.name
        for table in analysis.tables:
            for coord, parts in table.totals.items():
                # most totals: every part a figure of their own sheet, told by map in C
                if set(map(_SHEET, parts)) == {name} and _FIGURE_SET.issuperset(
                    map(here.get, map(_PLACE, parts))
                ):
                    continue
                kept = [
                    p
                    for p in parts
                    if (here if p[0] == name else roles.get(p[0], {})).get((p[1], p[2])) in FIGURES
                ]
                if len(kept) < len(parts):  # most totals keep every part: their tuple stays
                    table.totals[coord] = tuple(kept)


def share_parts(tables: list[Table]) -> None:
    """Each cell the sheet's totals add up named by one tuple, not by two equal ones read from
    its row's and its column's formulas: the largest part of a sheet's analysis so."""
    shared: dict[SheetCoord, SheetCoord] = {}
    one = shared.setdefault
    for table in tables:
        totals = table.totals
        for coord, parts in totals.items():
            totals[coord] = tuple(map(one, parts, parts))  # in C, as TableReader does
