"""Tables stacked with no blank row between one's total line and the next one's title.

An analyst pasting tables one under another often leaves no gap: 'Total | 360 | 120' and on the
very next row 'Attachments by payment group', then that table's header ('Payment group | Apr
2013 | ...', or a blank row first) and lines. The sheet's blank rows alone make one block of the
two, so the lower title was read as a line of the upper table, its header as a line of figures
written as text, and a lower table of job outcomes took the upper one's measure (refused), or
its columns under the upper one's '% of total' were read as shares. A line holding only words
in the total line's column, right under a total line, with a header line (no figure that could
be a count) or a table a blank row or two below, is a title: the block is cut above and below
it, as a blank row would have cut it; a second line of words alone under it ('Provisional')
is the title's too, its header under that. A line of figures under it instead makes it a line
naming a block of its table ('Job outcomes' over the same groups, ``section_rows``); a note
('Source: ...') stays with the table it annotates.
"""

from __future__ import annotations

from collections import Counter
from operator import itemgetter

from wpxl.analyse.blocks import find_blocks
from wpxl.analyse.split_tables import is_count_like
from wpxl.analyse.values import is_text
from wpxl.analyse.words import is_note_text, is_total_label
from wpxl.model import Cell, CellRange, Coord

_ROW = itemgetter(0)
_TABLE_BELOW = 3  # rows under a title within which a table it titles starts, as table_below


def cut_at_titles(
    pieces: dict[CellRange, list[Coord]], cells: dict[Coord, Cell]
) -> dict[CellRange, list[Coord]]:
    """The blocks with each one's titles under a total line cut out as blocks of their own."""
    tops = {block.top for block in pieces}
    found: dict[CellRange, list[Coord]] = {}
    for block, inside in pieces.items():
        counted = Counter(map(_ROW, inside))  # in C: most blocks have no line of one cell
        if not any(n == 1 and row - 1 in counted for row, n in counted.items()):
            found[block] = inside  # no line alone under another: no title under a total
            continue
        rows: dict[int, list[Coord]] = {}
        for coord in inside:
            rows.setdefault(coord[0], []).append(coord)
        titles = [r for r in sorted(rows) if _title_under_total(r, rows, cells, tops)]
        if not titles:
            found[block] = inside
            continue
        for part in _parts(inside, titles):
            found.update(find_blocks(part))
    return dict(sorted(found.items(), key=lambda item: (item[0].top, item[0].left)))


def _parts(inside: list[Coord], titles: list[int]) -> list[list[Coord]]:
    """The block's cells above each title, each title's own, and those under the last."""
    bounds = sorted({*titles, *(t + 1 for t in titles)})
    parts: list[list[Coord]] = [[] for _ in range(len(bounds) + 1)]
    for coord in inside:
        parts[sum(coord[0] >= b for b in bounds)].append(coord)
    return [part for part in parts if part]


def _title_under_total(
    row: int, rows: dict[int, list[Coord]], cells: dict[Coord, Cell], tops: set[int]
) -> bool:
    """Words alone on ``row``, in the column of the total line's words just above, over a header
    line or with a table starting a blank row or two under the block."""
    line, above = rows[row], rows.get(row - 1)
    if len(line) != 1 or not above or line[0][1] != above[0][1]:
        return False
    words, first = cells[line[0]].value, cells[above[0]].value
    if not (is_text(words) and is_text(first)) or is_total_label(str(words)):
        return False
    if is_note_text(str(words).strip()) or not is_total_label(str(first)):
        return False
    if not any(is_count_like(cells.get(coord)) for coord in above[1:]):
        return False
    below = rows.get(row + 1)
    if below is not None and row + 2 in rows and _second_line(below, cells):
        below = rows[row + 2]  # the title's second line ('Provisional') over the header
    if below is None:
        last = max(rows)
        return row == last and any(last + 1 < top <= last + _TABLE_BELOW for top in tops)
    return len(below) > 1 and not any(is_count_like(cells.get(coord)) for coord in below)


def _second_line(line: list[Coord], cells: dict[Coord, Cell]) -> bool:
    """Words alone on a line under a title, no total and no note: the title's second line.
    A total stated in the words ('Total outcomes: 359') is one: no total line holds its own
    figure in its label's cell (the plan lists it removed)."""
    words = cells[line[0]].value if len(line) == 1 else None
    if not is_text(words):
        return False
    stated = any(ch.isdigit() for ch in str(words))
    return (stated or not is_total_label(str(words))) and not is_note_text(str(words).strip())
