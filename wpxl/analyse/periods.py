"""Lines that name periods (weeks 1 to 53, dates, months, years): no totals of a few others.

Counts by week or month are small and many: week 1's deaths in a region often equal weeks 2 to
4 together, so a column of week 1 would be "explained" as their total by coincidence. A period
totals some of the others only when its words say so ("Total", "Year to date"); one that is
the sum of all the others ("2013/14" after its twelve months) is a total as any line is. A
quarter among months ("Q1" after April, May and June) is a period of another length, which
sums months by its name: it is read as any line is, and so is a year among months or quarters
('2013/14' under its months, then the next year's months and '2014/15'; '2021-22' before its
quarters Q1 to Q4, then '2022-23' before the next year's; or its halves, 'H1' and 'H2'), the
months named by words, dates or codes typed as numbers (201304, 201305 ...), weeks by their
numbers ('Week 1'). A span of years covering the years of the others ('2011-2014' under 2011
to 2014) is no period among them: it totals them as any line may.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from wpxl.analyse.values import is_date, is_period_text, is_quarter_text, is_year
from wpxl.model import Cell, Coord

if TYPE_CHECKING:
    from wpxl.analyse.totals import Axis

# one period by its number: 'Week 1', 'Wk 12', 'Month 3', 'Period 13'
_NUMBERED_PERIOD = re.compile(r"^\s*(?:weeks?|wk|months?|period)\.?\s*\d{1,2}\s*$", re.IGNORECASE)
_HALF = re.compile(r"^\s*(?:h[12]|half\s*[12]|(?:first|second)\s+half)\b", re.IGNORECASE)
MIN_RUN = 3  # numbers in a row running 1, 2, 3 ... (week numbers), not counts
_YEAR_SPAN = re.compile(r"^((?:19|20)\d\d)\s*(?:-|\u2013|to)\s*((?:19|20)\d\d)$", re.IGNORECASE)


def axis_periods(
    axis: Axis, cells: dict[Coord, Cell], label_cols: list[int], head_rows: list[int]
) -> set[int]:
    """The lines of ``axis`` that name periods: rows by their labels, columns by the header
    rows that name them (``head_rows``: the table's own, or those of the tables stacked above
    when its own name no column, as weeks are often named once, at the top). A name at an
    outer level over blank cells of the lines after it ('2023' over its 'Year' total and Q1 to
    Q4, merged or not) names their group, not its first line: 'Year' is read by its own name,
    so a total by its arithmetic as the same column after the quarters is."""
    names_at = label_cols if axis.by_row else head_rows

    def at(line: int, k: int) -> Cell | None:
        cell = cells.get((line, k) if axis.by_row else (k, line))
        return None if cell is None or cell.is_empty else cell

    names = {line: [c for k in names_at if (c := at(line, k)) is not None] for line in axis.lines}
    inner = names_at[-1] if names_at else None
    for line, after in zip(axis.lines, axis.lines[1:], strict=False):
        if inner is not None and at(after, inner) is not None:  # a group's head names it all
            names[line] = [c for k in names_at if (c := at(line, k)) is not None
                           and (k == inner or at(after, k) is not None)]  # fmt: skip
    return period_lines(names)


def period_lines(names: dict[int, list[Cell]]) -> set[int]:
    """The lines (by number) whose naming cells (header cells of a column, label cells of a
    row) name a period: a date, a month or quarter, a year, or a number in a run 1, 2, 3 ...
    across the lines."""
    periods = {line: [c for c in cells if _names_a_period(c)] for line, cells in names.items()}
    found = {line for line, named in periods.items() if named}  # each cell asked once
    quarters = {
        line for line, cells in names.items() if any(is_quarter_text(c.value) for c in cells)
    }
    years = {line for line, named in periods.items() if _only_a_year(named)}
    numbered = _numbered(names)  # months by their codes (201304, 201305 ...) among them
    for longer in (quarters, years):  # among months: each may total its months
        if (found | numbered) - quarters - years and longer:
            found -= longer
    halves = {line for line, cells in names.items() if any(_names_a_half(c) for c in cells)}
    if (quarters - years or halves) and years:  # among quarters or halves: a year may total them
        found -= years
    return (found | numbered) - _spanning(names)


def _spanning(names: dict[int, list[Cell]]) -> set[int]:
    """Lines named by a span of years ('2011-2014', '2011 to 2014') that covers every year
    naming one of the others, two or more: the years' total, not a period among them (read as
    one, it was rounded on its own, or shown as a share beside the years, halving theirs)."""
    spans: dict[int, tuple[int, int]] = {}
    years: dict[int, int] = {}
    for line, cells in names.items():
        texts = [str(c.value).strip() for c in cells if not isinstance(c.value, bool)]
        if len(texts) != 1:
            continue
        if (span := _YEAR_SPAN.match(texts[0])) is not None:
            spans[line] = (int(span.group(1)), int(span.group(2)))
        elif texts[0].isdigit() and is_year(int(texts[0])):
            years[line] = int(texts[0])
    return {
        line
        for line, (first, last) in spans.items()
        if first < last and len(years) >= 2 and all(first <= y <= last for y in years.values())
    }


def _names_a_half(cell: Cell) -> bool:
    """A half year by its name: 'H1', 'Half 2', 'First half'."""
    return isinstance(cell.value, str) and _HALF.match(cell.value) is not None


def _only_a_year(periods: list[Cell]) -> bool:
    """Named by a year alone ('2013/14'), no month or date beside it (a year column naming
    only its first month's line); ``periods``: the line's naming cells that name a period."""
    return bool(periods) and all(is_year(cell.value) for cell in periods)


def _names_a_period(cell: Cell) -> bool:
    value = cell.value
    if isinstance(value, bool) or value is None:
        return False
    if is_date(value, cell.style.number_format) or is_period_text(value):
        return True
    if isinstance(value, str) and _NUMBERED_PERIOD.match(value):
        return True
    return isinstance(value, int | float) and float(value).is_integer() and is_year(value)


def _numbered(names: dict[int, list[Cell]]) -> set[int]:
    """Lines named by whole numbers running up or down by one, three or more in a row."""
    numbers: dict[int, int] = {}
    for line, cells in names.items():
        found = [
            c.value for c in cells if isinstance(c.value, int) and not isinstance(c.value, bool)
        ]
        if len(found) == 1:
            numbers[line] = found[0]
    lines = sorted(numbers)
    run: list[int] = []
    found: set[int] = set()
    for a, b in pairwise(lines):
        if abs(numbers[b] - numbers[a]) == 1:
            run = run or [a]
            run.append(b)
        else:
            found.update(run if len(run) >= MIN_RUN else [])
            run = []
    found.update(run if len(run) >= MIN_RUN else [])
    return found
