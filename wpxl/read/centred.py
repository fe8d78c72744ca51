"""Headings laid out with Excel's 'Centre Across Selection' instead of merged cells.

Excel guides recommend the alignment over merging: the text stays in its first cell, the cells to
its right are left blank with the same alignment, and Excel shows the text centred across them
all. To a reader it heads every column it spans, exactly as a merged range does; read only as the
cell it sits in, 'Referrals' over four month columns named the measure of the first alone and the
rest of the pack was refused. The runs are found here, once per sheet, so that analyse and the
proof both read them from the model (``Sheet.centred``) as they read merged ranges.
"""

from __future__ import annotations

from wpxl.model import Cell, CellRange, Coord

CENTRE_ACROSS = "centerContinuous"


def centred_runs(cells: dict[Coord, Cell]) -> list[CellRange]:
    """Each text cell aligned centre-across-selection with the blank, so aligned cells right of it
    that Excel centres it over (a run ends at the first cell that is not one of them). A run of
    one cell heads only its own column and is left out."""
    runs = []
    for (row, col), cell in cells.items():
        if cell.style.h_align != CENTRE_ACROSS or not isinstance(cell.value, str):
            continue
        if not cell.value.strip():
            continue
        right = col
        while _blank_centred(cells.get((row, right + 1))):
            right += 1
        if right > col:
            runs.append(CellRange(row, col, row, right))
    return sorted(runs, key=lambda r: (r.top, r.left))


def _blank_centred(cell: Cell | None) -> bool:
    return cell is not None and cell.is_empty and cell.style.h_align == CENTRE_ACROSS
