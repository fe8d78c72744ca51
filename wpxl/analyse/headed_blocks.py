"""Blocks that each open with their own total line, named for the block, and add up line by line.

MoJ's prison population table stacks one block per sex, 'Males and Females', 'Males',
'Females', and inside each an all-ages part and then a part per age group ('Adults', '18-20
year olds', '15-17 year olds') with no line between them. Each part opens with its own total
over the same lines (Remand, Untried, ... Non-criminal prisoners). The all-ages part adds up
the age groups' parts line by line, and 'Males and Females' adds up the other two blocks, part
by part: totals like any other, so they are rebuilt over those lines rather than rounded on
their own (guidance R5).

Such blocks are alike but for their first line, which names the block (when it is a total in
one of them, or two lines or more are alike under it): ``stacked_totals`` reads only blocks
whose every label is the same, or whose labels come once each. A block is cut into parts at
its highest totals that open one (a line totalling lines below it that no other total counts).
Blocks are a blank line apart in one table, or tables of their own (a table per sex), whose
groups of lines a blank line apart are compared across the tables too. One block may add up
the others, or two or more evenly spaced after or before it (``_readings``).

The reading goes column by column, as the proof's does: a source can be wrong in places (MoJ's
15-17 year olds are shifted a line in two columns, so 'Males and Females' does not add up
there) and still add up everywhere else. A column is taken when the arithmetic holds at every
place of it the block and its parts hold figures, and at two or more that are not 0, but for a
count a few off the sum (a source's own: MoJ's 'Males and Females' counts 3 where each sex
counts 1), one per 20 places that add up, which is left a count; the parts inside each block
are read before the blocks, and a place already a total keeps its reading. Where the policy
does not rebuild the source's totals, a column the rebuilding would read (a block adding up
the same lines of the others in another column, a few of its counts here a little off their
sum) is refused, naming the first count off and the setting that rebuilds them: read as
counts, its lines that add up would be rounded on their own.
"""

from __future__ import annotations

from collections import ChainMap, defaultdict
from collections.abc import Iterator, Mapping
from itertools import pairwise
from typing import NamedTuple

from wpxl.analyse.places import counted_places
from wpxl.analyse.stacked_totals import (
    MIN_MATCHES,
    Block,
    adding_up,
    line_label,
    mark_totals,
    sections_of,
    total_by_labels,
)
from wpxl.analyse.typed_totals import Change, mismatch_problem
from wpxl.analyse.values import about, as_number, exact_sum
from wpxl.model import Cell, CellValue, Coord, Role, SheetCoord, Table

MIN_BLOCKS = 3  # a block and two or more that it adds up
MAX_SPACED = 24  # the most alike blocks whose evenly spaced runs are tried


class _Counted:
    """The places some total adds up, worked out when first asked: most sheets have no block
    opening with a total that no line below leaves out, and are never asked (a walk over every
    part of every total, a fiftieth of a large sheet's analysis). No total changes before they
    are: each reading that marks totals asks first."""

    def __init__(self, totals: Mapping[Coord, tuple[SheetCoord, ...]]) -> None:
        self._totals = totals
        self._places: set[Coord] | None = None

    @property
    def places(self) -> set[Coord]:
        if self._places is None:
            self._places = counted_places(self._totals.values())
        return self._places


class _Sheet(NamedTuple):
    cells: dict[Coord, Cell]
    roles: dict[Coord, Role]
    totals: Mapping[Coord, tuple[SheetCoord, ...]]  # every table's, as they grow
    counted: _Counted  # the places some total adds up, as they grow
    rebuild: bool  # the policy rebuilds the source's totals: a count a little off is one too
    off: dict[Coord, Change]  # else such counts, which the policy refuses (see the doc)


def total_headed_blocks(
    tables: list[Table], cells: dict[Coord, Cell], roles: dict[Coord, Role], rebuild: bool = False
) -> list[str]:
    """Mark each headed part that adds up the other parts of its block, then each part (or
    block) that adds up the parts at its place in the other blocks of its table, then of the
    other tables, as totals over them (in place); the problem of the source's totals a little
    off their parts where the policy does not rebuild them, if any."""
    totals = ChainMap(*(table.totals for table in tables))
    sheet = _Sheet(cells, roles, totals, _Counted(totals), rebuild, {})
    whole, sections = [], []
    for table in tables:
        blocks = sections_of(table, cells) or [Block(table, table.body_rows)]
        for block in blocks:
            _total_alike(_parts(block, sheet), sheet)
        _total_across(blocks, sheet)
        whole.append(Block(table, [row for block in blocks for row in block.rows]))
        sections += blocks
    _total_across(whole, sheet)  # its blank lines left out, as each block's are
    if len(whole) > 1:
        _total_alike(sections, sheet)  # a table per sex, each cut into groups of offences
        # read by their lines' labels too (a group one sex lacks a line of), each but for its
        # first line, which names it ('Males', not a total where the sex counts more)
        total_by_labels([Block(b.table, b.rows[1:]) for b in whole], cells, roles)
    problem = mismatch_problem(tables[0].sheet, sheet.off) if tables else None
    return [] if problem is None else [problem]


def _total_across(blocks: list[Block], sheet: _Sheet) -> None:
    """The blocks read part by part when they are as long and each opens with a part, cut
    alike where any of them opens one (a part of the source may not add up where the others
    do, or have no total of its own, all 0s), else whole."""
    if len(blocks) < MIN_BLOCKS:
        return
    heads = [_heads(block, sheet) for block in blocks]
    if all(h[:1] == [0] for h in heads) and len({len(block.rows) for block in blocks}) == 1:
        cuts = sorted(set().union(*heads))
        for a, b in pairwise([*cuts, len(blocks[0].rows)]):
            _total_alike([Block(block.table, block.rows[a:b]) for block in blocks], sheet)
    else:
        _total_alike(blocks, sheet)


def _parts(block: Block, sheet: _Sheet) -> list[Block]:
    """``block`` cut at the lines opening a part (see the doc), or nothing when its first line
    opens none."""
    cuts = _heads(block, sheet)
    if cuts[:1] != [0]:
        return []
    return [Block(block.table, block.rows[a:b]) for a, b in pairwise([*cuts, len(block.rows)])]


def _heads(block: Block, sheet: _Sheet) -> list[int]:
    """Where in ``block`` its lines opening a part stand, when its first line opens one."""
    if not block.rows or not _opens_part(block.table, block.rows[0], sheet):
        return []
    return [at for at, row in enumerate(block.rows) if _opens_part(block.table, row, sheet)]


def _opens_part(table: Table, row: int, sheet: _Sheet) -> bool:
    """Whether ``row`` holds a total over lines below it that no other total counts."""
    places = [(row, c) for c in table.body_cols if sheet.roles.get((row, c)) is Role.TOTAL]
    return bool(places) and all(
        all(r > row for _, r, _ in sheet.totals.get(p, ())) and p not in sheet.counted.places
        for p in places
    )


def _total_alike(blocks: list[Block], sheet: _Sheet) -> None:
    """Among blocks with the same lines under their first, each whose counts in a column are
    the sum of the figures at their place in others (``_readings``) is a total over them
    there."""
    alike: dict[tuple[str, ...], list[Block]] = defaultdict(list)
    for block in blocks:
        named = {row: line_label(block.table, row, sheet.cells) for row in block.rows}
        pieces: list[list[int]] = [[]]  # a stray figure's line, unlabelled, parts the lines
        for row, label in named.items():
            if label:
                pieces[-1].append(row)
            elif pieces[-1]:
                pieces.append([])
        for rows in (rows for rows in pieces if len(rows) >= 2):
            alike[tuple(named[row] for row in rows[1:])].append(Block(block.table, rows))
    for group in alike.values():
        named = len({line_label(b.table, b.rows[0], sheet.cells) for b in group}) > 1
        if len(group) < MIN_BLOCKS or (named and not _named_blocks(group, sheet)):
            continue
        shared = set.intersection(*(set(block.table.body_cols) for block in group))
        for col in sorted(shared):  # tables a header apart may hold one more column
            sums = _line_sums(group, col, sheet.cells)
            numbers = {id(block): _numbers(block, col, sheet.cells) for block in group}
            for at, block in enumerate(group):
                off: dict[Coord, Change] = {}  # the first reading the source's slips spoil
                for others in _readings(group, at):
                    if len(others) == len(group) - 1 and not _may_be_the_rest(
                        block, col, sums, sheet.cells
                    ):
                        continue  # a figure the rest's sum in fewer lines than a total needs
                    if not _sums_often(numbers[id(block)], [numbers[id(o)] for o in others]):
                        continue  # most readings: adding_up would take no place of them
                    places, near = _column_places(block, others, col, sheet)
                    if places:
                        counted = sheet.counted.places  # as they were, before these are marked
                        mark_totals(block.table, places, sheet.roles)
                        counted.update(p for parts in places.values() for p in parts)
                        off = {}
                        break
                    off = off or near
                sheet.off.update(off)


def _line_sums(group: list[Block], col: int, cells: dict[Coord, Cell]) -> list[float]:
    """The sum of every block's figure in ``col`` on each of their alike lines."""
    sums = [0.0] * len(group[0].rows)
    for block in group:
        for i, row in enumerate(block.rows):
            cell = cells.get((row, col))
            sums[i] += (as_number(cell.value) or 0) if cell is not None else 0
    return sums


def _numbers(block: Block, col: int, cells: dict[Coord, Cell]) -> list[float | None]:
    """The number on each line of the block in ``col``, as ``adding_up`` reads it."""
    return [
        as_number(cell.value) if (cell := cells.get((row, col))) is not None else None
        for row in block.rows
    ]


def _sums_often(own: list[float | None], others: list[list[float | None]]) -> bool:
    """Whether the block's numbers are exactly the sum of the others' on as many lines not 0 as
    ``adding_up`` needs to take a column, whatever the lines' roles (``_column_places`` reads
    only some of the lines, so never more). Read from numbers made once a column, before the
    places are looked up for each of the readings, which for a stack of blocks (MoJ's sexes
    and ages) are the square of the blocks, each asking every line of every block again."""
    matches = 0
    for i, value in enumerate(own):
        if not value:
            continue  # no number (no sum to take), or 0 (no match that counts)
        parts = [numbers[i] for numbers in others]
        if None not in parts and abs(value - sum(parts)) <= 1e-9:  # as exact_sum reads it
            matches += 1
            if matches >= MIN_MATCHES:
                return True
    return False


def _may_be_the_rest(block: Block, col: int, sums: list[float], cells: dict[Coord, Cell]) -> bool:
    """Whether the block's figures in ``col`` could be the sum of all the other blocks' in as
    many lines as a total needs: twice a figure is then the sum of them all. Asked before
    adding up the others line by line, which for a block an area (150 councils) costs the
    square of the blocks."""
    matches = 0
    for i, row in enumerate(block.rows):
        cell = cells.get((row, col))
        value = as_number(cell.value) if cell is not None else None
        if value and about(2 * value, sums[i]):
            matches += 1
    return matches >= MIN_MATCHES


def _readings(group: list[Block], at: int) -> Iterator[list[Block]]:
    """The blocks the one ``at`` may add up, as published tables lay them out: two or more
    evenly spaced after it or before it (an all-ages block over the age groups under it, or
    'Males and females' over the same age group in 'Males' and in 'Females', four blocks
    on), then every other. A sheet of many alike blocks (an area each) is read the last way
    only: the others are too many to try."""
    if len(group) <= MAX_SPACED:
        for step in range(1, len(group)):
            for way in (step, -step):
                spaced = group[at + way :: way] if at + way >= 0 else []
                for count in range(2, len(spaced) + 1):
                    yield spaced[:count]
    yield group[:at] + group[at + 1 :]


def _named_blocks(group: list[Block], sheet: _Sheet) -> bool:
    """Whether first lines unlike name the blocks: one of them is a total, or two lines or
    more are alike under them (a table per sex, its first line every offence of the sex)."""
    first = [(block.rows[0], c) for block in group for c in block.table.body_cols]
    return len(group[0].rows) > 2 or any(sheet.roles.get(p) is Role.TOTAL for p in first)


def _column_places(
    block: Block, others: list[Block], col: int, sheet: _Sheet
) -> tuple[dict[Coord, list[Coord]], dict[Coord, Change]]:
    """Each count of ``block`` in ``col`` with the places in ``others`` it is the sum of, or
    nothing when it is not their sum at one of them but a few a little off (``adding_up``), or
    too seldom to tell. A part may be a total already (an all-ages line rebuilt over the age
    groups), never one counting the place it would add up. Where the policy does not rebuild
    the source's totals and the column would be read so were they rebuilt, the counts a
    little off their parts' sum (which would be rebuilt), how far off."""
    found: dict[Coord, list[Coord]] = {}
    for i, row in enumerate(block.rows):
        place, parts = (row, col), [(other.rows[i], col) for other in others]
        if sheet.roles.get(place) is not Role.COUNT or any(
            sheet.roles.get(p) not in (Role.COUNT, Role.TOTAL) for p in parts
        ):
            continue  # the block's own totals, rates and markers keep their readings
        found[place] = parts
    kept = adding_up(found, sheet.cells, sheet.rebuild)
    near = {} if kept or sheet.rebuild else adding_up(found, sheet.cells, True)
    read = kept or near
    if any(adds_up_at(sheet.totals, p, place) for place, parts in read.items() for p in parts):
        return {}, {}
    if near and not _added_elsewhere(near, block.table.body_cols, sheet):
        return kept, {}  # small counts near a sum by chance (Derby's outcomes near Buxton's
    cells = sheet.cells  # and Matlock's), not a block adding up the others in other columns
    off = [
        (at, parts)
        for at, parts in near.items()
        if not exact_sum(cells[at].value, _values(parts, cells))
    ]
    return kept, {at: _change(at, parts, cells) for at, parts in off}


def _added_elsewhere(near: dict[Coord, list[Coord]], cols: list[int], sheet: _Sheet) -> bool:
    """Whether a line of the block adds up the same lines of the others in another column."""
    for (row, col), parts in near.items():
        lines = sorted(r for r, _ in parts)
        for other in ((row, c) for c in cols if c != col):
            if other in sheet.totals and sorted(r for _, r, _ in sheet.totals[other]) == lines:
                return True
    return False


def _values(parts: list[Coord], cells: dict[Coord, Cell]) -> list[CellValue]:
    return [cells[p].value if p in cells else None for p in parts]


def _change(place: Coord, parts: list[Coord], cells: dict[Coord, Cell]) -> Change:
    """How far a count is off its parts' sum, as a typed total's ``Change``."""
    value = as_number(cells[place].value) or 0.0
    total = sum(as_number(v) or 0.0 for v in _values(parts, cells))
    return Change(abs(value - total) / value if value else 1.0, True, value > total)


def adds_up_at(totals: Mapping[Coord, tuple[SheetCoord, ...]], total: Coord, place: Coord) -> bool:
    """Whether ``total`` adds up ``place``, at any depth, among ``totals``."""
    seen: set[Coord] = set()
    todo = [total]
    while todo:
        at = todo.pop()
        if at == place:
            return True
        if at not in seen:
            seen.add(at)
            todo += [(r, c) for _, r, c in totals.get(at, ())]
    return False
