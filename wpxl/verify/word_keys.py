"""A long extract's words as keys, as the proof reads them: 'Area | Month | Referrals', each
month code once for each area, the words left of the codes telling the rows apart."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from wpxl.model import Cell


def keyed_by_words(
    row_of: Callable[[int], Sequence[tuple[int, Cell]]],
    rows: list[int],
    col: int,
    numbers: Sequence[int | None],
) -> bool:
    """Whether words left of the run on each of its ``rows`` (``row_of`` gives a row's cells
    by column), with its ``numbers`` at ``col``, tell the rows apart."""
    keys = set()
    for row, number in zip(rows, numbers, strict=True):
        left = [cell.value for c, cell in row_of(row) if c < col]
        if not left or not all(isinstance(v, str) and v.strip() for v in left):
            return False
        keys.add((*left, number))
    return len(keys) == len(numbers)
