"""A typed average of counts: removed, saying it is one.

A column 'Average per month' (or 'Per month', 'Avg', 'Mean') beside three months of referrals
is each line's months over their number, worked out from the unrounded counts. Since session 36
it is removed, not rounded as a count (an average is no count, and no total the guidance
rebuilds over the rounded cells), but the cover said 'a rate wpxl cannot work out from shared
figures': a reader looked for a rate and found none. The cover says what it is now. So for a
line of a statistic of the others ('Highest', 'Lowest', 'Range'), removed as analyse/words
reads it since session 42.
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


UNROUNDED_STATISTIC = (
    "a statistic of unrounded figures (the highest, the lowest or their range is no count to round)"
)
_STATISTIC = re.compile(
    r"^\s*(?:highest|lowest|largest|smallest|max(?:imum)?|min(?:imum)?|range)\s*:?\s*$",
    re.IGNORECASE,
)


def unrounded_summary(analysis: SheetAnalysis, table: Table, coord: Coord) -> str | None:
    """Why a figure the words heading its column, or naming its line, call an average or a
    statistic of the others is removed; None where they call it neither."""
    texts = heading_texts(analysis, table, coord)
    if any(_AVERAGE.match(text) is not None for text in texts):
        return UNROUNDED_AVERAGE
    if any(_STATISTIC.match(text) is not None for text in texts):
        return UNROUNDED_STATISTIC
    return None


def heading_texts(analysis: SheetAnalysis, table: Table, coord: Coord) -> list[str]:
    """The texts heading the cell's column (its table's header rows) and naming its line (its
    label columns): what a figure's own words are, for readings of what it is."""
    row, col = coord
    places = [(r, col) for r in table.header_rows] + [(row, c) for c in table.label_cols]
    cells = analysis.sheet.cells
    values = (getattr(cells.get(place), "value", None) for place in places)
    return [value for value in values if isinstance(value, str)]
