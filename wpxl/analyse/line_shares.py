"""A typed share of each line's own total, headed by the column it is a share of, rebuilt.

Referrals by month across 'JSA | ESA | Total', then 'JSA %' and 'ESA %' typed (0.733 beside
121 of 165): each share is its line's figure in the column its header names over the line's
figure in the Total column. Written as formulas (=B3/D3) the copy kept them; typed, they were
removed as rates wpxl cannot work out, as their header names no measure at all. A share column
whose header is another column's header with a share's word ('JSA %', 'JSA (%)', '% JSA', 'JSA
share') is each line's figure in that column over the line's figure in the one column that is
a total on every line the shares are on, where every typed share is so to its typed precision;
the plan rebuilds it over the rounded cells as it rebuilds any rate (and refuses one over an
outcome figure). Published tables interleave such shares with their counts, headed by a share's
words alone ('Male | % of total | Female | % of total | Total', or '%'): each is a share of the
figure just left of it, read so where the arithmetic bears it out, as above; it was removed as
a rate wpxl cannot work out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.model import Coord, Role, Table

# a column's header as another's with a share's word before or after it
_OF_LINE = re.compile(
    r"^\s*(?:(?P<after>.+?)\s*(?:%|\(%\)|share)|(?:%|share\s+of)\s*(?P<before>.+?))\s*$",
    re.IGNORECASE,
)
# a share's words alone after the column's group ('Job starts' merged over 'Male | % of total'):
# a share of the figure just left of it, as published tables interleave them
_BARE = re.compile(
    r"(?:^|\s)(?:%|\(%\)|per\s*cent(?:age)?|share|proportion)(?:\s+of\s+(?:the\s+)?(?:row\s+)?"
    r"total)?\s*$",
    re.IGNORECASE,
)
_COUNTED = (Role.COUNT, Role.TOTAL)


def line_shares(
    table: Table,
    typed: list[tuple[Coord, float]],
    roles: dict[Coord, Role],
    col_words: dict[int, str],
    figure: Callable[[Coord], float | None],
    tolerance: Callable[[float], float],
) -> None:
    """``table.ratios`` for each column of typed shares of their lines' totals (see the doc)."""
    headed = {" ".join(w.lower().split()): col for col, w in col_words.items() if w.strip()}
    by_col: dict[int, list[tuple[Coord, float]]] = {}
    for coord, value in typed:
        if coord not in table.ratios:
            by_col.setdefault(coord[1], []).append((coord, value))
    for col, shares in by_col.items():
        match = _OF_LINE.match(col_words.get(col, ""))
        named = match and (match["after"] or match["before"])
        part = headed.get(" ".join(named.lower().split())) if named else None
        if part is None and _BARE.search(col_words.get(col, "")):
            part = col - 1  # 'Male | % of total': the count it follows
        if part is None or part == col:
            continue
        rows = {coord[0] for coord, _ in shares}
        totals = [
            c
            for c in table.body_cols
            if c not in (col, part) and all(roles.get((r, c)) is Role.TOTAL for r in rows)
        ]
        found = [p for c in totals if (p := quotients(shares, part, c, roles, figure, tolerance))]
        if len(found) == 1:
            table.ratios.update(found[0])


def quotients(
    shares: list[tuple[Coord, float]],
    part: int,
    total: int,
    roles: dict[Coord, Role],
    figure: Callable[[Coord], float | None],
    tolerance: Callable[[float], float],
) -> dict[Coord, tuple[Coord, Coord]] | None:
    """Each share as its line's figure in ``part`` over its line's figure in ``total``, if
    every one is so to its typed precision; else None (analyse/one_measure_rates asks it too,
    of a rate column's measure over another column)."""
    pairs = {}
    for coord, value in shares:
        num, den = (coord[0], part), (coord[0], total)
        top = figure(num) if roles.get(num) in _COUNTED else None
        bottom = figure(den)
        if top is None or not bottom or abs(top / bottom - value) > tolerance(value):
            return None
        pairs[coord] = (num, den)
    return pairs
