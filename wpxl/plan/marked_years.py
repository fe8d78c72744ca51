"""Years marked revised or provisional naming an outcome table's lines: years, not amounts.

ONS and DWP mark a revised or provisional year where it names its line ('Year' over '2011',
'2012', '2013r', '2014p'). On a table of job outcomes the percentage sheet removed '2013r' and
'2014p' as labels stating an amount about outcomes (a figure with a mark glued on, as '412r'
is a revised count), so the shares of the last two years stood under no year. The proof
already reads them as years. A label of a year with one mark letter after it ('2013r', '2013
p', '2013 [p]', '2013 (r)'), in a label column whose years, marked or not, run a year apart in
order (two or more), names its year's line.
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.model import Coord, SheetAnalysis, Table

_YEAR = re.compile(r"^\s*(\d{4})\s*(?:([a-z])|\[([a-z])\]|\(([a-z])\))?\s*$", re.IGNORECASE)
_FIRST_YEAR, _LAST_YEAR = 1990, 2100


def marked_year_labels(table: Table, analysis: SheetAnalysis) -> set[Coord]:
    """The table's row labels that are marked years among a column of years a year apart."""
    found: set[Coord] = set()
    cells = analysis.sheet.cells
    for col in table.label_cols:
        years: list[tuple[int, int, bool]] = []  # row, year, marked
        for row in table.body_rows:
            cell = cells.get((row, col))
            value = cell.value if cell is not None else None
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value)
            matched = _YEAR.match(value) if isinstance(value, str) else None
            if matched is not None:
                marked = any(matched.group(i) for i in (2, 3, 4))
                years.append((row, int(matched.group(1)), marked))
        steps = {b - a for (_, a, _), (_, b, _) in pairwise(years)}
        if len(years) < 2 or steps not in ({1}, {-1}):
            continue
        if all(_FIRST_YEAR <= year <= _LAST_YEAR for _, year, _ in years):
            found |= {(row, col) for row, _, marked in years if marked}
    return found
