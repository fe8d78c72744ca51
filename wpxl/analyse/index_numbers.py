"""A typed index ('Index (Apr 2013 = 100)'): each line's figure over its base line's, times 100.

An index beside the counts it is of (referrals by month, and each month's referrals as a
percentage of April's) was removed as a rate wpxl cannot work out, since its words name no
two measures to divide; rounded as counts before that, it showed 100, 120, 100. It is a whole
percentage of one figure over another of the same column: the month's count over the base
month's. Where, on every line the index holds a figure, exactly one column of figures gives it
so over the line whose index is 100 (the first such line), to the precision it was typed with,
each figure is read as that ratio (``table.ratios``, ``table.whole_percents``) and the plan
rebuilds it over the rounded cells as ``=B7/B6*100``, as it does a typed percentage: an index
of the rounded counts shows nothing they do not. An index whose base is an outcome volume is
still removed by the plan (it and the counts beside it give the volume back). The same reading
runs along a row: an index line under a line of counts by month.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.model import Coord, Table

INDEX_WORDS = re.compile(r"\bindex(?:ed)?\b.*=\s*100\b", re.IGNORECASE)
BASE = 100.0
MIN_LINES = 2  # an index of one line is its base alone: nothing says what it divides


def index_ratios(
    table: Table,
    typed: list[tuple[Coord, float]],
    words: tuple[dict[int, str], dict[int, str]],
    figure: Callable[[Coord], float | None],
    tolerance: Callable[[float], float],
) -> None:
    """``table.ratios`` and ``table.whole_percents`` for each typed index line of ``table``
    read so (see the doc); ``words``: each row's labels and each column's headers."""
    row_words, col_words = words
    for down, named in ((True, col_words), (False, row_words)):
        lines: dict[int, list[tuple[Coord, float]]] = {}
        for coord, value in typed:
            line = coord[1] if down else coord[0]
            if coord not in table.ratios and INDEX_WORDS.search(named.get(line, "")):
                lines.setdefault(line, []).append((coord, value))
        others = table.body_cols if down else table.body_rows
        for line, values in lines.items():
            found = _base(values, [o for o in others if o != line], down, figure, tolerance)
            if found is None:
                continue
            for coord, _ in values:
                place = coord[0] if down else coord[1]
                ratio = _at(place, found[0], down), _at(found[1], found[0], down)
                table.ratios[coord] = ratio
                table.whole_percents.add(coord)


def _at(place: int, other: int, down: bool) -> Coord:
    """The cell of line ``other`` at ``place`` along the index (a row when ``down``)."""
    return (place, other) if down else (other, place)


def _within(value: float, tolerance: Callable[[float], float]) -> float:
    """How far the index may be from 100 times the quotient: half a unit where it was typed as
    a whole number (read as a float, 111.0, it is still typed to the unit), else half its last
    decimal place (``tolerance``)."""
    return 0.5 * (1 + 1e-9) if value.is_integer() else tolerance(value)


def _base(
    values: list[tuple[Coord, float]],
    others: list[int],
    down: bool,
    figure: Callable[[Coord], float | None],
    tolerance: Callable[[float], float],
) -> tuple[int, int] | None:
    """(the line of figures, the place of the base) the index is of, if exactly one line of
    figures gives every value over its figure where the index is 100."""
    if len(values) < MIN_LINES:
        return None
    base = next((coord for coord, value in values if value == BASE), None)
    if base is None:
        return None
    at = base[0] if down else base[1]
    found = []
    for other in others:
        bottom = figure(_at(at, other, down))
        if not bottom:
            continue
        tops = [figure(_at(c[0] if down else c[1], other, down)) for c, _ in values]
        if all(
            top is not None and abs(BASE * top / bottom - value) <= _within(value, tolerance)
            for top, (_, value) in zip(tops, values, strict=True)
        ):
            found.append((other, at))
    return found[0] if len(found) == 1 else None
