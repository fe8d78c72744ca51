"""A typed rate column whose header names only what it counts, rebuilt over the rounded cells.

'Referrals | Attachments | % attached', the rates typed (0.92 beside 412 and 377): the header
names attachments alone, so no one rate says what it divides, and such columns were removed as
rates wpxl cannot work out, from a layout provider packs use for every office. One line's rate
could be any two figures' quotient by chance, but a whole column is not: where the column's
header names one measure, not an outcome, and on every line the rate is that measure's figure
over the same other column's figure, to its typed precision, and no other pair of columns
gives every rate so, the rates are read as that quotient (``table.ratios``), and the plan
rebuilds them as it rebuilds any rate. A header naming no measure ('Conversion rate') is still
removed: nothing says which figure it counts.
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.analyse.line_shares import quotients
from wpxl.model import Coord, Measure, Role, Table


def one_measure_rates(
    table: Table,
    typed: list[tuple[Coord, float]],
    roles: dict[Coord, Role],
    col_names: dict[int, frozenset[str]],
    word_measure: Callable[[str], Measure | None],
    figure: Callable[[Coord], float | None],
    tolerance: Callable[[float], float],
) -> None:
    """``table.ratios`` for the rates of ``typed`` read so (see the doc). ``col_names``: the
    measure words each column's header names, forms of one word as one ('attached',
    'attachment'); ``word_measure``: the measure such a word is of."""
    by_col: dict[int, list[tuple[Coord, float]]] = {}
    for coord, value in typed:
        if coord not in table.ratios:
            by_col.setdefault(coord[1], []).append((coord, value))
    for col, rates in by_col.items():
        named = col_names.get(col, frozenset())
        if len(rates) < 2 or len(named) != 1 or _outcome(named, word_measure):
            continue
        tops = [c for c in table.body_cols if c != col and col_names.get(c) == named]
        bottoms = [
            c
            for c in table.body_cols
            if c != col and col_names.get(c) and col_names[c] != named
            and not _outcome(col_names[c], word_measure)
        ]  # fmt: skip
        found = [
            pairs
            for top in tops
            for bottom in bottoms
            if (pairs := quotients(rates, top, bottom, roles, figure, tolerance))
        ]
        if len(found) == 1:
            table.ratios.update(found[0])


def _outcome(named: frozenset[str], word_measure: Callable[[str], Measure | None]) -> bool:
    """Whether any word names an outcome measure (or none the policy knows): an outcome's
    rate is never rebuilt from counts."""
    return any((m := word_measure(w)) is None or m.is_outcome for w in named)
