"""How a row label looks (bold, less indented than its neighbours): a heading's look hints that
the row is a total, for the tree of totals to confirm by arithmetic."""

from __future__ import annotations

from itertools import pairwise

from wpxl.model import Cell, Coord


def label_looks(
    cells: dict[Coord, Cell], label_cols: list[int], rows: list[int]
) -> dict[int, tuple[int, bool]]:
    """Each row label's indent and boldness: a heading's look hints that it is a total."""
    looks = {}
    for row in rows:
        cell = next((c for col in label_cols if (c := cells.get((row, col)))), None)
        style = cell.style if cell is not None and not cell.is_empty else None
        looks[row] = (_indent(cell), style.bold) if style is not None else (0, False)
    return looks


def _indent(cell: Cell | None) -> int:
    """How far a label is set in: its indent format, or else its leading spaces."""
    text = cell.value if cell is not None else None
    spaces = len(text) - len(text.lstrip(" ")) if isinstance(text, str) else 0
    return cell.style.indent or spaces if cell is not None else 0


def emphasised(looks: dict[int, tuple[int, bool]]) -> set[int]:
    """Lines whose label looks like a heading: bold among lines that are not all bold, or less
    indented than the line after or before it. ``looks``: each line's (indent, bold)."""
    lines = sorted(looks)
    bold = {x for x in lines if looks[x][1]}
    found = bold if len(bold) < len(lines) else set()
    for a, b in pairwise(lines):
        if looks[a][0] < looks[b][0]:
            found.add(a)
        elif looks[b][0] < looks[a][0]:
            found.add(b)
    return found


def heads_of_one(looks: dict[int, tuple[int, bool]]) -> frozenset[int]:
    """Lines set out over one line alone: the next is more indented, and the lines after it,
    down to one no more indented than the line, are set in further than the next ('Preston'
    over 'Preston JCP', its only office, then 'Blackburn'; 'Scotland' over 'East Scotland', its
    only region, over its areas set in further, then 'England'). Their figures are the same;
    the indent says which is the total, so the line above it is the sum of its parts
    ('Lancashire CPA' over 'Preston' and 'Blackburn'), and rounded on its own it would not
    show the sum of the rounded lines the reader sees (guidance R5)."""
    lines = sorted(looks)
    found = set()
    for at, line in enumerate(lines[:-1]):
        indent, part = looks[line][0], looks[lines[at + 1]][0]
        if part <= indent:
            continue
        rest = (looks[lines[j]][0] for j in range(at + 2, len(lines)))
        if next((i for i in rest if i <= part), indent) <= indent:  # none level with the next
            found.add(line)
    return frozenset(found)


def feet_of_one(indents: dict[int, int]) -> frozenset[int]:
    """Lines set out under one line alone, as ``heads_of_one`` reads them over it: 'Seetec'
    under 'Wakefield', its only office, set in, after 'A4e' under its two. Where the totals
    follow their parts, such a line is the total of the one before it; read as no total, the
    area over both providers added up nothing, and it was rounded on its own."""
    found = heads_of_one({-line: (indent, False) for line, indent in indents.items()})
    return frozenset(-line for line in found)


def indents(looks: dict[int, tuple[int, bool]]) -> dict[int, int]:
    """Each line's indent where the labels are set in to show levels (not all alike), else none:
    a line is the total only of lines set in further than it."""
    found = {line: look[0] for line, look in looks.items()}
    return found if len(set(found.values())) > 1 else {}


def by_column(
    cells: dict[Coord, Cell], label_cols: list[int], rows: list[int]
) -> tuple[frozenset[int], dict[int, int]]:
    """What the labels' columns say of the lines: those set out over one line alone
    (``heads_of_one_by_column``), and each line's level where the labels stand in two columns
    or more, its last label's column (none where all stand in one). A line is the total only
    of lines labelled further right, as by indents: 'Whitby', 18, an area under 'Ripon', 14,
    'South England total' and 'Hull', 4, is no total of the region's line and its fellow area
    whatever it adds up to. The last, not the first: '2013/14 | Apr' names the year's group on
    its first month's line, a month as deep as 'May' under it."""
    last = {}
    for row in rows:
        col = next((c for c in reversed(label_cols) if not _blank(cells.get((row, c)))), None)
        if col is not None:
            last[row] = col
    levels = last if len(set(last.values())) > 1 else {}
    return heads_of_one_by_column(cells, label_cols, rows), levels


def heads_of_one_by_column(
    cells: dict[Coord, Cell], label_cols: list[int], rows: list[int]
) -> frozenset[int]:
    """Lines set out over one line alone by their labels' columns ('Wales', then 'North Wales'
    a column to the right, its only region, then its areas a column further): the rows after
    the next, down to one labelled as far left as the line, are labelled further right than
    the next. Their figures are the same; the columns say which is the total (``heads_of_one``).
    ``rows``: the lines whose labels' looks are read (none across: headers name columns)."""
    first = {}
    for row in rows:
        col = next((c for c in label_cols if not _blank(cells.get((row, c)))), None)
        if col is not None:
            first[row] = col
    lines = [row for row in rows if row in first]
    found = set()
    for at, line in enumerate(lines[:-1]):
        part = first[lines[at + 1]]
        if part <= first[line]:
            continue
        rest = (first[lines[j]] for j in range(at + 2, len(lines)))
        close = next((col for col in rest if col <= part), first[line])
        if close <= first[line]:  # the next line as far left as it, or none: one part
            found.add(line)
    return frozenset(found)


def _blank(cell: Cell | None) -> bool:
    return cell is None or cell.is_empty
