"""A merged range's covered cells, blanked as openpyxl reads them.

Excel shows only a merged range's top-left cell; whatever its other cells hold is hidden
under the merge, so it is blanked here (and counted with its text, for the proof to search the
copy for) as openpyxl's reader blanks it.
"""

from __future__ import annotations

from dataclasses import replace

from wpxl.model import Cell, CellRange, Sheet, Style
from wpxl.read.invisible import MERGED_COVERED
from wpxl.read.seen import SheetExtras

# A merged range bigger than this is not walked cell by cell (a hostile A1:XFD1048576).
_MERGE_WALK_LIMIT = 100_000


def blank_merged_cells(sheet: Sheet, default: Style, extras: SheetExtras) -> None:
    """As openpyxl reads them: a merged range's other cells are empty, with default formatting
    except the origin's border along the range's edges. What they held is hidden under the
    merge, so it is counted with its text."""
    for rng in sheet.merged:
        covered = _covered(sheet, rng)
        for coord in covered:
            cell = sheet.cells[coord]
            if not cell.is_empty:
                extras.found(MERGED_COVERED)
                extras.places[coord] = MERGED_COVERED
                extras.text.append(str(cell.value) if cell.formula is None else "=" + cell.formula)
                if cell.formula is not None:  # a figure reading it reads on through it
                    sheet.unseen_formulas[coord] = cell.formula
        if (rng.bottom - rng.top + 1) * (rng.right - rng.left + 1) > _MERGE_WALK_LIMIT:
            for coord in covered:
                del sheet.cells[coord]
            continue
        origin = sheet.cells.get((rng.top, rng.left))
        frame = origin.style if origin is not None else default
        for row in range(rng.top, rng.bottom + 1):
            for col in range(rng.left, rng.right + 1):
                if (row, col) == (rng.top, rng.left):
                    continue
                edges = {
                    name: getattr(frame, name)
                    for name, on_edge in (
                        ("border_top", row == rng.top),
                        ("border_left", col == rng.left),
                        ("border_right", col == rng.right),
                        ("border_bottom", row == rng.bottom),
                    )
                    if on_edge and getattr(frame, name)
                }
                if edges:
                    sheet.cells[(row, col)] = Cell(None, None, replace(default, **edges))
                else:
                    sheet.cells.pop((row, col), None)


def _covered(sheet: Sheet, rng: CellRange) -> list[tuple[int, int]]:
    """The cells a merged range covers but its top-left one. A range smaller than the sheet (as
    nearly every one is) is walked place by place: scanning every cell of the sheet for each
    range made a sheet of many merged headings quadratic (250 on 64,000 cells: 5 s to read)."""
    cells, origin = sheet.cells, (rng.top, rng.left)
    if (rng.bottom - rng.top + 1) * (rng.right - rng.left + 1) < len(cells):
        places = ((row, col) for row in range(rng.top, rng.bottom + 1)
                  for col in range(rng.left, rng.right + 1))  # fmt: skip
        return [c for c in places if c in cells and c != origin]
    return [c for c in cells if c in rng and c != origin]
