"""The proof's own reading of a table of blocks stacked with no blank line between, each headed
by a line naming its measure ('Starts' over the payment groups, then 'Job outcomes' over the same
groups, all under one header line of months).

Such a line holds words in the label columns and no figure, or names the measure in an outer
label column on the block's first line only ('Job outcomes | JSA 18-24', then ' | JSA 25+');
the reader takes it to head every line under it, down to the next such line, as its own label
would. Read from the input's words alone, never the analyse stage's: a figure's column is read
only up to its header, so without this the outcomes under 'Job outcomes' counted what the title
named (job starts, or nothing).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

Texts = list[tuple[int, str]]


class SectionRows:
    """The lines of words alone that name a measure, and the outer labels over blank cells,
    for asking which heads a figure."""

    def __init__(
        self,
        rows: dict[int, Texts],
        cols: dict[int, Texts],
        numeric_rows: set[int],
        strongest: Callable[[list[str]], str | None],
        numbers_by_col: dict[int, list[int]] | None = None,
    ) -> None:
        """``rows``, ``cols``: each row's texts by column, each column's by row (sorted);
        ``strongest``: the measure texts name; ``numbers_by_col``: the rows of each column's
        figures (sorted)."""
        self._named: list[tuple[int, Texts]] = [
            (row, texts)
            for row, texts in sorted(rows.items())
            if row not in numeric_rows and strongest([t for _, t in texts]) is not None
        ]
        self._lines = [row for row, _ in self._named]
        self._rows, self._cols, self._strongest = rows, cols, strongest
        self._numbers = numbers_by_col or {}

    def kind(self, top: int, row: int, col: int) -> str | None:
        """The measure heading the figure at (``row``, ``col``) from below its header band's
        ``top``: the nearest line of words alone above it, all left of ``col``, naming one,
        else the nearest label above it in a column left of its own labels (blank on its row)."""
        line = self.line_over(top, row, col)
        if line is not None:
            return self._strongest([t for _, t in self._named[line][1]])
        first = min((c for c, _ in self._rows.get(row, ()) if c < col), default=col)
        for c in sorted(c for c in self._cols if c < first):
            texts = self._cols[c]
            above = bisect_left(texts, (row, ""))
            label = texts[above - 1] if above else (top, "")
            if label[0] > top and (found := self._strongest([label[1]])) is not None:
                return found
        return None

    def line_over(self, top: int, row: int, col: int, headed: bool = False) -> int | None:
        """The index (into the lines of words) of the nearest line of words alone below ``top``
        and above the figure at (``row``, ``col``), all left of ``col``, naming a measure (a
        line with words over the figure's column, or over any figure of its line, is a header
        line). ``headed``: a figure under words between the line and the figure's row is
        passed over ('Job starts by payment group' over 'Payment group', then 1, 2, 3: the
        line's key numbers, under their own header, which a table's title stands over)."""
        at = bisect_left(self._lines, row)
        while at > 0 and self._lines[at - 1] > top:
            at -= 1
            line, texts = self._named[at]
            if all(
                c < col and (not self._figure(row, c) or (headed and self._headed(line, row, c)))
                for c, _ in texts
            ):
                return at
        return None

    def _headed(self, line: int, row: int, col: int) -> bool:
        """Whether words stand in ``col`` between the rows ``line`` and ``row``."""
        texts = self._cols.get(col, [])
        return any(line < r < row for r, _ in texts[bisect_left(texts, (line + 1, "")) :][:1])

    def _figure(self, row: int, col: int) -> bool:
        """Whether the figure's line holds a figure in ``col``: words over it head that
        column, so their line is a header (a pivot's 'Sum of Referrals | Sum of Job Outcomes'
        left of its grand total columns), not a block's."""
        rows = self._numbers.get(col, [])
        at = bisect_left(rows, row)
        return at < len(rows) and rows[at] == row

    def words_of(self, line: int) -> tuple[int, list[str]]:
        """The row of a line of words ``line_over`` found, and its words."""
        row, texts = self._named[line]
        return row, [t for _, t in texts]
