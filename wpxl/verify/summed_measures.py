"""The proof's reading of a total line adding up a total line above it across its measures.

'Total | 1,501 | 497' (attachments, job outcomes) and under it 'Total (all measures) | 1,998':
the second line's one figure stands under the attachments, and its own words name no outcome,
yet less the attachments it gives the outcomes back. So a figure on a line named a total that
is, to the last digit, the sum of every figure (two or more) of the nearest line above it named
a total, counts outcomes when any of those figures does: it is an outcome figure itself.
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.model import Cell
from wpxl.verify.total_words import figure, names_total

Coord = tuple[int, int]
_TOLERANCE = 1e-9


def adds_outcomes(
    cells: dict[Coord, Cell],
    rows: dict[int, list[tuple[int, str]]],
    columns: list[int],
    place: Coord,
    is_outcome: Callable[[Coord], bool],
) -> bool:
    """Whether the figure at ``place`` adds up a total line above it, an outcome among its
    figures (``rows``: each row's words by column, in order; ``columns``: the sheet's columns
    holding figures)."""
    row, col = place
    value = figure(cells.get(place))
    if not value or not _named_total(rows.get(row), col):
        return False
    for line in range(row - 1, -1, -1):
        if not _named_total(rows.get(line)):
            continue
        parts = [(line, c) for c in columns if figure(cells.get((line, c))) is not None]
        if len(parts) < 2:
            continue
        added = sum(figure(cells[p]) for p in parts)  # type: ignore[misc]
        return abs(value - added) <= _TOLERANCE and any(map(is_outcome, parts))
    return False


def _named_total(words: list[tuple[int, str]] | None, before: int | None = None) -> bool:
    """Whether a line's first words (left of column ``before``, if given) name a total."""
    if not words or (before is not None and words[0][0] >= before):
        return False
    return names_total(" ".join(words[0][1].split()))
