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


def corner_kind(
    rows: dict[int, list[tuple[int, str]]],
    numbers_by_col: dict[int, list[int]],
    measures: Measures,
    coord: Coord,
) -> str | None:
    """'other' where the figure at ``coord`` counts the measure its corner names (see the
    doc), else None; ``rows``: each row's words by column, ``numbers_by_col``: the rows
    holding figures in each column, in order."""
    row, col = coord
    numbers = numbers_by_col.get(col, [])
    at = bisect_left(numbers, row)
    while at > 0 and numbers[at - 1] == row - 1:  # up the figure's run of figures
        at, row = at - 1, row - 1
    words = rows.get(row - 1, [])  # the header line over the block
    left = [(c, t) for c, t in words if c < col]
    if not left or any(c == col for c, _ in words) or not any(c > col for c, _ in words):
        return None
    corner, text = max(left)
    return None if numbers_by_col.get(corner) or not measures.alone(text) else "other"
