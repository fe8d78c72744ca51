"""Invariant 10, for a line heading the totals under it: 'North' over its district totals is
never rounded on its own.

A region's line named by the region alone heads its block; under it each district's offices,
then the district's total. The copy writes the districts as formulas over their offices; a
region rounded on its own shows the rounded original total (520) beside districts whose sum
the reader sees is another (540), which guidance R5 forbids.

The proof reads the copy's formulas and the input's figures: under a plain figure, the lines
the copy writes as formulas over lines under it, and the lines such a formula (the next one
under them) adds up, up to the first line that is neither; of those formulas, the ones no other
among them adds up. When two or more, each not 0, add up to the input's figure to the last
digit, the plain figure is a total rounded on its own. A plain figure a formula among them
adds up is passed over (a group's total over its lines: 'Asian or Asian British' over
'Pakistani', 'Indian' ...), and one no formula adds up is among the lines the head may add
up ('Robbery', a group of one line, among groups with their totals; 'Unrecorded' and 'Not
stated' after them): the head is asked against the first of those lines, as many as make
its figure, a formula among two lines at least; with only one formula among them, the same
lines must add up to the head's figure in most of its columns not 0 (a leaf of small counts
may equal the next leaves, a group's total and a line of one by chance in a year or two).

So must they under a line the copy adds up beside another plain figure: an office among its
region's offices, the region's total on top of them ('Yorkshire' over 'Leeds', 'Bradford',
'Hull', then 'North East' over its offices). Hull's 88 referrals in April were, by chance,
the sum of the next two regions' totals on top (28 and 60): a leaf of a group is read as a
head only where its lines add up to it in most of its columns, as a head's do everywhere.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.figure_lines import figure_lines
from wpxl.verify.formulas import sum_formula
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import written_alone

Coord = tuple[int, int]
HEAD_ALONE = "a line heading the totals under it rounded on its own, not their sum"
MIN_PARTS = 2
ITEMS = 30  # the most lines under a head it is read to add up


def named_heads(pair: SheetPair, cells: dict[Coord, Cell]) -> list[Finding]:
    figures = figure_lines(pair, cells)
    by_col = {col: list(column) for col, column in figures.by_col().items()}  # sorted below
    summing = _summing(pair)
    nonzero = Counter(  # each line's figures not 0
        {
            row: n
            for row, line in figures.by_row().items()
            if (n := sum(1 for v in line.values() if v))
        }
    )
    sums: defaultdict[int, list[tuple[int, float, tuple[int, ...], int]]] = defaultdict(list)
    leaves: set[int] = set()  # lines a formula adds up beside a plain figure, in some column
    for col, rows in by_col.items():
        rows.sort()
        adds = {row: summing.get((row, col), _NONE) for row in rows}
        leaves |= _among_leaves(adds)
        ends = {row: (min(added), max(added)) for row, added in adds.items() if added}
        following = _next_formulas(rows, adds)
        for at, head in enumerate(rows):
            place = (head, col)
            first = following[at + 1] if at + 1 < len(rows) else None
            if first is None or not _one_side(ends[rows[first]], head):
                continue  # most lines: the next formula under them adds them up
            if cells[place].formula is not None or not written_alone(pair, place):
                continue
            value = pair.shown(place)
            if value is not None:
                items = _lines_under(head, rows, at + 1, (adds, ends), following)
                sums[head] += [(col, value, *way) for way in _sums(value, items, pair, col)]
    found = []
    for head, ways in sums.items():  # one formula among the lines, or a leaf: in most columns
        seen = Counter(parts for _, value, parts, _ in ways if value)
        most = {parts for parts, n in seen.items() if n > 1 and 2 * n > nonzero[head]}
        enough = MIN_PARTS if head not in leaves else 1 << 30
        cols = {c for c, _, parts, formulas in ways if formulas >= enough or parts in most}
        found += [
            Finding(pair.where(pair.output_coord((head, c))), HEAD_ALONE) for c in sorted(cols)
        ]
    return found


def _next_formulas(rows: list[int], adds: dict[int, frozenset[int]]) -> list[int | None]:
    """For each line, the index of the first line from it down that the copy writes as a
    formula adding lines up."""
    following: list[int | None] = [None] * len(rows)
    nearest = None
    for at in range(len(rows) - 1, -1, -1):
        nearest = at if adds[rows[at]] else nearest
        following[at] = nearest
    return following


_NONE: frozenset[int] = frozenset()


def _among_leaves(adds: dict[int, frozenset[int]]) -> set[int]:
    """The plain figures of a column some formula adds up beside another plain figure: lines
    of a group (its offices), each a leaf as its siblings are."""
    found: set[int] = set()
    for added in adds.values():
        plain = [row for row in added if not adds.get(row)]
        if len(plain) >= MIN_PARTS:
            found.update(plain)
    return found


def _summing(pair: SheetPair) -> dict[Coord, frozenset[int]]:
    """For each input place the copy writes as a formula, the input rows it adds up in its
    own column (read from the copy's formulas, not looked up place by place)."""
    found = {}
    for out, (_, formula, _) in pair.cells.items():
        if isinstance(formula, str) and (place := pair.input_coord(out)) is not None:
            found[place] = _added(pair, out[1], formula)
    return found


def _added(pair: SheetPair, out_col: int, formula: str) -> frozenset[int]:
    """The input rows the copy's ``formula`` in column ``out_col`` adds up in that column."""
    parsed = sum_formula(formula.lstrip("="))
    if parsed is None:
        return _NONE
    rows: set[int] = set()
    for ref in parsed.ranges:  # only its cells in the place's column: a row's total has none
        if ref.sheet is not None or not ref.left <= out_col <= ref.right:
            continue
        rows.update(pair.input_rows(ref.top, ref.bottom, out_col))  # in the place's column
    return frozenset(rows) if rows else _NONE  # a row's total: one empty set for them all


def _lines_under(
    head: int,
    rows: list[int],
    start: int,
    formulas: tuple[dict[int, frozenset[int]], dict[int, tuple[int, int]]],
    following: list[int | None],
) -> list[tuple[int, frozenset[int]]]:
    """The lines under the head it may add up, in order (``ITEMS`` at most), each with the
    lines it adds up (none for a plain figure): each formula over lines under the head (or
    above it only), and each plain figure no formula adds up, up to a formula over the head
    or lines either side of it (see the doc). A plain figure a formula among them adds up,
    or the next formula does, is passed over."""
    adds, ends = formulas  # the lines each formula adds up, and the first and last of them
    items: list[tuple[int, frozenset[int]]] = []
    counted: set[int] = set()
    for at in range(start, len(rows)):
        row = rows[at]
        if row in counted:
            continue
        if adds[row]:
            if not _one_side(ends[row], head):
                break
            items.append((row, adds[row]))
            counted |= adds[row]
        else:
            nearest = following[at + 1] if at + 1 < len(rows) else None
            if nearest is not None and row in adds[rows[nearest]]:
                continue
            items.append((row, _NONE))
        if len(items) == ITEMS:
            break
    return items


def _one_side(ends: tuple[int, int], head: int) -> bool:
    """Whether a formula (the first and last lines it adds up) adds up lines under the head
    only, or above it only (a 'Persons' block after the sexes: its lines add up theirs), not
    the head or lines either side."""
    return ends[0] > head or ends[1] < head


def _sums(
    value: float, items: list[tuple[int, frozenset[int]]], pair: SheetPair, col: int
) -> list[tuple[tuple[int, ...], int]]:
    """The first lines of ``items`` that add up to ``value`` to the last digit, for each
    number of them that does (two or more of those no other adds up, a formula among them,
    each formula not 0), with how many formulas are among them."""
    found = []
    counted: set[int] = set()
    for end, (_, counts) in enumerate(items, start=1):
        counted |= counts
        parts = [(row, bool(c)) for row, c in items[:end] if row not in counted]
        formulas = sum(formula for _, formula in parts)
        if len(parts) < MIN_PARTS or not formulas:
            continue
        figures = [(pair.shown((row, col)), formula) for row, formula in parts]
        if any(formula and not figure for figure, formula in figures):
            continue
        if abs(value - sum(figure or 0.0 for figure, _ in figures)) <= 1e-9:
            found.append((tuple(row for row, _ in parts), formulas))
    return found
