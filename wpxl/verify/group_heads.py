"""The proof's own reading of a group label typed in the first cell of its columns only
('Job starts' over Apr, May, Jun, Total, then 'Job outcomes' over the next four), neither
merged nor centred across: it heads the blank cells right of it as a merge would.

Read so only when all of these hold, by the input's cells (the analyse stage is never asked):

- the label is words naming a measure, on a line of words (no figure on it);
- the cells right of it are blank (no value, no merged range or centre-across run over them),
  up to the next words on its line, or, with none, as far as the line below has words; or up
  to a gap, a column with no figure beside the group's (two tables side by side, a blank
  column or the second's labels between them, 'Referrals' over the first, 'Job outcomes' over
  the second, each typed over its first column: the gap ends the first table's group);
- the line below has words under every column it spans, no words twice (a second 'Apr' says
  a second group starts there, unnamed), and every spanned column has figures below; or, the
  line below grouping the columns in turn ('Referrals' over '2012/13' over H1, H2, Total, then
  '2013/14' over the next three, every label typed once), the innermost line two or three
  down has words under every spanned column, and the words down the lines tell each column
  apart, each line's words read on over the blank cells to their right ('2012/13 H1' is not
  '2013/14 H1': a second '2012/13 H1' says a second group starts there, unnamed).

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
    dates: dict[int, list[tuple[int, str]]],
) -> dict[int, list[tuple[int, str]]]:
    """The group labels each column is read under beyond its own cells, as (row, words) by
    column; ``rows`` are the sheet's words by row, left to right; ``numbers_by_col`` the rows
    of each column's figures, top to bottom; ``dates`` the dates by row, which head the
    columns under them as words do (a group's months typed as dates: Apr-13, May-13)."""
    spans = [*sheet.merged, *sheet.centred]
    heads: dict[int, list[tuple[int, str]]] = {}
    for row, line in rows.items():
        if row in numeric_rows:
            continue
        for at, (col, text) in enumerate(line):
            if not names_measure(text):
                continue
            stop = line[at + 1][0] if at + 1 < len(line) else None
            under = {r: [*rows.get(r, ()), *dates.get(r, ())] for r in range(row + 1, row + 4)}
            spanned = _spanned(under, numeric_rows, numbers_by_col, row, col, stop)
            if spanned is None:
                continue
            covered = any((row, c) in rng for rng in spans for c in spanned)
            if covered or not all(_blank(sheet, (row, c)) for c in spanned[1:]):
                continue
            for c in spanned[1:]:
                heads.setdefault(c, []).append((row, text))
    return heads


def _spanned(
    rows: dict[int, list[tuple[int, str]]],
    numeric_rows: set[int],
    numbers_by_col: dict[int, list[int]],
    row: int,
    col: int,
    stop: int | None,
) -> range | None:
    """The columns a label at (``row``, ``col``) heads, the next words on its line at
    ``stop``: read over the line below, or, where that line groups the columns in turn ('2012/13'
    over H1, H2, Total, then '2013/14' over the next three, each typed once), over the lines
    below down to the innermost, two or three deep, each column told apart by its words down
    them (a line's words read on over the blank cells to their right). None: no group."""
    for depth in range(1, 4):
        lines = [row + k for k in range(1, depth + 1)]
        if any(r in numeric_rows or not rows.get(r) for r in lines):
            return None
        inner = dict(rows[lines[-1]])
        if col not in inner or col not in dict(rows[lines[0]]):
            continue
        end = col
        while (stop is None or end + 1 < stop) and end + 1 in inner:
            if _gap(numbers_by_col, col, end + 1, lines[-1]):
                break  # the next table's labels, beside the group with no blank column between
            end += 1
        gap = _gap(numbers_by_col, col, end + 1, lines[-1])
        if end == col or (stop is not None and end + 1 != stop and not gap):
            continue  # a column of the group with no words under it
        spanned = range(col, end + 1)
        told = [tuple(_carried(dict(rows[r]), col, c) for r in lines) for c in spanned]
        figures = all(numbers_by_col.get(c, [row])[-1] > lines[-1] for c in spanned)
        if figures and "" not in (t[-1] for t in told) and len(set(told)) == len(told):
            return spanned
    return None


def _carried(words: dict[int, str], first: int, col: int) -> str:
    """The words over ``col`` on a line of ``words`` by column: its own, else the nearest to its
    left from ``first`` on, as a reader carries a label over the blank cells right of it."""
    return next((words[c].strip() for c in range(col, first - 1, -1) if c in words), "")


def _gap(numbers_by_col: dict[int, list[int]], col: int, after: int, row: int) -> bool:
    """Whether column ``after`` holds no figure on any line where column ``col`` holds one
    under ``row``: a blank column between two tables, or the second's labels, not a column of
    the group left unheaded (whose figures stand beside the group's)."""
    own = {r for r in numbers_by_col.get(col, ()) if r > row}
    return bool(own) and own.isdisjoint(numbers_by_col.get(after, ()))


def _blank(sheet: Sheet, at: Coord) -> bool:
    cell = sheet.cells.get(at)
    return cell is None or cell.value is None or cell.value == ""
