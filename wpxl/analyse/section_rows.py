"""Lines under a line naming a measure, in a table of blocks stacked with no blank between.

A table may stack its measures block by block under one header line of months, each block under
a line of its own in the label column naming what it counts, with no figure on it ('Starts' over
the payment groups, then 'Job outcomes' over the same groups), or with the measure typed in an
outer label column on the block's first line only ('Job outcomes | JSA 18-24', then ' | JSA
25+'). The reader takes such a line to head every line under it, up to the next such line (or
the next label in that outer column), as a title heads a table. Read by their own words alone,
the lines under 'Job outcomes' took the table's measure (job starts, or none named, under
'Performance 2013/14') and the outcomes went out as rounded counts.
"""

from __future__ import annotations

from wpxl.analyse.words import header_measure
from wpxl.model import Cell, Coord, Measure, Table


def section_measures(
    table: Table,
    cells: dict[Coord, Cell],
    label_cols: list[int],
    measure_words: dict[Measure, tuple[str, ...]],
) -> dict[int, Measure]:
    """The measure each body line naming none of its own takes from the line heading it: the
    nearest above (in the table's body) that names one and holds no figure, or whose label in
    an outer label column (all but the last) names one; a line under none takes none."""
    outer = sorted(label_cols)[:-1]
    heading: Measure | None = None
    taken: dict[int, Measure] = {}
    for row in sorted(table.body_rows):
        named = table.row_measures.get(row)
        group = [str(cell.value) for c in outer if _filled(cell := cells.get((row, c)))]
        if group:  # a new outer group starts here, naming a measure or not
            heading = header_measure(" ".join(group), measure_words)
        elif named is None:
            if heading is not None:
                taken[row] = heading
        elif not any(_filled(cells.get((row, col))) for col in table.body_cols):
            heading = named
    return taken


def _filled(cell: Cell | None) -> bool:
    return cell is not None and not cell.is_empty
