"""Tables that blank rows cut apart, joined again: a lower block with the same first column
whose first row is data (a name, maybe after a blank codes column or codes, and figures)
continues the block above it, as does a lone column of figures under the same column, and a
block of lines named by numbers continues a header of years or month codes set a blank row
above it. So does a block opening with its group's name alone over data, where a group of the
block above opens so too (a provider's partners, 'Prime: Ingeus' and 'Supply chain partner:
Shaw Trust', each over its offices and subtotal, a blank row between).
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.analyse.lone_codes import heads_one_month
from wpxl.analyse.numbered_heads import numbers_head_columns
from wpxl.analyse.values import as_number, is_date, is_error, is_text, is_year, typed_whole
from wpxl.analyse.words import is_total_label
from wpxl.model import Cell, CellRange, Coord

# a date a formula makes or counts on (=EDATE(B3,1), a month head typed once and counted on)
_DATING = re.compile(r"\s*(?:_xlfn\.)?(?:EDATE|EOMONTH|DATE)\(", re.IGNORECASE)


def is_count_like(cell: Cell | None) -> bool:
    """A number that could be a volume: not a year, not a date, not an error, nor a date a
    formula makes (``_DATING``): month heads counted on by formulas head their columns."""
    if cell is None or is_error(cell.value):
        return False
    if cell.formula is not None:
        if _DATING.match(cell.formula) and is_date(cell.value, cell.style.number_format):
            return False
        return not (isinstance(cell.value, str) and as_number(cell.value) is None)
    number = as_number(cell.value)
    fmt = cell.style.number_format
    if number is None or is_date(cell.value, fmt):
        return False
    # a year is never written 2,013: a year-sized number with a thousands separator is a count
    return not is_year(cell.value) or (not isinstance(cell.value, str) and "#,#" in fmt)


def merge_split_tables(blocks: list[CellRange], cells: dict[Coord, Cell]) -> list[CellRange]:
    """Join a table that blank rows cut in two back into one block.

    A lower block with the same first column whose first row is already data (a label and
    figures, no header of its own) continues the block just above it. So does a lone column
    of figures (a 'Total' column after a blank spacer column) under the same column, where the
    table to its left was joined over the same blank rows: cut there, its pieces would be
    tables of no header, apart from the rows they add up.
    """
    merged: list[CellRange] = []
    for lower in sorted(blocks, key=lambda b: (b.top, b.left)):
        for i, upper in enumerate(merged):
            # the lower one may leave the upper one's first columns empty: a region column
            # blank on every area's line ('Region | Area | 2010' a blank row over its lines)
            same_cols = upper.left <= lower.left and lower.right <= upper.right
            if (
                same_cols
                and 2 <= lower.top - upper.bottom <= 3
                and (
                    _row_is_data(lower, cells)
                    or _column_goes_on(upper, lower, merged, cells)
                    or _periods_head_numbered_lines(upper, lower, cells)
                    or _coded_head_over_names(upper, lower, cells)
                    or _named_block_goes_on(upper, lower, cells)
                )
            ):
                merged[i] = CellRange(upper.top, upper.left, lower.bottom, upper.right)
                break
        else:
            merged.append(lower)
    return merged


def _named_block_goes_on(upper: CellRange, lower: CellRange, cells: dict[Coord, Cell]) -> bool:
    """Whether ``lower`` opens with its group's name alone over data, as a group of ``upper``
    does under its header: a provider's pack sets its partners' blocks a blank row apart
    ('Prime: Ingeus' over its offices and subtotal, then 'Supply chain partner: Shaw Trust'
    over theirs, the CPA total last). Cut there, each block was a table of its own, and the
    percentage sheet of the last showed the CPA total as 558% of its one partner. Blocks naming
    the same lines are stacked blocks, each a table."""
    named = _named_over_data(lower.top, lower, cells) and any(
        _named_over_data(row, upper, cells) for row in range(upper.top, upper.bottom)
    )
    return named and not _labels(upper, cells) & _labels(lower, cells)  # alike blocks: stacked


def _labels(block: CellRange, cells: dict[Coord, Cell]) -> set[str]:
    """The words of the block's first column: blocks naming the same lines ('Referrals to date'
    under each authority, then under 'All local authorities') are stacked blocks, read as such
    (wpxl.analyse.stacked_totals), not one table."""
    column = (cells.get((row, block.left)) for row in range(block.top, block.bottom + 1))
    return {str(c.value).strip() for c in column if c is not None and is_text(c.value)}


def _named_over_data(row: int, block: CellRange, cells: dict[Coord, Cell]) -> bool:
    """Whether the block's line ``row`` holds only a name in its first column (no total's),
    the line after it data."""
    line = [c for col in range(block.left, block.right + 1) if (c := cells.get((row, col)))]
    line = [cell for cell in line if not cell.is_empty]
    first = cells.get((row, block.left))
    named = len(line) == 1 and line[0] is first and is_text(first.value)
    after = CellRange(row + 1, block.left, block.bottom, block.right)
    return (
        named
        and not is_total_label(str(first.value))
        and row < block.bottom
        and _row_is_data(after, cells)
    )


def _column_goes_on(
    upper: CellRange, lower: CellRange, merged: list[CellRange], cells: dict[Coord, Cell]
) -> bool:
    """Whether ``lower`` goes on with the lone column ``upper``: one column each, a figure
    first, and a table to the left already joined over every row of both."""
    lone = upper.left == upper.right == lower.left == lower.right
    return (
        lone
        and is_count_like(cells.get((lower.top, lower.left)))
        and any(
            b.right < upper.left and b.top <= upper.top and lower.bottom <= b.bottom for b in merged
        )
    )


def _periods_head_numbered_lines(
    upper: CellRange, lower: CellRange, cells: dict[Coord, Cell]
) -> bool:
    """Whether ``upper`` is the header of ``lower``, a blank row between: one line naming the
    label column in words, then years typed as numbers a year apart ('Payment group | 2010 |
    2011') or month codes a month apart ('Age | 201304 | 201305'), maybe a Total column before
    them, columns headed in words after them ('Total', 'Notes': the proof refused the years
    rounded) and lines of words over them ('2013/14'), over lines named by numbers
    ('1 | 646 | 13'). Such a header holds no words over its figures, so it reads as a line of
    counts on its own, and the lines, with no name in words, as no data going on: cut there,
    the years or codes would be rounded as counts."""
    if lower.top - upper.bottom != 2 or lower.left != upper.left:
        return False
    cols, head = range(upper.left, upper.right + 1), upper.bottom
    spans = [cells.get((row, col)) for row in range(upper.top, head) for col in cols]
    if not all(cell is None or cell.is_empty or is_text(cell.value) for cell in spans):
        return False  # lines over the header name their span in words ('2013/14'), if any
    corner = cells.get((head, upper.left))
    heads = [cells.get((head, col)) for col in cols[1:]]
    heads = [cell for cell in heads if cell is not None and not cell.is_empty]  # a spacer's
    while heads and is_text(heads[-1].value):
        heads.pop()  # columns headed in words after the years ('Total', 'Notes', 'Rank')
    if heads and is_total_label(str(heads[0].value)):
        heads.pop(0)  # a Total column before them ('CPA | Total | 2010')
    numbers = [_whole(cell) for cell in heads]
    return (
        corner is not None
        and is_text(corner.value)
        and bool(numbers)
        and None not in numbers
        and _one_apart(numbers)  # type: ignore[arg-type]
        and _whole(cells.get((lower.top, lower.left))) is not None
        and _row_is_data_after(lower, cells)
    )


def _whole(cell: Cell | None) -> int | None:
    """A whole number, typed or written as digits ('18', '201304', as exports write ages and
    month codes: cut off so, they were rounded as counts and the proof refused the copy)."""
    if cell is not None and cell.formula is None and isinstance(cell.value, str):
        return int(cell.value) if cell.value.strip().isdigit() else None
    return typed_whole(cell)


def _one_apart(numbers: list[int]) -> bool:
    """Whether the numbers are years a year apart, or month codes (yyyymm) a month apart."""
    if all(is_year(n) for n in numbers):
        return {b - a for a, b in pairwise(numbers)} <= {1}
    years, months = zip(*(divmod(n, 100) for n in numbers), strict=True)
    codes = all(is_year(y) for y in years) and all(1 <= m <= 12 for m in months)
    order = [12 * y + m for y, m in zip(years, months, strict=True)]
    return codes and {b - a for a, b in pairwise(order)} <= {1}


def _row_is_data_after(block: CellRange, cells: dict[Coord, Cell]) -> bool:
    """Whether the block's first row holds a figure after its first column."""
    cols = range(block.left + 1, block.right + 1)
    return any(is_count_like(cells.get((block.top, col))) for col in cols)


def _coded_head_over_names(upper: CellRange, lower: CellRange, cells: dict[Coord, Cell]) -> bool:
    """Whether ``upper`` ends with a header naming its columns by month codes ('Country |
    Region | Area | 201304') and ``lower`` starts with a line named in words, its figures
    whole numbers of any size ('Scotland | 2090'): the header's lines, cut off by a blank
    row, whose first figures, year-sized, would otherwise be read as a header of years and
    carried unrounded."""
    head = [
        c for col in range(upper.left, upper.right + 1) if (c := cells.get((upper.bottom, col)))
    ]
    head = [cell for cell in head if not cell.is_empty]
    values = [cell.value for cell in head[1:]]
    if not head or not (numbers_head_columns(head[0], values) or heads_one_month(head[0], values)):
        return False
    line = [cells.get((lower.top, col)) for col in range(lower.left, lower.right + 1)]
    line = [cell for cell in line if cell is not None and not cell.is_empty]
    name = next((at for at, cell in enumerate(line) if is_text(cell.value)), None)
    figures = line[name + 1 :] if name is not None else []
    return bool(figures) and all(typed_whole(cell) is not None for cell in figures)


def _row_is_data(block: CellRange, cells: dict[Coord, Cell]) -> bool:
    """Whether the block's first row is data: a name (after codes, maybe), then figures; not
    a header naming its columns by month codes ('Area | 201304 | Total', under a total line
    set a blank row above it)."""
    line = [c for col in range(block.left, block.right + 1) if (c := cells.get((block.top, col)))]
    line = [cell for cell in line if not cell.is_empty]
    values = [cell.value for cell in line[1:]]
    if line and (numbers_head_columns(line[0], values) or heads_one_month(line[0], values)):
        return False
    name = next((at for at, cell in enumerate(line) if is_text(cell.value)), len(line))
    coded = all(typed_whole(cell) is not None for cell in line[:name])  # '752 | Bolton'
    return coded and any(is_count_like(cell) for cell in line[name + 1 :])
