"""A header row of numbers whose total column comes first: 'Age | All ages | 18 | 25 | 35 | 50',
'CPA | Total | 3 | 7 | 12', 'Weeks since attachment | Total | 13 | 26 | 39 | 52', as ONS and
DWP tables set their 'All' column left of the breakdown.

Words naming a total before a row's numbers name a total row ('| Total | 120 | 340', the
total's label in a second label column), so ``numbered_heads`` read such a row as a line of
figures and the plan rounded the heads (18, 25, 35, 50 to 20, 20, 40, 60). But under a total
row's label stand the names of lines, never figures; under a total column's head stand the
lines' totals. So the words head a total column, and the numbers its parts, when each line
under the row holds, under the words, the sum of its figures under the numbers (typed, or a
SUM over exactly those cells, as Excel or a script writes it; a line naming the numbers'
columns may stand between: 'JSA 18-24' under 1), and the numbers are not themselves the
sums of their columns (a total line on top). The proof reads the row for itself
(verify/line_total_heads).
"""

from __future__ import annotations

from collections.abc import Sequence

from wpxl.analyse.formulas import sum_refs
from wpxl.analyse.values import is_text
from wpxl.analyse.words import is_total_label
from wpxl.model import Cell, Coord

_MIN_LINES = 2


def heads_line_totals(cells: dict[Coord, Cell], row: int, cols: Sequence[int]) -> bool:
    """Whether the row's first written cell in ``cols`` names a total heading a column of the
    lines' totals over the whole numbers right of it (see the module's doc)."""
    written = [c for c in cols if not _blank(cells.get((row, c)))]
    if len(written) < 3:
        return False
    word, parts = written[0], written[1:]
    if parts != list(range(word + 1, word + 1 + len(parts))):
        return False  # the words just left of the numbers, touching them
    head = cells[(row, word)]
    if not (is_text(head.value) and is_total_label(str(head.value))):
        return False
    heads = [cells[(row, c)].value for c in parts]
    while heads and _whole(heads[-1]) is None and is_text(heads[-1]):
        heads.pop()  # words after the numbers name parts too ('Unknown', '50+')
    numbers = [_whole(n) for n in heads]  # typed, or digits as exports write them ('18')
    if len(numbers) < 2 or None in numbers:
        return False
    lines = _lines_under(cells, row, word, parts)
    if len(lines) < _MIN_LINES:
        return False
    column_sums = [
        sum(_figure(cells.get((r, c))) or 0 for r in lines) for c in parts[: len(numbers)]
    ]
    return column_sums != numbers


def _lines_under(cells: dict[Coord, Cell], row: int, word: int, parts: list[int]) -> list[int]:
    """The lines from the row down whose cell under the words is their total over ``parts``,
    up to the first that is not; [] when a line under the words holds a figure that is not."""
    lines: list[int] = []
    below = row + 1
    if _blank(cells.get((below, word))) and all(
        is_text(cells[(below, c)].value) for c in parts if (below, c) in cells
    ):
        below += 1  # a second header line naming the numbers' columns ('JSA 18-24' under 1)
    while (total := cells.get((below, word))) is not None and not _blank(total):
        if not _adds_up(cells, below, total, parts):
            return []
        lines.append(below)
        below += 1
    return lines


def _adds_up(cells: dict[Coord, Cell], row: int, total: Cell, parts: list[int]) -> bool:
    if total.formula is not None:
        refs = sum_refs(total.formula.lstrip("="))
        covered = {at for ref in refs or [] if ref.sheet is None for at in ref.coords()}
        return covered == {(row, c) for c in range(parts[0], parts[-1] + 1)}
    figures = [_figure(cells.get((row, c))) for c in parts]
    value = _figure(total)
    return value is not None and None not in figures and value == sum(figures)  # type: ignore[arg-type]


def _figure(cell: Cell | None) -> float | None:
    if cell is None or cell.formula is not None:
        return None
    value = cell.value
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _whole(value: object) -> int | None:
    if isinstance(value, str) and value.strip().isdecimal():
        return int(value)
    figure = value if isinstance(value, int | float) and not isinstance(value, bool) else None
    whole = figure is not None and float(figure).is_integer() and figure >= 0
    return int(figure) if whole else None  # type: ignore[arg-type]


def _blank(cell: Cell | None) -> bool:
    return cell is None or cell.is_empty or str(cell.value).strip() == ""
