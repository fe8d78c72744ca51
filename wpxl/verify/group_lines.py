"""The proof's reading of a region's line among its areas: a group's head or end named by the
group alone ('Yorkshire', no total word), its figures formulas each summing the lines under it
(or above it) in its own column.

Areas numbered down a table's first column ('Area code | Area', 55 Durham, 4 Gateshead) run
across such lines as across a line naming a total: the line holds no number in that column,
and its SUMs say it adds the lines up. A figure typed among the formulas (a source's own
subtotal) leaves the reading to the formulas beside it.
"""

from __future__ import annotations

from wpxl.model import Cell
from wpxl.verify.formulas import sum_formula


def sums_its_group(line: list[tuple[int, Cell]], row: int) -> bool:
    """Whether the line's formulas (one at least) each sum lines wholly below ``row`` in their
    own column, or each wholly above it. A formula over the line's own cells is its total
    across (a quarter's column on a region's line of a table totalled both ways): no side."""
    sides = set()
    for col, cell in line:
        if cell.formula is None:
            continue
        summed = sum_formula(cell.formula.lstrip("="), cells_added=True)
        if summed is None or summed.added:
            return False
        for ref in summed.ranges:
            if ref.sheet is None and ref.top == ref.bottom == row:
                continue  # across its own line
            if ref.sheet is not None or not ref.left == ref.right == col:
                return False
            sides.add("below" if ref.top > row else "above" if ref.bottom < row else "")
    return len(sides) == 1 and "" not in sides
