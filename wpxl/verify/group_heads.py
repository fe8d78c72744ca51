"""The proof's own reading of a group label typed in the first cell of its columns only
('Job starts' over Apr, May, Jun, Total, then 'Job outcomes' over the next four), neither
merged nor centred across: it heads the blank cells right of it as a merge would.

Read so only when all of these hold, by the input's cells (the analyse stage is never asked):

- the label is words naming a measure, on a line of words (no figure on it);
- the cells right of it are blank (no value, no merged range or centre-across run over them),
  up to the next words on its line, or, with none, as far as the line below has words;
- the line below has words under every column it spans, no words twice (a second 'Apr' says
  a second group starts there, unnamed), and every spanned column has figures below.

Anything short of that leaves each column with its own words, and a column naming no measure
with its title's (an outcome when the title names one: fail closed).
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.model import Sheet

Coord = tuple[int, int]


def group_heads(
    sheet: Sheet,
    rows: dict[int, list[tuple[int, str]]],
    numeric_rows: set[int],
    numbers_by_col: dict[int, list[int]],
    names_measure: Callable[[str], bool],
) -> dict[int, list[tuple[int, str]]]:
    """The group labels each column is read under beyond its own cells, as (row, words) by
    column; ``rows`` are the sheet's words by row, left to right; ``numbers_by_col`` the rows
    of each column's figures, top to bottom."""
    spans = [*sheet.merged, *sheet.centred]
    heads: dict[int, list[tuple[int, str]]] = {}
    for row, line in rows.items():
        below = dict(rows.get(row + 1, ()))
        if row in numeric_rows or row + 1 in numeric_rows or not below:
            continue
        for at, (col, text) in enumerate(line):
            if not names_measure(text) or col not in below:
                continue
            stop = line[at + 1][0] if at + 1 < len(line) else None
            end = col
            while (stop is None or end + 1 < stop) and end + 1 in below:
                end += 1
            if stop is not None and end + 1 != stop:
                continue  # a column of the group with no words under it
            spanned = range(col, end + 1)
            words = [below[c].strip() for c in spanned]
            if end == col or len(set(words)) != len(words) or "" in words:
                continue
            covered = any((row, c) in rng for rng in spans for c in spanned)
            blank = all(_blank(sheet, (row, c)) for c in spanned[1:])
            figures = all(numbers_by_col.get(c, [row])[-1] > row + 1 for c in spanned)
            if covered or not blank or not figures:
                continue
            for c in spanned[1:]:
                heads.setdefault(c, []).append((row, text))
    return heads


def _blank(sheet: Sheet, at: Coord) -> bool:
    cell = sheet.cells.get(at)
    return cell is None or cell.value is None or cell.value == ""
