"""The lines of a table counting the outcomes a rate of outcomes beside them is of.

'Job starts | Conversion rate | Numerator' over '412 | 0.2354 | 97': the rate is job outcomes
over job starts (the programme's word, wpxl.policy.OUTCOME_RATE_WORDS), so the line it divides
by another counts job outcomes, though its own header names nothing ('Numerator', 'Number',
'n'). Rounded as the table's measure, it went out: an outcome volume shown (guidance R2). A line
naming no measure whose figures, divided by another line's on the same line across, give the
rate's figure on every line the rate has (to the places the rate was typed with, as a whole
percentage or per 1,000) counts outcomes, where the rate's words name an outcome ('JO rate',
'Job outcome %') or are the programme's own rates of outcomes (a conversion; performance, job
outcomes over referrals). The arithmetic, not the header, says which line it is: lines that
merely sit beside a rate ('Advisers') do not divide to it. A rate or a line measured against a
profile or a target ('Profile | Actual | Performance %') is neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from wpxl.analyse.values import as_number
from wpxl.analyse.words import as_words, header_measure, is_rate_words
from wpxl.model import Cell, Coord, Measure

# a rate the programme names for outcomes: job outcomes over job starts ('Conv. rate') or over
# referrals ('Performance', 'Perf. %', judged against the Minimum Performance Level)
_PROGRAMME_RATE = re.compile(
    r"\bconv(?:ersions?\b|\.|\b)|\bconverted\b|\bperf(?:ormance\b|\.|\b)|\bmpls?\b", re.I
)


# a line measured against a profile or a target ('Profile | Actual | Performance %': the starts
# against their profile) is no rate of outcomes, nor what one is of
_AGAINST = re.compile(
    r"\b(?:profiles?|profiled|targets?|forecasts?|plan(?:ned)?|expected|budget(?:ed)?"
    r"|trajector(?:y|ies)|goals?|vs\.?|versus|against)\b",
    re.IGNORECASE,
)


def outcome_numerators(
    lines: dict[int, str],
    across: Iterable[int],
    cells: dict[Coord, Cell],
    measure_words: dict[Measure, tuple[str, ...]],
    by_rows: bool = False,
) -> list[int]:
    """The ``lines`` (each with its header's words: columns, or rows when ``by_rows``) naming
    no measure that are the numerator of a rate of outcomes among them, on every line
    ``across`` them (the table's rows, or its columns) where the rate holds a figure."""
    rates = _rates(lines, measure_words)
    if not rates:  # most tables: no rate of outcomes, so no line's words are read again
        return []
    named = {line: header_measure(text, measure_words) for line, text in lines.items()}
    against = {line for line, text in lines.items() if _AGAINST.search(as_words(text))}
    counts = [line for line, measure in named.items() if measure is None and line not in rates]
    found: set[int] = set()
    for rate in rates:
        bottoms = [line for line in lines if line not in against]  # not a profile's
        found.update(_dividing(rate, counts, bottoms, list(across), cells, by_rows))
    return sorted(found)


def lone_rate_numerators(
    rates: dict[int, str],
    lines: dict[int, str],
    across: Iterable[int],
    cells: dict[Coord, Cell],
    measure_words: dict[Measure, tuple[str, ...]],
    by_rows: bool = False,
) -> list[int]:
    """The ``lines`` (columns, or rows when ``by_rows``) naming no measure that are the
    numerator of a rate of outcomes standing alone on a line of its own across them (one of
    ``rates``: rows, or columns when ``by_rows``), worked out on another line ``across``
    (the rates' axis: the table's rows, or its columns): 'Conversion
    rate' under the Total line, its one figure 21.6% the Total's 195 under 'Number' over its
    903 under 'Job starts'. The same line across never holds both, so ``outcome_numerators``
    cannot see it: on any other line across, a figure of such a line over another figure of
    that line gives the rate (to its typed places)."""

    def figure(rate: int, line: int) -> float | None:
        cell = cells.get((line, rate) if by_rows else (rate, line))
        number = as_number(cell.value) if cell is not None else None
        return float(number) if number is not None else None

    lone = _rates(rates, measure_words)
    if not lone:  # most tables: no rate of outcomes, so no line's words are read again
        return []
    named = {line: header_measure(text, measure_words) for line, text in lines.items()}
    counts = [line for line, m in named.items() if m is None and not is_rate_words(lines[line])]
    found: set[int] = set()
    for rate in lone:
        own = [v for line in lines if (v := figure(rate, line)) is not None]
        if len(own) != 1 or own[0] <= 0:
            continue  # a rate on every line is ``outcome_numerators``'s
        for other in (at for at in across if at != rate):
            row = {line: v for line in lines if (v := figure(other, line))}
            found.update(
                line
                for line in counts
                if (top := row.get(line)) is not None
                and top.is_integer()
                and any(_gives(top, b, own[0]) for at, b in row.items() if at != line)
            )
    return sorted(found)


def _rates(lines: dict[int, str], measure_words: dict[Measure, tuple[str, ...]]) -> list[int]:
    """The lines naming a rate of outcomes ('JO rate') or the programme's own ('Conv. rate'),
    none measured against a profile or a target."""
    return [
        line
        for line, text in lines.items()
        if not _AGAINST.search(as_words(text))
        and (
            (is_rate_words(text) and _outcome(header_measure(text, measure_words)))
            or _PROGRAMME_RATE.search(as_words(text))
        )
    ]


def _outcome(measure: Measure | None) -> bool:
    return measure is not None and measure.is_outcome


def _dividing(
    rate: int,
    counts: list[int],
    lines: list[int],
    across: list[int],
    cells: dict[Coord, Cell],
    by_rows: bool,
) -> set[int]:
    """The ``counts`` lines that, over some other line, give ``rate``'s figure everywhere."""

    def figure(line: int, at: int) -> float | None:
        cell = cells.get((line, at) if by_rows else (at, line))
        number = as_number(cell.value) if cell is not None else None
        return float(number) if number is not None else None

    left = set(counts)
    seen = False
    for at in across:
        value = figure(rate, at)
        if value is None or value <= 0 or not left:
            continue
        seen = True
        figures = {
            line: v for line in lines if line != rate and (v := figure(line, at)) is not None
        }
        left = {
            line
            for line in left
            if (top := figures.get(line)) is not None
            and top.is_integer()
            and any(
                _gives(top, bottom, value) for other, bottom in figures.items() if other != line
            )
        }
    return left if seen else set()


_SCALES = (1, 100, 1000)  # a share, a whole percentage, a rate per 1,000


def _gives(top: float, bottom: float, rate: float) -> bool:
    """Whether ``top / bottom`` is ``rate`` to the places it was typed with, as a whole
    percentage (23.5 for 0.235) or a rate per 1,000."""
    if not bottom:
        return False
    tolerance = max(_half_place(rate), abs(rate) * 1e-9)
    share = top / bottom
    return any(abs(scale * share - rate) <= tolerance for scale in _SCALES)


def _half_place(value: float) -> float:
    """Half a unit in the last decimal place ``value`` was typed with (0.2354 -> 0.00005)."""
    exponent = Decimal(repr(value)).as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return 0.5 * 10.0**-places * (1 + 1e-9)
