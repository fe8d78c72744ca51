"""The parts of a sheet's totals, tidied once every sheet is analysed.

A total's parts are read from formulas and layouts that can name blanks, words, rates or cells
of sheets that are not carried; and a row's and a column's formula name the same cell by two
equal tuples. Both are put right here, after the readings, so each reading can name parts as
its own layout finds them.
"""

from __future__ import annotations

from wpxl.analyse.body import FIGURES
from wpxl.model import SheetAnalysis, SheetCoord, Table
from wpxl.model.parts import Parts, places_of, sheets_of

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
                if sheets_of(parts) == {name} and _FIGURE_SET.issuperset(
                    map(here.get, places_of(parts))
                ):
                    continue
                kept = [
                    p
                    for p in parts
                    if (here if p[0] == name else roles.get(p[0], {})).get((p[1], p[2])) in FIGURES
                ]
                if len(kept) < len(parts):  # most totals keep every part: their own stay
                    table.totals[coord] = Parts.of(kept) if type(parts) is Parts else tuple(kept)


def share_parts(tables: list[Table]) -> None:
    """Each cell the sheet's totals add up named by one tuple, not by two equal ones read from
    its row's and its column's layouts (a formula's parts are its runs: ``Parts``)."""
    shared: dict[SheetCoord, SheetCoord] = {}
    one = shared.setdefault
    for table in tables:
        totals = table.totals
        for coord, parts in totals.items():
            if type(parts) is not Parts:  # a formula's runs name no cell apiece to share
                totals[coord] = tuple(map(one, parts, parts))  # in C
