"""A block titled by percentages alone: its figures are rates, whatever its heads name.

ONS and DWP stack a table's percentages under its numbers, each block under a title of its own
and the same heads ('Number' over 'Payment group | Attachments | Job starts' and the counts,
then 'Percentage of attachments' over the same heads and 100.0, 26.7, ...). A title naming
rates makes its figures rates only where no head names a measure, and these heads name the
measures the rates are of, so the percentages were read as counts: 100.0 rounded to 100, 1.0
(a share typed as a fraction) to 0, and lines of equal shares taken for totals of each other
('ESA Flow' =SUM over 'JSA 25+'), the copy verified.

A title that opens with words of rates alone ('Percentages', 'Percentage of attachments',
'Per cent', '%', 'Row percentages', 'Proportion of ...') over figures all from 0 to 100, one or
more of them not whole, titles a block of rates.
"""

from __future__ import annotations

import re

from wpxl.analyse.values import as_number
from wpxl.model import Cell, Coord, Table

_RATES_TITLE = re.compile(
    r"^\s*(?:(?:row|column)\s+)?(?:percentages?|per\s*cent(?:ages?)?|%|proportions?)(?:\W|$)",
    re.IGNORECASE,
)
_MOST = 100.0


def titled_rates(table: Table, cells: dict[Coord, Cell]) -> bool:
    """Whether the table is a block of rates by its title and its figures (see the doc)."""
    if not _RATES_TITLE.match(table.title or ""):
        return False
    figures = []
    for row in table.body_rows:
        for col in table.body_cols:
            cell = cells.get((row, col))
            number = as_number(cell.value) if cell is not None else None
            if number is not None:
                figures.append(float(number))
    return (
        bool(figures)
        and all(0 <= f <= _MOST for f in figures)
        and not all(f.is_integer() for f in figures)
    )
