"""A total over a line of plain counts, taken whole by the proof's fast path (wpxl.verify.totals
``_Lines``), is worked out exactly as walking it place by place works it out: the same sum to
the last bit, the same count of cells added up, the same finding of a removed part, whatever
stands along the line (gaps, words, formulas, totals of totals, decimals)."""

from __future__ import annotations

import random

import pytest

from wpxl.model import Cell, Sheet
from wpxl.model.layout import BANNER_ROWS
from wpxl.verify import totals
from wpxl.verify.books import SheetPair

CHOICES = ("count", "count", "decimal", "decimal", "gap", "words", "empty text", "formula")


def _sheet(rng: random.Random) -> tuple[dict, Sheet]:
    """A copy's cells (a body of mixed places, a total column and a total row) and its input,
    which holds a figure everywhere the copy might leave a gap."""
    cells: dict[tuple[int, int], tuple[object, str | None, int]] = {}
    rows, cols = rng.randint(1, 7), rng.randint(1, 6)
    for row in range(3, 3 + rows):
        for col in range(1, 1 + cols):
            kind = rng.choice(CHOICES)
            if kind == "count":
                cells[(row, col)] = (float(rng.randrange(0, 400, 20)), None, 1)
            elif kind == "decimal":
                cells[(row, col)] = (rng.choice((0.1, 0.7, 1e16, 3.3e-3)), None, 1)  # order shows
            elif kind == "words":
                cells[(row, col)] = ("n/a", None, 1)
            elif kind == "empty text":
                cells[(row, col)] = ("", None, 1)
            elif kind == "formula":
                cells[(row, col)] = (20.0, "B4/C4", 1)
    last_col, last_row = f"{chr(65 + cols)}", 3 + rows
    for row in range(3, 3 + rows):  # a total column
        cells[(row, cols + 1)] = (0.0, f"SUM(B{row + 1}:{last_col}{row + 1})", 2)
    for col in range(1, cols + 2):  # a total row, its last cell a total of totals
        letter = chr(65 + col)
        cells[(last_row, col)] = (0.0, f"SUM({letter}4:{letter}{last_row})", 2)
    body = [(r, c) for r in range(3, 3 + rows) for c in range(1, 1 + cols)]
    return cells, Sheet("Referrals", cells={(r - BANNER_ROWS, c): Cell(7) for r, c in body})


def _sums(pair: SheetPair) -> dict:
    return {
        at: (repr(s.local), s.leaves, s.over_removed, s.elsewhere)
        for at, s in totals.sums_of(pair).items()
    }


def test_a_line_of_plain_counts_is_added_up_as_the_walk_adds_it(monkeypatch):
    rng = random.Random(17)
    taken_whole = 0
    for _ in range(300):
        cells, source = _sheet(rng)
        fast = _sums(SheetPair("Referrals", "volume", cells, [], source))
        with monkeypatch.context() as patched:
            calls: list[object] = []
            original = totals._Lines.figures

            def counted(self, ref, calls=calls, original=original):
                found = original(self, ref)
                calls.append(found)
                return found

            patched.setattr(totals._Lines, "figures", counted)
            _sums(SheetPair("Referrals", "volume", cells, [], source))
            taken_whole += sum(found is not None for found in calls)
            patched.setattr(totals._Lines, "figures", lambda *_: None)
            walked = _sums(SheetPair("Referrals", "volume", cells, [], source))
        assert fast == walked
    assert taken_whole > 100  # the fast path was taken, not only the walk


@pytest.mark.parametrize("formula", ["SUM(B4:B9)", "SUM($B$4:B$9)", "SUM(C9:B4)", "SUM(B0:B4)"])
def test_a_one_range_sum_is_read_as_the_general_reader_reads_it(formula):
    from wpxl.verify import formulas

    quick = formulas.sum_formula(formula)
    general = formulas.sum_formula(f"{formula}+0")  # not one range: read the general way
    if general is None:
        assert quick is None
    else:
        assert quick == formulas.SumFormula(general.ranges, 0)
