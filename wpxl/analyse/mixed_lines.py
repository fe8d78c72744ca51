"""A line whose own words add job outcomes to another measure ('Total starts and outcomes').

'Office | Referrals | Job starts | Job outcomes | Total starts and outcomes', the last column
typed as each office's starts and outcomes together: the outcome word won, so the column was
read as job outcomes, removed as 'outcome volumes' and shown on the percentage sheet beside
the outcomes as if it were a breakdown of them, which it is not (a total found by its sums,
as ``mixed_totals`` and plan/unshared_outcomes read one, is handled so already). A line whose
own words join an outcome measure and another one ('Job starts and job outcomes', 'Referrals +
outcomes', 'Total starts & outcomes') counts no one measure: its figures are removed, each
named on the cover with that reason, and are in no percentage breakdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from wpxl.analyse.body import FIGURES
from wpxl.analyse.words import header_measure
from wpxl.model import Coord, Measure, Role, Table

MIXED_LINE = (
    "a line adding up {measures} together counts no one measure: less the other measure it "
    "would give the outcome volume back, so it is not shared"
)
_JOINED = re.compile(r"\s+(?:and|plus)\s+|\s*[&+]\s*", re.IGNORECASE)


def drop_mixed_lines(
    table: Table,
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
    label_texts: Callable[[int], list[str]],
    header_texts: Callable[[int], list[str]],
    measure_words: dict[Measure, tuple[str, ...]],
) -> None:
    """Remove the counts of each row or column whose own words (its lowest header line, its
    innermost label: a group's header over two measures' columns joins nothing) join an
    outcome measure and another (``roles`` and ``reasons`` in place); most tables hold no
    outcome, and no line of theirs is read."""
    if not table.may_hold_outcomes:
        return
    for col in table.body_cols:
        if mixed := _joined_measures(header_texts(col)[-1:], measure_words):
            _drop(table, ((row, col) for row in table.body_rows), roles, reasons, mixed)
    for row in table.body_rows:
        if mixed := _joined_measures(label_texts(row)[-1:], measure_words):
            _drop(table, ((row, col) for col in table.body_cols), roles, reasons, mixed)


def _joined_measures(words: list[str], measure_words: dict[Measure, tuple[str, ...]]) -> str | None:
    """The measures the words join, an outcome and another ('job starts and job outcomes'),
    or None where they join none, or only outcomes ('Job outcomes and sustainments')."""
    parts = _JOINED.split(words[0]) if words else []
    if len(parts) < 2:
        return None
    named = [m for part in parts if (m := header_measure(part, measure_words)) is not None]
    if not any(m.is_outcome for m in named) or all(m.is_outcome for m in named):
        return None
    values = sorted({m.value for m in named})
    return f"{', '.join(values[:-1])} and {values[-1]}"


def _drop(
    table: Table,
    coords: Iterable[Coord],
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
    mixed: str,
) -> None:
    """Remove the line's figures, its totals with them (a total of the line's own figures is
    no total wpxl rebuilds, nor one its typed value is judged against)."""
    for coord in coords:
        if roles.get(coord) in FIGURES:
            roles[coord], reasons[coord] = Role.DROPPED, MIXED_LINE.format(measures=mixed)
            table.totals.pop(coord, None)
