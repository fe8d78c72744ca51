"""A sheet's cells holding words, found once for the readings that ask only of words.

Several readings look for words anywhere on a sheet (people's details, staff named under a
role or a title, records listed line by line, columns of identifiers or periods); each walked
the sheet's every cell to find its few words, mostly among thousands of numbers. The list is
made once a sheet (``analyse_sheet``), in the sheet's own order, and each reading walks it.
The analysis never changes a sheet's cells, so the list stays true while the sheet is read.
"""

from __future__ import annotations

from wpxl.model import Cell, Coord

Texts = list[tuple[Coord, str]]  # each cell holding a string, blank ones too, in sheet order


def text_cells(cells: dict[Coord, Cell]) -> Texts:
    return [(coord, value) for coord, cell in cells.items() if isinstance(value := cell.value, str)]
