"""Invariant 10, for the first or last line of a group of lines: a line that is the sum of the
other lines of its group is never rounded on its own.

MoJ's offences by age group and sex (A1.4ii) set each age group as a group of lines a blank
line apart: 'Adults' over its offences, '18-20 year olds' over theirs. The trees once read the
sex's line over the age groups' lines instead, and each age group's line, the sum of the
offences under it, was rounded on its own: every figure a multiple of the base, every formula
adding up its cells, and no other reading of invariant 10 asked it (its name is no total's, its
group is not the whole table, its offences are no block of another).

The proof reads the input itself, a column at a time: a group is a run of lines holding
something in the column (a figure, or a marker the source suppressed one with), a blank line
or the sheet's edge before and after it, its words at its top set aside. Where the group's
first line (or its last) is, to the last digit, the sum of the two or more others in every
column where all hold figures, two or more of them not 0 and none where one holds a marker,
the copy must show at its plain figures the sum of what it shows at the others. A few columns
(no more than add up) may miss by a source's perturbation (MoJ's women's 'Violence with
injury', 9 over its twelve offences in 2022): the others are asked all the same. A last line
the group's own total straight after it counts beside the others ('Barnsley' the sum of the
three offices over it by chance, over 'North Yorkshire total' adding up all four:
``counted_beside``) is one of them, and so is a payment group among payment groups
(``payment_group_lines``).
"""

from __future__ import annotations

from collections import defaultdict

from wpxl.model import Cell
from wpxl.policy import PERTURBATION_PER_PART
from wpxl.verify.books import SheetPair
from wpxl.verify.counted_beside import counted_beside
from wpxl.verify.leaks import Finding
from wpxl.verify.payment_group_lines import payment_groups_alone
from wpxl.verify.shown_sums import not_the_shown_sum
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.total_words import figure

Coord = tuple[int, int]
GROUP_ROUNDED_ALONE = "a line adding up the other lines of its group rounded on its own"
_MIN_COLUMNS = 2
_Group = tuple[int, tuple[int, ...]]  # the line adding up, and the lines it adds up


def block_heads(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    """The plain figures of a first or last line of a group that adds up the others in the
    input but is not shown as their sum in the copy (see the doc); ``labels``: each row's
    first words (``first_words`` of ``cells``), read once for every reading of the sheet."""
    columns: defaultdict[int, dict[int, Cell]] = defaultdict(dict)
    for (row, col), cell in cells.items():
        if cell.value is not None and not (isinstance(cell.value, str) and not cell.value.strip()):
            columns[col][row] = cell
    held: defaultdict[_Group, list[int]] = defaultdict(list)  # columns where it adds up
    off: defaultdict[_Group, int] = defaultdict(int)  # columns a source's perturbation off
    broken: set[_Group] = set()  # groups that do not add up in a column
    for col, column in columns.items():
        for rows in _runs(column):
            figures = [figure(column[row]) for row in rows]
            if None in figures:
                continue  # a marker, or words: nothing to tell here
            whole = sum(figures)  # type: ignore[arg-type]
            for at, others in ((0, slice(1, None)), (-1, slice(None, -1))):
                group = (rows[at], tuple(rows[others]))
                miss = _miss(figures[at], whole)  # type: ignore[arg-type]
                if miss == 0:
                    held[group].append(col)
                elif miss <= PERTURBATION_PER_PART * len(group[1]):
                    off[group] += 1
                else:
                    broken.add(group)
    found: list[Finding] = []
    for group, cols in held.items():
        nonzero = [c for c in cols if figure(cells.get((group[0], c)))]
        if group in broken or len(nonzero) < _MIN_COLUMNS or off[group] > len(nonzero):
            continue
        if any(counted_beside(pair, group[0], list(group[1]), c, False) for c in nonzero):
            continue  # the group's own total counts the line as one of them
        if payment_groups_alone(labels.get(x, (0, ""))[1] for x in (group[0], *group[1])):
            continue  # a payment group holds no other
        for col in cols:
            if written_alone(pair, (group[0], col)):  # a formula: invariant 1 holds it
                found += not_the_shown_sum(pair, (group[0], col), group[1], GROUP_ROUNDED_ALONE)
    return found


def _runs(column: dict[int, Cell]) -> list[list[int]]:
    """The column's runs of lines one under another, the words at the top of each set aside,
    of three lines or more."""
    runs: list[list[int]] = []
    for row in sorted(column):
        if runs and runs[-1][-1] == row - 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    found = []
    for rows in runs:
        top = 0  # past a header's words over the group (one cut: a column of words is long)
        while top < len(rows) and _words(column[rows[top]]):
            top += 1
        if len(rows) - top >= 3:
            found.append(rows[top:])
    return found


def _words(cell: Cell) -> bool:
    """Neither a figure nor a marker standing for one: words heading a group."""
    return figure(cell) is None and not marker_text(cell.value)


def marker_text(value: object) -> bool:
    """Words standing for a figure the source suppressed ('..', '[c]', '-', '*', 'x')."""
    text = value.strip().lower() if isinstance(value, str) else ""
    return text in {"..", ".", "-", "*", "x", "c", "[c]", "[x]", "[z]", ":", "\u2013", "\u2014"}


def _miss(value: float, whole: float) -> float:
    """How far ``value`` is from the sum of the rest of its run (``whole`` holds it too): 0
    where it is their sum."""
    miss = abs(2 * value - whole)
    return 0.0 if miss <= 1e-9 else miss
