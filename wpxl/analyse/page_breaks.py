"""A list printed over two pages, read as the one table it is.

A print layout ends page 1 with a typed 'Carried forward' row, repeats the header on page 2 and
starts it with 'Brought forward', the same figures. Cut at the blank row, the two halves would be
two tables: 'Brought forward' rounded on its own (c/f 120, b/f 100 in the copy) and page 2's
Total adding that lone figure, not the rounded offices; an outcome list would give page shares
under an 'all outcomes' intro. Joined, 'Brought forward' is a total over 'Carried forward' and
the repeated header is a header. Only when every figure of the two rows matches exactly.

The repeated header may be a header of two or three lines (years over months), each line as on
page 1, under a title line of its own ('Referrals by office (continued)'). A list printed
without c/f and b/f is joined when its foot Total adds up the offices of both pages exactly, and
not those of page 2 alone: cut in two, that Total was taken for a line counting something of its
own and rounded on its own, beside offices adding to more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wpxl.analyse.body import FIGURES
from wpxl.analyse.values import as_number, is_text, is_year
from wpxl.analyse.words import is_total_label
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
    """The rows of one join: page 2's title lines and repeated header, and the c/f and b/f rows
    (None for a list whose foot Total adds up both pages instead)."""

    header_rows: tuple[int, ...]
    title_rows: tuple[int, ...] = ()
    carried_row: int | None = None
    brought_row: int | None = None


_MOST_REPEATED = 4  # the title and header lines page 2 may start with


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
    """The break between ``upper`` and ``lower`` (its header again, under any title lines),
    when ``upper`` ends c/f and ``lower`` goes on with b/f, the same figures in every column,
    or, with neither, when ``lower``'s foot Total adds up both pages; None otherwise."""
    if (upper.left, upper.right) != (lower.left, lower.right) or lower.top - upper.bottom > 3:
        return None
    if lower.top <= upper.bottom or lower.bottom < lower.top + 1:
        return None
    cols = range(upper.left, upper.right + 1)
    carried = upper.bottom if _says(cells, upper.bottom, upper.left, _CARRIED) else None
    last = min(lower.top + _MOST_REPEATED, lower.bottom)
    # page 2's first lines and page 1's lines, each read once for every start tried
    lines = [[_heading(cells, r, c) for c in cols] for r in range(lower.top, last)]
    page1: list[list[str | None]] = []
    for start in range(lower.top + 1, last + 1):
        found = _repeated_header(upper, lower.top, lines[: start - lower.top], page1, cells)
        if found is None:
            continue
        titles, heads, first_body = found
        if carried is not None and _says(cells, start, upper.left, _BROUGHT):
            figures = [(_number(cells, carried, c), _number(cells, start, c)) for c in cols[1:]]
            matched = any(a is not None for a, _ in figures) and all(a == b for a, b in figures)
            return PageBreak(heads, titles, carried, start) if matched else None
        pages = (range(first_body, upper.bottom + 1), range(start, lower.bottom))
        if carried is None and _totals_both(pages, lower.bottom, cols, cells):
            return PageBreak(heads, titles)
    return None


def _repeated_header(
    upper: CellRange,
    top: int,
    lines: list[list[str | None]],
    page1: list[list[str | None]],
    cells: dict[Coord, Cell],
) -> tuple[tuple[int, ...], tuple[int, ...], int] | None:
    """Page 2's ``lines`` from ``top`` as title lines (one cell of words at the left) over a
    header repeating page 1's, line for line, with words over every column; with page 1's first
    line under its header. None when they are not. ``page1``: page 1's lines' headings, read
    into it the first time they are needed (most pairs of blocks never need them)."""
    cols = range(upper.left, upper.right + 1)
    for first in range(len(lines)):
        heads = lines[first:]
        titled = all(line[0] is not None and not any(line[1:]) for line in lines[:first])
        headed = all(any(line[i] is not None for line in heads) for i in range(len(cols)))
        if not (titled and headed):
            continue
        if not page1:
            page1 += [[_heading(cells, r, c) for c in cols] for r in range(upper.top, upper.bottom)]
        at = next((i for i in range(len(page1)) if page1[i : i + len(heads)] == heads), None)
        if at is not None:
            rows = range(top, top + len(lines))
            return tuple(rows[:first]), tuple(rows[first:]), upper.top + at + len(heads)
    return None


def _totals_both(
    pages: tuple[range, range], foot: int, cols: range, cells: dict[Coord, Cell]
) -> bool:
    """A foot Total (and no other total line on either page) whose every figure is the sum of
    both pages' lines and, somewhere, not of page 2's alone."""
    lines = [*pages[0], *pages[1]]
    labels = [_text(cells, r, cols[0]) for r in [*lines, foot]]
    if not is_total_label(labels[-1] or "") or any(is_total_label(x or "") for x in labels[:-1]):
        return False
    compared = both_pages = False
    for col in cols[1:]:
        total = _number(cells, foot, col)
        if total is None:
            continue
        parts = [_number(cells, r, col) or 0.0 for r in lines]
        if total != sum(parts):
            return False
        compared = True
        both_pages = both_pages or total != sum(parts[len(pages[0]) :])
    return compared and both_pages


def _says(cells: dict[Coord, Cell], row: int, col: int, words: re.Pattern[str]) -> bool:
    cell = cells.get((row, col))
    return cell is not None and is_text(cell.value) and bool(words.match(str(cell.value)))


def _text(cells: dict[Coord, Cell], row: int, col: int) -> str | None:
    """A header cell's words; None for a number, a formula or an empty cell."""
    cell = cells.get((row, col))
    if cell is None or cell.formula is not None or not is_text(cell.value):
        return None
    return " ".join(str(cell.value).split())


def _heading(cells: dict[Coord, Cell], row: int, col: int) -> str | None:
    """A header cell's words, or a year typed as a number (a header of years: 2013, 2014)."""
    cell = cells.get((row, col))
    if cell is not None and cell.formula is None and not is_text(cell.value):
        return str(int(cell.value)) if is_year(cell.value) else None  # type: ignore[arg-type]
    return _text(cells, row, col)


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
            for row in found.header_rows:
                if (row, col) in cells:
                    roles[(row, col)] = Role.HEADER
            for row in found.title_rows:
                if (row, col) in cells:
                    roles[(row, col)] = Role.TITLE
        if found.carried_row is None or found.brought_row is None:
            continue
        for col in table.body_cols:
            brought, carried = (found.brought_row, col), (found.carried_row, col)
            if roles.get(brought) is Role.COUNT and roles.get(carried) in FIGURES:
                roles[brought] = Role.TOTAL
                table.totals[brought] = ((table.sheet, *carried),)
                table.total_rows.add(found.brought_row)
