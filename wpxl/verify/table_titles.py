"""Whether a lone line of words is the title of a table under it, for the proof's reading of
outcomes (``outcomes.OutcomeContext``): such a line names the table below, never the figures
above it, as a note under them would.

'Job outcomes by area', one blank line, then the outcomes' header over their figures titles
them, not the job starts above. The header may stand under a line naming its columns' span
('2013/14' over 'Area | Q1 | Q2'), one blank line may part it from its figures, and it may
name its columns by years typed as numbers ('Area | 2010 | 2011 | Total') or month codes
('Area | 201304 | 201305'): figures by the index of the sheet's words, but a year or a month
apart after a word naming the label column, a header. The table's total line may stand
between the title and the header, a blank line either side ('All areas | 4471 | 2877').
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.model import Cell

Coord = tuple[int, int]

# how a note opens, never a title: 'Source: ...', 'Note ...', 'NB', '* ...', 'Figures are ...'
NOTE_OPENING = re.compile(
    r"^\s*(?:sources?\b|notes?\b|n\.?b\.?\b|\*|\(?\d{1,2}[).]\s|figures\s+(?:are|include|exclude|show)"
    r"|data\s+(?:are|is|from|include)|these\s+(?:are|figures)|excludes?\b|includes?\b)",
    re.IGNORECASE,
)
FIRST_YEAR, LAST_YEAR = 1990, 2100
_WHOLE = re.compile(r"\b(?:all|total|grand\s+total|overall)\b", re.IGNORECASE)


def titles_header_below(
    rows: dict[int, list[tuple[int, str]]],
    numeric_rows: set[int],
    cells: dict[Coord, Cell],
    row: int,
) -> bool:
    """Whether the line at ``row``, not opening as a note, stands one blank line over a
    header with figures under it (see the module's doc); ``rows`` holds each row's words,
    ``numeric_rows`` the rows holding figures."""
    texts = [t for _, t in rows.get(row, ())]
    if len(texts) != 1 or NOTE_OPENING.match(texts[0]):
        return False
    top = row + 2
    whole = [t for _, t in rows.get(top, ())]
    if top in numeric_rows and len(whole) == 1 and _WHOLE.search(whole[0]):
        if top + 1 in numeric_rows or rows.get(top + 1):
            return False
        top += 2  # the table's total line over its header, a blank line between ('All areas')
    for header in (top, top + 1):
        words = rows.get(header, [])
        if not words or (header in numeric_rows and not _periods_head(words, cells, header)):
            return False
        blank = header + 1 not in numeric_rows and not rows.get(header + 1)
        under = header + 1 in numeric_rows or (blank and header + 2 in numeric_rows)
        if (len(words) >= 2 or header in numeric_rows) and under:
            return True
    return False


def _periods_head(words: list[tuple[int, str]], cells: dict[Coord, Cell], row: int) -> bool:
    """Whether the line's figures are years typed a year apart, or month codes (yyyymm) a
    month apart, after its first words, up to its last words or the end of its run of cells
    ('Area | 2010 | 2011 | Total', 'Area | 201304 | 201305')."""
    first, last = words[0][0], words[-1][0]
    col, numbers = first + 1, []
    while (cell := cells.get((row, col))) is not None and cell.value not in (None, ""):
        number = _whole(cell)
        if number is None and col <= last:
            if not isinstance(cell.value, str):
                return False
        elif number is not None:
            numbers.append(number)
        col += 1
    if numbers and all(FIRST_YEAR <= n <= LAST_YEAR for n in numbers):
        return {b - a for a, b in pairwise(numbers)} <= {1}
    months = [12 * (n // 100) + n % 100 for n in numbers]
    codes = all(FIRST_YEAR <= n // 100 <= LAST_YEAR and 1 <= n % 100 <= 12 for n in numbers)
    return bool(numbers) and codes and {b - a for a, b in pairwise(months)} <= {1}


def _whole(cell: Cell) -> int | None:
    """A typed whole number (no formula, no text)."""
    value = cell.value
    if cell.formula is not None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() else None
