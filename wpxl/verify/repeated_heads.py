"""The proof's reading of a header row naming its columns by numbers that repeat as runs: weeks
1 to 13 of one year, its total's column, then weeks 1 to 13 of the next year; and of the words
naming such a row's total column: total words ('Total', 'Q1 total'), the year or quarter its
numbers make up ('2013/14', 'FY2013/14', 'Q1'), or a running total of them ('YTD', 'Year to
date', 'Cumulative': weeks 1 to 4, their year to date, weeks 5 to 8 ...).

Rounded as counts such numbers read 0, 0, 0 ..., and the columns can no longer be told apart;
but a row of counts could repeat a figure too, so a repeat is let stand only as a whole run:
the numbers between two cells of words are all different, and any two such runs sharing a
number are the same run. ``label_figures`` asks the rest of a header row of numbers of it.
"""

from __future__ import annotations

import re

from wpxl.model import Cell
from wpxl.verify.values import RUNNING_TOTAL
from wpxl.verify.year_parts import is_number, whole

_TOTAL_COLUMN = re.compile(
    r"^\s*(?:grand\s+|sub-?\s*)?totals?\b|^\s*all\b|^.*\btotals?\s*$"
    r"|^\s*(?:(?:(?:financial|fiscal|calendar)\s+)?year\s+|fy\s*)?(?:19|20)\d\d"
    r"(?:\s*[/-]\s*(?:\d\d|(?:19|20)\d\d))?\s*$|^\s*(?:q[1-4]|quarter\s+[1-4])\s*$"
    rf"|^.*{RUNNING_TOTAL}",
    re.IGNORECASE,
)


def names_total_column(text: str) -> bool:
    """Words heading a header row's total column (see the module's doc)."""
    return _TOTAL_COLUMN.match(text) is not None


def repeated_as_runs(line: list[tuple[int, Cell]]) -> bool:
    """Whether the row's numbers (its cells, left to right) are all different, or repeat only
    as whole runs between words (see the module's doc)."""
    runs: list[list[int | None]] = [[]]
    for _, cell in line:
        value = cell.value
        if isinstance(value, str) and value.strip().isdecimal():
            runs[-1].append(int(value))  # a number written as text ('18'), as exports write it
        elif isinstance(value, str) and value.strip():
            runs.append([])
        elif is_number(value):
            runs[-1].append(whole(cell))
    return repeated_whole([run for run in runs if run])


def repeated_whole(runs: list[list[int | None]]) -> bool:
    """Whether each run's numbers are all different, and any two runs sharing a number are the
    same run (a header row's weeks of each year, a label column's groups in each block)."""
    if any(len(set(run)) != len(run) for run in runs):
        return False
    return all(a == b or not set(a) & set(b) for a in runs for b in runs)
