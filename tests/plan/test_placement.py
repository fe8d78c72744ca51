"""Where carried cells land: below the banner, hidden lines closed up, and one output row
number a row (a large sheet's plan held an int for each of its cells)."""

from __future__ import annotations

from wpxl.model import Sheet
from wpxl.model.layout import BANNER_ROWS
from wpxl.plan.placement import Placement


def test_cells_move_below_the_banner_and_share_their_row_number() -> None:
    place = Placement(Sheet(name="Starts"), "Starts")
    first, second = place((5000, 1)), place((5000, 7))
    assert first == (BANNER_ROWS + 5000, 1)
    assert second == (BANNER_ROWS + 5000, 7)
    assert first[0] is second[0]
    assert place.source(first) == (5000, 1)


def test_hidden_lines_are_closed_up() -> None:
    place = Placement(Sheet(name="Starts", hidden_rows={3}, hidden_cols={0}), "Starts")
    assert place((5, 2)) == (BANNER_ROWS + 4, 1)
    assert place.source(place((5, 2))) == (5, 2)
