"""Whether a carried text (a note, title, header or label) quotes a figure, so must go.

A text goes when it quotes one of the workbook's figures that must not appear, states a count
that is not rounded ("n=47"), or holds any other number a figure could be that rounding would
change: a note far from its table ("Unrounded total checked: 4349") quotes a figure no cell
holds, and the copy may only show rounded ones. Numbers whose shape says they are no count are
left alone: percentages, amounts of money, age bands, years, codes written with a leading
zero, and small references ("Table 31", "Top 50").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple

from wpxl.read.quoted_figures import figures_quoted, stated_counts

_REFERENCE_WORDS = (
    r"table|notes?|figure|chart|annex|appendix|section|page|part|sheet|tab|step|phase|wave|tier"
    r"|level|stage|version|no\.?|number|item|line|row|column|col|year|week|month|quarter"
    r"|period|cohort|group|top"
)
# Numbers whose shape names something (an age, a band, a reference, a code): never a figure,
# even one equal to a figure of the workbook ("note 25" beside a count of 25).
_NAMES = re.compile(
    r"\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent\b)"  # a percentage: "95% confidence"
    r"|\d[\d,]*(?:\.\d+)?\s?(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|grams?"
    r"|kg|kilograms?|km|kilometres?|miles?|metres?|cm|mm|litres?)\b"  # "within 42 days"
    r"|\d+\+"  # an age band: "50+"
    r"|\b(?:aged?|under|over|age band)\s+\d+(?:\s*(?:to|-|\u2013|and)\s*\d+)?"  # "aged 15 to 44"
    r"|(?<![\d,.])\d{1,2}\s+(?:[a-z]+\s+)?(?:and|or)\s+(?:over|under|more|older|younger)\b"
    r"|(?<![\w.,])0\d+"  # a code with its leading zero: "01234"
    rf"|\b(?:{_REFERENCE_WORDS})\s*\d{{1,2}}\b",  # a reference below 100: "Table 31"
    re.IGNORECASE,
)
# A band: "30 to 34", "1,000 to 1,499" (judged by its ends in _band)
_WHOLE = r"(\d{1,3}(?:,\d{3})*)"
_BAND = re.compile(rf"(?<![\d,.]){_WHOLE}\s*(?:to|-|\u2013)\s*{_WHOLE}(?![\d]|[,.]\d)")
# Money is no count, though one could be quoted so ("£1,816" may be the outcome total, paid
# at £1): checked against the workbook's figures first.
_NOT_COUNTS = re.compile(r"£\s?[\d,]+(?:\.\d+)?")  # money: "£125.50", a band's edge
_DIGIT = re.compile(r"\d")


class Judgement(NamedTuple):
    """What can be said of a text before the workbook's figures are known."""

    unrounded: bool  # it states a count, or quotes a number rounding would change: it goes
    figures: tuple[float, ...]  # else it goes if the workbook must not show one of these

    @property
    def may_quote(self) -> bool:
        """Whether some workbook's figures could make it go: most texts, never."""
        return self.unrounded or bool(self.figures)

    def quotes(self, forbidden: Collection[float]) -> bool:
        """Whether the text must be removed, ``forbidden`` being the workbook's figures that
        must not appear, whatever their size against the base."""
        return self.unrounded or any(n in forbidden for n in self.figures)


def judged_alone(text: str, label: bool, base: int) -> Judgement:
    """A carried text judged on its own: ``label`` for headers and row labels (numbers of 100
    or more), else a note's or title's rule (25 or more). Judged as its sheet is planned, so
    only a text that may quote a figure waits for the whole workbook to be read."""
    if _DIGIT.search(text) is None:  # most labels and notes: no number at all
        return _NOTHING
    if any(n % base for n in stated_counts(text)):
        return _UNROUNDED
    named = without_names(text)
    quoted = figures_quoted(_NOT_COUNTS.sub(" ", named), label)
    if any(n % base and not _year_like(n) for n in quoted):
        return _UNROUNDED
    return Judgement(False, tuple(figures_quoted(named, label)))


_NOTHING, _UNROUNDED = Judgement(False, ()), Judgement(True, ())


def without_names(text: str) -> str:
    """The text without the numbers whose shape names something (bands, ages, references,
    percentages, lengths of time): what is left could quote a figure."""
    return _NAMES.sub(" ", _BAND.sub(_band, text))  # bands first: "24 to 27 weeks"


def _band(match: re.Match[str]) -> str:
    """A band's ends name it ("30 to 34", "2,500 to 2,999"); two other numbers stay."""
    low, high = (int(g.replace(",", "")) for g in match.groups())
    small = high < 100 and low < high
    edges = low < high and low % 5 == 0 and (high + 1) % 5 == 0
    return " " if small or edges else match.group(0)


def _year_like(number: float) -> bool:
    """A year in words ("1971 Census", "2013/14"), which no reader takes for a count."""
    return number.is_integer() and 1900 <= number <= 2100
