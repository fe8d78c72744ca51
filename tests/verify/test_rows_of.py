"""A line's own table (verify/rows_of): the runs of filled columns are found once a row, and
the cells either side of a column up to a blank one are the very cells that reading the row
from the column outwards finds, at every column, filled, blank or beyond the row."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wpxl.model import Cell
from wpxl.verify.rows_of import RowsOf, own_table

_VALUES = st.sampled_from([None, "", "  ", "Area", "Total", 3.0, 40, "JSA"])
_ROWS = st.dictionaries(
    st.tuples(st.integers(0, 3), st.integers(0, 14)), _VALUES.map(Cell), max_size=40
)


@settings(max_examples=300, deadline=None)
@given(_ROWS)
def test_a_rows_own_table_is_the_one_read_outwards_from_each_column(cells):
    rows = RowsOf(cells)
    for row in range(-1, 5):
        for col in range(-1, 17):
            assert rows.own_table(row, col) == own_table(rows(row), col), (row, col)
