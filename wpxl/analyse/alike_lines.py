"""A line that is the sum of the other lines named as it is: 'Robbery' of 'Males and Females'.

MoJ sets its sexes one under another, each its groups of offences with their totals and a
group of one line among them ('Robbery'), a blank line each side. The blocks' readings
(``headed_blocks``, ``stacked_totals``) compare runs of two lines or more, so a line alone
between blank lines was passed by: 'Males and Females' 'Robbery', the sum of the sexes'
'Robbery', was rounded on its own (the rounded original total beside sexes showing another
sum), and the proof, which reads lines of the same name as such (verify/alike_lines), refused
the copy. Three lines or more of the same label across a sheet's tables, the first (or the
last) the sum of the others to the last digit in every column where all hold figures, in two
or more places not 0: it is a total over them, where it is still a count.
"""

from __future__ import annotations

from collections import defaultdict

from wpxl.analyse.stacked_totals import line_label, mark_totals, nonzero_sums
from wpxl.model import Cell, Coord, Role, Table

MIN_LINES = 3
MIN_MATCHES = 2


def total_alike_lines(
    tables: list[Table], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> None:
    """Mark each line that is the sum of the other lines named as it is (see the doc)."""
    named: defaultdict[str, list[tuple[Table, int]]] = defaultdict(list)
    for table in tables:
        for row in table.body_rows:
            if label := line_label(table, row, cells).casefold():
                named[label].append((table, row))
    for lines in named.values():
        if len(lines) < MIN_LINES:
            continue
        for (table, head), others in ((lines[0], lines[1:]), (lines[-1], lines[:-1])):
            places = _places(table, head, [row for _, row in others], cells, roles)
            if places and nonzero_sums(places, cells) >= MIN_MATCHES:
                mark_totals(table, places, roles)
                break


def _places(
    table: Table, head: int, others: list[int], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> dict[Coord, list[Coord]]:
    """The head's counts with the others' places in their columns, where all hold figures."""
    return {
        (head, col): [(row, col) for row in others]
        for col in table.body_cols
        if roles.get((head, col)) is Role.COUNT
        and all(roles.get((row, col)) in (Role.COUNT, Role.TOTAL) for row in others)
    }
