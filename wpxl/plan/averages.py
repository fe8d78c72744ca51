"""A typed average of counts: removed, saying it is one.

A column 'Average per month' (or 'Per month', 'Avg', 'Mean') beside three months of referrals
is each line's months over their number, worked out from the unrounded counts. Since session 36
it is removed, not rounded as a count (an average is no count, and no total the guidance
rebuilds over the rounded cells), but the cover said 'a rate wpxl cannot work out from shared
figures': a reader looked for a rate and found none. The cover says what it is now.
"""

from __future__ import annotations

import re

from wpxl.model import Coord, SheetAnalysis, Table

UNROUNDED_AVERAGE = "an average of unrounded figures (an average is no count to round)"
# an average alone: 'Average per month', 'Monthly average', 'Avg.', 'Mean', or how often alone
# ('Per month'); not an average of something else ('Average weeks to start')
_AVERAGE = re.compile(
    r"^\s*(?:(?:(?:weekly|monthly|quarterly|annual|yearly)\s+)?(?:average|avg\.?|mean)"
    r"(?:\s+(?:per|a)\s+(?:week|month|quarter|year|day))?"
    r"|(?:avg\.?\s*)?(?:per|a|/)\s*(?:week|wk|month|mth|quarter|qtr|year|yr|day|annum))\s*:?\s*$",
    re.IGNORECASE,
)


def is_average(analysis: SheetAnalysis, table: Table, coord: Coord) -> bool:
    """Whether the words heading the cell's column, or naming its line, say it is an average."""
    return any(_AVERAGE.match(text) is not None for text in heading_texts(analysis, table, coord))


def heading_texts(analysis: SheetAnalysis, table: Table, coord: Coord) -> list[str]:
    """The texts heading the cell's column (its table's header rows) and naming its line (its
    label columns): what a figure's own words are, for readings of what it is."""
    row, col = coord
    places = [(r, col) for r in table.header_rows] + [(row, c) for c in table.label_cols]
    cells = analysis.sheet.cells
    values = (getattr(cells.get(place), "value", None) for place in places)
    return [value for value in values if isinstance(value, str)]
