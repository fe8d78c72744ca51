"""Invariant 10, for lines named by a classification's codes: a code's line adding up the lines
of the codes under it shows the sum of what the copy shows for them.

Occupations and industries are published under their codes, typed as numbers in a column of
their own ('SOC code | Occupation'): a sub-major group's line (61) over its minor groups' (611,
612, 614), and 'All occupations', with no code, over the sub-major groups. Nothing but the
codes and the arithmetic says these lines are totals; rounded on their own they show the
rounded original total (680), not the sum of the rounded lines the reader sees under it (300 +
100 + 260), which guidance R5 forbids.

The proof reads the input itself: a column of three or more whole numbers, all different,
under words naming a code, one of them heading the next (its digits begin the next line's
longer code). A code's line adds up its children (the lines straight after it whose codes begin
with its digits, each under no other of them); a line whose first words name a total and that
holds no code adds up the codes under no other code. Where such a line is, to the last digit
in every place it and its parts hold figures, the sum of its parts (one sum not 0), the copy
must show there the sum of what it shows at theirs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.figure_lines import figure_lines
from wpxl.verify.leaks import Finding
from wpxl.verify.shown_sums import not_the_shown_sum
from wpxl.verify.summed_blocks import row_labels, written_alone
from wpxl.verify.total_words import names_total

Coord = tuple[int, int]
NOT_THE_SUM = "a code's total rounded on its own, not the sum of the shown lines of its codes"
_CODE_HEAD = re.compile(r"\bcodes?\b", re.IGNORECASE)
_MIN_CODES = 3


def coded_lines(pair: SheetPair, cells: dict[Coord, Cell]) -> list[Finding]:
    """The places where a line over the lines of its codes is not shown as their sum."""
    if not any(isinstance(c.value, str) and _CODE_HEAD.search(c.value) for c in cells.values()):
        return []  # the cheap question first: no words name a code
    columns = _code_columns(cells)
    if not columns:
        return []
    by_row = figure_lines(pair, cells).by_row()  # row -> column -> figure
    found: list[Finding] = []
    labels = row_labels(pair, cells)
    for col, codes in columns.items():
        rows = sorted(codes)
        for at, row in enumerate(rows):
            children = _children(codes, rows[at + 1 :], codes[row])
            found += _unsummed(pair, by_row, row, children, col)
        known = set(codes.values())
        tops = [r for r in rows if not _heads(codes[r]) & known]
        for row, (_, words) in labels.items():
            if row not in codes and names_total(words) and rows[0] - 2 <= row <= rows[-1] + 2:
                found += _unsummed(pair, by_row, row, tops, col)  # on top, at the foot
    return found


def _code_columns(cells: dict[Coord, Cell]) -> dict[int, dict[int, int]]:
    """By column: the codes (row -> code) under words naming a code, where they nest."""
    by_col: defaultdict[int, list[tuple[int, Cell]]] = defaultdict(list)
    for (row, col), cell in cells.items():
        by_col[col].append((row, cell))
    found: dict[int, dict[int, int]] = {}
    for col, column in by_col.items():
        codes: dict[int, int] = {}
        head = ""
        for row, cell in sorted(column, key=lambda item: item[0]):
            if isinstance(cell.value, str) and not cell.value.strip().isdigit():
                head = cell.value if cell.value.strip() else head
                continue
            code = _code(cell)
            if code is not None and _CODE_HEAD.search(head):
                codes[row] = code
        numbers = [codes[r] for r in sorted(codes)]
        nested = any(_under(b, a) for a, b in pairwise(numbers))
        if len(numbers) >= _MIN_CODES and len(set(numbers)) == len(numbers) and nested:
            found[col] = codes
    return found


def _code(cell: Cell) -> int | None:
    value = cell.value
    if cell.formula is not None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return int(value.strip()) if value.strip().isdecimal() else None
    if isinstance(value, int | float) and value >= 0 and float(value).is_integer():
        return int(value)
    return None


def _under(code: int, head: int) -> bool:
    """Whether ``code`` is under ``head``: longer, beginning with its digits."""
    return len(str(code)) > len(str(head)) and str(code).startswith(str(head))


def _heads(code: int) -> set[int]:
    """The codes ``code`` would be under: its digits' shorter beginnings."""
    digits = str(code)
    return {int(digits[:n]) for n in range(1, len(digits))}


def _children(codes: dict[int, int], after: list[int], head: int) -> list[int]:
    """The rows of the codes straight after a line under its code, each under no other."""
    run = []
    for row in after:
        if not _under(codes[row], head):
            break
        run.append(row)
    inside = {codes[r] for r in run}
    return [r for r in run if not _heads(codes[r]) & inside]


def _unsummed(
    pair: SheetPair, by_row: dict[int, dict[int, float]], row: int, parts: list[int], code: int
) -> list[Finding]:
    """Findings where the line ``row`` adds up ``parts`` in every place (one sum not 0) but the
    copy writes it on its own, not as their shown sum."""
    if len(parts) < 2:
        return []
    places = []
    for col, value in by_row.get(row, {}).items():
        shares = [by_row.get(p, {}).get(col) for p in parts]
        if col == code or any(s is None for s in shares):
            continue
        if abs(value - sum(shares)) > 1e-6:  # type: ignore[arg-type]
            return []
        places.append((col, value))
    if not any(value for _, value in places):
        return []
    found = []
    for col, _ in places:
        if written_alone(pair, (row, col)):
            found += not_the_shown_sum(pair, (row, col), parts, NOT_THE_SUM)
    return found
