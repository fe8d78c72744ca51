"""The proof's own reading of a table of blocks stacked with no blank line between, each under a
line naming its measure ('Starts' over the payment groups, then 'Job outcomes' over the same
groups, all under one header line of months).

Such a line holds words in the label columns and no figure; the reader takes it to head every
line under it, down to the next such line, as its own label would. Read from the input's words
alone, never the analyse stage's: a figure's column is read only up to its header, so without
this the outcomes under 'Job outcomes' counted what the title named (job starts, or nothing).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable


class SectionRows:
    """The lines of words alone that name a measure, by row, for asking which heads a figure."""

    def __init__(
        self,
        rows: dict[int, list[tuple[int, str]]],
        numeric_rows: set[int],
        strongest: Callable[[list[str]], str | None],
    ) -> None:
        """``rows``: each row's texts by column; ``strongest``: the measure texts name."""
        self._named: list[tuple[int, list[tuple[int, str]]]] = [
            (row, texts)
            for row, texts in sorted(rows.items())
            if row not in numeric_rows and strongest([t for _, t in texts]) is not None
        ]
        self._rows = [row for row, _ in self._named]
        self._strongest = strongest

    def kind(self, top: int, row: int, col: int) -> str | None:
        """The measure named by the nearest such line above ``row`` and below the figure's
        header band's ``top``, in the columns left of the figure's ``col``."""
        at = bisect_left(self._rows, row)
        while at > 0 and self._rows[at - 1] > top:
            at -= 1
            found = self._strongest([t for c, t in self._named[at][1] if c < col])
            if found is not None:
                return found
        return None
