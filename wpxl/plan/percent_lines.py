"""An outcome table's percentage lines: which cells make up each breakdown, and how each is shown.

A breakdown is a column (or a row) of the table's outcome cells: its leaves make up its base,
its totals add up some of them. Each is settled on the finest step on which neither it nor a
line crossing it gives a base back (``wpxl.plan.coarsen``); the whole book's breakdowns are
searched together once every table is settled (``settle_jointly``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wpxl.analyse.cells import CUMULATIVE, MONEY, OUTCOME_RATE, PRECISION, TYPED_RATE
from wpxl.analyse.formulas import references_any
from wpxl.analyse.header_repeats import repeats_header
from wpxl.analyse.other_breakdowns import other_breakdown_lines
from wpxl.analyse.uncounted import RANK
from wpxl.analyse.values import is_error
from wpxl.analyse.words import is_subset_words
from wpxl.model import Coord, Role, SheetAnalysis, Table
from wpxl.plan.coarsen import Breakdown, Crossing, Sum, TableLines, settle_within
from wpxl.plan.figures import NUMERIC_ROLES, Figures
from wpxl.policy import Policy


@dataclass(slots=True)
class SettledTable:
    """An outcome table's breakdowns on a base large enough to show, settled alone and with
    their crossings; the cells of the lines on too small a base; every outcome figure seen."""

    lines: TableLines
    too_small: list[Coord]
    figures: set[float]
    # breakdown -> the places along it where the input holds a part wpxl could not read ('<5',
    # '2 11'): its shares are of the parts shown, which the sheet and the cover must say
    left_out: dict[int, list[Coord]] = field(default_factory=dict)


def settle_table(
    cells: list[Coord],
    table: Table,
    analysis: SheetAnalysis,
    figures: Figures,
    policy: Policy,
    axis: str,
    rest: frozenset[Coord] = frozenset(),
) -> SettledTable:
    """Each breakdown (a column, or a row) of the table's outcome ``cells`` on a base large
    enough to show, with how it is shown: on the finest step on which neither it nor any line
    crossing it gives a base back. ``rest``: the cells counting those who reached no outcome
    (``wpxl.plan.rest_lines``), in no base."""
    src = analysis.sheet.name
    lines: dict[int, list[Coord]] = {}
    for coord in cells:
        lines.setdefault(coord[1] if axis == "column" else coord[0], []).append(coord)
    breakdowns: dict[int, Breakdown] = {}
    too_small: list[Coord] = []
    seen: set[float] = set()
    left_out: dict[int, list[Coord]] = {}

    def value(at: Coord) -> float:
        return figures.true((src, *at))

    runs = other_breakdown_lines(table, axis == "column", analysis.roles, value)
    other = set().union(*runs)
    for key, line in lines.items():
        leaves = [c for c in _leaves(table, analysis, figures, line[0], axis, other)
                  if c not in rest]  # fmt: skip
        if unread := _unread_parts(table, analysis, line[0], axis, other):
            left_out[key] = unread
        taken = set(leaves)  # a column of 2,500 areas: a list looked through for each cell
        others = [c for c in line if c not in taken]
        counts = tuple(figures.true((src, *c)) for c in [*leaves, *others])
        seen.update({*counts, sum(counts[: len(leaves)])})
        base = sum(counts[: len(leaves)])
        if base < policy.small_base or base <= 0:
            too_small.extend(line)
            continue
        index = {leaf: i for i, leaf in enumerate(leaves)}
        parts = tuple(_parts_of(table, src, total, index) for total in others)
        again = _other_runs([*leaves, *others], runs, table, axis)
        breakdowns[key] = Breakdown((*leaves, *others), counts, len(leaves), parts, again)
    decided = {key: line.settle(policy) for key, line in breakdowns.items()}
    crossings = _crossings(table, src, cells, figures, axis)
    lines = TableLines(breakdowns, decided, crossings, _sums(breakdowns, crossings, axis))
    settle_within(lines, policy)
    return SettledTable(lines, too_small, seen, {k: v for k, v in left_out.items() if k in decided})


def _other_runs(
    cells: list[Coord], runs: list[set[int]], table: Table, axis: str
) -> tuple[tuple[int, ...], ...]:
    """Where (by index among ``cells``) each other breakdown's lines of the total are on this
    line (its totals left out): a reader takes each for a whole of the line's base."""
    across, totals = (0, table.total_rows) if axis == "column" else (1, table.total_cols)
    found = []
    for run in runs:
        held = tuple(i for i, c in enumerate(cells) if c[across] in run and c[across] not in totals)
        if len(held) >= 2:
            found.append(held)
    return tuple(found)


def _sums(breakdowns: dict[int, Breakdown], crossings: list[Crossing], axis: str) -> list[Sum]:
    """Each breakdown whose count in every group is the total of the same other breakdowns'
    counts in that group (a Total column over the months, a Total row over the quarters), when
    all of them are shown and hold the same groups: a reader knows it adds them up."""
    line_of = (lambda c: c[1]) if axis == "column" else (lambda c: c[0])
    across = (lambda c: c[0]) if axis == "column" else (lambda c: c[1])
    adds_up = {
        total: None if parts is None else frozenset(line_of(p) for p in parts)
        for crossing in crossings
        for total, parts in crossing.totals
    }
    found = []
    for key, breakdown in breakdowns.items():
        held = {adds_up.get(cell) for cell in breakdown.cells[: breakdown.leaves]}
        parts = next(iter(held)) if len(held) == 1 else None
        if not parts or len(parts) < 2 or not parts <= breakdowns.keys():
            continue
        groups = [[across(c) for c in breakdowns[k].cells[: breakdowns[k].leaves]]
                  for k in (key, *parts)]  # fmt: skip
        if all(g == groups[0] for g in groups):
            found.append(Sum(key, tuple(sorted(parts))))
    return found


def _crossings(
    table: Table, src: str, cells: list[Coord], figures: Figures, axis: str
) -> list[Crossing]:
    """The lines across the breakdowns (each row when they are columns, and the other way
    round), with their own leaves and totals, as a reader could search them."""
    across = 0 if axis == "column" else 1  # which coordinate names a crossing line
    totals = table.total_cols if axis == "column" else table.total_rows
    lines: dict[int, list[Coord]] = {}  # grouped once: 4,000 areas are 4,000 lines
    for c in cells:
        lines.setdefault(c[across], []).append(c)
    found = []
    for at in sorted(lines):
        line = lines[at]
        leaves = [c for c in line if c[1 - across] not in totals]
        index = {leaf: i for i, leaf in enumerate(leaves)}
        held = []
        for total in (c for c in line if c[1 - across] in totals):
            parts = _parts_of(table, src, total, index)
            held.append((total, None if parts is None else tuple(leaves[i] for i in parts)))
        counts = tuple(figures.true((src, *c)) for c in leaves)
        found.append(Crossing((*leaves,), counts, (*held,)))
    return found


def _parts_of(
    table: Table, src: str, total: Coord, index: dict[Coord, int]
) -> tuple[int, ...] | None:
    """Which of a line's leaves (by ``index``) a total on that line adds up, through its
    subtotals; None if it adds up anything else (or analyse did not say)."""
    found: set[int] = set()
    todo, seen = [total], set()
    while todo:
        coord = todo.pop()
        if coord in seen:
            continue
        seen.add(coord)
        if coord in index:
            found.add(index[coord])
        elif coord in table.totals:
            refs = table.totals[coord]
            if any(sheet != src for sheet, _, _ in refs):
                return None
            todo.extend((r, c) for _, r, c in refs)
        else:
            return None
    return tuple(sorted(found)) or None


def _leaves(
    table: Table,
    analysis: SheetAnalysis,
    figures: Figures,
    coord: Coord,
    axis: str,
    other: set[int],
) -> list[Coord]:
    """The cells whose sum is the base of this cell's breakdown (its column, or its row): of its
    measure alone (a long extract's column holds job outcomes and sustainments, line by line);
    the lines of ``other`` breakdowns of its total (by age after by gender) are none of them."""
    src = analysis.sheet.name
    measure = table.measure_of(coord)
    row, col = coord
    if axis == "row":
        whole = [(row, c) for c in table.body_cols]
        line = [(row, c) for c in table.body_cols if c not in table.total_cols and c not in other]
    else:
        whole = [(r, col) for r in table.body_rows]
        line = [(r, col) for r in table.body_rows if r not in table.total_rows and r not in other]
    along = set(whole)  # once for the line, not once for each of its cells
    return [
        c
        for c in line
        if analysis.roles.get(c) in NUMERIC_ROLES
        and figures.is_outcome((src, *c))
        and table.measure_of(c) is measure
        and not _adds_up_along(table, src, c, along)
        and not _of_which(table, analysis, c, axis)
    ]


def _of_which(table: Table, analysis: SheetAnalysis, coord: Coord, axis: str) -> bool:
    """Whether the cell's line counts part of another ('of which: disabled' under the Total):
    a part of the base, it counted those outcomes twice (the Total 74 %). It is shown as a
    share of the base all the same."""
    row, col = coord
    heads = [(row, c) for c in table.label_cols] if axis == "column" else [
        (r, col) for r in table.header_rows
    ]  # fmt: skip
    cells = analysis.sheet.cells
    return any(is_subset_words(str(getattr(cells.get(at), "value", "") or "")) for at in heads)


def _adds_up_along(table: Table, src: str, coord: Coord, line: set[Coord]) -> bool:
    """Whether the cell is a total over other cells of its own breakdown though its line is
    no total line: an 'All areas' block's JSA 18-24 adds up each area's JSA 18-24, cell by
    cell. Counted as a part too, it counted every outcome twice in the base (each share half
    what it is)."""
    refs = table.totals.get(coord)
    return bool(refs) and all(s == src and (r, c) in line for s, r, c in refs)  # type: ignore[union-attr]


_NIL = re.compile(r"^[\s\-\u2013\u2014]*$")  # blank, or a dash: nothing, as tables write 0


def _unread_parts(
    table: Table, analysis: SheetAnalysis, coord: Coord, axis: str, other: set[int]
) -> list[Coord]:
    """The places of the cell's breakdown (its column, or its row; a total column's or row's,
    the lines it adds up) where the input holds an outcome part wpxl removed or could not read
    as a figure ('<5', '2 11', '..', an error such as '#N/A'): the breakdown's true base is not
    known. A line derived from the parts ('Cumulative', 'Rank', a rate) is none of them, though
    removed too, nor is the header line repeated over a block (analyse/header_repeats), nor a
    line of another measure ('Outcome payments' removed as money among an extract's
    sustainments: said to be a sustainment wpxl could not read)."""
    row, col = coord
    measure = table.measure_of(coord)
    taken = (table.total_rows | other, table.total_cols) if axis == "column" else (
        table.total_rows, table.total_cols | other
    )  # fmt: skip
    rows = [r for r in table.body_rows if r not in taken[0]]
    cols = [c for c in table.body_cols if c not in taken[1]]
    if axis == "row":
        rows = (_added_up(table, row, 0) or rows) if row in table.total_rows else [row]
        line = [(r, c) for r in rows for c in cols]
    else:  # a total line adds up the lines across it: their parts are its parts
        cols = (_added_up(table, col, 1) or cols) if col in table.total_cols else [col]
        line = [(r, c) for c in cols for r in rows]
    found, parts = [], set(line)
    for at in line:
        role, cell = analysis.roles.get(at), analysis.sheet.cells.get(at)
        if cell is not None and role is Role.NONCOUNT and is_error(cell.value):
            if table.measure_of(at) is measure:  # '#N/A' of a broken lookup: its figure unknown
                found.append(at)
            continue
        if cell is None or role not in (Role.DROPPED, Role.TEXT):
            continue
        if _notes_column(table, analysis, at):  # '[note 3]', kept or removed as outcome text
            continue
        if role is Role.TEXT and _NIL.match(str(cell.value)):
            continue
        if role is Role.TEXT and repeats_header(table, at[0], analysis.sheet.cells):
            continue  # the header line over the next block ('Month | Payment group | ...')
        if role is Role.DROPPED and analysis.reasons.get(at) in _DERIVED:
            continue
        if role is Role.DROPPED and _of_the_parts(cell.formula, at, parts):
            continue
        if table.measure_of(at) is measure and analysis.reasons.get(at) != MONEY:
            found.append(at)
    return found


def _of_the_parts(formula: str | None, at: Coord, parts: set[Coord]) -> bool:
    """Whether a removed cell is worked out from two or more other parts of its breakdown alone
    ('Total excluding ESA Volunteers', =SUM(B4:B7)-B7): a line of its own making, no part of
    the base; named left out, it was said to be 'not a number wpxl can read'."""
    refs = references_any(formula) if formula else []
    read = {c for ref in refs for c in ref.coords()}
    return all(r.sheet is None for r in refs) and len(read) > 1 and at not in read and read <= parts


_DERIVED = frozenset({CUMULATIVE, RANK, OUTCOME_RATE, TYPED_RATE, PRECISION})
_NOTES = re.compile(r"^\s*notes?\s*:?\s*$", re.IGNORECASE)


def _notes_column(table: Table, analysis: SheetAnalysis, at: Coord) -> bool:
    """Whether the text stands in a column headed 'Notes': the GSS standard's column of note
    references at a table's right ('[note 3]' beside a year's job outcomes) holds no part."""
    cells = analysis.sheet.cells
    heads = (getattr(cells.get((r, at[1])), "value", None) for r in table.header_rows)
    return any(isinstance(head, str) and _NOTES.match(head) for head in heads)


def _added_up(table: Table, line: int, axis: int) -> list[int]:
    """The lines a total line adds up (rows when ``axis`` is 0), as its totals' parts say;
    nothing when they do not say (its parts are then every line across it)."""
    found = {part[1 + axis] for at, parts in table.totals.items() if at[axis] == line
             for part in parts if part[1 + axis] != line}  # fmt: skip
    return sorted(found)
