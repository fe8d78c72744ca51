"""Find which two figures a typed rate was worked out from, so it can be rebuilt as a formula.

A typed rate is never explained by search alone: two columns that happen to divide to it (male
births over female births) say nothing about it. Its header (or row label) must name both
measures it divides: a typed 0.734 under "Attachments as % of referrals" next to 1,000
referrals and 734 attachments is attachments / referrals. When exactly one pair of figures
under those two names on the rate's row (or else its column) gives it, to the precision it was
typed with, wpxl rebuilds it over the rounded cells; otherwise it is removed and listed,
because a rate over unrounded counts can give the counts back. A rate typed as a whole
percentage (73.4 rather than 0.734) under words saying it is a percentage ('% of starts', 'Job
starts (%)') and not read as a share is read again as the share it is a hundred times
(``Table.whole_percents``), and rebuilt as ``A/B*100``: a share of the rounded counts gives
back nothing they do not show.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from wpxl.analyse.body import cells_in_role
from wpxl.analyse.index_numbers import index_ratios
from wpxl.analyse.line_shares import line_shares
from wpxl.analyse.one_measure_rates import one_measure_rates
from wpxl.analyse.shared_rates import typed_shared_quotients
from wpxl.analyse.shares_of_sums import formula_shares_of_sums
from wpxl.analyse.total_shares import summed_shares, total_shares
from wpxl.analyse.values import as_number, is_error
from wpxl.analyse.words import measures_named
from wpxl.model import Cell, Coord, Measure, Role, Table

Figures = list[tuple[Coord, float]]


class RateNames:
    """The measure words each header and row label of one table names."""

    def __init__(
        self,
        row_words: dict[int, str],
        col_words: dict[int, str],
        measure_words: dict[Measure, tuple[str, ...]],
    ) -> None:
        family = word_families(measure_words)

        def named(text: str) -> frozenset[str]:
            return frozenset(family.get(w, w) for w in measures_named(text, measure_words))

        self.rows = {r: named(w) for r, w in row_words.items()}
        self.cols = {c: named(w) for c, w in col_words.items()}

    def of(self, coord: Coord) -> frozenset[str]:
        return self.rows.get(coord[0], frozenset()) | self.cols.get(coord[1], frozenset())

    def ratio(
        self,
        coord: Coord,
        value: float,
        rows: list[int],
        cols: list[int],
        figure: Callable[[Coord], float | None],
        tolerance: Callable[[float], float] | None = None,
    ) -> tuple[Coord, Coord] | None:
        """(numerator, denominator) of a typed rate whose words name both, if exactly one pair
        of figures named so gives it (to ``tolerance``, the typed precision when None); else
        None (the rate is removed)."""
        named = self.of(coord)
        if len(named) < 2:
            return None
        along = [(c, v) for col in cols if self.cols.get(col, frozenset()) & named
                 and (v := figure(c := (coord[0], col))) is not None]  # fmt: skip
        down = [(c, v) for row in rows if self.rows.get(row, frozenset()) & named
                and (v := figure(c := (row, coord[1]))) is not None]  # fmt: skip
        found = typed_ratio(value, along, down, tolerance or typed_precision)
        if found is None or self.of(found[0]) == self.of(found[1]):
            return None  # one measure over itself is not what the words name
        return found


def word_families(measure_words: dict[Measure, tuple[str, ...]]) -> dict[str, str]:
    """Each measure word as the first word of its measure it is a form of ('attached' of
    'attachment', 'referred' of 'referral': the same first six letters), so '% of referrals
    attached' names the Attachments column it divides; words of one measure that are not
    forms of one word ('live births', 'maternities') stay apart, as a rate divides them.
    Only single words are so read: phrases sharing a first word ('starts claimed', 'starts
    converted') are not forms of one."""
    family: dict[str, str] = {}
    for words in measure_words.values():
        firsts: list[str] = []
        for word in (w.lower() for w in words):
            stem = next((f for f in firsts if _one_word(f, word) and f[:6] == word[:6]), None)
            family[word] = stem or word
            if stem is None:
                firsts.append(word)
    return family


def _one_word(first: str, word: str) -> bool:
    """Both single words of six letters or more: 'starts claimed' is no form of 'starts
    converted'."""
    return min(len(first), len(word)) >= 6 and " " not in first + word


def typed_ratio(
    value: float, row: Figures, column: Figures, tolerance: Callable[[float], float] | None = None
) -> tuple[Coord, Coord] | None:
    """(numerator, denominator) of the one pair of figures giving ``value``, if exactly one."""
    for figures in (row, column):
        found = _pairs(value, figures, tolerance or typed_precision)
        if len(found) == 1:
            return found[0]
        if found:
            return None  # two readings: not rebuilt
    return None


def _pairs(
    value: float, figures: Figures, within: Callable[[float], float]
) -> list[tuple[Coord, Coord]]:
    tolerance = within(value)
    found = []
    for num, top in figures:
        for den, bottom in figures:
            if num == den or not bottom:
                continue
            share = top / bottom
            if abs(share - value) <= tolerance:
                found.append((num, den))
    return found


def typed_precision(value: float) -> float:
    """Half a unit in the last decimal place the value was typed with (0.734 -> 0.0005), and
    never less than a float's own rounding: a share pasted as values is stored to 15-17
    significant digits (openpyxl and pandas write 16), one step off the quotient in Python's
    float, so a share of 37 in 116 stored as 0.3189655172413793 was read as no share at all."""
    exponent = Decimal(repr(value)).as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return max(0.5 * 10.0**-places * (1 + 1e-9), abs(value) * _STORED_DIGITS)


# relative error of a quotient written to 15 significant digits, Excel's displayed precision
_STORED_DIGITS = 1e-14


def find_typed_ratios(
    table: Table,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    row_words: dict[int, str],
    col_words: dict[int, str],
    measure_words: dict[Measure, tuple[str, ...]],
    figure: Callable[[Coord], float | None],
) -> None:
    """The two figures each typed rate of ``table`` divides, where its words and the
    arithmetic name them (``table.ratios``); ``figure`` reads a count or a total's sum."""
    typed = [
        (coord, float(number))
        for coord in cells_in_role(table, roles, Role.DERIVED)
        if (cell := cells.get(coord)) is not None
        and cell.formula is None
        and not is_error(cell.value)
        and (number := as_number(cell.value)) is not None
    ]
    summed_shares(table, cells, roles)
    formula_shares_of_sums(table, cells, roles)
    if not typed:  # most tables: no typed rate to explain
        return
    names = RateNames(row_words, col_words, measure_words)
    for coord, value in typed:
        ratio = names.ratio(coord, value, table.body_rows, table.body_cols, figure)
        if ratio is not None:
            table.ratios[coord] = ratio
    words, named = (row_words, col_words), (names.rows, names.cols)
    total_shares(table, typed, roles, words, named, measure_words, figure, typed_precision)
    line_shares(table, typed, roles, col_words, figure, typed_precision)
    measure_of = {w.lower(): m for m, words in measure_words.items() for w in words}.get
    one_measure_rates(table, typed, roles, names.cols, measure_of, figure, typed_precision)
    index_ratios(table, typed, words, figure, typed_precision)
    for col in {c for (_, c), _ in typed if c in col_words}:  # 'Conversion rate'
        found = typed_shared_quotients(table, cells, col, col_words[col], typed_precision)
        if found is None:  # 25.0 for a quarter, as many packs type a rate
            found = typed_shared_quotients(table, cells, col, col_words[col], typed_precision, 100)
            table.whole_percents.update(found or ())
        table.ratios.update(found or {})
    whole = [
        (coord, value / 100)
        for coord, value in typed
        if coord not in table.ratios and _percent_words(row_words, col_words, coord)
    ]
    if not whole:
        return
    read = set(table.ratios)
    for coord, value in whole:
        ratio = names.ratio(coord, value, table.body_rows, table.body_cols, figure, whole_precision)
        if ratio is not None:
            table.ratios[coord] = ratio
    total_shares(table, whole, roles, words, named, measure_words, figure, whole_precision)
    line_shares(table, whole, roles, col_words, figure, whole_precision)
    one_measure_rates(table, whole, roles, names.cols, measure_of, figure, whole_precision)
    table.whole_percents.update(set(table.ratios) - read)


_PERCENT = re.compile(r"%|\bper\s*cent|\bpercentage", re.IGNORECASE)


def _percent_words(row_words: dict[int, str], col_words: dict[int, str], coord: Coord) -> bool:
    """Whether the rate's header or row label says it is a percentage ('% of starts', 'Job
    starts (%)'): only so is a typed 25 read as 25%, a share of the counts beside it."""
    return bool(_PERCENT.search(f"{row_words.get(coord[0], '')} {col_words.get(coord[1], '')}"))


_NOISE = Decimal("1e-12")


def whole_precision(share: float) -> float:
    """The precision of a whole percentage read as a share: 25 typed to the unit is 0.25
    give or take 0.005 (a whole number read as a float, 25.0, is typed to the unit)."""
    # float noise taken off (0.25 * 100 is 25.000000000000004), half up, not halves to even
    percent = float(Decimal(share * 100).quantize(_NOISE, rounding=ROUND_HALF_UP))
    return (0.5 * (1 + 1e-9) if percent.is_integer() else typed_precision(percent)) / 100
