"""A grand total over the totals that cross its line is taken as their total without walking
every leaf: whatever the layout, the same parts as the walk finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wpxl.analyse import direct_children
from wpxl.analyse.direct_children import as_direct_children
from wpxl.model import Coord, SheetCoord

Totals = dict[Coord, tuple[SheetCoord, ...]]
S = "Starts"


@st.composite
def tables(draw: st.DrawFn) -> Totals:
    """Row totals in the last column, column totals in the last row, and a grand total over
    some of them, over every body cell or over a subtotal, as workbooks write them."""
    rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    last_row, last_col = rows, cols
    totals: Totals = {}
    for r in range(rows):
        totals[(r, last_col)] = tuple((S, r, c) for c in range(cols))
    if draw(st.booleans()):
        for c in range(cols):
            totals[(last_row, c)] = tuple((S, r, c) for r in range(rows))
    if draw(st.booleans()) and rows > 2:  # a subtotal over the first two rows' totals
        totals[(last_row + 1, last_col)] = ((S, 0, last_col), (S, 1, last_col))
    over = draw(st.sampled_from(["row totals", "some row totals", "leaves", "doubled"]))
    row_totals = [(S, r, last_col) for r in range(rows)]
    if over == "row totals":
        grand = row_totals
    elif over == "some row totals":
        grand = draw(st.lists(st.sampled_from(row_totals), min_size=1, unique=True))
    elif over == "leaves":
        grand = [(S, r, c) for r in range(rows) for c in range(cols)]
    else:
        grand = [*row_totals, row_totals[0]]
    totals[(last_row + 2, last_col)] = tuple(grand)
    return totals


def _walked(totals: Totals, monkeypatch: pytest.MonkeyPatch) -> Totals:
    with monkeypatch.context() as patch:
        patch.setattr(direct_children, "_over_crossing_totals", lambda *args: False)
        walked = dict(totals)
        as_direct_children(walked, S)
    return walked


@settings(max_examples=300, deadline=None)
@given(tables())
def test_the_short_way_finds_what_the_walk_finds(totals: Totals) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        walked = _walked(totals, monkeypatch)
    short = dict(totals)
    as_direct_children(short, S)
    assert short == walked


def test_a_grand_total_over_the_row_totals_is_taken_the_short_way(monkeypatch) -> None:
    totals: Totals = {(r, 2): ((S, r, 0), (S, r, 1)) for r in range(3)}
    totals[(3, 2)] = ((S, 2, 2), (S, 0, 2), (S, 1, 2))
    calls = []
    walk = direct_children._over_separate_totals
    monkeypatch.setattr(
        direct_children, "_over_separate_totals", lambda *a: calls.append(a) or walk(*a)
    )
    as_direct_children(totals, S)
    assert totals[(3, 2)] == ((S, 0, 2), (S, 1, 2), (S, 2, 2))
    assert calls == []  # no leaves walked


@st.composite
def grouped(draw: st.DrawFn) -> Totals:
    """Subtotals down one column, each over a run of rows (or over nothing, or over another
    subtotal and rows), and a grand total over every leaf or over some subtotals and leaves: a
    SUBTOTAL(109) or a SUM of the leaves of several groups."""
    totals: Totals = {}
    row, col, leaves, subtotals = 0, 0, [], []
    for _ in range(draw(st.integers(1, 8))):
        size = draw(st.integers(0, 4))
        parts = [(S, r, col) for r in range(row, row + size)]
        if subtotals and draw(st.booleans()):
            parts.append((S, *subtotals[-1]))
        leaves += [(S, r, col) for r in range(row, row + size)]
        row += size
        totals[(row, col)] = tuple(parts)
        subtotals.append((row, col))
        row += 1
    if draw(st.booleans()):
        grand = leaves
    else:
        grand = [(S, *t) for t in subtotals if draw(st.booleans())] + leaves[
            : draw(st.integers(0, 3))
        ]
    totals[(row, col)] = tuple(grand)
    return totals


def _every_total_of_the_line(totals: Totals) -> Totals:
    """As direct_children read a line before its totals were indexed by their leaves: each
    total asked of every other on its line."""

    def inside(self, coord: Coord, axis: int) -> list[Coord]:
        mine = self._leaves_of(coord)
        return [
            other
            for other in self._on_line[(axis, coord[axis])]
            if other != coord
            and len(self._leaves_of(other)) < len(mine)
            and self._leaves_of(other) < mine
        ]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(direct_children._Inside, "inside", inside)
        asked = dict(totals)
        as_direct_children(asked, S)
    return asked


@settings(max_examples=300, deadline=None)
@given(st.one_of(tables(), grouped()))
def test_totals_indexed_by_their_leaves_read_as_every_total_asked(totals: Totals) -> None:
    indexed = dict(totals)
    as_direct_children(indexed, S)
    assert indexed == _every_total_of_the_line(totals)


def test_a_grand_total_over_the_leaves_of_its_groups_adds_up_the_groups() -> None:
    totals: Totals = {(2, 0): ((S, 0, 0), (S, 1, 0)), (5, 0): ((S, 3, 0), (S, 4, 0))}
    totals[(6, 0)] = ((S, 0, 0), (S, 1, 0), (S, 3, 0), (S, 4, 0))
    as_direct_children(totals, S)
    assert totals[(6, 0)] == ((S, 2, 0), (S, 5, 0))
