"""``Parts`` (wpxl.model.parts) holds a total's cells as the runs its formula names, and must
answer every question the readings ask of a total's parts exactly as the tuple of those cells
would: the readings were written for tuples, and a total's parts are compared, hashed, sorted
and sliced in them."""

import pickle

from hypothesis import given
from hypothesis import strategies as st

from tests.analyse.test_body_shortcuts import _reader_of
from wpxl.analyse.shown import ShownOnce
from wpxl.model.parts import Parts, Run

_SHEETS = st.sampled_from(["Starts", "Other"])


@st.composite
def _runs(draw: st.DrawFn) -> Run:
    top, left = draw(st.integers(0, 30)), draw(st.integers(0, 8))
    shape = draw(st.sampled_from(["cell", "column", "row", "block"]))
    down = draw(st.integers(0, 12)) if shape in ("column", "block") else 0
    across = draw(st.integers(0, 5)) if shape in ("row", "block") else 0
    return draw(_SHEETS), top, left, top + down, left + across


def _cells(runs: list[Run]) -> tuple[tuple[str, int, int], ...]:
    return tuple(
        (sheet, row, col)
        for sheet, top, left, bottom, right in runs
        for row in range(top, bottom + 1)
        for col in range(left, right + 1)
    )


_MANY = st.lists(_runs(), max_size=5)


@given(_MANY)
def test_parts_are_the_cells_of_their_runs_in_order(runs: list[Run]) -> None:
    parts, cells = Parts(runs), _cells(runs)
    assert tuple(parts) == cells
    assert len(parts) == len(cells)
    assert bool(parts) == bool(cells)
    assert [parts[i] for i in range(-len(cells), len(cells))] == [*cells, *cells]
    assert list(reversed(parts)) == list(reversed(cells))
    assert list(parts.places()) == [(row, col) for _, row, col in cells]
    assert parts.sheets() == {sheet for sheet, _, _ in cells}


@given(_MANY, st.slices(40))
def test_a_slice_of_parts_is_the_slice_of_their_tuple(runs: list[Run], cut: slice) -> None:
    assert Parts(runs)[cut] == _cells(runs)[cut]


@given(_MANY, _SHEETS, st.integers(-1, 45), st.integers(-1, 15))
def test_parts_hold_a_cell_as_their_tuple_does(
    runs: list[Run], sheet: str, row: int, col: int
) -> None:
    parts, cells = Parts(runs), _cells(runs)
    assert ((sheet, row, col) in parts) == ((sheet, row, col) in cells)
    if (sheet, row, col) in cells:
        assert parts.index((sheet, row, col)) == cells.index((sheet, row, col))
    assert parts.count((sheet, row, col)) == cells.count((sheet, row, col))


@given(_MANY, _MANY)
def test_parts_compare_and_hash_as_their_tuples(first: list[Run], second: list[Run]) -> None:
    one, other = Parts(first), Parts(second)
    ones, others = _cells(first), _cells(second)
    assert (one == other) == (ones == others)
    assert (one == others) == (ones == others) == (ones == other)
    assert (one != others) == (ones != others)
    assert (one < other) == (ones < others) == (ones < other) == (one < others)
    assert (one <= other) == (ones <= others)
    assert (one > others) == (ones > others)
    assert (one >= other) == (ones >= others)
    assert hash(one) == hash(ones)
    assert one + other == ones + others == ones + other
    assert len({one, ones, other, others}) == len({ones, others})
    assert sorted([one, other]) == sorted([ones, others])


@given(_MANY)
def test_parts_read_back_from_their_cells_are_equal_and_pickle(runs: list[Run]) -> None:
    parts = Parts(runs)
    again = Parts.of(_cells(runs))
    assert again == parts
    assert len(again.runs) <= max(len(parts), 1)
    assert pickle.loads(pickle.dumps(parts)) == parts
    assert parts != list(_cells(runs))  # a tuple is not equal to a list of its items either


@given(_MANY, _SHEETS, st.booleans(), st.integers(0, 10))
def test_parts_on_one_line_are_told_from_their_runs(
    runs: list[Run], sheet: str, by_row: bool, line: int
) -> None:
    cells = _cells(runs)
    along = all(s == sheet and (c if by_row else r) == line for s, r, c in cells)
    assert Parts(runs).on_line(sheet, by_row, line) == along


def test_a_total_read_off_the_grid_whole_is_its_parts_added_one_by_one(monkeypatch):
    """``ShownOnce`` adds a run of known body numbers up whole, off its grid: each total's
    number must be the one its parts give asked one by one, as they were when the parts were
    a tuple (a subtotal inside a column, worked out in its turn; a decimal; a marker)."""
    rows = [
        ["Area", "Apr", "May", "Jun", "Total"],
        ["Leeds", 12, 7, 3.5, "=SUM(B2:D2)|0"],
        ["York", 4, "..", 9, "=SUM(B3:D3)|0"],
        ["North", "=SUM(B2:B3)|0", "=SUM(C2:C3)|0", "=SUM(D2:D3)|0", "=SUM(E2:E3)|0"],
        ["Hull", 0, 6, 2, "=B5+C5+D5|0"],
        ["Total", "=SUM(B4:B5)|0", "=SUM(C2:C3,C5)|0", "=SUM(D2:D5)|0", "=SUM(E4:E5)|0"],
    ]
    monkeypatch.setattr("wpxl.model.parts.TUPLE_BELOW", 0)  # these small totals as runs too
    reader = _reader_of(rows)
    totals = reader.table.totals
    assert all(isinstance(parts, Parts) for parts in totals.values())
    whole = {coord: ShownOnce(reader)(coord) for coord in totals}
    reader.table.totals = {coord: tuple(parts) for coord, parts in totals.items()}
    assert whole == {coord: ShownOnce(reader)(coord) for coord in totals}
    assert whole[(5, 4)] == 12 + 7 + 3.5 + 4 + 9 + 0 + 6 + 2
