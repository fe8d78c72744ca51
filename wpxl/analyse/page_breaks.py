"""A list printed over two pages, read as the one table it is.

A print layout ends page 1 with a typed 'Carried forward' row, repeats the header on page 2 and
starts it with 'Brought forward', the same figures. Cut at the blank row, the two halves would be
two tables: 'Brought forward' rounded on its own (c/f 120, b/f 100 in the copy) and page 2's
Total adding that lone figure, not the rounded offices; an outcome list would give page shares
under an 'all outcomes' intro. Joined, 'Brought forward' is a total over 'Carried forward' and
the repeated header is a header. Only when every figure of the two rows matches exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wpxl.analyse.body import FIGURES
from wpxl.analyse.values import as_number, is_text
from wpxl.model import Cell, CellRange, Coord, Role, Table

# where the figures go or come from, as a print layout may say after the words ("Carried
# forward to page 2", "b/f from previous page", "Carried forward overleaf")
_PAGE = (
    r"(\s+((to|from)\s+(the\s+)?(next|previous|last)\s+page"
    r"|(to|from)\s+p(age|\.)?\s*\d+|overleaf))?"
)
_CARRIED = re.compile(rf"^\s*(carried\s+(forward|fwd)|c/f(wd)?){_PAGE}\s*[.:]?\s*$", re.IGNORECASE)
_BROUGHT = re.compile(rf"^\s*(brought\s+(forward|fwd)|b/f(wd)?){_PAGE}\s*[.:]?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PageBreak:
    """The rows of one join: page 2's repeated header, and the c/f and b/f rows."""

    header_row: int
    carried_row: int
    brought_row: int


def join_pages(
    blocks: list[CellRange], cells: dict[Coord, Cell]
) -> tuple[list[CellRange], dict[CellRange, list[PageBreak]]]:
    """Blocks with each page-2 block joined to the page-1 block it continues, and the breaks
    inside each joined block."""
    joined: list[CellRange] = []
    breaks: dict[CellRange, list[PageBreak]] = {}
    for lower in sorted(blocks, key=lambda b: (b.top, b.left)):
        for i, upper in enumerate(joined):
            found = _page_break(upper, lower, cells)
            if found is not None:
                joined[i] = CellRange(upper.top, upper.left, lower.bottom, upper.right)
                breaks[joined[i]] = [*breaks.pop(upper, []), found]
                break
        else:
            joined.append(lower)
    return joined, breaks


def _page_break(upper: CellRange, lower: CellRange, cells: dict[Coord, Cell]) -> PageBreak | None:
    """The break between ``upper`` (ending c/f) and ``lower`` (its header again, then b/f with
    the same figures in every column), or None when any of it differs."""
    if (upper.left, upper.right) != (lower.left, lower.right) or lower.top - upper.bottom > 3:
        return None
    if lower.top <= upper.bottom or lower.bottom < lower.top + 1:
        return None
    cols = range(upper.left, upper.right + 1)
    head, carried, brought = lower.top, upper.bottom, lower.top + 1
    if not _says(cells, carried, upper.left, _CARRIED) or not _says(
        cells, brought, upper.left, _BROUGHT
    ):
        return None
    heads = [_text(cells, head, c) for c in cols]
    same_header = any(
        all(h is not None for h in heads) and [_text(cells, r, c) for c in cols] == heads
        for r in range(upper.top, carried)
    )
    figures = [(_number(cells, carried, c), _number(cells, brought, c)) for c in cols[1:]]
    matched = any(a is not None for a, _ in figures) and all(a == b for a, b in figures)
    return PageBreak(head, carried, brought) if same_header and matched else None


def _says(cells: dict[Coord, Cell], row: int, col: int, words: re.Pattern[str]) -> bool:
    cell = cells.get((row, col))
    return cell is not None and is_text(cell.value) and bool(words.match(str(cell.value)))


def _text(cells: dict[Coord, Cell], row: int, col: int) -> str | None:
    """A header cell's words; None for a number, a formula or an empty cell."""
    cell = cells.get((row, col))
    if cell is None or cell.formula is not None or not is_text(cell.value):
        return None
    return " ".join(str(cell.value).split())


def _number(cells: dict[Coord, Cell], row: int, col: int) -> float | None:
    """A figure, or None for an empty cell; text is no match for anything (NaN)."""
    cell = cells.get((row, col))
    if cell is None or cell.is_empty:
        return None
    number = as_number(cell.value)  # a formula's cached figure: the one a reader sees
    return float("nan") if number is None else number


def read_page_breaks(
    table: Table,
    breaks: list[PageBreak],
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
) -> None:
    """Each repeated header is a header; each 'Brought forward' figure is a total over the
    'Carried forward' figure beside it, so the copy shows one subtotal, once rounded, and the
    foot Total adds the rounded offices."""
    for found in breaks:
        for col in range(table.area.left, table.area.right + 1):
            if (found.header_row, col) in cells:
                roles[(found.header_row, col)] = Role.HEADER
        for col in table.body_cols:
            brought, carried = (found.brought_row, col), (found.carried_row, col)
            if roles.get(brought) is Role.COUNT and roles.get(carried) in FIGURES:
                roles[brought] = Role.TOTAL
                table.totals[brought] = ((table.sheet, *carried),)
                table.total_rows.add(found.brought_row)
