"""``SheetPair.input_rows`` gives the input rows of a column's span of the copy at once: three
readings of the copy's SUMs (``summed_tops``, ``summed_neighbours``, ``named_heads``) asked
``input_coord`` of every row of every range instead, 19,000 questions for a column total of
an MI sheet. Held here to those questions on random sheets, with and without hidden lines:
the same rows, in the same order.
"""

from __future__ import annotations

import random

from wpxl.model import Cell, Sheet
from wpxl.verify.books import SheetPair


def _asked_one_by_one(pair: SheetPair, top: int, bottom: int, col: int) -> list[int]:
    coords = (pair.input_coord((row, col)) for row in range(top, bottom + 1))
    return [at[0] for at in coords if at is not None]


def test_a_span_s_input_rows_are_those_input_coord_gives_row_by_row():
    rng = random.Random(39)
    for _ in range(300):
        hidden_rows = set(rng.sample(range(20), rng.choice((0, 0, 1, 3))))
        hidden_cols = set(rng.sample(range(6), rng.choice((0, 0, 1))))
        sheet = Sheet("Referrals", cells={(0, 0): Cell("Leeds")})
        sheet.hidden_rows, sheet.hidden_cols = hidden_rows, hidden_cols
        pair = SheetPair("Referrals", "volume", {}, [], sheet)
        top = rng.randint(0, 12)
        bottom, col = top + rng.randint(-1, 12), rng.randint(0, 5)
        assert list(pair.input_rows(top, bottom, col)) == _asked_one_by_one(pair, top, bottom, col)


def test_a_cover_or_percent_sheet_has_no_input_rows():
    pair = SheetPair("Cover", "cover", {}, [])
    assert list(pair.input_rows(0, 30, 1)) == []
