"""Total lines found by their labels, and the pieces the tree of totals (``trees``) is read with.

``trees`` reads a table's totals from arithmetic as a tree, each total over its direct children.
Where it cannot (hidden parts, a labelled total the arithmetic does not bear out), totals are
read here from their labels ("Total", "North subtotal", "All payment groups") or, unlabelled, as
a first or last line equal to the sum of the others; a grand total adds up the subtotals and the
lines no subtotal covers. Typed totals are checked against their parts; where a line could be
read two ways, wpxl refuses rather than guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import takewhile
from typing import TYPE_CHECKING

from wpxl.analyse.line_averages import is_mean, is_total_average
from wpxl.analyse.payment_groups import payment_groups_alone
from wpxl.analyse.typed_totals import REBUILD_HINT
from wpxl.analyse.words import is_grand_total_label
from wpxl.errors import AnalysisError
from wpxl.model import Coord, Role, Table
from wpxl.model.sheetref import a1
from wpxl.policy import PERTURBATION_PER_PART

if TYPE_CHECKING:
    from wpxl.analyse.shown import ShownOnce


@dataclass(frozen=True, slots=True)
class Values:
    """``typed``: a typed count's number (what may be a total); ``figure``: any count or total;
    ``shown``: any number the source shows, figures wpxl removes included (for arithmetic)."""

    typed: Callable[[Coord], float | None]
    figure: Callable[[Coord], float | None]
    shown: ShownOnce | None = None


@dataclass(slots=True)
class Axis:
    """Rows (``by_row``) or columns of one table, seen as lines to add up."""

    by_row: bool
    lines: list[int]  # the rows (or columns) holding figures, in order
    across: list[int]  # the columns (or rows) those lines run through
    labels: dict[int, str]  # each line's label (rows) or header words (columns)
    totals: set[int] = field(default_factory=set)  # lines known to be totals
    periods: set[int] = field(default_factory=set)  # lines naming periods (analyse.periods)
    half_step: float = 0.5  # how far a part may be off: half the step the source rounded to
    # the lines each of the book's own SUM formulas along the axis adds up together: none of
    # them is a total of the others (the book would count those twice), whatever they add up to
    summed: list[frozenset[int]] = field(default_factory=list)
    # lines set out over one line more indented under them (looks.heads_of_one): its total
    heads_of_one: frozenset[int] = frozenset()
    # each row's label indent where the labels are set in to show their levels (looks.indents)
    indents: dict[int, int] = field(default_factory=dict)

    def coord(self, line: int, other: int) -> Coord:
        return (line, other) if self.by_row else (other, line)

    @property
    def noun(self) -> str:
        return "row" if self.by_row else "column"


def find_arithmetic_total(axis: Axis, values: Values, sheet: str) -> int | None:
    """An unlabelled last (or first) line equal to the sum of the other lines, if there is one.

    A line that adds up in two or more places, and in at least as many as it does not, could be
    a total with mistakes or an ordinary line; that is refused. A single match among misses is
    taken for the coincidence it usually is (small tables of small counts have many). A 0 where
    the others add up to more is such a miss: 'York | 2 | 8 | 10' over 'Sheffield | 4 | 9 | 0'
    made June the total of April and May on York's line alone, and Sheffield's 0 was then
    refused as a total that does not add up (or, rebuilt, shown as 20 where it is 0). Nor is a
    period the total of the others when all are periods of its kind (``axis.periods``):
    'Barnsley | 11 | 7 | 4' made April the total of May and June, written as their SUM (0).
    """
    leaves = [x for x in axis.lines if x not in axis.totals]
    if len(leaves) < 3:
        return None
    for candidate in (leaves[-1], leaves[0]):
        others = [x for x in leaves if x != candidate]
        if {candidate, *others} <= axis.periods:
            continue  # a month among months holds none of them, whatever it adds up to
        if payment_groups_alone(axis.labels.get(x, "") for x in leaves):
            continue  # nor a payment group among payment groups (``payment_groups``)
        matched, mismatched = compare(axis, candidate, others, values)
        mismatched += _zero_over_figures(axis, candidate, others, values)
        if matched and not mismatched:
            return candidate
        if len(matched) >= max(2, len(mismatched)):
            raise AnalysisError(
                f"sheet '{sheet}', cell {a1(*matched[0])}: this {axis.noun} is the sum of the "
                f"other {axis.noun}s in some places but not in others, so wpxl cannot tell "
                f"whether it is a total. Label it 'Total' and correct its figures if it is "
                f"one; if it is not, {_move_among(axis, candidate == leaves[0])}"
            )
    return None


def _move_among(axis: Axis, first: bool) -> str:
    """What to do with a first or last line that is no total, said plainly: wpxl takes only
    an unlabelled first or last line for a total by its figures, so one moved in among the
    others is read as a count."""
    where = ("down" if first else "up") if axis.by_row else ("right" if first else "left")
    return (
        f"move it {where} among the other {axis.noun}s (wpxl reads an unlabelled "
        f"{axis.noun} as a total only where it is the first or last of the table)"
    )


def _zero_over_figures(axis: Axis, line: int, parts: list[int], values: Values) -> list[Coord]:
    """The cells of ``line`` typed 0 where ``parts`` add up to more than 0 along it."""
    return [
        axis.coord(line, other)
        for other in axis.across
        if values.typed(axis.coord(line, other)) == 0
        and sum(values.figure(axis.coord(p, other)) or 0 for p in parts) > 0
    ]


def compare(
    axis: Axis, line: int, parts: list[int], values: Values, slack: float = 0.0
) -> tuple[list[Coord], list[Coord]]:
    """The cells of ``line`` that equal the sum of ``parts`` along it (to within ``slack``),
    and those that do not; a 0, a place where no part holds a figure, or on a 'Total/average'
    line the parts' mean (an average, analyse/line_averages), is neither."""
    matched: list[Coord] = []
    mismatched: list[Coord] = []
    averaged = is_total_average(axis.labels.get(line, ""))
    for other in axis.across:
        coord = axis.coord(line, other)
        value = values.typed(coord)
        if value is None or value == 0:
            continue
        found = [values.figure(axis.coord(p, other)) for p in parts]
        if all(v is None for v in found):
            continue
        near = abs(value - sum(v or 0 for v in found)) <= slack
        if not near and averaged and is_mean(value, [v or 0 for v in found]):
            continue
        (matched if near else mismatched).append(coord)
    return matched, mismatched


def group_totals(axis: Axis, values: Values, sheet: str, check_typed: bool) -> dict[int, list[int]]:
    """Each total line and the lines it adds up (subtotals' groups, grand totals' subtotals)."""
    lines, totals = axis.lines, axis.totals
    if not totals:
        return {}
    before = lines[0] in totals  # totals sit above (or left of) what they add up
    group: dict[int, list[int]] = {}
    for line in sorted(totals):
        side = (
            [x for x in lines if x > line] if before else [x for x in reversed(lines) if x < line]
        )
        group[line] = sorted(takewhile(lambda x: x not in totals, side))
    grand: set[int] = set()  # totals read as grand totals so far, nearest their parts first
    chosen: dict[int, list[int]] = {}
    for line in sorted(totals, reverse=before):
        own = group[line]
        wide = _grand_parts(axis, line, before, group, grand)
        label = axis.labels.get(line, "")
        grand_first = not own or (is_grand_total_label(label) and _subtotals(axis, line, before))
        readings = [r for r in ([wide, own] if grand_first else [own, wide]) if r]
        if _counts_its_own(axis, line, readings, values):
            totals.discard(line)
            continue
        chosen[line] = _pick(axis, line, readings, values, sheet, check_typed)
        if chosen[line] is wide and wide != own:
            grand.add(line)
    return chosen


def _counts_its_own(axis: Axis, line: int, readings: list[list[int]], values: Values) -> bool:
    """A line named as a total that comes near, in no cell, the sum of any run it could total
    ("Total deaths, all ages" above two lines of causes, "All respiratory diseases" above
    "Deaths where COVID-19 was mentioned") counts something of its own; one that adds up, or
    nearly, in some cells is a total with mistakes or perturbed at source, which is refused (or
    rebuilt, as the policy says)."""
    return not any(
        compare(axis, line, parts, values, PERTURBATION_PER_PART * len(parts))[0]
        for parts in readings
    )


def _subtotals(axis: Axis, line: int, before: bool) -> list[int]:
    return [t for t in axis.totals if t != line and (t > line if before else t < line)]


def _grand_parts(
    axis: Axis, line: int, before: bool, group: dict[int, list[int]], grand: set[int]
) -> list[int]:
    """A grand total's parts: the subtotals on its side and the lines none of them covers."""
    subtotals = [t for t in _subtotals(axis, line, before) if t not in grand]
    covered = {x for t in subtotals for x in group[t]}
    side = [x for x in axis.lines if (x > line if before else x < line)]
    leaves = [x for x in side if x not in axis.totals and x not in covered]
    return sorted(subtotals + leaves)


def _pick(
    axis: Axis,
    line: int,
    readings: list[list[int]],
    values: Values,
    sheet: str,
    check_typed: bool,
) -> list[int]:
    """The first reading its typed figures agree with; refuse when none does."""
    if not readings:
        return []
    if not check_typed:
        return readings[0]
    first_mismatch: Coord | None = None
    for parts in readings:
        _, mismatched = compare(axis, line, parts, values)
        if not mismatched:
            return parts
        first_mismatch = first_mismatch or mismatched[0]
    assert first_mismatch is not None
    other = first_mismatch[1] if axis.by_row else first_mismatch[0]
    ends = [a1(*axis.coord(p, other)) for p in (readings[0][0], readings[0][-1])]
    span = ends[0] if ends[0] == ends[1] else f"{ends[0]}:{ends[1]}"
    raise AnalysisError(
        f"sheet '{sheet}', cell {a1(*first_mismatch)}: this cell is labelled as a total but is "
        f"not the sum of the cells it would total ({span}), so wpxl cannot tell what it adds up. "
        "Make it a SUM formula over the cells it totals, or change its label if it is not a "
        f"total. {REBUILD_HINT}"
    )


def sums_along(
    line: int, across: list[int], by_row: bool, roles: dict[Coord, Role], table: Table
) -> bool:
    """A line of totals found only by their formulas (a row of SUMs over the rows above, say):
    every figure on it is a total, and one of them adds up cells of its own column (for a row)
    or row (for a column), so percentage and quality checks leave it out."""
    figures = []
    count, total = Role.COUNT, Role.TOTAL  # named once: each naming is a class look-up
    for x in across:
        coord = (line, x) if by_row else (x, line)
        role = roles.get(coord)
        if role is count:
            return False  # most lines: a count on them, so not a line of totals
        if role is total:
            figures.append(coord)
    keep = 1 if by_row else 0
    return any(
        (parts := table.totals.get(c))
        and all(p[0] == table.sheet and p[keep + 1] == c[keep] and p[2 - keep] != c[1 - keep]
                for p in parts)
        for c in figures
    )  # fmt: skip
