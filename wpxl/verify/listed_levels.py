"""Invariant 10, for levels listed apart: a region's line, listed with the other regions before
(or after) every authority's line, shows the sum of what the copy shows for its authorities.

ONS and DWP list areas a level at a time ('England', the regions, then the authorities region
by region, in the regions' order), the hierarchy shown by GSS codes alone. No region stands
beside its authorities, so no reading of totals beside their lines saw it, and a copy rounding
each region on its own (520 over authorities shown adding up to 540) passed, which guidance R5
forbids.

The proof reads the input itself: the rows holding figures, in runs with no blank row between
(a table each), each named by its first words. Where the rows of a run after some row part, in
order, into runs each of which, to the last digit in every place across, adds up to one of the
rows straight before them (the last run to the last of those rows, the one before to the one
before it, and so on; the runs ending with the table, or a row before its end), two runs or
more of two rows or more, each such row holding figures above 0 in two places or more, the
copy must show at each of its plain figures the sum of what it shows for its run. The same is
read with the authorities first and the regions after them.
Never asked: analyse.
"""

from __future__ import annotations

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.total_words import figure

Coord = tuple[int, int]
NOT_THEIR_SUM = (
    "a total of lines listed apart from it rounded on its own, not the sum of the shown lines"
)
_MOST_ROWS = 800  # every local authority of Great Britain, and their regions
_LEAST_RUNS = 2  # runs of two rows or more: one alone could be chance
_LEAST_PLACES = 2  # places where a head holds a figure above 0


def listed_levels(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    """The places of the copy showing such a head (see the doc) not as its run's shown sum."""
    rows: dict[int, dict[int, float]] = {}
    for (row, col), cell in cells.items():
        if row in labels and col > labels[row][0] and (value := figure(cell)) is not None:
            rows.setdefault(row, {})[col] = value
    found: list[Finding] = []
    for table in _tables(sorted(rows)):
        if len(table) > _MOST_ROWS:
            continue
        for order in (table, table[::-1]):
            heads = _heads(rows, order)
            if heads:
                for head, run in heads.items():
                    found += _not_shown_so(pair, rows, head, run)
                break
    return found


def _tables(rows: list[int]) -> list[list[int]]:
    """The runs of rows one under another: a blank row ends a table."""
    tables: list[list[int]] = []
    for row in rows:
        if tables and tables[-1][-1] == row - 1:
            tables[-1].append(row)
        else:
            tables.append([row])
    return [t for t in tables if len(t) >= 2 + 2 * _LEAST_RUNS]


def _heads(rows: dict[int, dict[int, float]], order: list[int]) -> dict[int, list[int]]:
    """Each head and its run, where the rows after a split of ``order`` (to its end, or to the
    row before its last: 'England' closing the table) part into runs each adding up to one of
    the rows straight before the split, last to last (see the doc)."""
    for last in (len(order), len(order) - 1):
        for split in range(2, last - 1):
            heads: dict[int, list[int]] = {}
            end, at = last, split - 1
            while end > split and at >= 0:
                start = _run_start(rows, order[at], order, split, end)
                if start is None:
                    break
                heads[order[at]] = order[start:end]
                end, at = start, at - 1
            if end == split and sum(len(run) >= 2 for run in heads.values()) >= _LEAST_RUNS:
                return heads
    return {}


def _run_start(
    rows: dict[int, dict[int, float]], head: int, order: list[int], split: int, end: int
) -> int | None:
    """Where the run of ``order`` ending at ``end`` (from ``split`` at the earliest) that adds
    up to ``head`` starts; None where the run passes the head's figure first."""
    wanted = rows[head]
    if sum(v > 0 for v in wanted.values()) < _LEAST_PLACES:
        return None
    added: dict[int, float] = {}
    for start in range(end - 1, split - 1, -1):
        for col, value in rows[order[start]].items():
            added[col] = added.get(col, 0.0) + value
        if any(col not in wanted or value > wanted[col] for col, value in added.items()):
            return None
        if all(abs(added.get(col, 0.0) - value) < 1e-6 for col, value in wanted.items()):
            return start
    return None


def _not_shown_so(
    pair: SheetPair, rows: dict[int, dict[int, float]], head: int, run: list[int]
) -> list[Finding]:
    found = []
    for col in rows[head]:
        place = (head, col)
        if not written_alone(pair, place):
            continue  # a formula: invariant 1 holds it to the cells it adds up
        shown = [_shown(pair, (row, col)) for row in [head, *run]]
        if any(value is None for value in shown):
            continue  # a part removed: the other invariants see to it
        if abs(shown[0] - sum(shown[1:])) > 1e-6:  # type: ignore[arg-type, operator]
            found.append(Finding(pair.where(pair.output_coord(place)), NOT_THEIR_SUM))
    return found


def _shown(pair: SheetPair, place: Coord) -> float | None:
    """What the copy shows at the input's ``place``: 0 where the input holds nothing there."""
    if pair.source is not None and figure(pair.source.cells.get(place)) is None:
        return 0.0
    written = pair.cells.get(pair.output_coord(place))
    return written[0] if written is not None and isinstance(written[0], float) else None
