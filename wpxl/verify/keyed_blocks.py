"""Invariant 10, for blocks keyed by a column of their own: 'All areas' over the areas' lines.

Areas stacked under one header ('Area | Payment group | Apr-14') name the area only on each
block's first line, or on every line; the line's own label is the group, the last words
before its figures. A block ('All areas') whose every line is the sum of the same group's lines
in the blocks above adds them up, and rounded on its own shows the rounded original totals, not
the sums of the rounded lines the reader sees (guidance R5). Read by first words, as
``summed_blocks`` reads stacked blocks, a block's first line is named by its area, so no block
there matches another, and a line under the blocks (a 'Grand total') breaks the period
``headed_blocks`` cuts them by.

The proof reads the input itself, a column at a time: the lines holding a figure one under
another, each named by its last words left of the figure; a line with other words left of
those (the area) opens a block when they differ from the block's, and a line with no words but
those at the key's place (a 'Grand total' with no group) ends it. The blocks so read are
compared as ``summed_blocks`` compares its own.
"""

from __future__ import annotations

from collections import defaultdict

from wpxl.model import Cell

Coord = tuple[int, int]
Lines = list[tuple[int, str]]  # a block's lines, top to bottom: (row, label)


def keyed_blocks(cells: dict[Coord, Cell], by_col: dict[int, list[int]]) -> dict[int, list[Lines]]:
    """Each figure column's blocks, where three or more lines of it name a key."""
    if not by_col:
        return {}  # no label comes twice on the sheet: no block is read at all
    words: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    for (row, col), cell in cells.items():
        if isinstance(cell.value, str) and cell.value.strip():
            words[row].append((col, " ".join(cell.value.split()).casefold()))
    found = {}
    for col, rows in by_col.items():
        blocks = _blocks(sorted(rows), words, col)
        if len(blocks) >= 3:  # one adding up two or more
            found[col] = blocks
    return found


def _blocks(rows: list[int], words: dict[int, list[tuple[int, str]]], col: int) -> list[Lines]:
    blocks: list[Lines] = []
    key: tuple[str, ...] = ()
    label_at, last = -1, -1
    for row in rows:
        left = sorted(w for w in words.get(row, []) if w[0] < col)
        outer = tuple(text for _, text in left[:-1])
        at, label = left[-1] if left else (-1, "")
        if outer and outer != key:  # a new area opens its block
            blocks.append([])
            key, label_at = outer, at
        elif not key or row != last + 1 or at != label_at:
            key = ()  # no key over it, a gap, or a line of its own ('Grand total')
            last = row
            continue
        blocks[-1].append((row, label))
        last = row
    return blocks
