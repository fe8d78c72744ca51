"""Whether the input's own total counts a line beside the lines it seems to add up.

Small figures add up by chance: an office's job starts (47) are the sum of the three offices'
under it (12 + 33 + 2), 'Ripon' is 'Wakefield' plus 'Craven' in every month, a payment group's
column is the sum of the others. A reading by arithmetic alone takes such a line for their
total, and its figure, rounded on its own as the count it is, for a total not showing the sum
of the rounded parts. Where the table's own total, directly after (or before) a run of lines
holding the line and its parts, is the run's sum, it counts the line as one of its lines, which
it could not do were the line their total: the parts would be counted twice. A genuine total
line (a county over its districts) is never so counted by a total of the book's that adds up.

Read from the input alone, the rows of a column (or, ``flip``, the columns of a row): the run
lies within the block of filled cells around the line; the total is a formula, or a figure
whose line's words before it name a total ('Total', 'All offices'; a column's head). A plain
figure equal to the sum of the lines over it may be chance, as the line's own is.
"""

from __future__ import annotations

from wpxl.verify.books import SheetPair
from wpxl.verify.total_words import names_total

Coord = tuple[int, int]


def counted_beside(pair: SheetPair, line: int, parts: list[int], at: int, flip: bool) -> bool:
    """Whether, at ``at`` across (a column; a row where ``flip``), a total of the input's
    directly after or before a run of lines holding ``line`` and ``parts`` is the run's sum,
    not 0 (a blank, words or a marker in the run adding nothing)."""
    assert pair.source is not None
    cells = pair.source.cells

    def place(one: int) -> Coord:
        return (at, one) if flip else (one, at)

    low, high = min(line, *parts), max(line, *parts)
    top, bottom = low, high
    while place(top - 1) in cells:
        top -= 1
    while place(bottom + 1) in cells:
        bottom += 1
    outside = [*range(top, low), *range(high + 1, bottom + 1)]  # a header's words, most often
    if not any(pair.shown(place(t)) and _a_total(pair, place(t), flip) for t in outside):
        return False  # no total of the input's before or after the run: no sums to add up
    figure = {x: pair.shown(place(x)) or 0.0 for x in range(top, bottom + 1)}
    before = {top: 0.0}  # line -> the sum of the figures before it in the block
    for x in range(top, bottom + 1):
        before[x + 1] = before[x] + figure[x]
    starts = [before[x] for x in range(top, low + 1)]  # where a run over the line may start
    ends = [before[x + 1] for x in range(high, bottom + 1)]  # and end
    after = (
        _among(before[t] - figure[t], starts)
        for t in range(high + 1, bottom + 1)
        if figure[t] and _a_total(pair, place(t), flip)
    )
    ahead = (
        _among(before[t + 1] + figure[t], ends)
        for t in range(top, low)
        if figure[t] and _a_total(pair, place(t), flip)
    )
    return any(after) or any(ahead)


def _among(value: float, sums: list[float]) -> bool:
    """Whether ``value`` is one of the running ``sums`` to the last digit (figures added as
    floats; no rounding, whose halves go to even)."""
    return any(abs(value - s) <= 1e-6 for s in sums)


def _a_total(pair: SheetPair, at: Coord, flip: bool) -> bool:
    """Whether the input's cell at ``at`` is a total it names: a formula, or a figure whose
    line's words before it (left of it on its row; above it in its column) name a total."""
    assert pair.source is not None
    cells = pair.source.cells
    if cells[at].formula is not None:
        return True
    row, col = at
    before = ((r, col) for r in range(row)) if flip else ((row, c) for c in range(col))
    words = (cell.value for where in before if (cell := cells.get(where)) is not None)
    return any(isinstance(w, str) and names_total(" ".join(w.split())) for w in words)
