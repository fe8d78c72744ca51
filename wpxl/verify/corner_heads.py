"""A column of figures with no header, under a label column's header naming a measure alone.

'Referrals | (blank) | Job outcomes' over offices, their referrals and their outcomes: the
analyst typed the first header one column left of its figures, over the offices. The proof read
the unheaded figures by the title rows and header line above them, where 'Job outcomes' was
the strongest word, and refused the copy showing them as rounded referrals (or, under a title
listing both measures, passed them as outcome shares). Read as the analysis reads them
(wpxl.analyse.breakdown_titles ``corner_owned``, never asked): where the header line over the
figure's block holds nothing over its column, the nearest words left of it there stand over a
column holding no figure (the labels' header), name another measure alone ('Referrals'), and
words stand right of it there (a headed column after it), the figure counts that measure.
"""

from __future__ import annotations

from bisect import bisect_left

from wpxl.verify.measure_words import Measures

Coord = tuple[int, int]


class CornerHeads:
    """``corner_kind`` of every figure of one input sheet, read once for each run of figures in
    a column: the answer is the same for the whole run (the header line over the block), and
    walking up a run of 2,400 figures from each of them cost the square of its length.
    ``rows``: each row's words by column, ``numbers_by_col``: the rows holding figures in
    each column, in order."""

    def __init__(
        self,
        rows: dict[int, list[tuple[int, str]]],
        numbers_by_col: dict[int, list[int]],
        measures: Measures,
    ) -> None:
        self._rows = rows
        self._numbers_by_col = numbers_by_col
        self._measures = measures
        self._tops: dict[int, list[int]] = {}  # each figure's run's first row, by column
        self._kinds: dict[Coord, str | None] = {}  # by the run's first row and column

    def __call__(self, coord: Coord) -> str | None:
        """'other' where the figure at ``coord`` counts the measure its corner names (see the
        module's doc), else None."""
        row, col = coord
        numbers = self._numbers_by_col.get(col, [])
        at = bisect_left(numbers, row)
        if at > 0 and numbers[at - 1] == row - 1:  # up the figure's run of figures
            row = self._run_tops(col, numbers)[at - 1]
        key = (row, col)
        if key not in self._kinds:
            self._kinds[key] = self._kind(row, col)
        return self._kinds[key]

    def _run_tops(self, col: int, numbers: list[int]) -> list[int]:
        tops = self._tops.get(col)
        if tops is None:
            tops = self._tops[col] = []
            for i, row in enumerate(numbers):
                tops.append(tops[-1] if i and numbers[i - 1] == row - 1 else row)
        return tops

    def _kind(self, row: int, col: int) -> str | None:
        """The measure named in the corner of the header line over the run starting at ``row``."""
        words = self._rows.get(row - 1, [])  # the header line over the block
        left = [(c, t) for c, t in words if c < col]
        if not left or any(c == col for c, _ in words) or not any(c > col for c, _ in words):
            return None
        corner, text = max(left)
        numbered = self._numbers_by_col.get(corner)
        return None if numbered or not self._measures.alone(text) else "other"
