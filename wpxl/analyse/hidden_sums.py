"""Typed totals that add up hidden rows or columns too: removed, never rounded on their own.

Published tables and the packs copied from them keep old months or a withdrawn group hidden
('Jan' to 'Mar 2013' in hidden columns left of 'Apr' and 'May', a provider's line hidden under
its contract package area), their totals typed over every line, the hidden ones included, as
MoJ's and ONS's tables are typed. The analysis reads only what the copy may carry, so such a
total was no sum of anything shown: a line named as a total that adds up nothing counts
something of its own ('Total stillbirths' beside live births), so it was rounded as a count, and
so was an area's line over its providers. Its rounded figure less the shown lines under it
gives the hidden line back (to within the rounding); the proof refused some such copies,
telling the user to write the total as a SUM (which would not have helped), and passed others.

A line of counts that is, in each of its figures, exactly the sum of a run of lines next to it
(nearest first, hidden ones included: one of them holding a figure other than 0, and a shown
line of counts among them; lines of totals passed over, as an area's total is beside the
providers' lines the grand total adds up) is such a total. A line named as a total ('Total',
'All payment groups') is one with a single figure too. Its counts are removed, as a total over
hidden lines is (``hidden_totals.TOTAL_OVER_HIDDEN``), and the totals over them with them
(``dropped_totals``); once an area's line is removed, a grand total over it and the hidden line
is read again. A total whose every part is hidden is another thing: it shows what its reader
sees, and stays a count (``hidden_totals``).
"""

from __future__ import annotations

from wpxl.analyse.values import as_number
from wpxl.analyse.words import is_total_label
from wpxl.model import Coord, Role, Sheet, Table


def typed_totals_over_hidden(
    table: Table, shown: Sheet, read: Sheet, roles: dict[Coord, Role]
) -> list[tuple[Coord, bool]]:
    """The table's counts that are typed totals with hidden lines among their parts (see the
    doc), each with whether its line is a row: ``shown`` is the sheet as analysed, ``read`` the
    input with its hidden lines. Their roles are left to the caller; while reading, each found
    line counts as removed."""
    if not table.body_rows or not table.body_cols:
        return []
    found: list[tuple[Coord, bool]] = []
    rows = _span(table.body_rows, shown.hidden_rows)
    cols = _span(table.body_cols, shown.hidden_cols)
    removed: set[Coord] = set()
    grew = True
    while grew:  # a grand total is read again once an area's line over a hidden one is out
        grew = False
        for by_row, hidden in ((True, shown.hidden_rows), (False, shown.hidden_cols)):
            if not hidden:
                continue
            lines, across = (rows, cols) if by_row else (cols, rows)
            axis = _Axis(by_row, lines, across, hidden, read, roles, removed)
            shown_lines = table.body_rows if by_row else table.body_cols
            for line in shown_lines:
                named = _labelled_total(table, read, line, by_row)
                cells = axis.total_over_hidden(line, named)
                if cells:
                    removed.update(cells)
                    found.extend((cell, by_row) for cell in cells)
                    grew = True
    return found


class _Axis:
    """The lines of one table along rows (``by_row``) or columns, hidden ones among them."""

    def __init__(
        self,
        by_row: bool,
        lines: range,
        across: range,
        hidden: set[int],
        read: Sheet,
        roles: dict[Coord, Role],
        removed: set[Coord],
    ) -> None:
        self.by_row, self.lines, self.across, self.hidden = by_row, lines, across, hidden
        self.read, self.roles, self.removed = read, roles, removed

    def coord(self, line: int, other: int) -> Coord:
        return (line, other) if self.by_row else (other, line)

    def number(self, coord: Coord) -> float | None:
        cell = self.read.cells.get(coord)
        return as_number(cell.value) if cell is not None else None

    def counts(self, line: int) -> dict[int, float]:
        """The line's counts still read as counts, by place across: a hidden line's every
        figure, a shown line's counts (not its totals, nor what was found removed)."""
        found: dict[int, float] = {}
        for other in self.across:
            coord = self.coord(line, other)
            if line not in self.hidden and (
                self.roles.get(coord) is not Role.COUNT or coord in self.removed
            ):
                continue
            number = self.number(coord)
            if number is not None:
                found[other] = number
        return found

    def total_over_hidden(self, line: int, named: bool) -> list[Coord]:
        """The line's counts, where they are a total over a run of lines beside it with a
        hidden one among them (see the doc); none otherwise."""
        own = {o: v for o, v in self.counts(line).items() if v}
        if not own or (len(own) < 2 and not named):
            return []
        at = self.lines.index(line)
        for side in (self.lines[at - 1 :: -1] if at else [], self.lines[at + 1 :]):
            if self._run_adds_up(own, side):
                return [self.coord(line, o) for o in own]
        return []

    def _run_adds_up(self, own: dict[int, float], side: range | list[int]) -> bool:
        sums = dict.fromkeys(own, 0.0)
        with_hidden = with_shown = False
        for other_line in side:
            counts = self.counts(other_line)
            if not counts:
                continue  # a line of totals, or blank: passed over
            if other_line in self.hidden:
                with_hidden = with_hidden or any(counts.values())
            else:
                with_shown = True
            for o in sums:
                sums[o] += counts.get(o, 0.0)
            if with_hidden and with_shown and sums == own:
                return True
            if all(sums[o] > own[o] for o in own):
                return False
        return False


def _span(lines: list[int], hidden: set[int]) -> range:
    """The table's lines from first to last, with the hidden lines just before or after them
    (old months hidden left of the shown ones)."""
    first, last = min(lines), max(lines)
    while first - 1 in hidden:
        first -= 1
    while last + 1 in hidden:
        last += 1
    return range(first, last + 1)


def _labelled_total(table: Table, read: Sheet, line: int, by_row: bool) -> bool:
    """Whether the row's label (or the column's header) names a total in any of its cells."""
    places = (
        [(line, c) for c in table.label_cols] if by_row else [(r, line) for r in table.header_rows]
    )
    words = [str(read.cells[p].value) for p in places if p in read.cells and read.cells[p].value]
    return any(is_total_label(w) for w in words) or (
        bool(words) and is_total_label(" ".join(words))
    )
