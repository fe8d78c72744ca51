"""The pairs of lines a worded line ('Change') may be the difference of, found by value where
the figures are whole (analyse/differences._candidates): the same pairs, in the same order, as
asking every pair, which took the square of a table's lines (40 s for 2,400)."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from wpxl.analyse.differences import _candidates, _gives


def _asked_of_every_pair(typed, others, figure):
    return [
        (first, second)
        for first, second in permutations(others, 2)
        if all(_gives(coord, value, first, second, 0, figure) for coord, value in typed.items())
    ]


def _found_by_value(typed, others, figure):
    return [
        (first, second)
        for first, second in _candidates(typed, others, 0, figure)
        if all(_gives(coord, value, first, second, 0, figure) for coord, value in typed.items())
    ]


@pytest.mark.parametrize("seed", range(20))
def test_whole_figures_give_the_pairs_every_pair_gives(seed):
    rng = random.Random(seed)
    others = list(range(3, 3 + rng.randint(2, 60)))
    column = {(row, 1): rng.choice([None, *range(0, 40)]) for row in others}
    known = [row for row in others if column[(row, 1)] is not None]
    a, b = rng.sample(known, 2) if len(known) > 1 else (others[0], others[-1])
    change = (column[(a, 1)] or 0) - (column[(b, 1)] or 0)
    typed = {(0, 1): change}  # the worded line's number in column 1

    def figure(at):
        return column.get(at)

    assert _found_by_value(typed, others, figure) == _asked_of_every_pair(typed, others, figure)


def test_figures_not_whole_are_asked_of_every_pair():
    others = [3, 4, 5]
    column = {(3, 1): 0.3, (4, 1): 0.2, (5, 1): 0.1}
    typed = {(0, 1): 0.1}
    assert list(_candidates(typed, others, 0, column.get)) == list(permutations(others, 2))
