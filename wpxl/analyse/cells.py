"""What one body cell of a table is, from its value, number format, formula and its words.

The words are the cell's column headers and row labels. The order of the checks is the point:
an error or a date is never a number; a code is never a count; money and rates are never
rounded; only whole numbers that nothing else claims are counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from wpxl.analyse.adjusted_sums import ADJUSTED, adjusted_sum
from wpxl.analyse.counted_shares import COUNTED_SHARE, is_counted_share
from wpxl.analyse.formulas import (
    Structured,
    is_residual,
    is_subtotal_formula,
    ratio_refs,
    reads_other_workbooks,
    references_any,
    sum_refs,
    whole_percent_refs,
)
from wpxl.analyse.percent_blocks import titled_rates
from wpxl.analyse.slips import is_noted_figure, shown_as_rate
from wpxl.analyse.thousands import IN_THOUSANDS, is_thousands_words
from wpxl.analyse.values import (
    as_number,
    could_hold_contact_details,
    is_bounded_figure,
    is_code_text,
    is_date,
    is_error,
    is_exponent_text,
    is_marked_figure,
    is_money_format,
    is_percent_text,
    is_text,
    is_year,
)
from wpxl.analyse.words import (
    as_words,
    is_band_label,
    is_contact_words,
    is_cumulative_words,
    is_identifier_words,
    is_money_text,
    is_money_unit_words,
    is_money_words,
    is_period_words,
    is_precision_words,
    is_rate_words,
    is_rolling_words,
)
from wpxl.analyse.wrapped import unwrapped
from wpxl.model import Cell, Coord, Role, SheetCoord, Style, Table
from wpxl.model.parts import Parts, Run, parts_of
from wpxl.read.numformats import format_words

MONEY = "an amount of money (payments can reveal volumes)"
_DIGIT = re.compile(r"\d")
DECIMAL = "a decimal number that is not a count"
CUMULATIVE = "a cumulative outcome figure (outcome volumes are never shared)"
OUTCOME_RATE = "a rate that uses outcome figures (it reveals outcome volumes)"
# No example figure in these: the cover quotes them, and a figure the input holds unrounded
# (a 5 beside '<5') would fail the copy's proof.
MARKED = (  # '398 [r]', '1,204 (p)', '<5', '47*': text, whose mark a rounded figure would lose
    "a figure written with a symbol (such as '<' before it, or '*' or '[r]' after it), not "
    "roundable: type the figure as a number and say what its mark means in a note"
)
BOUNDED = "a figure written as a bound (such as 'or fewer' after it), which cannot be rounded"
TYPED_RATE = "a rate typed as text (such as 33%), which wpxl does not rebuild over rounded figures"
CONTACT = "a postcode, phone number or address (contact details are not shared)"
UNSAVED_DATED = (
    "a formula in a date or time format saved without its value (a program wrote the "
    "workbook): wpxl cannot tell a date from a count there"
)
WORDS_FROM_CELLS = "words a formula makes from other cells (such as =REPT bars of a count)"
NUMBER_AS_TEXT = (
    "a number written as text with a leading zero or an exponent, under no code words: wpxl "
    "cannot tell a code from a count"
)
PRECISION = (
    "an estimate's precision (sampling variability or a confidence limit): not a count, and "
    "with the estimate it could give the unrounded figure back"
)


@dataclass(frozen=True, slots=True)
class Reading:
    """A cell's role, why it is dropped, and what it sums or divides when it is a formula."""

    role: Role
    reason: str | None = None
    parts: Sequence[SheetCoord] | None = None  # a SUM-like formula's cells (its runs: Parts)
    ratio: tuple[Coord, Coord] | None = None  # a A/B formula's numerator and denominator
    whole_percent: bool = False  # the ratio is written as a whole percentage (A/B*100)


class Words(NamedTuple):
    """What a header's or label's words say about the figures under or beside them: a tuple,
    hashed in C, as it keys the reading of every body cell (a dataclass's hash runs in Python)."""

    cumulative: bool = False
    contact: bool = False
    identifier: bool = False
    money: bool = False
    rate: bool = False
    period: bool = False
    precision: bool = False
    thousands: bool = False  # counts stated in thousands (wpxl.analyse.thousands)

    def __or__(self, other: Words) -> Words:
        return _either(self, other)


NO_WORDS = Words()


@lru_cache(maxsize=4096)
def _either(a: Words, b: Words) -> Words:
    """Column words or row words: asked once per cell, so cached by the pair (there are few)."""
    return Words(
        a.cumulative or b.cumulative,
        a.contact or b.contact,
        a.identifier or b.identifier,
        a.money or b.money,
        a.rate or b.rate,
        a.period or b.period,
        a.precision or b.precision,
        a.thousands or b.thousands,
    )


@lru_cache(maxsize=4096)
def words_of(text: str) -> Words:
    """Read once per header or label, not once per cell."""
    return Words(
        is_cumulative_words(text) or is_rolling_words(text),
        is_contact_words(text),
        is_identifier_words(text),
        is_money_words(text) or is_money_unit_words(text),
        is_rate_words(text),
        is_period_words(text),
        is_precision_words(text),
        is_thousands_words(text),
    )


# The programme's name for an outcome rate over referrals (wpxl.policy.OUTCOME_RATE_WORDS), as a
# line's own header or label: "Performance v MPL" over 33, 32, 35 is a rate in whole
# percentages, which rounded as a count to 40 still tells the outcomes within a tenth of the
# starts beside it. Not "convert": "Converted" and "Conversions" count the starts converted (a
# "conversion rate" is a rate by its own words).
_OUTCOME_RATE = re.compile(r"\b(?i:performance)\b|(?<!\w)MPLs?(?!\w)")


def label_words_of(labels: list[str]) -> Words:
    """What a row's labels (or a column's header lines) say, each read on its own: a label
    naming a band of amounts ("£0.01 to £100.00", "No payment") counts the people or
    households in that band, so its money words do not make the line money; a unit ("£000")
    always does. The line's own (last) label naming an outcome rate ("Performance", "MPL")
    makes it rates; a group's ("Performance" over job starts by month) does not."""
    found = NO_WORDS
    for text in (t for t in labels if not is_noted_figure(t)):  # not '243 (+12% on May)'
        words = words_of(text)
        if words.money and is_band_label(text) and not is_money_unit_words(text):
            words = words._replace(money=False)
        found = found | words
    if labels and not found.rate and _OUTCOME_RATE.search(as_words(labels[-1])):
        found = found._replace(rate=True)
    return found


def row_label_words_of(labels: list[str]) -> Words:
    """What a row's labels say: as a header's words, except that an identifier word names the
    row's people, not its figures ("No ID on file" counts people without one), so only a
    column header makes figures codes."""
    words = label_words_of(labels)
    return words._replace(identifier=False) if words.identifier else words


MONEY_UNIT = Words(money=True)  # a title stating its figures are in £ million, £000 ...
RATE_UNIT = Words(rate=True)
THOUSANDS_UNIT = Words(thousands=True)  # a title stating its counts are in thousands
# A title saying its figures are rates ('Job outcomes as a percentage of job starts') names them
TITLE_RATE = re.compile(
    r"\bas\s+an?\s+(?:percentage|proportion|share|%)\s+of\b|\b(?:percentages?|rates?)\b"
    r"|\bper\s+(?:100|1,?000)\b|%",
    re.IGNORECASE,
)

# A title naming numbers beside its rates ('Job starts by local authority, number and
# percentage') says the table holds both, one line each: its rate words are not every figure's.
TITLE_NUMBERS = re.compile(r"\b(?:numbers?|counts?|volumes?)\s+(?:and|&)\b", re.IGNORECASE)


def title_words(
    table: Table,
    money: bool,
    lines: Sequence[list[str]] = (),
    cells: dict[Coord, Cell] | None = None,
) -> Words:
    """What a table's title says of every figure under it: money (a unit, or ``money``: one
    stated above the table), or rates where no header or label of ``table`` names a measure,
    unless the title names numbers and rates both and the ``lines`` (each column's header
    texts, each row's labels) say which are the rates: 'Percentage' beside 'Number'. A block
    titled by rates alone over figures of rates is rates whatever its heads name (``cells``:
    the sheet's, wpxl.analyse.percent_blocks)."""
    title = table.title
    found = MONEY_UNIT if money or is_money_unit_words(title) else NO_WORDS
    if is_thousands_words(title):
        found = found | THOUSANDS_UNIT
    if cells is not None and titled_rates(table, cells):
        return found | RATE_UNIT
    if table.col_measures or table.row_measures or not TITLE_RATE.search(title):
        return found
    if TITLE_NUMBERS.search(title) and any(label_words_of(texts).rate for texts in lines):
        return found
    return found | RATE_UNIT


def read_cell(
    cell: Cell,
    words: Words,
    outcome: bool,
    sheet: str,
    cells: dict[Coord, Cell],
    structured: Structured | None = None,
) -> Reading:
    """The reading of a non-empty body cell; ``outcome``: its measure is outcomes or
    sustainments; ``cells`` lets SUBTOTAL skip the SUBTOTALs nested in its range;
    ``structured`` places the cell's table's structured references."""
    value, fmt = cell.value, cell.style.number_format
    if type(value) is int and cell.formula is None and not (words.period or words.contact):
        if _shown_as_money(cell):
            return Reading(Role.DROPPED, MONEY)  # its format's words: not read per format
        return _read_typed_whole_number(fmt, words, outcome, value > 1)
    return _read_value(cell, words, outcome, sheet, cells, structured)


@lru_cache(maxsize=4096)
def _read_typed_whole_number(fmt: str, words: Words, outcome: bool, past: bool = False) -> Reading:
    """Most body cells are typed whole numbers, and little about such a cell's reading depends
    on which number it is (a year under period words; one ``past`` 1 under a percentage's
    format, a slip): read one per format and words."""
    return _read_value(Cell(1 + past, style=Style(number_format=fmt)), words, outcome, "", {})


@lru_cache(maxsize=4096)
def is_typed_count(style: Style, words: Words, outcome: bool) -> bool:
    """Whether ``read_cell`` reads a typed whole number (an int, no formula) with this style
    and words as a count: true of most body cells, so a table's reader asks this and sets
    their role without reading each one (a call per cell was most of a large sheet's reading)."""
    if words.period or words.contact:
        return False  # read_cell reads such a number in full
    if style.input_format and is_money_words(format_words(style.input_format)):
        return False  # '#,##0" pounds"': money by its format's words
    return _read_typed_whole_number(style.number_format, words, outcome).role is Role.COUNT


class TypedCounts:
    """``is_typed_count`` asked of a row's cells, the last answer kept by its very style and
    words: a row's cells mostly share both, and the cache hashes a style's every field in
    Python, which cost more than the rest of a count's reading."""

    __slots__ = ("_last",)

    def __init__(self) -> None:
        self._last: tuple[Style, Words, bool, bool] | None = None

    def __call__(self, style: Style, words: Words, outcome: bool) -> bool:
        last = self._last
        if last is None or last[0] is not style or last[1] is not words or last[2] != outcome:
            last = self._last = (style, words, outcome, is_typed_count(style, words, outcome))
        return last[3]


def _read_value(
    cell: Cell,
    words: Words,
    outcome: bool,
    sheet: str,
    cells: dict[Coord, Cell],
    structured: Structured | None = None,
) -> Reading:
    value, fmt = cell.value, cell.style.number_format
    if value is None and cell.formula is not None and is_date(value, fmt):
        return Reading(Role.DROPPED, UNSAVED_DATED)  # was a blank left in silence
    if is_error(value) and outcome and cell.formula and ratio_refs(unwrapped(cell.formula)):
        return Reading(Role.DROPPED, OUTCOME_RATE)  # a rate's '#DIV/0!': its divisor is 0
    if is_error(value) or is_date(value, fmt):
        return Reading(Role.NONCOUNT)
    if outcome and words.cumulative:
        return Reading(Role.DROPPED, CUMULATIVE)
    number = as_number(value)
    if words.contact and could_hold_contact_details(value):
        return Reading(Role.DROPPED, CONTACT)
    if is_marked_figure(value):
        return Reading(Role.DROPPED, MARKED)
    if is_counted_share(value):
        return Reading(Role.DROPPED, COUNTED_SHARE)  # '120 (12%)'
    if cell.formula is None and is_bounded_figure(value):
        return Reading(Role.DROPPED, BOUNDED)
    if cell.formula is None and is_percent_text(value):
        return Reading(Role.DROPPED, TYPED_RATE)
    if cell.formula is None and is_exponent_text(value) and not words.identifier:
        return Reading(Role.DROPPED, NUMBER_AS_TEXT)
    if cell.formula is None and number is None:
        if isinstance(value, str) and (
            is_money_text(value) or (words.money and _DIGIT.search(value))
        ):
            return Reading(Role.DROPPED, MONEY)  # '£116,400' written as text, or under 'Income'
        return Reading(Role.TEXT)
    if words.period and not words.cumulative and is_year(value):
        return Reading(Role.NONCOUNT)  # a year; under 'Year to date', a count (2,013) to date
    if cell.formula is not None and isinstance(value, str) and number is None:
        if words_from_cells(cell):
            return Reading(Role.DROPPED, WORDS_FROM_CELLS)
        return Reading(Role.TEXT)  # a formula that gives words, such as ="Data checked"
    if is_code_text(value) or words.identifier:  # a code, or a count pasted zero-padded:
        return Reading(Role.NONCOUNT)  # padded_counts tells them apart by the cells around
    if is_money_format(fmt) or words.money or _shown_as_money(cell):
        return Reading(Role.DROPPED, MONEY)
    if words.precision:
        return Reading(Role.DROPPED, PRECISION)
    rate = words.rate or shown_as_rate(fmt, number)
    if cell.formula is not None and not rate and is_residual(cell.formula) and _whole(number):
        return Reading(Role.COUNT)  # 'Other' as the total less the rest: its count
    linked = cell.formula is not None and reads_other_workbooks(cell.formula)
    if linked and not rate and _whole(number):
        return Reading(Role.COUNT)  # a figure linked from another workbook: as last saved
    if cell.formula is not None:
        return _read_formula(cell.formula, rate, outcome, sheet, cells, structured)
    if rate:
        return Reading(Role.DERIVED)
    if isinstance(number, float) and not number.is_integer():  # '44.2' under '(000s)': a count
        return Reading(Role.DROPPED, IN_THOUSANDS if words.thousands else DECIMAL)
    return Reading(Role.COUNT)


def _whole(number: float | int | None) -> bool:
    return isinstance(number, int) or (isinstance(number, float) and number.is_integer())


def _shown_as_money(cell: Cell) -> bool:
    """Whether the cell's own format shows words naming money beside it ('#,##0" pounds"'),
    as a header would: never carried, but the figures are amounts all the same."""
    shown = cell.style.input_format
    return bool(shown) and is_money_words(format_words(shown))  # type: ignore[arg-type]


def words_from_cells(cell: Cell) -> bool:
    """Text a formula makes from other cells: ``=REPT("|",B4)`` draws a bar of the true count,
    as long as it, with no digit to find; what else such words are made of is not known."""
    return cell.formula is not None and is_text(cell.value) and bool(references_any(cell.formula))


def _read_formula(
    formula: str,
    rate: bool,
    outcome: bool,
    sheet: str,
    cells: dict[Coord, Cell],
    structured: Structured | None,
) -> Reading:
    formula = unwrapped(formula)
    ratio = ratio_refs(formula)
    whole = ratio is None and (ratio := whole_percent_refs(formula)) is not None
    if ratio is not None and outcome:
        return Reading(Role.DROPPED, OUTCOME_RATE)
    if ratio is not None:
        num, den = ratio
        at = ((num.top, num.left), (den.top, den.left))
        return Reading(Role.DERIVED, ratio=at, whole_percent=whole)
    if rate:
        return Reading(Role.DERIVED)
    refs = sum_refs(formula, structured)
    if refs is None:
        over = ", ".join(ref.written() for ref in references_any(formula)) or "no cells"
        if adjusted_sum(formula, structured):  # '=SUM(B3:B6)+12'
            return Reading(Role.DROPPED, ADJUSTED.format(over=over))
        return Reading(Role.DROPPED, f"a formula wpxl does not rebuild (over {over})")
    runs: list[Run] = []  # each range as it is named, not a coordinate per cell of it
    for ref in refs:
        home = ref.sheet or sheet
        if ref.sheet is None and ref.subtotal:  # SUBTOTAL leaves out the SUBTOTALs inside
            inner = {c for c in ref.coords() if is_subtotal_formula(_formula(cells.get(c)))}
            runs.extend(Parts.of((home, *c) for c in ref.coords() if c not in inner).runs)
        else:
            runs.append((home, ref.top, ref.left, ref.bottom, ref.right))
    return Reading(Role.TOTAL, parts=parts_of(runs))


def _formula(cell: Cell | None) -> str | None:
    return None if cell is None else cell.formula
