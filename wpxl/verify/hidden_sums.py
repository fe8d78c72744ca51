"""Invariant 4, for a total over hidden lines: the copy shows none as a figure of its own.

A contract package area's line typed over its providers, one of them hidden (1,325 over A4e's
701, hidden, and Ingeus's 624), was rounded on its own (1,320) and the proof passed it: the
hidden line's cells were nowhere in the copy, yet the area's figure less the shown provider's
(620) gave them back to within the rounding (700). A total over hidden lines tells what they
hold as plainly as they would.

The proof reads the input itself, rows then columns, wherever the sheet hides some: a line of
two figures or more that is, at each of its places, exactly the sum of a run of lines next to
it (nearest first, a hidden one among them holding a figure other than 0, and a line the copy
shows as plain figures; a line the copy writes as formulas, or not at all, is passed over, as
an area's total is beside the providers a grand total adds up), is a total over hidden lines.
The copy must not show it as a plain figure anywhere. The run may pass over up to two lines the
copy shows plain that are no part of it: an 'of which' line between a grand total and the
offices it adds up made the run overshoot, and the grand total shown alone was passed.
"""

from __future__ import annotations

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.figure_lines import figure_lines
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import written_alone

Coord = tuple[int, int]
SHOWN_ALONE = (
    "a total over hidden lines shown as a figure of its own: less the lines shown beside it, it "
    "gives the hidden lines back"
)
_MIN_PLACES = 2


def hidden_sums(pair: SheetPair, cells: dict[Coord, Cell]) -> list[Finding]:
    """The copy's plain figures at the places of input lines that add up hidden lines."""
    if pair.source is None:
        return []
    found: list[Finding] = []
    figures = figure_lines(pair, cells)
    for hidden, flip in ((pair.source.hidden_rows, False), (pair.source.hidden_cols, True)):
        if not hidden:
            continue
        lines = figures.by_col() if flip else figures.by_row()
        reading = _Reading(pair, lines, hidden, flip)
        for line in reading.order:
            if line in hidden:
                continue
            for at in reading.total_over_hidden(line):
                found.append(Finding(pair.where(pair.output_coord(at)), SHOWN_ALONE))
    return found


class _Reading:
    """One axis's lines (rows, or columns when ``flip``), hidden ones among them."""

    def __init__(
        self, pair: SheetPair, lines: dict[int, dict[int, float]], hidden: set[int], flip: bool
    ) -> None:
        self.pair, self.lines, self.hidden, self.flip = pair, lines, hidden, flip
        self.order = sorted(lines)

    def place(self, line: int, across: int) -> Coord:
        return (across, line) if self.flip else (line, across)

    def shown_plain(self, line: int) -> bool:
        """Whether the copy shows the line's figures as plain figures (a line of counts)."""
        return any(written_alone(self.pair, self.place(line, a)) for a in self.lines[line])

    def total_over_hidden(self, line: int) -> list[Coord]:
        """The places the copy shows the line as plain figures, where it adds up a run of lines
        beside it with a hidden one among them (see the doc); none otherwise."""
        own = {a: v for a, v in self.lines[line].items() if v}
        if len(own) < _MIN_PLACES:
            return []
        places = [self.place(line, a) for a in own]
        alone = [p for p in places if written_alone(self.pair, p)]
        if not alone:
            return []
        at = self.order.index(line)
        for side in (self.order[at - 1 :: -1] if at else [], self.order[at + 1 :]):
            if self._run_adds_up(own, side):
                return alone
        return []

    def _run_adds_up(self, own: dict[int, float], side: list[int]) -> bool:
        """Whether a run of the lines in ``side`` (nearest first) adds up to ``own`` in every
        place, a hidden line among them, passing over up to two plain lines of the run that are
        no part of it (an 'of which' line, a subtotal the copy shows plain): a grand total
        shown alone was passed where such a line stood between it and the hidden one."""
        keys = list(own)
        target = [own[a] for a in keys]
        run = [0.0] * len(keys)
        plain: list[tuple[float, ...]] = []  # the shown lines of the run, each passable over
        largest = [[0.0, 0.0] for _ in keys]  # the two largest shown figures in each place
        with_hidden = False
        for other in side:
            hidden = other in self.hidden
            if not hidden and not self.shown_plain(other):
                continue  # a line of totals in the copy, or one it removed: passed over
            figures = self.lines[other]
            line = tuple(figures.get(a, 0.0) for a in keys)
            run = [r + v for r, v in zip(run, line, strict=True)]
            if hidden:
                with_hidden = with_hidden or any(line)
            else:
                plain.append(line)
                for top, v in zip(largest, line, strict=True):
                    top[:] = sorted((*top, v))[-2:]
            over = tuple(r - t for r, t in zip(run, target, strict=True))
            if any(d > sum(top) for d, top in zip(over, largest, strict=True)):
                return False  # more than the run could ever pass over: further lines add more
            if with_hidden and plain and _passed_over(over, plain):
                return True
        return False


def _passed_over(over: tuple[float, ...], plain: list[tuple[float, ...]]) -> bool:
    """Whether the run's excess ``over`` its total is nothing, one of its shown lines, or two,
    a shown line of the run left in it."""
    if not any(over):
        return True
    if len(plain) < 2 or any(d < 0 for d in over):
        return False
    if over in plain:
        return True
    if len(plain) < 3:
        return False
    for at, line in enumerate(plain):
        rest = tuple(d - v for d, v in zip(over, line, strict=True))
        if rest in plain[:at] or rest in plain[at + 1 :]:
            return True
    return False
