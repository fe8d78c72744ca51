"""Invariant 10, for whole blocks: a block adding up the other blocks line by line is never
rounded on its own.

Areas stacked on a sheet under the same header, not every area with every line (Wakefield has
no ESA Flow), then an 'All areas' block: each of its lines is the sum of the lines of the same
label above it. Typed, such a block looks like counts; the copy that rounds it on its own shows
the rounded original totals, not the sums of the rounded lines the reader sees (guidance R5).

The proof reads the input itself, a column at a time: a block is a run of lines holding
figures one under another, each labelled by its first words, no label twice, its lines named a
total left out (a section's own 'Leeds total', which the other sections do not share). A block
whose labels are every label of two or more other blocks (each of those a part of its labels),
and each of whose figures is, to the last digit, the sum of the figures of its label in them
(two or more of them not 0), adds them up: a plain figure in it is a total rounded on its own,
where two or more of its parts are not 0. A line of rates (an authority's 0.125, blank in the
'All' block) is no line a block must hold. Where one part alone is not 0, rounding the block's
figure on its own shows that part's rounded figure, the sum of the rounded parts; and with a
block of 0s (no 15-17 year old girls held), 'Males' is as much 'Males and females' plus the
girls as the other way round.

Along a row, groups of columns side by side are named by the words over each column ('Male',
'Female' under each month). A total's group naming its kinds short ('Total' over 'M | F') shares
no words with the months' groups, but adds them up place by place: the lines holding figures in
the same columns are also cut into groups each way they divide into three or more, and a group
adding up the others place by place in every one of them, three lines or more, is their total.
Named by words, a group adding up the others on one line must do so on every line of its table
where each cell holds a figure (``_in_every_line``), unless words over it name a total: an
office's June pair equal to its April and May by chance is no total, and a line holding '..'
or a blank there is no line against it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import partial

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.keyed_blocks import Lines, keyed_blocks
from wpxl.verify.leaks import Finding
from wpxl.verify.total_words import figure, names_total
from wpxl.verify.values import about

Coord = tuple[int, int]
BLOCK_ROUNDED_ALONE = "a line adding up the same lines of other blocks rounded on its own"
_MIN_MATCHES = 2


def summed_blocks(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    """The plain figures of blocks that add up other blocks line by line (see the doc), down
    each column and, for groups of columns side by side, along each row; ``labels``: each
    row's first words (``first_words``)."""
    heads = _heads(cells)
    # a block adding up two others shares each of its labels with one of them: with no line's
    # label on two lines (no column's words over two columns) there is none to find, and most
    # sheets, a label a line, are spared a walk of every cell
    down = _repeated(words.casefold() for _, words in labels.values())
    across = _repeated(name for column in heads.values() for name in {n for _, n in column})
    if not down and not across:
        return []
    by_col: defaultdict[int, list[int]] = defaultdict(list)
    by_row: defaultdict[int, list[int]] = defaultdict(list)
    for (row, col), cell in cells.items():
        if row in labels and labels[row][0] < col and figure(cell) is not None:
            by_col[col].append(row)
            by_row[row].append(col)
    if not down:
        by_col.clear()
    if not across:
        by_row.clear()
    found = []
    for col, rows in by_col.items():
        counted = [r for r in rows if float(figure(cells[(r, col)]) or 0).is_integer()]
        found += _flagged(pair, cells, _blocks(sorted(rows), labels, col, set(counted)))
    for col, blocks in keyed_blocks(cells, by_col).items():  # an area's name over its groups
        found += [f for f in _flagged(pair, cells, _named(blocks, col)) if f not in found]
    for row, cols in by_row.items():
        every_line = partial(_in_every_line, pair, cells, heads)
        found += _flagged(pair, cells, _groups(sorted(cols), heads, row), every_line)
    return found + [f for f in _placed(pair, cells, by_row) if f not in found]


def _flagged(
    pair: SheetPair,
    cells: dict[Coord, Cell],
    blocks: list[dict[str, Coord]],
    elsewhere: Callable[[dict[str, Coord], list[dict[str, Coord]]], bool] | None = None,
) -> list[Finding]:
    """The plain figures of the blocks adding up two or more others; ``elsewhere``: whether
    a block found so on one line adds them up on the table's other lines too."""
    found: list[Finding] = []
    if len(blocks) < 3:
        return found  # no block with two others to add up
    sums: dict[frozenset[str], dict[str, float]] = {}  # by a block's labels: asked of each
    for block in blocks:
        if (key := frozenset(block)) not in sums:  # asked first: the others cost the square
            sums[key] = _label_sums(pair, blocks, key)
        if not _may_be_the_rest(pair, block, sums[key]):
            continue
        others = [b for b in blocks if b is not block and b.keys() <= block.keys()]
        if len(others) < 2 or set().union(*others) != block.keys():
            continue
        if not _adds_up(pair, block, others):
            continue
        if elsewhere is not None and not elsewhere(block, others):
            continue
        for label, at in block.items():
            parts = [pair.shown(other[label]) for other in others if label in other]
            if sum(p != 0 for p in parts) < 2:
                continue  # one part alone: rounded on its own, it shows the sum of the rounded
            if cells[at].formula is None and written_alone(pair, at):
                found.append(Finding(pair.where(pair.output_coord(at)), BLOCK_ROUNDED_ALONE))
    return found


def _repeated(names: Iterable[str]) -> bool:
    """Whether some name, not a total's, comes twice."""
    seen: set[str] = set()
    for name in names:
        if name in seen and not names_total(name):
            return True
        seen.add(name)
    return False


def row_labels(pair: SheetPair, cells: dict[Coord, Cell]) -> dict[int, tuple[int, str]]:
    """``first_words`` of ``cells``, kept on the pair when they are its input sheet's own:
    invariant 10 and its ``coded_lines``, ``chance_totals``, ``typed_summaries`` and
    ``linked_totals`` each walked every cell of a large sheet for the same labels. The readings
    only read them (a band of the sheet's columns is read afresh)."""
    if pair.source is None or cells is not pair.source.cells:
        return first_words(cells)
    if pair.row_labels is None:
        pair.row_labels = first_words(cells)
    return pair.row_labels  # type: ignore[no-any-return]


def first_words(cells: dict[Coord, Cell]) -> dict[int, tuple[int, str]]:
    """Each row's first words (leftmost text) and their column."""
    first: dict[int, tuple[int, str]] = {}
    for (row, col), cell in cells.items():
        words = " ".join(cell.value.split()) if isinstance(cell.value, str) else ""
        if words and (row not in first or col < first[row][0]):
            first[row] = (col, words)
    return first


def _blocks(
    rows: list[int], labels: dict[int, tuple[int, str]], col: int, counted: set[int]
) -> list[dict[str, Coord]]:
    """The runs of consecutive rows, read as blocks (``_named``), each of its lines holding a
    count (``counted``): an authority's outcome rate (0.125), left blank in 'All local
    authorities', is no line the block adding up the authorities must hold."""
    runs = _runs(rows)
    lines = [[(row, labels[row][1].casefold()) for row in run if row in counted] for run in runs]
    return _named(lines, col)


def _named(blocks: list[Lines], col: int) -> list[dict[str, Coord]]:
    """Blocks as label -> place, each of two or more lines, no label twice, leaving out the
    lines named a total (a section's 'Leeds total' is no line of the others)."""
    found = []
    for block in blocks:
        lines = [(row, label) for row, label in block if not names_total(label)]
        named = {label: (row, col) for row, label in lines}
        if len(lines) >= 2 and len(named) == len(lines):
            found.append(named)
    return found


def _heads(cells: dict[Coord, Cell]) -> dict[int, list[tuple[int, str]]]:
    """Each column's words, top to bottom: a figure's column is named by the nearest above."""
    heads: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    words = [(at, c.value) for at, c in cells.items() if isinstance(c.value, str) and c.value]
    for (row, col), text in sorted(words):
        if text.strip():
            heads[col].append((row, " ".join(text.split()).casefold()))
    return heads


def _groups(
    cols: list[int], heads: dict[int, list[tuple[int, str]]], row: int
) -> list[dict[str, Coord]]:
    """A row's figures in groups of columns side by side, each column named by the words
    nearest above it ('Apr'): a group ends where a name comes again (the next area's 'Apr')
    or a column holds no figure; columns named a total left out, as lines are."""
    groups: list[dict[str, Coord]] = []
    last = None
    for col in cols:
        column = heads.get(col, [])
        at = bisect_left(column, (row, ""))  # the words of the rows above this one
        name = column[at - 1][1] if at else ""
        if last is None or col != last + 1 or name in groups[-1]:
            groups.append({})
        last = col
        if name and not names_total(name):
            groups[-1][name] = (row, col)
    return [g for g in groups if len(g) >= 2]


def _in_every_line(
    pair: SheetPair,
    cells: dict[Coord, Cell],
    heads: dict[int, list[tuple[int, str]]],
    block: dict[str, Coord],
    others: list[dict[str, Coord]],
) -> bool:
    """Whether a group of columns adding up the others on its line does so on every line of
    the table's run around it where each of those cells shows a figure: 'June' is 'April'
    plus 'May' on one small office's line by chance, not on the others'. A line holding a
    blank or a marker ('..') there cannot say, and a group under words naming a total
    ('Total' over 'Male | Female') is asked on its own line, as every line of it is."""
    (row, first), *_ = block.values()
    columns = [col for _, col in block.values()]
    if any(names_total(words) for col in columns for at, words in heads.get(col, []) if at < row):
        return True
    top, bottom = row, row
    while (top - 1, first) in cells:
        top -= 1
    while (bottom + 1, first) in cells:
        bottom += 1
    for line in range(top, bottom + 1):
        shown = {label: pair.shown((line, col)) for label, (_, col) in block.items()}
        parts = {
            label: [pair.shown((line, other[label][1])) for other in others if label in other]
            for label in block
        }
        if None in shown.values() or any(None in p for p in parts.values()):
            continue
        if any(abs(shown[k] - sum(parts[k])) > 1e-9 for k in block):  # type: ignore[arg-type, operator]
            return False
    return True


def _placed(
    pair: SheetPair, cells: dict[Coord, Cell], by_row: dict[int, list[int]]
) -> list[Finding]:
    """The plain figures of a group adding up the others place by place (see the doc): the
    lines holding figures in the same run of columns, three or more, cut into groups of two or
    more columns, three groups or more; a group is their total where, in every one of the lines,
    each of its figures is the sum of the figures in its place in the others, two or more of its
    lines not 0. Asked of every line, not one: a line of small counts adds up so by chance."""
    lines: defaultdict[tuple[int, ...], list[int]] = defaultdict(list)
    for row, cols in by_row.items():
        for run in _runs(sorted(cols)):
            lines[tuple(run)].append(row)
    found = []
    for run, rows in lines.items():
        if len(rows) < 3:
            continue
        for size in range(2, len(run) // 3 + 1):
            if len(run) % size:
                continue
            groups = [run[at : at + size] for at in range(0, len(run), size)]
            for group in groups:
                others = [g for g in groups if g is not group]
                sums = [_place_sums(pair, row, group, others) for row in rows]
                if None in sums or sum(any(s) for s in sums) < 2:  # type: ignore[arg-type]
                    continue
                for row in rows:
                    for at, col in enumerate(group):
                        parts = [pair.shown((row, other[at])) for other in others]
                        if sum(p != 0 for p in parts) < 2 or cells[(row, col)].formula:
                            continue
                        if written_alone(pair, (row, col)):
                            found.append(Finding(pair.where(pair.output_coord((row, col))),
                                                 BLOCK_ROUNDED_ALONE))  # fmt: skip
    return found


def _runs(places: list[int]) -> list[list[int]]:
    """``places`` (sorted rows or columns) in runs of neighbours."""
    runs: list[list[int]] = []
    for place in places:
        if runs and runs[-1][-1] == place - 1:
            runs[-1].append(place)
        else:
            runs.append([place])
    return runs


def _place_sums(
    pair: SheetPair, row: int, group: list[int], others: list[list[int]]
) -> list[bool] | None:
    """Whether each figure of ``group`` on ``row`` is not 0, where each is the sum of the
    figures in its place in ``others``; None where one is not."""
    found = []
    for at, col in enumerate(group):
        value = pair.shown((row, col))
        parts = [pair.shown((row, other[at])) for other in others]
        if value is None or None in parts or abs(value - sum(parts)) > 1e-9:  # type: ignore[arg-type]
            return None
        found.append(value != 0)
    return found


def _label_sums(
    pair: SheetPair, blocks: list[dict[str, Coord]], labels: frozenset[str]
) -> dict[str, float]:
    """The sum, at each label, of the figures of every block whose labels are among
    ``labels``: a block with those labels and the blocks it may add up."""
    sums: defaultdict[str, float] = defaultdict(float)
    for block in blocks:
        if block.keys() <= labels:
            for label, at in block.items():
                sums[label] += pair.shown(at) or 0.0
    return sums


def _may_be_the_rest(pair: SheetPair, block: dict[str, Coord], sums: dict[str, float]) -> bool:
    """Whether twice the block's figure is the sum of them all at every label, as where it
    adds up the others: asked before adding them up label by label, which for a block an area
    (150 councils) costs the square of the blocks."""
    for label, at in block.items():
        value, total = pair.shown(at), sums.get(label, 0.0)
        if value is None or not about(2 * value, total):
            return False
    return True


def _adds_up(pair: SheetPair, block: dict[str, Coord], others: list[dict[str, Coord]]) -> bool:
    matches = 0
    for label, at in block.items():
        value = pair.shown(at)
        parts = [pair.shown(other[label]) for other in others if label in other]
        if value is None or any(p is None for p in parts):
            return False
        if abs(value - sum(parts)) > 1e-9:  # type: ignore[arg-type]
            return False
        matches += value != 0
    return matches >= _MIN_MATCHES


def written_alone(pair: SheetPair, place: Coord) -> bool:
    """Whether the input's cell at ``place`` is written in the copy as a plain figure, not a
    formula: a total rounded on its own, where it adds up other cells. A cell of a hidden line
    is not in the copy at all (the figure where it would stand is another cell's)."""
    if not pair.carried(place):
        return False
    written = pair.cells.get(pair.output_coord(place))
    return written is not None and written[1] is None and isinstance(written[0], float)
