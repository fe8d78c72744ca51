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
  'Apr' says a second group starts there unnamed, so where this one ends is not known).

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
    for row, below in zip(layout.header_rows, layout.header_rows[1:], strict=False):
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
            under = [_label(sheet, (below, c)) for c in spanned]
            if any(u is None for u in under) or len(set(under)) != len(under):
                continue
            heads.update(((row, c), cell) for c in spanned[1:])
    return heads


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
