"""Whether a carried text (a note, title, header or label) quotes a figure, so must go.

A text goes when it quotes one of the workbook's figures that must not appear, states a count
that is not rounded ("n=47"), or holds any other number a figure could be that rounding would
change: a note far from its table ("Unrounded total checked: 4349") quotes a figure no cell
holds, and the copy may only show rounded ones. Numbers whose shape says they are no count are
left alone: percentages, money, age bands, years, codes with a leading zero, and small
references ("Table 31", "Top 50", "office 25")."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from wpxl.analyse.policy_words import hashable_words
from wpxl.analyse.values import is_bounded_figure, is_marked_figure
from wpxl.analyse.words import is_money_text, measure_in
from wpxl.model import Measure
from wpxl.plan.bracketed import bracketed_figures
from wpxl.plan.colon_ratios import states_a_ratio
from wpxl.plan.counted_references import PAYMENT_POINT, as_counted
from wpxl.plan.label_counts import brought_in
from wpxl.plan.needed_words import count_pattern, may_count, may_name_outcomes
from wpxl.plan.outcome_events import says_an_outcome_event, without_units
from wpxl.plan.people_ages import people_aged
from wpxl.plan.worded_amounts import FEW, states_an_amount_in_words
from wpxl.plan.year_counts import states_a_year_count
from wpxl.policy import DEFAULT_MEASURE_WORDS, OUTCOME_RATE_CAPITALS, OUTCOME_RATE_WORDS
from wpxl.read.place_numbers import PLACE_NUMBER, PLACE_WORDS
from wpxl.read.quoted_figures import (
    COUNTING_WORDS,
    MIN_IN_LABEL,
    MIN_QUOTED,
    figures_quoted,
    figures_stated,
    in_digits,
    numbers_in_text,
    spells_a_number,
    stated_counts,
    unglued,
    without_dates,
)

_REFERENCE_WORDS = (
    r"table|notes?|figure|chart|annex|appendix|section|page|part|sheet|tab|step|phase|wave|tier"
    r"|level|stage|version|no\.?|number|item|line|row|column|col|year|week|month|quarter"
    r"|period|cohort|group|top|wk|mth|qtr"  # 'Wk 13', 'Mth 10': weeks and months written short
)
# Numbers whose shape names something (an age, a band, a reference): never a figure, 'note 25'
_NAMES = re.compile(
    r"\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent\b)"  # a percentage: "95% confidence"
    r"|\d[\d,]*(?:\.\d+)?\s?(?:days?|w(?:ee)?ks?|m(?:on)?ths?|y(?:ea)?rs?|h(?:ou)?rs?|min(?:ute)?s?"
    r"|seconds?|secs?|grams?|kg|kilograms?|km|kilometres?|miles?|metres?|cm|mm|litres?)\b"
    r"|\d+\+"  # an age band: "50+"
    r"|\b(?:aged?|under|over|age band)\s+\d+(?:\s*(?:to|-|\u2013|and)\s*\d+)?"  # "aged 15 to 44"
    r"|(?<![\d,.])\d{1,2}\s+(?:[a-z]+\s+)?(?:and|or)\s+(?:over|under|more|older|younger)\b"
    r"|(?<![\w.,])0\d+"  # a code with its leading zero: "01234"
    rf"|\b(?:{_REFERENCE_WORDS})\s*\d{{1,2}}\b(?!,\d{{3}})"  # 'Table 31', not 'year 1,377'
    rf"|{PLACE_NUMBER}",  # a place's number: 'Site 1377' (read/place_numbers)
    re.IGNORECASE,
)
# A band: "30 to 34", "1,000 to 1,499", "1000-1499" (judged by its ends in _band)
_WHOLE = r"(\d{1,3}(?:,\d{3})*|\d{4})"
_BAND = re.compile(rf"(?<![\d,.]){_WHOLE}\s*(?:to|-|\u2013)\s*{_WHOLE}(?![\d]|[,.]\d)")
# Money is no count, though one could be quoted so ("£1,816" may be the outcome total, paid
# at £1): checked against the workbook's figures first.
_NOT_COUNTS = re.compile(r"£\s?[\d,]+(?:\.\d+)?")  # money: "£125.50", a band's edge
_DIGIT = re.compile(r"\d")
_MONTH_CODE = re.compile(r"^\s*(?:199|20\d)\d(?:0[1-9]|1[0-2])\s*$")  # yyyymm, 1990 to 2099
_DATE = r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"  # "03/04/2024"
_ISO_DATE = r"\b\d{4}-\d\d-\d\d\b"  # "2014-06-22"
_TIME = r"\b\d{1,2}:\d\d(?::\d\d)?\b"  # "09:30"
# Dates, financial years and times join their numbers with / - : ("03/04/2024", "2013/14",
# "10:30"); any other numbers so joined are figures side by side ("1816/14602", "113-127-119")
_JOINED_NAMES = re.compile(rf"{_DATE}|{_ISO_DATE}|\b(?:19|20)\d\d[/-]\d\d(?:\d\d)?\b|{_TIME}")
_JOINER = re.compile(r"(?<=\d)\s*[/:-]\s*(?=\d)")
_EXPONENT = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[eE][+-]?\d{1,3}\b")  # "1.816E3"
_COUNTING_WORDS = "|".join(COUNTING_WORDS)
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_SPAN = rf"(?:\d+|{_COUNTING_WORDS})"
# What names no amount in a text about outcomes: a note's number ("4. Job outcomes are ..."), a
# length of time ("paid at 13 weeks"), an ordinal, a day or month with its date, a version, a
# contract package area, a reference ("Table 3", "page 2 of 3"), a date, a time, a year, a
# financial year, an age or band of ages (DWP's payment group 'JSA 25 and over' too).
_NO_AMOUNT = re.compile(
    rf"^\s*\(?\d{{1,2}}[.)]\s|\b{_SPAN}(?:\s*(?:-|\u2013|\u2014|to|or|and)\s*{_SPAN})?[\s-]?"
    r"(?:days?|weeks?|wks?|months?|mths?|years?|yrs?)\b"
    rf"|\b(?:[12]?\d|3[01])(?:st|nd|rd|th)\b|\b\d{{1,2}}\s+(?:{_MONTHS})"  # a stage, a day
    rf"|\b(?:{_MONTHS})[a-z]*\.?[\s'-]+\d\d?\b"
    rf"|\bv(?:ersion)?\s?\d+(?:\.\d+)*|\bcpa\s?\d+|{PAYMENT_POINT}"  # "v2.1", "CPA 12"
    r"|\bof\s\d{1,2}\b(?!\s+[a-z])"  # "page 2 of 3", not "% of 45 outcomes": a base
    rf"|\b(?:{_REFERENCE_WORDS}|{PLACE_WORDS})\s*\d{{1,2}}(?:\.\d{{1,2}})*[a-z]?\b"  # 'Fig 2.1a'
    r"(?!,\d{3}|\s*%)"
    rf"|{_ISO_DATE}|{_TIME}|\b\d\d/\d\d\b"  # "13/14": a financial year written short
    r"|\b(?:sum|add)s?(?:\s+up)?\s+to\s+100\b"  # "may not sum to 100 due to rounding"
    rf"|\b(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b|{_DATE}"
    r"|\b(?:aged?|under|over)\s+\d+(?:\s*(?:to|-|\u2013|\u2014)\s*\d+)?|\d+\+"
    r"|(?:\b(?:JSA|ESA|IB|IS)\s+|^\s*)\d{1,2}\s+(?:and|or)\s+(?:over|older|under|younger)\b",
    re.IGNORECASE,
)
# Two small numbers joined ("18-24", "38 to 61 a month"): about outcomes a range of volumes,
# unless its words name an age band. So do an age word or a benefit's payment group just before
# it ("aged 18 to 24", "age group 50-64", "JSA 18-24", "ESA/IB 25-49"), and the bands listed
# after such a one that go on where it ends ("JSA 18-24, 25-49 and 50-64"); a label that is
# nothing but a band ("16-24") names its row. "18 to 24 year olds" is a length of time's shape.
_PAIR = r"(\d{1,2})\s*(?i:to|-|\u2013|\u2014)\s*(\d{1,2})(?!\d|%|[.,]\d)"
_AGE_BAND = re.compile(
    r"(?:\b(?i:aged?|ages|age\s+bands?|age\s+groups?)|\b(?:JSA|ESA|IB|IS)(?:/(?:JSA|ESA|IB|IS))*)"
    rf"\s*{_PAIR}"
)
_LISTED_BAND = re.compile(rf"\s*(?:,|&|\b(?i:and|or)\b)\s*{_PAIR}")
_LABEL_BAND = re.compile(rf"\s*{_PAIR}\s*")
_WHOLE_NUMBER = re.compile(r"(?<![A-Za-z\d.,])\d[\d,]*(?:\.\d+)?")
MIN_NAMED = 25  # the notes' rule (wpxl.read.quoted_figures.MIN_QUOTED) for a name's numbers
# A fraction in words says a share as plainly as a percentage: "a ninth", "two thirds", "half
# of job starts", "twice the MPL". Not a part of a year or of the week ("first half of 2013",
# "half-year", "half term"), nor "a third party".
_FRACTION = (
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:half|third|quarter"
    r"|fifth|sixth|seventh|eighth|ninth|tenth)s?\b(?![\s-]+part(?:y|ies)\b)"
    r"|(?<!first )(?<!second )(?<!last )(?<!1st )(?<!2nd )\bhal(?:f|ves)\b"
    r"(?![\s-]*(?:a\s+)?(?:years?|yearly|terms?|days?|months?|hours?|way)\b)|\b(?:twice|thrice)\b"
)
# one or two said without a number word ('a single job outcome', 'a couple of JOs', 'a pair')
_AMOUNT = re.compile(
    rf"(?<![A-Za-z\d])\d|\b(?:{_COUNTING_WORDS}|hundreds?|thousands?|millions?|dozens?)\b"
    rf"|{_FRACTION}|{FEW}",
    re.IGNORECASE,
)
# The programme's names for a rate of outcomes (wpxl.policy.OUTCOME_RATE_WORDS): "performance"
# (over referrals, against the MPL) and "conversion" (over job starts)
_RATE_WORDS = re.compile(
    rf"\b(?i:{'|'.join(map(re.escape, OUTCOME_RATE_WORDS))})"
    rf"|(?<!\w)(?:{'|'.join(map(re.escape, OUTCOME_RATE_CAPITALS))})(?!\w)"
)


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


def judged_alone(
    text: str,
    label: bool,
    base: int,
    measure_words: dict[Measure, tuple[str, ...]] = DEFAULT_MEASURE_WORDS,
) -> Judgement:
    """A carried text judged on its own: ``label`` for headers and row labels (numbers of 100
    or more), else a note's or title's rule (25 or more, and any count of a measure: "13
    duplicate referrals removed"). Any number stated as a figure ("ESA flow (3)", ": 1998",
    "1998 referrals") goes if it is one of the workbook's figures that must not appear, though
    small or shaped like a year: a year is let off only where it reads as one ("2013/14", "in
    2013"). Numbers in words are judged as the numbers they spell. Judged as its sheet is
    planned, so only a text that may quote a figure waits for the whole workbook to be read."""
    digits, spelt = _DIGIT.search(text) is not None, spells_a_number(text)
    if not (digits or spelt):  # most labels and notes: no number at all
        return _NOTHING
    if label and _MONTH_CODE.match(text):  # '201304' heading its column, as exports write it:
        return Judgement(False, (float(text),))  # a month's name, unless a figure's own
    if not label and (is_marked_figure(text) or is_bounded_figure(text) or is_money_text(text)):
        return _UNROUNDED  # a figure outside any table ("c.137", "0.14k", "5 or fewer", "£429,600")
    text = _unglued(text)  # "Job starts c.1501": the figure, not a code
    text = text if label else as_counted(text)  # "Calderdale starts this month 43"
    found = counted(text, measure_words)
    counts = [n for _, n in found]
    judged_counts = brought_in(found) if label else counts  # a label's: 'Leeds (38 starts)'
    if any(n % base and not _year_like(n) for n in judged_counts):
        return _UNROUNDED
    judged = _judged_digits(text, label, base) if digits else _NOTHING
    if digits and not judged.unrounded:  # a figure stated as one, a year's shape or not
        plain = without_names(_JOINED_NAMES.sub(" date ", text))  # dates and times first: "09:30"
        # both find numbers in digits only: a label whose digits all name something ("Council
        # 001-00237": codes) is spared them
        found = (*figures_stated(plain), *bare_years(plain)) if _DIGIT.search(plain) else ()
        stated = [*found, *filter(_year_like, counts), *bracketed_figures(text)]  # 'Leeds [41]'
        judged = Judgement(False, judged.figures + tuple(stated))
    if judged.unrounded or not spelt:
        return judged
    # a number in words is no year: "two thousand and fifty-nine" is a count
    named = unjoined(without_names(in_digits(text, only_spelt=True)))
    least = MIN_IN_LABEL if label else MIN_QUOTED
    quoted = [n for n in numbers_in_text(named, years=False) if n >= least]
    if any(n % base for n in quoted):
        return _UNROUNDED
    stated = figures_stated(named)  # "ESA flow (three)": a figure stated, however small
    return Judgement(False, judged.figures + tuple(quoted) + tuple(stated))


def _judged_digits(text: str, label: bool, base: int) -> Judgement:
    if any(n % base for n in stated_counts(text)):
        return _UNROUNDED
    named = unjoined(without_names(text))
    if _DIGIT.search(named) is None:  # figures_quoted finds numbers in digits only
        return _NOTHING
    quoted = figures_quoted(_NOT_COUNTS.sub(" ", named), label)
    separated = {float(n.replace(",", "")) for n in _SEPARATED.findall(named)}
    if any(n % base and (n in separated or not _year_like(n)) for n in quoted):
        return _UNROUNDED  # no one writes a year with a thousands separator: '1,996 (25%)'
    return Judgement(False, tuple(figures_quoted(named, label)))


_NOTHING, _UNROUNDED = Judgement(False, ()), Judgement(True, ())
_SEPARATED = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")

# Numbers naming no count beside a measure: a note's ("3 Deaths by age are ...", as ONS numbers
# notes), a financial year written short ("13/14 outcomes"), a kind ("type 1 A&E attendances")
_NUMBERED = re.compile(
    r"^\s*\d{1,2}(?= [A-Z][a-z])|\b\d\d/\d\d\b|\b(?i:type|category|class|band|grade|priority"
    r"|pg|area|zone|lot|route|strand|pathway|option|district|region|ward|site|office|team)"
    r"\s*\d+\b"
)


def counted(text: str, measure_words: dict[Measure, tuple[str, ...]]) -> list[tuple[str, float]]:
    """Numbers (in digits or words) a text states as a count of a measure or of people,
    whatever their size, each with the words before it as read here: "13 duplicate referrals
    removed", "3 ESA Flow referrals", "Referrals withdrawn: 13", "Thirteen referrals", "2059
    referrals" (which the caller judges as a figure, "2013 referrals" being maybe a year's).
    Numbers whose shape names something are not counts ("Table 3 referrals", "Payment group
    1", "JSA 18-24", "13 weeks", "6 months", dates and years their words name: "referrals
    since 2013"). A label's count is one its words bring in (``label_counts``)."""
    words = tuple(chain.from_iterable(measure_words.values()))
    return _counted(text, words) if may_count(text, words) else []  # most: no word to count


def _counted(text: str, words: tuple[str, ...]) -> list[tuple[str, float]]:
    """``counted`` read in full, which ``may_count`` spares a text holding no measure word."""
    plain = unjoined(without_names(without_dates(_NUMBERED.sub(" ", in_digits(text)))))
    if _DIGIT.search(plain) is None:  # the pattern's counts are in digits: none to find
        return []
    found = [(m, 1 if m.group(1) else 2) for m in count_pattern(words).finditer(plain)]
    return [(plain[: m.start(g)], float(m.group(g).replace(",", ""))) for m, g in found]


_TEXTS_HELD = 8  # texts whose pieces are remembered (without_names, unjoined), asked again


@lru_cache(maxsize=_TEXTS_HELD)
def _unglued(text: str) -> str:
    """``unglued``, remembered for the last few texts: a carried text is unglued to be judged
    for the figures it quotes, then again for an outcome amount it states."""
    return unglued(text)


@lru_cache(maxsize=_TEXTS_HELD)
def without_names(text: str) -> str:
    """The text without the numbers whose shape names something (bands, ages, references,
    percentages, lengths of time): what is left could quote a figure. Remembered for the last
    few texts: judging one text asks it of the same words up to three times (most texts are
    left as they are by the dates and spelt numbers taken out first)."""
    return _NAMES.sub(" ", _BAND.sub(_band, text))  # bands first: "24 to 27 weeks"


@lru_cache(maxsize=_TEXTS_HELD)
def unjoined(text: str) -> str:
    """The text with numbers joined by / - : (other than in dates, years and times) set apart,
    and numbers written with an exponent ("1.816E3") written out, so each is judged a figure.
    Remembered for the last few texts, as ``without_names`` is."""
    if _DIGIT.search(text) is None:  # every pattern here joins digits: a text without any stays
        return text
    text = _EXPONENT.sub(lambda m: f" {float(m.group(0)):.10g} ", text)
    return _JOINER.sub(" ", _JOINED_NAMES.sub(" ", text))


# A number shaped like a year that its words read as one: "April 2013", "in 2013", "FY 2013",
# "Q1 2013", "year 2013", "2013 Q1", "Apr-2013", "2013/14" (joined: never taken as a figure).
_READ_AS_YEAR = re.compile(
    rf"(?:\b(?:(?:{_MONTHS})[a-z]*\.?|fy|q[1-4]|years?|in|since|from|for|during|until|to|of|by"
    rf"|before|after|census|calendar|financial|end|ending)[\s'-]*|[/-])(?:19|20)\d\d\b"
    rf"|\b(?:19|20)\d\d(?=\s*(?:q[1-4]|{_MONTHS}|to|and|[/-]\d|onwards)\b)",
    re.IGNORECASE,
)
_YEAR_SHAPED = re.compile(r"(?<![\w.,/:-])(?:19|20)\d\d(?![\w/:-]|[.,]\d)")
# "came to 2031", "rose to 2031": the amount a count reached, where "to 2031" reads a year
_REACHED_TO = re.compile(
    r"\b(came|comes?|rose|rises?|risen|fell|falls?|fallen|grew|grows?|grown|(?:in|de)creased"
    r"|dropped|climbed|amounted|amounts?|added\s+up|adds\s+up|jumped|reduced|equal|equals)\s+to\b",
    re.IGNORECASE,
)


def bare_years(text: str) -> list[float]:
    """Numbers shaped like a year that no word around them reads as one ("JOs 1998", ": 2059",
    "came to 2031": the 'to' of an amount reached is no year's): figures if the workbook must
    not show them, though no text goes for them alone; a year alone ("2019" heading) is one."""
    if _YEAR_SHAPED.fullmatch(text.strip()):
        return []
    text = _REACHED_TO.sub(r"\1", text)
    return [float(n) for n in _YEAR_SHAPED.findall(_READ_AS_YEAR.sub(" ", text))]


def states_an_amount(text: str) -> bool:
    """Whether a text holds an amount of any kind: a number (a percentage too) or a number in
    words, other than a year, a date, a length of time, a reference or an age. Said of a text
    naming outcomes, any amount may give a volume back: "10.9% of referrals got a job outcome"
    beside the rounded referrals, "seven job outcomes", "1.8k", "...: 1998", "(1998)", a count
    shaped like a year ("achieved 2012 job outcomes": wpxl.plan.year_counts), a ratio ("1:12")."""
    text = people_aged(text)  # 'Participants 18 to 24' as 'Participants aged 18 to 24'
    plain = _NO_AMOUNT.sub(" ", _without_age_bands(as_counted(text)))
    if states_a_ratio(text) or _AMOUNT.search(plain) is not None:
        return True
    stated = figures_stated(without_names(_JOINED_NAMES.sub(" date ", text)))
    return bool(stated) or states_a_year_count(text, bare_years(text))  # ": 1998", "(1998)"


def _without_age_bands(text: str) -> str:
    """The text without the pairs of numbers its words name as age bands (see _AGE_BAND): any
    other pair is left to be read as amounts."""
    label = _LABEL_BAND.fullmatch(text)
    if label is not None and int(label.group(1)) < int(label.group(2)):
        return " "
    parts, end = [], 0
    band = _AGE_BAND.search(text)
    while band is not None:
        parts.append(text[end : band.start()])
        end, high = band.end(), int(band.group(2))
        listed = _LISTED_BAND.match(text, end)
        while listed is not None and int(listed.group(1)) == high + 1:
            end, high = listed.end(), int(listed.group(2))
            listed = _LISTED_BAND.match(text, end)
        parts.append(" ")
        band = _AGE_BAND.search(text, end)
    return "".join(parts) + text[end:]


def names_an_outcome_amount(
    name: str, measure_words: dict[Measure, tuple[str, ...]], forbidden: Collection[float]
) -> bool:
    """A file's or sheet's name naming outcomes with a number of 25 or more in it ("Job outcomes
    1816"), or one of the workbook's figures that must not appear (though shaped like a year:
    "JOs 1998"): smaller numbers in names tell copies and places apart ("Job outcomes (2)",
    "Outcomes CPA 12", "wk 12")."""
    plain = _NO_AMOUNT.sub(" ", unjoined(_without_age_bands(as_counted(name))))
    numbers = [float(n.replace(",", "")) for n in _WHOLE_NUMBER.findall(plain)]
    amount = any(n >= MIN_NAMED or n in forbidden for n in numbers)
    amount = amount or any(n in forbidden for n in bare_years(name))  # "JOs 1998"
    return amount and _names_outcomes(name, measure_words)


def _names_outcomes(text: str, measure_words: dict[Measure, tuple[str, ...]]) -> bool:
    measure = measure_in(text, measure_words)
    return measure is not None and measure.is_outcome


def states_an_outcome_amount(text: str, measure_words: dict[Measure, tuple[str, ...]]) -> bool:
    """A text naming outcomes, or a rate of them in the programme's words ("performance",
    "MPL", "conversion rate"), and stating an amount: a share of outcomes is shared as the
    percentage sheets' cells, never as words a reader can set beside a rounded base ("JSA
    18-24 performance: 10.9%", "Half of job starts became job outcomes"), or with no number
    ("its second job outcome": wpxl.plan.worded_amounts); a text saying how long people stayed
    in work, or what was paid or claimed, names them (wpxl.plan.outcome_events)."""
    text = _unglued(text)  # "Job outcomes c157"
    if not may_name_outcomes(text, hashable_words(measure_words)):  # most texts: no such word
        return False
    names = _names_outcomes(text, measure_words) or _RATE_WORDS.search(text) is not None
    if not (names or says_an_outcome_event(text)):
        return False
    return states_an_amount(plain := without_units(text)) or states_an_amount_in_words(plain)


def _band(match: re.Match[str]) -> str:
    """A band's ends name it ("30 to 34", "2,500 to 2,999"); two other numbers stay."""
    low, high = (int(g.replace(",", "")) for g in match.groups())
    small = high < 100 and low < high
    edges = low < high and low % 5 == 0 and (high + 1) % 5 == 0
    return " " if small or edges else match.group(0)


def _year_like(number: float) -> bool:
    """A year in words ("1971 Census", "2013/14"), which no reader takes for a count."""
    return number.is_integer() and 1900 <= number <= 2100
