"""A table's last line of counts, named by a place rather than a total ('England' under the
blocks' 'North total' and 'South total', typed after a blank line), may add up the blocks'
totals as a line named 'Total' does.

Rounded on its own it showed 1,040 below block totals whose rounded sums add up to 1,000
(guidance R5). So the reading of a line over the blocks' totals (``stacked_totals``) asks it
too: the arithmetic (in every column, to the last digit, the sum of two or more block totals
named so) says what it is. Taken wrongly, it would show the sum of the rounded totals: no
figure the copy would not show anyway.
"""

from __future__ import annotations

from wpxl.model import Coord, Role, Table


def closing_line(table: Table, roles: dict[Coord, Role]) -> int | None:
    """The table's last body line holding a count, if any."""
    counted = [
        r for r in table.body_rows if any(roles.get((r, c)) is Role.COUNT for c in table.body_cols)
    ]
    return max(counted, default=None)
