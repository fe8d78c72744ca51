"""Numbers naming rows again in each block of a table: payment groups 1, 2, 6, 9 under each
local authority's name, then again under the next.

A table stacked by area ('Barnsley', its payment groups and 'Barnsley total', then
'Doncaster' ...) numbers the same groups in every block. Read as a column of numbers that must
all differ, the groups' numbers were taken for counts: the table lost its label columns, its
groups' names were removed as outcome figures and its percentage sheet showed the numbers as
shares. A block's name line (words right of the column, no figure on the line, nothing in the
column) parts the runs as a subtotal line does, and numbers repeated only as whole runs (each
block's numbers all different, two blocks numbering alike numbering the same) still name rows.
The proof reads the same lines for itself (wpxl.verify.label_figures).
"""

from __future__ import annotations

from wpxl.analyse.values import as_number, is_text
from wpxl.model import Cell, Coord


def heading_line(cells: dict[Coord, Cell], row: int, cols: range, col: int) -> bool:
    """Whether the line is a block's name: nothing at ``col``, words right of it, no figure
    (nor formula) anywhere in ``cols``."""
    own = cells.get((row, col))
    if own is not None and not own.is_empty:
        return False
    line = [cell for c in cols if (cell := cells.get((row, c))) is not None and not cell.is_empty]
    named = any(c > col and is_text(cell.value) for c in cols if (cell := cells.get((row, c))))
    figures = any(cell.formula is not None or as_number(cell.value) is not None for cell in line)
    return named and not figures


def repeated_only_as_runs(runs: list[list[int]]) -> bool:
    """Numbers all different, but for runs between words repeated whole (weeks 1 to 13 of a
    year, its totals, then weeks 1 to 13 of the next): each run all different, and any two
    runs holding a number alike the same."""
    found = [run for run in runs if run]
    if any(len(set(run)) != len(run) for run in found):
        return False
    return all(a == b or not set(a) & set(b) for a in found for b in found)
