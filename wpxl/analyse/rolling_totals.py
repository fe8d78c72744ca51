"""Rolling totals: a line of figures each adding up the last few of the line it rolls over.

'Rolling 3 months' beside the months' referrals: each cell the sum of its own month and the
two before it (fewer in the first cells). Typed so, each was rounded on its own: 1,820 beside
three months shown as 600, the rounded original total guidance R5 forbids, and two of them
differenced gave a month's figure less another's, each rounded on its own. By formula
(=SUM(B4:B6)) it was rebuilt already, as any total. A line is taken only when its words say it
rolls ('rolling', 'moving total') and the arithmetic holds exactly in every cell it fills,
over a window of the same two or more figures of the nearest line before it whose words do
not say it rolls or runs on, full in two or more cells that are not 0. Each cell is then a
total over its window, rebuilt over the rounded cells as any total is.
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.analyse.body import FIGURES
from wpxl.analyse.values import as_number
from wpxl.analyse.words import is_cumulative_words, is_rolling_words
from wpxl.model import Cell, Coord, Role

MIN_MATCHES = 2
LONGEST_WINDOW = 24  # figures a rolling line adds up at most: two years of months
RollingLines = dict[int, dict[Coord, list[Coord]]]  # line -> each cell -> its window's cells
Place = Callable[[int, int], Coord]  # (step along the line, line) -> the cell there


def rolling_lines(
    lines: list[int],
    others: list[int],
    words: dict[int, str],
    place: Place,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
) -> RollingLines:
    """Each rolling line among ``lines`` (columns, or rows) with the window each of its typed
    cells adds up, step by step along ``others``, over the nearest line before it that it
    rolls over."""
    found: RollingLines = {}
    for line in lines:
        said = words.get(line, "")
        if not is_rolling_words(said) or is_cumulative_words(said):
            continue  # most lines
        sources = [x for x in reversed(lines) if x < line and not _derived(words.get(x, ""))]
        for source in sources:
            here = [place(step, line) for step in others]
            window = _window(here, [place(step, source) for step in others], cells, roles)
            if window is not None:
                found[line] = window
                break
    return found


def _derived(text: str) -> bool:
    return is_rolling_words(text) or is_cumulative_words(text)


def _window(
    here: list[Coord], beside: list[Coord], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> dict[Coord, list[Coord]] | None:
    """Each typed count of ``here`` with the cells of ``beside`` it adds up (its own step's
    and those of the figures just before, as many for every cell), or None when no one
    window size gives every such count exactly. A formula keeps its own parts."""
    held: list[tuple[Coord, float]] = []  # beside's figures so far, in order
    steps: list[tuple[Coord, float, int]] = []  # each typed count, and figures held up to it
    for at, part in zip(here, beside, strict=True):
        figure = as_number(cells[part].value) if roles.get(part) in FIGURES else None
        if figure is not None:
            held.append((part, figure))
        if at not in cells or cells[at].is_empty or roles.get(at) is Role.TOTAL:
            continue
        shown = as_number(cells[at].value) if roles.get(at) is Role.COUNT else None
        if shown is None or figure is None:
            return None  # no figure to roll over here, or no count
        steps.append((at, shown, len(held)))
    for size in range(2, LONGEST_WINDOW + 1):
        found = {at: [p for p, _ in held[max(0, upto - size) : upto]] for at, _, upto in steps}
        sums = [sum(v for _, v in held[max(0, upto - size) : upto]) for _, _, upto in steps]
        if all(shown == total for (_, shown, _), total in zip(steps, sums, strict=True)):
            full = sum(1 for _, shown, upto in steps if upto >= size and shown != 0)
            return found if full >= MIN_MATCHES else None
    return None
