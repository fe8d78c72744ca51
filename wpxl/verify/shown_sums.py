"""Whether the copy shows at a total's place the sum of what it shows at its parts.

Several checks of invariant 10 read from the input that a line adds up others (a group's first
line over its offences, 'Males and Females' over the sexes' lines, a top over its fellows);
each then asks the copy the same question, here.
"""

from __future__ import annotations

from collections.abc import Sequence

from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.leaks import Finding


def not_the_shown_sum(
    pair: SheetPair, place: Coord, parts: Sequence[int], kind: str
) -> list[Finding]:
    """A finding of ``kind`` where the copy's figure at the input's ``place`` is not the sum
    of its figures on the rows ``parts`` in the same column; none where one is not shown."""
    shown = shown_figure(pair, place)
    shown_parts = [shown_figure(pair, (row, place[1])) for row in parts]
    if shown is None or any(part is None for part in shown_parts):
        return []
    if abs(shown - sum(shown_parts)) <= 1e-6:  # type: ignore[arg-type]
        return []
    return [Finding(pair.where(pair.output_coord(place)), kind)]


def shown_figure(pair: SheetPair, place: Coord) -> float | None:
    """The figure the copy shows at the input's ``place`` (None: none, the cell removed)."""
    written = pair.cells.get(pair.output_coord(place))
    return written[0] if written is not None and isinstance(written[0], float) else None
