"""The proof's readings kept once for each run of figures or line (session 38, speedv, issue 17)
give the answers they gave when read again for each figure.

``corner_heads`` walked up each figure's run of figures to the header line over its block, so a
column of 2,400 councils cost 2.9M steps; ``CornerHeads`` keeps each column's run tops and each
run's answer. The corner is asked here of every place of a sheet of blocks with runs broken by
blanks and words, against the walk it replaced, written out in full.
"""

from __future__ import annotations

from bisect import bisect_left

from wpxl.policy import Policy
from wpxl.verify.corner_heads import CornerHeads
from wpxl.verify.measure_words import Measures


def _walked(rows, numbers_by_col, measures, coord):
    """The reading as it was: up the figure's run one row at a time, for every figure."""
    row, col = coord
    numbers = numbers_by_col.get(col, [])
    at = bisect_left(numbers, row)
    while at > 0 and numbers[at - 1] == row - 1:
        at, row = at - 1, row - 1
    words = rows.get(row - 1, [])
    left = [(c, t) for c, t in words if c < col]
    if not left or any(c == col for c, _ in words) or not any(c > col for c, _ in words):
        return None
    corner, text = max(left)
    return None if numbers_by_col.get(corner) or not measures.alone(text) else "other"


def test_corner_heads_read_once_a_run_answer_as_the_walk_up_each_figure():
    rows: dict[int, list[tuple[int, str]]] = {}
    numbers_by_col: dict[int, list[int]] = {}
    top = 0
    for corner in ("Referrals", "Job outcomes", "Area", "Job starts"):  # blocks stacked
        rows[top] = [(0, corner), (2, "Job outcomes"), (3, "Total")]
        for r in range(top + 1, top + 40):
            if r == top + 30:  # a line of words breaks the run
                rows[r] = [(0, "Subtotal")]
                continue
            rows[r] = [(0, f"Office {r}")]
            for col in (1, 2, 3):
                if col == 1 or (r + col) % 11:  # a blank now and then
                    numbers_by_col.setdefault(col, []).append(r)
        top += 42
    measures = Measures(Policy())
    corners = CornerHeads(rows, numbers_by_col, measures)
    asked = [(r, c) for c in range(5) for r in range(top + 2)]
    found = [corners(at) for at in asked]
    assert found == [_walked(rows, numbers_by_col, measures, at) for at in asked]
    assert found.count("other") >= 50  # the unheaded column under the referrals and the starts
