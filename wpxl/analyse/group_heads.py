"""A group label typed in the first cell of its columns only: 'Job starts' over Apr, May, Jun,
Total, then 'Job outcomes' over the next Apr .. Total, neither merged nor centred across.

Excel shows such a label over its first column only, but the reader takes it, as a merge, to
head every column up to the next label. Read over its first column alone, the other columns
of the group take the table's measure, and with a title naming both measures job starts are
published as outcome shares. So a label in a header row above the innermost one heads the
blank header cells right of it, up to the cell before the next label in its row (or the
table's right edge), exactly as a merged range would, only when all of these hold:

- it names a measure (a group of months is no such group, and is left as it stands);
- it spans two or more columns, all among the table's figure columns, none of them inside a
  merged range or a centre-across run;
- the header row below has a label under every spanned column, and no label twice (a second
  'Apr' says a second group starts there unnamed, so where this one ends is not known); or,
  that row grouping the columns in turn ('Referrals' over '2012/13' over H1, H2, Total, then
  '2013/14' over the next three, each label typed once), the innermost of the next two or
  three header rows has a label under every spanned column, and the labels down those rows,
  each read on over the blank cells to its right, are different for every column.

Anything short of that stays as it was read: each column with its own words, and any column
naming no measure taking the table's (an outcome when the title names one: fail closed).
"""

from __future__ import annotations

from wpxl.analyse.layout import Layout
from wpxl.analyse.values import is_text
from wpxl.analyse.words import header_measure
from wpxl.model import Cell, Coord, Measure, Sheet


def group_heads(
    sheet: Sheet, layout: Layout, measure_words: dict[Measure, tuple[str, ...]]
) -> dict[Coord, Cell]:
    """The group label each blank header cell of the table is read under (see the module's
    doc), by the blank cell's place; most tables have none."""
    heads: dict[Coord, Cell] = {}
    body = set(layout.body_cols)
    for at_row, row in enumerate(layout.header_rows):
        below = layout.header_rows[at_row + 1 :]
        labels = [c for c in sorted(body) if not _blank(sheet, (row, c))]
        for at, col in enumerate(labels):
            cell = sheet.cells.get((row, col))
            if cell is None or cell.is_empty:
                continue  # inside a merged range: read as merged
            end = labels[at + 1] - 1 if at + 1 < len(labels) else max(body)
            spanned = range(col, end + 1)
            if end == col or not is_text(cell.value) or not all(c in body for c in spanned):
                continue
            if header_measure(str(cell.value), measure_words) is None:
                continue
            if any(_told_apart(sheet, below[:depth], spanned) for depth in range(1, 4)):
                heads.update(((row, c), cell) for c in spanned[1:])
    return heads


def _told_apart(sheet: Sheet, lines: list[int], spanned: range) -> bool:
    """Whether the header ``lines`` under a group label tell its ``spanned`` columns apart: a
    label on the innermost under every column, and the labels down the lines different for
    each (a line's labels read on over its blank cells, so '2012/13' over H1, H2, Total, then
    '2013/14' over the next three tell the two H1s apart); a line short of them, no group."""
    if not lines or lines != list(range(lines[0], lines[0] + len(lines))):
        return False
    told = []
    for col in spanned:
        words = []
        for line in lines:
            own = next((w for c in range(col, spanned.start - 1, -1)
                        if (w := _label(sheet, (line, c))) is not None), None)  # fmt: skip
            words.append(own if line != lines[-1] else _label(sheet, (line, col)))
        told.append(tuple(words))
    if any(t[-1] is None for t in told) or any(t[0] is None for t in told[:1]):
        return False
    return len(set(told)) == len(told)


def _blank(sheet: Sheet, at: Coord) -> bool:
    """An empty header cell no merged range or centre-across run covers."""
    cell = sheet.cells.get(at)
    return (cell is None or cell.is_empty) and sheet.merged_origin(*at) is None


def _label(sheet: Sheet, at: Coord) -> str | None:
    """The words a header cell shows, a merged one's read where it starts."""
    cell = sheet.cells.get(at)
    if cell is None or cell.is_empty:
        cell = sheet.merged_origin(*at)
    if cell is None or cell.is_empty or cell.formula is not None:
        return None
    return str(cell.value).strip() or None
