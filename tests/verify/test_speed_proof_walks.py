"""The proof's shortcuts through a large sheet judge exactly as the walks they stand in for.

``summed_places`` adds up, for each SUM of the input, what the copy shows at its parts: where
no hidden line moves a cell it walks the parts without asking each one's input cell, and takes
a range along one line of the copy's plain figures whole (verify.totals' index of them, made
for the copy's own SUMs). ``run_end`` finds the end of a column's run of label numbers, a plain
int known without asking ``label_number``; ``whole`` gives such an int as itself. Each is held
here to the general walk on random sheets of mixed places: the same sum to the last bit (or
the same None), the same row, the same number.
"""

from __future__ import annotations

import random

from wpxl.model import Cell, Sheet
from wpxl.model.layout import BANNER_ROWS
from wpxl.verify import summed_places, totals
from wpxl.verify.books import SheetPair
from wpxl.verify.formulas import Range
from wpxl.verify.label_number import label_number, run_end
from wpxl.verify.year_parts import whole

COPY = ("count", "count", "count", "decimal", "gap", "words", "empty text", "formula")
INPUT = (7, 7, 7, 2.5, None, "n/a", "", "formula", True, 2**60)


def _pair(rng: random.Random) -> tuple[SheetPair, list[tuple[tuple[int, int], str]]]:
    """A copy of mixed places and its input, whose SUMs add up rows, columns, both, several
    ranges, a total of totals and (now and then) their own place; and those SUMs."""
    rows, cols = rng.randint(1, 7), rng.randint(1, 6)
    copy: dict[tuple[int, int], tuple[object, str | None, int]] = {}
    source: dict[tuple[int, int], Cell] = {}
    for row in range(rows + 1):
        for col in range(1, cols + 2):
            kind = rng.choice(COPY)
            place = (row + BANNER_ROWS, col)
            if kind == "count":
                copy[place] = (float(rng.randrange(0, 400, 20)), None, 1)
            elif kind == "decimal":
                copy[place] = (rng.choice((0.1, 0.7, 1e16, 3.3e-3, -0.0)), None, 1)
            elif kind in ("words", "empty text"):
                copy[place] = ("n/a" if kind == "words" else "", None, 1)
            elif kind == "formula":
                copy[place] = (40.0, "SUM(B4:B5)", 2)
            held = rng.choice(INPUT)
            if held == "formula":
                source[(row, col)] = Cell(None, "SUM(B1:B2)")
            elif held is not None:
                source[(row, col)] = Cell(held)
    letter = {col: chr(65 + col) for col in range(cols + 2)}
    sums = []
    for _ in range(6):
        top, bottom = sorted(rng.randint(1, rows + 1) for _ in range(2))
        left, right = sorted(rng.randint(1, cols + 1) for _ in range(2))
        at = (rng.randint(0, rows), rng.randint(1, cols + 1))
        one = f"{letter[left]}{top}:{letter[right]}{bottom}"
        line = f"{letter[left]}{top}:{letter[left]}{bottom}"
        sums.append((at, rng.choice((f"SUM({one})", f"SUM({line},{one})", f"SUM({line})"))))
    return SheetPair("Referrals", "volume", copy, [], Sheet("Referrals", cells=source)), sums


def test_an_input_sum_unmoved_is_worked_out_as_the_general_walk_works_it_out():
    rng = random.Random(34)
    whole_lines = 0
    for _ in range(400):
        pair, sums = _pair(rng)
        walked = [repr(summed_places._copy_sum(pair, at, f, False)) for at, f in sums]
        unindexed = [repr(summed_places._copy_sum(pair, at, f, True)) for at, f in sums]
        totals.sums_of(pair)  # its index of the copy's plain figures, as honest_totals makes it
        lines = pair.lines  # made where the copy holds a SUM of its own
        whole_lines += lines is not None and sum(
            lines.figures(Range(None, r.top + BANNER_ROWS, r.left, r.bottom + BANNER_ROWS, r.right))
            is not None
            for _, f in sums
            for r in summed_places._parsed(f)[0].ranges  # type: ignore[union-attr]
        )
        indexed = [repr(summed_places._copy_sum(pair, at, f, True)) for at, f in sums]
        assert walked == unindexed == indexed
    assert whole_lines > 0


def _naive_end(cells: dict, row: int, col: int, step: int) -> int:
    while label_number(cells.get((row + step, col))) is not None:
        row += step
    return row


def test_a_run_of_label_numbers_ends_where_label_number_ends_it():
    rng = random.Random(34)
    kinds = (3, 3, 3, 2.0, 2.5, "12", " 7 ", "x", True, None, 2**60, -(2**53), 2**53 + 1)
    for _ in range(300):
        cells = {}
        for row in range(12):
            value = rng.choice(kinds)
            if value is not None:
                formula = "SUM(A1:A2)" if rng.random() < 0.1 else None
                cells[(row, 0)] = Cell(value, formula)
        for row in range(12):
            for step in (-1, 1):
                assert run_end(cells, row, 0, step) == _naive_end(cells, row, 0, step)


def test_a_plain_int_is_its_own_whole_number():
    def general(cell: Cell) -> int | None:
        value = cell.value
        if cell.formula is not None or isinstance(value, bool):
            return None
        if not isinstance(value, int | float):
            return None
        as_float = float(value)
        return int(as_float) if as_float.is_integer() else None

    for value in (0, 7, -3, 2**53, -(2**53), 2**53 + 1, 2**60, 2.0, 2.5, True, "7", None):
        for formula in (None, "SUM(A1:A2)"):
            cell = Cell(value, formula)
            assert whole(cell) == general(cell)
            assert type(whole(cell)) is type(general(cell))
