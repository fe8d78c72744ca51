"""A typed share of the total beside counts ('% of total', 'Share', '% of all'), rebuilt.

A column of typed shares beside job starts by payment group (0.334 beside 301 of 901) was
removed as a rate wpxl cannot work out: its header names no second measure, so no reading of
rates knew what it divides. Each share is its line's count over the count of the table's one
total line in the same column (a total line's own share is that total over itself, 100%):
where exactly one column of counts gives every typed value, to the precision it was typed
with, the share is rebuilt over the rounded cells as a formula (cell / total), as a share
typed as a formula is. A share of outcomes is removed still: the plan refuses any rate over an
outcome figure, and a header naming a measure ('Share of outcomes') is no share of the total.

The shares' own total line, a SUM of the shares ('=SUM(E4:E6)', 100%, beside the counts' total
the shares divide by), was removed as a rate wpxl cannot work out while the shares over it were
rebuilt: a sum of every share over the total on its own line is that total over itself, so it
is rebuilt as one (100% of the rounded total), as a typed total line's share is.

Session 34 found the shapes analysts type most still removed. A share headed by its counts'
own measure ('Referrals %', 'Job starts (%)', 'Share of referrals', '% of starts') beside
those counts: its header named one measure and no 'of total', so neither reading took it. It
is a share of the total now where the column of counts it divides names that same measure,
and no other. A line of shares across a table ('% of referrals' under 'Referrals', each
payment group's count over the line's Total column) was never looked for: a line's words are
read as a column's are, each share its column's figure on one other line over that line's one
total. A column of shares of each line's total ('JSA %' and 'ESA %' beside 'JSA | ESA |
Total'): each is the line's figure in the column its header names ('JSA') over the line's
figure in the one column that totals every line (see share_of_line).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from wpxl.analyse.formulas import sum_refs
from wpxl.analyse.shares_of_sums import typed_shares_of_sums
from wpxl.model import Cell, Coord, Measure, Role, Table

# a line's words naming a share of its table's total and nothing else, once any measure it
# names is read out of them ('Referrals %' is '%', 'Share of referrals' is 'Share of')
_SHARE = re.compile(
    r"^\s*(?:as\s+(?:a\s+)?)?(?:%|\(%\)|per\s*cent(?:age)?|percentage|share|proportion)"
    r"(?:\s+of(?:\s+(?:the\s+)?(?:grand\s+)?(?:total|all))?)?\s*(?:\(%\)|%)?\s*$",
    re.IGNORECASE,
)
_DANGLING_OF = re.compile(r"\bof\s*(?:\(%\)|%)?\s*$", re.IGNORECASE)
_COUNTED = (Role.COUNT, Role.TOTAL)
Named = dict[int, frozenset[str]]
Shares = list[tuple[Coord, float]]


def share_words(words: str, named: frozenset[str], measures: frozenset[Measure]) -> bool:
    """Whether a line's ``words`` name a share of a total: a share's words alone, or with the
    one measure (``measures``, named by the words ``named``) it is a share of; an 'of' left
    dangling needs that measure."""
    if len(measures) > 1:
        return False  # 'Starts % of referrals': a rate between two measures, read as one
    rest = words.lower()
    for word in sorted(named, key=len, reverse=True):  # 'job start' before 'starts'
        rest = re.sub(r"\b" + re.escape(word) + r"\w*", " ", rest)
    if not named and _DANGLING_OF.search(rest):
        return False
    return bool(_SHARE.match(" ".join(rest.split())))


def total_shares(
    table: Table,
    typed: Shares,
    roles: dict[Coord, Role],
    words: tuple[dict[int, str], dict[int, str]],
    named: tuple[Named, Named],
    measure_words: dict[Measure, tuple[str, ...]],
    figure: Callable[[Coord], float | None],
    tolerance: Callable[[float], float],
) -> None:
    """``table.ratios`` for each typed share of a column (or a line) of shares of the total,
    where one column (line) of counts explains every one of them (see the doc). ``words`` and
    ``named`` are the lines' and the columns' words and the measure words they name."""
    for across in (False, True):
        own_words, own_named = words[not across], named[not across]
        measures = {line: _measures(n, measure_words) for line, n in own_named.items()}
        lines: dict[int, Shares] = {}
        for coord, value in typed:
            line = coord[0] if across else coord[1]
            named_here = own_named.get(line, frozenset())
            if coord not in table.ratios and share_words(
                own_words.get(line, ""), named_here, measures.get(line, frozenset())
            ):
                lines.setdefault(line, []).append((coord, value))

        divided = partial(_divided, table=table, across=across, measures=measures)
        for line, shares in lines.items():
            found = [
                pairs
                for other in divided(line)
                if (pairs := _over_total(shares, other, across, table, roles, figure, tolerance))
            ]
            if len(found) == 1:
                table.ratios.update(found[0])
        if not across:  # a column with no total line: a share of its sum
            typed_shares_of_sums(table, lines, roles, divided, figure, tolerance)


def _divided(
    line: int, table: Table, across: bool, measures: dict[int, frozenset[Measure]]
) -> list[int]:
    """The lines of counts a line of shares may divide: any but itself, or those naming the
    one measure its words name."""
    measure = measures.get(line, frozenset())
    return [
        other
        for other in (table.body_rows if across else table.body_cols)
        if other != line and (not measure or measures.get(other, frozenset()) == measure)
    ]


def _measures(
    named: frozenset[str], measure_words: dict[Measure, tuple[str, ...]]
) -> frozenset[Measure]:
    """The measures whose words ``named`` holds ('starts' and 'job start' are one measure)."""
    if not named:
        return frozenset()
    return frozenset(
        m for m, found in measure_words.items() if any(w.lower() in named for w in found)
    )


def _over_total(
    shares: Shares,
    other: int,
    across: bool,
    table: Table,
    roles: dict[Coord, Role],
    figure: Callable[[Coord], float | None],
    tolerance: Callable[[float], float],
) -> dict[Coord, tuple[Coord, Coord]] | None:
    """Each share as its place's figure on the ``other`` column (line, ``across``) over that
    column's one total, if every one is so to its typed precision; else None."""

    def at(place: int) -> Coord:
        return (other, place) if across else (place, other)

    places = table.body_cols if across else table.body_rows
    totals = [p for p in places if roles.get(at(p)) is Role.TOTAL]
    if len(totals) != 1:
        return None
    den = at(totals[0])
    bottom = figure(den)
    if not bottom:
        return None
    pairs = {}
    for coord, value in shares:
        num = at(coord[1] if across else coord[0])
        top = figure(num) if roles.get(num) in _COUNTED else None
        if top is None or abs(top / bottom - value) > tolerance(value):
            return None
        pairs[coord] = (num, den)
    return pairs


def summed_shares(table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
    """``table.ratios`` for each sum of shares that adds up every share of a column over the
    count total on the sum's own line: that total over itself (see the doc)."""
    derived = Role.DERIVED  # named once: each naming of an enum member is a class look-up
    if derived not in roles.values():  # most sheets hold no rate: one pass in C a table
        return
    for coord in [c for c, role in roles.items() if role is derived]:
        cell = cells.get(coord)
        if coord in table.ratios or cell is None or cell.formula is None:
            continue
        refs = sum_refs(cell.formula.lstrip("="))
        parts = {c for ref in refs or () if ref.sheet is None for c in ref.coords()}
        dens = {table.ratios[c][1] for c in parts if c in table.ratios}
        if (
            not parts
            or len(dens) != 1
            or not all(c in table.ratios or c not in cells for c in parts)
        ):
            continue
        (den,) = dens
        every = {c for c, (_, d) in table.ratios.items() if d == den and c[1] == coord[1]}
        if den[0] == coord[0] and roles.get(den) is Role.TOTAL and every <= parts:
            table.ratios[coord] = (den, den)
            if every <= table.whole_percents:  # a sum of whole percentages shows 100, not 1
                table.whole_percents.add(coord)
