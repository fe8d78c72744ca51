"""Blocks stacked on one sheet that add up, cell by cell: Persons above Males and Females.

ONS lays a sheet out as one block per group, each with the same rows (age bands) under the
same columns (weeks): Persons, then Males, then Females. Each Persons cell is the sum of the
Males and Females cells at the same place, a total like any other, so it is rebuilt over them
rather than rounded on its own. Taken only when the arithmetic holds in every place both
hold figures, and in two or more places that are not 0.

The blocks are tables of their own when blank rows part them. With no blank rows they are one
table under one shared header, parted by section rows (a name, no figures: "Derby", then
"Chesterfield" ... then "All offices"), and the block that adds up the others sits above or
below them; the section rows cut that table into its blocks, read the same way.

A line above or under blocks each ending in its own Total adds up those totals
(``block_grand_totals``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, KeysView
from typing import NamedTuple

from wpxl.analyse.formula_block_sums import counted, in_blocks, summed_by_formula
from wpxl.analyse.header_repeats import empty, in_a_block
from wpxl.analyse.keyed_sections import inner_label, keyed_sections
from wpxl.analyse.values import about, as_number, exact_sum, is_text
from wpxl.model import Cell, Coord, Role, Table
from wpxl.policy import PERTURBATION_PER_PART

MIN_MATCHES = 2


class Block(NamedTuple):
    table: Table
    rows: list[int]


def total_blocks(tables: list[Table], cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
    """Mark each block that is the sum of the other blocks with its rows and columns as
    totals over them (``roles`` and the block's ``totals`` are changed in place)."""
    whole = [Block(table, table.body_rows) for table in tables]
    _total_alike(whole, cells, roles)
    total_by_labels(whole, cells, roles)
    for table in tables:
        _total_column_group(table, cells, roles)
    _total_side_tables(tables, cells, roles)
    for table in tables:  # after whole tables: cells they made totals are no longer counts
        sections = sections_of(table, cells)
        if len(sections) >= 3:
            _total_alike(sections, cells, roles)
            total_by_labels(sections, cells, roles)
        keyed = [Block(table, rows) for rows in keyed_sections(table, cells)]
        total_by_labels(keyed, cells, roles, inner_label)


def _total_alike(blocks: list[Block], cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
    alike: dict[tuple[tuple[str, ...], tuple[int, ...]], list[Block]] = defaultdict(list)
    for block in blocks:
        labels = tuple(line_label(block.table, row, cells) for row in block.rows)
        if len(labels) >= 2 and all(labels):
            alike[(labels, tuple(block.table.body_cols))].append(block)
    for group in alike.values():
        if len(group) < 3:
            continue
        for block in group:
            others = [b for b in group if b is not block]
            places = summed_places(block, others, cells, roles)
            if places is not None:
                mark_totals(block.table, places, roles)
                break  # one block adds up the others; they do not add it up too


def total_by_labels(
    blocks: list[Block],
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    label: Callable[[Table, int, dict[Coord, Cell]], str] | None = None,
) -> None:
    """A block whose lines are the sum of the lines of the same label in two or more other
    blocks, where not every block has every line ('All areas' over Leeds and Bradford with
    three payment groups, Wakefield with two): its cells are totals over them, as when the
    blocks are alike. Its labels must be every other block's labels, each once; lines that are
    totals already ('Leeds total' closing a section) are left out of the reading. ``label``:
    how a line is named (by default its words across the label columns)."""
    labelled = []
    for block in blocks:
        own = set(block.table.body_rows)
        counted = [
            r
            for r in block.rows
            if any(in_blocks(block.table, (r, c), roles, own) for c in block.table.body_cols)
        ]
        labels = [(label or line_label)(block.table, row, cells) for row in counted]
        if len(labels) >= 2 and all(labels) and len(set(labels)) == len(labels):
            labelled.append((block, dict(zip(labels, counted, strict=True))))
    read: set[int] = set()  # blocks already adding up others, or added up
    # The block adding the others up in the most places is read first: with small counts and a
    # line one area alone has, an area's block can seem to add up the others in a column.
    while True:
        sums: dict[tuple[tuple[int, ...], frozenset[str]], dict[tuple[str, int], float]] = {}
        readings = [
            reading
            for block, rows in labelled
            if id(block) not in read
            and (reading := _summed_columns(block, rows, labelled, read, cells, roles, sums))
        ]
        if not readings:
            return
        block, pairs, summed = max(readings, key=lambda r: sum(len(col) for col in r[2]))
        for col in summed:  # column by column, as the proof reads them: a source can be
            mark_totals(block.table, col, roles)  # wrong in one place and add up elsewhere
        # one block adds up the others; they do not add it up too, but another may its own
        read.update({id(block), *(id(b) for b, _ in pairs)})


def _summed_columns(
    block: Block,
    rows: dict[str, int],
    labelled: list[tuple[Block, dict[str, int]]],
    read: set[int],
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    sums: dict[tuple[tuple[int, ...], frozenset[str]], dict[tuple[str, int], float]],
) -> tuple[Block, list[tuple[Block, dict[str, int]]], list[dict[Coord, list[Coord]]]] | None:
    """The blocks ``block`` would add up (``rows``: its lines by label) and its columns that
    are their sum, or None where it adds up no column of two or more other blocks. ``sums``:
    ``_line_sums`` by the blocks' columns and labels, kept while no block is read."""
    if len(labelled) < 3:
        return None  # no two other blocks to add up
    cols = block.table.body_cols
    key = (tuple(cols), frozenset(rows))
    if key not in sums:  # asked first: the others are listed for each block, 2,400 of them
        sums[key] = _line_sums(labelled, read, cols, rows.keys(), cells)
    if not _may_add_up(rows, cols, sums[key], cells):
        return None
    pairs = [
        (b, o)
        for b, o in labelled
        if b is not block
        and id(b) not in read
        and b.table.body_cols == cols
        and o.keys() <= rows.keys()
    ]
    others = [o for _, o in pairs]
    if len(others) < 2 or {k for o in others for k in o} != rows.keys():
        return None
    places: dict[Coord, list[Coord]] = {}
    for label, row in rows.items():
        for col in cols:
            parts = [(o[label], col) for o in others if label in o]
            if roles.get((row, col)) is Role.COUNT and all(
                roles.get(p) is Role.COUNT for p in parts
            ):
                places[(row, col)] = parts
    by_col: defaultdict[int, dict[Coord, list[Coord]]] = defaultdict(dict)
    for place, parts in places.items():
        by_col[place[1]][place] = parts
    summed = [kept for col in by_col.values() if (kept := adding_up(col, cells))]
    return (block, pairs, summed) if summed else None


def _total_column_group(table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
    """The blocks side by side: groups of columns under the words of a first header row
    ('Leeds' over Apr, May, Jun, then 'Bradford' ...), each column named by its last header
    row. A group each of whose columns is the sum of the columns of its name in two or more
    other groups ('All areas' over the areas) holds totals over them, as stacked blocks do."""
    if len(table.header_rows) < 2:
        return
    top, last = table.header_rows[0], table.header_rows[-1]
    groups: dict[str, dict[str, int]] = {}
    group = ""
    for col in table.body_cols:
        over, name = cells.get((top, col)), cells.get((last, col))
        if over is not None and is_text(over.value) and str(over.value).strip():
            group = " ".join(str(over.value).split())
        words = (
            " ".join(str(name.value).split()) if name is not None and is_text(name.value) else ""
        )
        if not words and all(empty(cells.get((row, col))) for row in table.body_rows):
            continue  # a spacer column between the groups
        if not group or not words or words in groups.setdefault(group, {}):
            return  # a column without a group or a name, or a name twice: not read so
        groups[group][words] = col
    _sum_groups([(table, cols) for cols in groups.values()], table.body_rows, cells, roles)


def _total_side_tables(
    tables: list[Table], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> None:
    """Tables side by side over the same lines, a blank column apart ('Leeds', 'Bradford',
    then 'All areas', each over Apr, May, Jun): read as the groups of one table are."""
    by_rows: defaultdict[tuple[int, ...], list[Table]] = defaultdict(list)
    for table in tables:
        if table.header_rows:
            by_rows[tuple(table.body_rows)].append(table)
    for side, beside in by_rows.items():
        groups = []
        for table in beside:
            last = table.header_rows[-1]
            names = {
                " ".join(str(c.value).split()): col
                for col in table.body_cols
                if (c := cells.get((last, col))) is not None and is_text(c.value)
            }
            if len(names) == len(table.body_cols):
                groups.append((table, names))
        if len(groups) >= 3:
            _sum_groups(groups, list(side), cells, roles)


def _sum_groups(
    groups: list[tuple[Table, dict[str, int]]],
    rows: list[int],
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
) -> None:
    """Mark the group each of whose columns is the sum of the columns of its name in two or
    more other groups (each of those naming a part of its columns) as totals over them."""
    for table, cols in groups:
        others = [o for _, o in groups if o is not cols and o.keys() <= cols.keys()]
        if len(others) < 2 or {k for o in others for k in o} != cols.keys():
            continue
        places = {
            (row, col): [(row, o[words]) for o in others if words in o]
            for words, col in cols.items()
            for row in rows
            if roles.get((row, col)) is Role.COUNT
        }
        if any(roles.get(p) is not Role.COUNT for parts in places.values() for p in parts):
            continue
        if nonzero_sums(places, cells) >= MIN_MATCHES:
            mark_totals(table, places, roles)
            return


def sections_of(table: Table, cells: dict[Coord, Cell]) -> list[Block]:
    """The runs of body rows between section rows (rows with no figures, or the header line
    repeated), or none when the table has no section rows: then it is one block, read whole."""
    runs: list[list[int]] = [[]]
    for row in table.body_rows:
        if in_a_block(table, row, cells):
            runs[-1].append(row)
        elif runs[-1]:
            runs.append([])
    runs = [run for run in runs if run]
    return [Block(table, run) for run in runs] if len(runs) >= 2 else []


def line_label(table: Table, row: int, cells: dict[Coord, Cell]) -> str:
    texts = [
        str(c.value).strip()
        for k in table.label_cols
        if (c := cells.get((row, k))) is not None and c.value is not None
    ]
    return " ".join(t for t in texts if t)


def summed_places(
    block: Block, others: list[Block], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> dict[Coord, list[Coord]] | None:
    """Each count of ``block`` with the same places in ``others`` that it is the sum of, or
    None when it is not their sum somewhere (or too seldom to tell)."""
    found: dict[Coord, list[Coord]] = {}
    matches = 0
    for i, row in enumerate(block.rows):
        for col in block.table.body_cols:
            coord = (row, col)
            parts = [(other.rows[i], col) for other in others]
            if not counted(coord, parts, roles):  # a formula over the same places: one more
                matches += summed_by_formula(block.table, coord, parts, cells)
                continue
            value = cells[coord].value
            adds_up = exact_sum(value, [cells[p].value for p in parts])
            if adds_up is None:
                continue
            if not adds_up:
                return None
            matches += as_number(value) != 0
            found[coord] = parts
    return found if matches >= MIN_MATCHES else None


def _line_sums(
    labelled: list[tuple[Block, dict[str, int]]],
    read: set[int],
    cols: list[int],
    labels: KeysView[str],
    cells: dict[Coord, Cell],
) -> dict[tuple[str, int], float]:
    """The sum, at each label and column, of the figures of every unread block of ``cols``
    whose labels are among ``labels``: a block with those labels and the blocks it may add up."""
    sums: defaultdict[tuple[str, int], float] = defaultdict(float)
    for block, rows in labelled:
        if id(block) in read or block.table.body_cols != cols or not rows.keys() <= labels:
            continue
        for label, row in rows.items():
            for col in cols:
                cell = cells.get((row, col))
                sums[(label, col)] += (as_number(cell.value) or 0) if cell is not None else 0
    return sums


def _may_add_up(
    rows: dict[str, int],
    cols: list[int],
    sums: dict[tuple[str, int], float],
    cells: dict[Coord, Cell],
) -> bool:
    """Whether the block's figures could be the others' sum in as many places of a column as
    a total needs: twice a figure is then the sum of them all. Asked before adding up the
    others place by place, which for a block an area (150 councils) costs the square of the
    blocks."""
    for col in cols:
        matches = 0
        for label, row in rows.items():
            cell, total = cells.get((row, col)), sums.get((label, col), 0.0)
            value = as_number(cell.value) if cell is not None else None
            matches += bool(value) and about(2 * value, total)  # type: ignore[operator]
        if matches >= MIN_MATCHES:
            return True
    return False


def mark_totals(table: Table, places: dict[Coord, list[Coord]], roles: dict[Coord, Role]) -> None:
    """Each place a total over its parts on the table's sheet (``roles`` and ``totals`` in
    place): how every reading here ends once the arithmetic holds."""
    for coord, parts in places.items():
        roles[coord] = Role.TOTAL
        table.totals[coord] = tuple((table.sheet, *p) for p in parts)


def nonzero_sums(places: dict[Coord, list[Coord]], cells: dict[Coord, Cell]) -> int:
    """How many places not 0 are the sum of their parts; 0 when any place is not."""
    matches = 0
    for coord, parts in places.items():
        value = cells[coord].value
        adds_up = exact_sum(value, [cells[p].value if p in cells else None for p in parts])
        if adds_up is None:
            continue
        if not adds_up:
            return 0
        matches += as_number(value) != 0
    return matches


MATCHES_PER_MISS = 20  # a column is read with one count a few off, one more per this many


def adding_up(
    places: dict[Coord, list[Coord]], cells: dict[Coord, Cell], rebuild: bool = False
) -> dict[Coord, list[Coord]]:
    """The places of a column that are the sum of their parts, when two or more not 0 are and
    the others but a few are too: a count a few off its parts' sum (no more than a source's
    perturbation: MoJ's 'Males and Females' counts 3 where each sex counts 1) is left out, one
    per 20 places that add up; one further off, or more of them, leaves nothing. Where the
    policy rebuilds the source's totals (``rebuild``: it perturbs its figures), a count so
    little off is a total too, however many there are, and one further off (a line the source
    shifted: MoJ's 15-17 year olds in two years) is left a count, so long as more add up
    exactly than are further off."""
    kept: dict[Coord, list[Coord]] = {}
    matches = misses = far = 0
    for coord, parts in places.items():
        value = cells[coord].value
        adds_up = exact_sum(value, [cells[p].value if p in cells else None for p in parts])
        if adds_up is None:
            continue
        if not adds_up:
            if not slightly_off(coord, parts, cells):
                if not rebuild:
                    return {}
                far += 1
                continue
            misses += 1
            if rebuild:
                kept[coord] = parts
            continue
        matches += as_number(value) != 0
        kept[coord] = parts
    if rebuild:
        return kept if matches >= MIN_MATCHES and matches > far else {}
    enough = matches >= MIN_MATCHES and misses <= max(1, matches // MATCHES_PER_MISS)
    return kept if enough else {}


def slightly_off(place: Coord, parts: list[Coord], cells: dict[Coord, Cell]) -> bool:
    """Whether a count misses the sum of ``parts`` by no more than a source's rounding or
    perturbation moves a total."""
    value = as_number(cells[place].value) or 0.0
    total = sum(as_number(cells[p].value) or 0.0 for p in parts if p in cells)
    return abs(value - total) <= PERTURBATION_PER_PART * len(parts)
