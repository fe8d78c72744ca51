"""The proof's own reading of the figures a rate of outcomes beside them is worked out from.

'Job starts | Conversion rate | Numerator' over '412 | 0.2354 | 97': a conversion rate is job
outcomes over job starts, so the figures it divides count job outcomes, though their header
names nothing ('Numerator', 'Number', 'n'); carried rounded, they are outcome volumes shown
(guidance R2). A whole number under a header naming no measure is such a numerator where, on
every line of a rate whose header names an outcome ('JO rate') or is the programme's own rate
of them (a conversion, 'Conv. rate'; performance, over referrals: 'Perf. %'), it divided by
another figure of that line gives the rate (to the places the rate shows, as a whole percentage
or per 1,000); so too along rows, the rate a row. A rate or a figure measured against a
profile or a target ('Profile | Actual | Performance %': starts against their profile) is
neither. Read from the input's cells and the proof's
own words alone, never the analyse stage's: the arithmetic says which figures they are.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from typing import TypeVar

from wpxl.model import Sheet
from wpxl.verify.measure_words import Measures, as_words

Coord = tuple[int, int]
V = TypeVar("V")

_RATE = re.compile(
    r"%|\brates?\b|\bper ?cent|\bpercentage|\bproportion|\bratio\b|\bper (?:1,?000|100|thousand)\b",
    re.I,
)
# the programme's own rates of outcomes: over job starts ('Conv. rate'), over referrals
# ('Performance', 'Perf. %', against the Minimum Performance Level)
_PROGRAMME_RATE = re.compile(
    r"\bconv(?:ersions?\b|\.|\b)|\bconverted\b|\bperf(?:ormance\b|\.|\b)|\bmpls?\b", re.I
)


# measured against a profile or a target ('Profile | Actual | Performance %': starts against
# their profile): no rate of outcomes, nor what one is of
_AGAINST = re.compile(
    r"\b(?:profiles?|profiled|targets?|forecasts?|plan(?:ned)?|expected|budget(?:ed)?"
    r"|trajector(?:y|ies)|goals?|vs\.?|versus|against)\b",
    re.I,
)


def rate_numerators(sheet: Sheet, measures: Measures, texts: dict[Coord, str]) -> frozenset[Coord]:
    """The input figures of ``sheet`` that are the numerators of a rate of outcomes; ``texts``:
    its cells holding words, by place (gathered once by wpxl.verify.outcomes)."""
    if not any(_of_outcomes(t, measures) for t in set(texts.values())):
        return frozenset()  # most sheets: no rate of outcomes
    numbers = {
        coord: float(c.value)
        for coord, c in sheet.cells.items()
        if isinstance(c.value, int | float) and not isinstance(c.value, bool)
    }
    down = _numerators(numbers, texts, measures) | _lone(numbers, texts, measures)
    flips = _flip(numbers), _flip(texts)  # a rate a row; one alone in its column
    flipped = _numerators(*flips, measures) | _lone(*flips, measures)
    return frozenset(down | {(row, col) for col, row in flipped})


def _lone(numbers: dict[Coord, float], texts: dict[Coord, str], measures: Measures) -> set[Coord]:
    """The figures under a header naming no measure that a rate of outcomes alone on its row
    (its label left of it: 'Conversion rate' under the Total line, its one figure 21.6%) is
    worked out from on another row: the Total's 195 under 'Number' over its 903 under 'Job
    starts'. The rate's row holds none of them, so ``_numerators`` cannot see it; every figure
    of the numerator's column under that header is then an outcome's."""
    by_row: dict[int, dict[int, float]] = {}
    for (row, col), value in numbers.items():
        by_row.setdefault(row, {})[col] = value
    labels: dict[int, list[tuple[int, str]]] = {}
    heads: dict[int, list[tuple[int, str]]] = {}
    for (row, col), text in sorted(texts.items()):
        labels.setdefault(row, []).append((col, text))
        heads.setdefault(col, []).append((row, text))

    def head(row: int, col: int) -> tuple[int, str]:
        above = heads.get(col, [])
        at = bisect_left(above, (row, ""))
        return above[at - 1] if at else (-1, "")

    found: set[Coord] = set()
    for row, figures in by_row.items():
        if len(figures) != 1:
            continue  # a rate beside its figures is ``_numerators``'s
        ((col, rate),) = figures.items()
        label = [t for c, t in labels.get(row, ()) if c < col][-1:]
        if rate <= 0 or not label or not _of_outcomes(label[0], measures):
            continue
        for other, line in by_row.items():
            for n, top in line.items():
                named = head(other, n)
                plain = (
                    bool(named[1])
                    and measures.of(named[1]) is None
                    and not _RATE.search(as_words(named[1]))
                )
                if (
                    other != row
                    and top.is_integer()
                    and plain
                    and any(_gives(top, b, rate) for d, b in line.items() if d != n)
                ):
                    found.update((r, n) for r in by_row if n in by_row[r] and head(r, n) == named)
    return found


def _flip(cells: dict[Coord, V]) -> dict[Coord, V]:
    return {(col, row): value for (row, col), value in cells.items()}


def _of_outcomes(text: str, measures: Measures) -> bool:
    words = as_words(text)
    if _AGAINST.search(words) is not None:
        return False
    if _PROGRAMME_RATE.search(words) is not None:
        return True
    return _RATE.search(words) is not None and measures.of(text) == "outcome"  # cheap first


def _numerators(
    numbers: dict[Coord, float], texts: dict[Coord, str], measures: Measures
) -> set[Coord]:
    """The figures dividing a rate of outcomes along their row, the rate's header above it."""
    heads: dict[int, list[tuple[int, str]]] = {}
    for (row, col), text in sorted(texts.items()):
        heads.setdefault(col, []).append((row, text))
    by_row: dict[int, dict[int, float]] = {}
    for (row, col), value in numbers.items():
        by_row.setdefault(row, {})[col] = value

    def head(row: int, col: int) -> tuple[int, str]:
        above = heads.get(col, [])
        at = bisect_left(above, (row, ""))
        return above[at - 1] if at else (-1, "")

    runs: dict[tuple[int, int], list[int]] = {}  # (rate column, header row) -> its rows
    for (row, col), value in numbers.items():
        top, text = head(row, col)
        if value > 0 and text and _of_outcomes(text, measures):
            runs.setdefault((col, top), []).append(row)
    found: set[Coord] = set()
    for (rate, _), rows in runs.items():
        left: set[int] | None = None
        for row in rows:
            figures = by_row[row]
            dividing = {
                col
                for col, top in figures.items()
                if col != rate
                and top.is_integer()
                and measures.of(head(row, col)[1]) is None
                and any(
                    _gives(top, b, figures[rate])
                    for c, b in figures.items()
                    if c not in (col, rate) and not _AGAINST.search(as_words(head(row, c)[1]))
                )
            }
            left = dividing if left is None else left & dividing
        found.update((row, col) for row in rows for col in left or ())
    return found


def _gives(top: float, bottom: float, rate: float) -> bool:
    """Whether ``top / bottom`` is ``rate`` to the places it shows, as a whole percentage or
    per 1,000."""
    if not bottom:
        return False
    exponent = Decimal(repr(rate)).as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    tolerance = max(0.5 * 10.0**-places * (1 + 1e-9), abs(rate) * 1e-9)
    return any(abs(scale * top / bottom - rate) <= tolerance for scale in (1, 100, 1000))
