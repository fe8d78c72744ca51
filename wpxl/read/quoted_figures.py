"""Numbers written inside text, for finding a figure quoted in a note or a package part."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from string import ascii_letters

from wpxl.read.idioms import dozens

# Digits joined to letters (B47), or to -, / and : (18-24, 2013/14, 10:30, dates) are not figures;
# but for one letter after them, nothing after it, marking a figure revised, provisional or
# estimated ('412r', '412R', '412p') or calling a footnote ('412a', or raised: '412¹', '412ᵃ'):
# the figure it marks. An 's' makes a plural ('the 1990s', 'in their 30s'), a 'd', 'h', 'm',
# 'w' or 'y' a length of time ('26w', '6m', '91d'), two letters an ordinal or a unit ('3rd').
# A call raised or lowered may be any letter or sign Unicode writes so ('412ᵃ', '412ᵇ', '412ª',
# '412₁'): every character decomposing as a superscript or a subscript, but an ordinal's ('3ʳᵈ').
RAISED = "".join(
    chr(code)
    for code in range(0x80, 0xAB70)
    if unicodedata.decomposition(chr(code)).startswith(("<super>", "<sub>"))
)
_RAISED_CALL = f"(?!\u02e2\u1d57|\u207f\u1d48|\u02b3\u1d48|\u1d57\u02b0)[{RAISED}]+"
_MARK_LETTERS = "".join(c for c in ascii_letters if c.lower() not in "dhmswy")
_NUMBER = re.compile(
    r"(?<![\w.,/:-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    rf"(?:(?:[{_MARK_LETTERS}]|{_RAISED_CALL})(?!\w))?(?![\w/:-]|[.,]\d)"
)
# A figure written straight after an abbreviation of 'about', 'times', 'total' or a count's 'n'
# ('c.1501', 'c157', 'approx157', 'x41', 'Tot.1501', 'n1501'), in small letters where codes
# ('PG1', 'E08000035') and cells ('C5') are in capitals: the figure it is
# ... and after a measure's abbreviation in capitals ('JO137', 'JOs37', 'JS412', 'SP61'): a
# count of it, past the numbers a payment point is named by ('SP1' to 'SP20', 'JO1'), and
# short of a month's code ('JS201304' names an extract)
_GLUED = re.compile(
    r"(?<![\w.])(?:(?:c|ca|circa|[Aa]pprox|est|[Tt]ot|x|\u00d7|n)\.?(?=\d)"
    r"|(?:JOs?|JOCs?|JOPs?|OPs?|SPs?|JSs?|REFs?|ATTs?)(?=(?:[1-9]\d{2,4}|2[1-9]|[3-9]\d)(?!\d)))"
)
# 'Job starts-1501', 'Total-1501', 'Leeds:412' (a time's colon stands between digits: '10:30')
# '1501-ish', '412-ytd', '412_YTD': a dash or an underscore after a figure joins it to these two
# words only ('13-week point' names a length of time, '29_outcome_counts.xlsx' a file)
_JOINED_TO_WORD = re.compile(r"(?<=[A-Za-z])[-/_:](?=\d)|(?<=\d)[-_](?=(?i:ish|ytd)\b)")
# 'Leeds137', 'Bradford2451': a place's name (a capital, then small letters) typed straight
# before a figure, the figure all the same, as 'Leeds 137' is; codes are capitals ('CPA12')
_NAME_GLUED = re.compile(r"\b([A-Z][a-z]{2,})(\d{2,})\b")
# '1501/yr', '412/year': so many a year, a figure, where '1501 yr' would be a length of time;
# '12/Mar/2014' is a date
_PER_WORD = re.compile(
    r"(?<=\d)/(?=[A-Za-z])(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
# A figure written straight before a word of two letters or more, whatever it counts ('41JOs',
# '1501ytd', '412people', '412heads', '412nos'): the figure all the same; '3rd' is an ordinal,
# and '26wks', '13weeks', '6mths', '10am', '512kb' a length, a time or a size, as '26 wks' is
_UNITS = (
    r"(?i:wks?|weeks?|days?|mths?|months?|mos|yrs?|years?|hrs?|hours?|mins?|minutes?|secs?"
    r"|seconds?|am|pm|kb|mb|gb|km|kg|cm|mm|ml)"
)
_GLUED_AFTER = re.compile(rf"(?<=\d)(?=(?!(?:st|nd|rd|th|{_UNITS})\b)[A-Za-z]{{2,}}\b)")
_MARKS = ascii_letters + RAISED
MIN_QUOTED = 25  # smaller numbers in words ("JSA 18-24", "Table 3") are not taken as figures


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# "30 June 2022", "week ending 7 January", "June 30, 2022": the day of a date, not a figure
_DAY_OF_DATE = re.compile(
    rf"\b(?:[0-3]?\d(?:st|nd|rd|th)?\s+{_MONTH}\b|{_MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?"
    rf"(?=,?\s+(?:19|20)\d\d\b))",
    re.IGNORECASE,
)


_YEAR = r"(?:1[89]\d\d|20\d\d)"
# "1938 to 2021", "1838 onwards", "since 1971": older years, named as years by their words
_YEARS_NAMED = re.compile(
    rf"\b{_YEAR}\s*(?:to|-|\u2013|and)\s*{_YEAR}\b|\b{_YEAR}\s+onwards\b"
    rf"|\b(?:since|from|in|for|during|until|before|after|year|census)\s+{_YEAR}\b",
    re.IGNORECASE,
)


def without_dates(text: str) -> str:
    """The text without the years its words name ("since 1971") and the days of its dates."""
    return _DAY_OF_DATE.sub(" ", _YEARS_NAMED.sub(" ", text))


def unglued(text: str) -> str:
    """``text`` with a space between a figure and the abbreviation it is written glued to
    ('c.1501': 'c. 1501', '41JOs': '41 JOs'), or to a place's name ('Leeds137'), or joined by a
    dash, a slash or an underscore ('Total-1501': 'Total 1501', '1501/yr': '1501 per yr'), so
    the figure is read as one."""
    joined = _PER_WORD.sub(" per ", _JOINED_TO_WORD.sub(" ", _NAME_GLUED.sub(r"\1 \2", text)))
    return _GLUED_AFTER.sub(" ", _GLUED.sub(lambda glued: glued.group() + " ", joined))


def numbers_in_text(text: str, years: bool = True, least: float = MIN_QUOTED) -> list[float]:
    """Numbers that could be a quoted figure: ``least`` or more, not the day of a date, and
    (unless ``years`` is false: numbers in words, which no one writes a year as) not a year. A
    number written with a thousands separator is no year either: '1,996 (25%)' is a count."""
    found = []
    for token in _NUMBER.findall(without_dates(unglued(text))):
        digits = token.replace(",", "").rstrip(_MARKS)
        # '1.37k', '0.13K': thousands, as '1.8k sustainments' is read; parsed as '1.37e3', so
        # exactly 1370, where 1.37 * 1000 would be 1370.0000000000002
        number = float(digits + "e3" if token[-1] in "kK" else digits)
        year = years and "," not in token and number.is_integer() and 1990 <= number <= 2100
        if number >= least and not year:
            found.append(number)
    return found


# "Referrals (n=1,234)", "base: 47", "total 312": a figure stated as such, whatever its size.
# "Total 2023" without a sign heads a year's total column, as "2023 total" does: a year-shaped
# number there is judged as any other (a figure if the workbook must not show it).
_STATED = re.compile(
    r"\b(?:n\s*[=:]|(?:base|total|count)\s*[=:]|(?:base|count)\s*|total(?!\s*(?:19|20)\d\d(?!\d|[,.]\d)))"
    r"\s*(\d{1,3}(?:,\d{3})+|\d+)(?![\w/:-])",
    re.I,
)  # "n" only with its sign: "N92000002" is an area code, not n = 92000002
MIN_IN_LABEL = 100  # row labels and headers name groups ("JSA 25+", "Top 50"): only bigger numbers


def figures_quoted(text: str, label: bool) -> list[float]:
    """Numbers in a carried text that could give a figure away.

    Notes and titles: any number of 25 or more that is not a year. Headers and row labels name
    groups with small numbers in them, so only 100 or more.
    """
    found = numbers_in_text(text)
    return [n for n in found if n >= MIN_IN_LABEL] if label else found


def stated_counts(text: str) -> list[float]:
    """Numbers a text states as a count or base ("n=1,234"): figures whatever their size."""
    return [float(m.replace(",", "")) for m in _STATED.findall(text)]


def could_quote_a_figure(text: str, label: bool = True) -> bool:
    """Whether a text wpxl would repeat (in a report, a grid, a description) could give a figure
    away, judged without the workbook's figures: a stated count, or a number ``figures_quoted``
    takes for a figure (headers and labels: 100 or more; titles and notes: 25 or more), in
    digits or in words ("four thousand one hundred and thirty-nine", no year in words)."""
    return bool(figures_quoted(text, label) or stated_counts(text) or _spelt_figures(text, label))


def _spelt_figures(text: str, label: bool) -> list[float]:
    if not spells_a_number(text):
        return []
    found = numbers_in_text(in_digits(text, only_spelt=True), years=False)
    return [n for n in found if n >= MIN_IN_LABEL] if label else found


_ORDER_NUMBER = re.compile(r"^\d+_")  # '29_outcome_counts.xlsx': the file's place in a folder
# A number of two digits or more glued to a word ('JOs358', 'Leeds JO97', '358JOs'): a name
# is typed without spaces as often as with them. One digit stays with its word ('Q1', 'v2'),
# and so do a financial year's ('FY1314') and an ordinal's ending ('22nd').
_GLUED_NUMBER = re.compile(
    r"(?<=[A-Za-z])(?<![Ff][Yy])(?=\d{2})|(?<=\d\d)(?=[A-Za-z])(?!(?:st|nd|rd|th)\b)"
)


def file_words(name: str) -> str:
    """A file's or a sheet's name with its underscores read as spaces, as its words are
    parted ('WY_outcomes_149_Q1': 'WY outcomes 149 Q1'), but for the number it opens with,
    its place among its folder's files, and a number glued to a word set apart from it
    ('JOs358': 'JOs 358')."""
    order = _ORDER_NUMBER.match(name)
    start = order.end() if order else 0
    return name[:start] + _GLUED_NUMBER.sub(" ", name[start:].replace("_", " "))


def quotes_a_figure(text: str, forbidden: Collection[float], base: int, label: bool = True) -> bool:
    """Whether a name quotes one of the workbook's figures that must not appear (as a label
    does, or, ``label`` False, as a note does: a file's name the cover quotes in a sentence; or
    stated as a figure: "Buxton (17)"), or states a count that is not rounded."""
    quoted = [*figures_quoted(text, label), *figures_stated(text)]
    return any(n in forbidden for n in quoted) or any(n % base for n in stated_counts(text))


# A number stated as a figure, whatever its size and though it could be a year: alone (or first)
# in brackets ("ESA flow (3)", "JSA 18-24 (1998)", "(17 referrals)"), or after a colon or an
# equals sign ("...: 17 in the quarter", "2024/25: 17", "= 1998"; not a time, "10:30"), unless
# a reference or a numbered kind below 100 is what the colon follows ("Version: 3", "Payment
# group: 1"). Bands and lengths of time are taken out first by the caller ("(12 months)");
# "PG 1", "Area 4" and "Q1 2013" state none.
_FIGURE = r"(\d{1,3}(?:,\d{3})+|\d+)(?![\w/:-]|[.,]\d)"
_STATED_FIGURE = re.compile(
    rf"\(\s*{_FIGURE}(?=\s*\)|\s+[a-z])|(?:(?<![\d\s:=])\s*[:=]\s*|(?<=\d)[:=]\s+){_FIGURE}",
    re.IGNORECASE,
)
_NAMING_WORD = re.compile(
    r"\b(?:table|notes?|figure|chart|annex|appendix|section|page|part|sheet|tab|step|phase|wave"
    r"|tier|level|stage|version|no\.?|number|item|line|row|column|col|cohort|group|type"
    r"|category|class|band|grade|priority|pg|area|zone|lot|route|strand|pathway|option"
    r"|district|region|ward|site|office|team|cpa|ref(?:erence)?|code|id)\s*$",
    re.IGNORECASE,
)


def figures_stated(text: str) -> list[float]:
    """Numbers ``text`` states as a figure (see ``_STATED_FIGURE``), years and days of dates
    named by their words left out ("Period: April 2013", "Updated: since 2013")."""
    plain = _DAY_OF_DATE.sub(" date ", _YEARS_NAMED.sub(" year ", text))
    found = []
    for match in _STATED_FIGURE.finditer(plain):
        number = float((match.group(1) or match.group(2)).replace(",", ""))
        named = match.group(1) is None and _NAMING_WORD.search(plain, 0, match.start())
        if not (named and number < 100):  # "Payment group: 1"; no group is numbered 1998
            found.append(number)
    return found


# Numbers written in words ("four thousand one hundred and thirty-nine"): a reader takes them
# for the figure they spell as readily as digits, so they are judged as digits are.
_SMALL_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
COUNTING_WORDS = (*_SMALL_WORDS, *_TENS_WORDS)  # one to ninety's words, as a note spells them
_WORD_VALUES = {
    **{w: i + 1 for i, w in enumerate(_SMALL_WORDS)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS_WORDS)},
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
}
_NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(_WORD_VALUES)})\b", re.IGNORECASE)
_LETTERS = re.compile(r"[A-Za-z]+")
_WORD_GAP = re.compile(r"\s*-\s*|\s+")  # "thirty-nine", "thirty nine"
_DIGIT = re.compile(r"\d")


class _Spelling:
    """A number being read word by word: what may follow, and its value so far."""

    def __init__(self, start: int) -> None:
        self.start, self.end = start, start
        self.total, self.part, self.last, self.scale = 0, 0, 0, 10**9

    def takes(self, value: int) -> bool:
        """Whether a word of ``value`` goes on this number ("thirty" then "nine"), or starts
        another ("one two": two numbers)."""
        last = self.last
        if value >= 1000:
            return value < self.scale and 0 < self.part < 1000
        if value == 100:  # "three hundred"; first, "fifteen hundred", "twenty-one hundred"
            return (0 < self.part < 10 and last < 10) or (self.total == 0 and 10 < self.part < 100)
        if last >= 100:
            return True  # "one hundred (and) fifty", "two thousand (and) fifty-nine"
        return 20 <= last < 100 and last % 10 == 0 and value < 10  # "thirty-nine"

    def add(self, value: int) -> None:
        if value >= 1000:
            self.total += self.part * value
            self.part, self.scale = 0, value
        elif value == 100:
            self.part *= 100
        else:
            self.part += value
        self.last = value

    @property
    def value(self) -> int:
        return self.total + self.part


def spelt_numbers(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of each number written in words: "two thousand and fifty-nine" is
    2059, "one hundred and fifty" 150, "a dozen" 12; "hundreds" and "dozens" name no number."""
    dozen = dozens(text)  # 'a dozen': 12 (wpxl.read.idioms)
    if _NUMBER_WORD.search(text) is None and not dozen:
        return []
    found: list[tuple[int, int, int]] = []
    spelling: _Spelling | None = None
    after = 0  # where the number read so far ends, or the "and" after it
    for match in _LETTERS.finditer(text):
        word = match.group(0).lower()
        value = _WORD_VALUES.get(word)
        joined = spelling is not None and _WORD_GAP.fullmatch(text[after : match.start()])
        if word == "and" and joined and spelling.last >= 100 and after == spelling.end:
            after = match.end()  # "one hundred and fifty": kept if a number word follows
            continue
        if spelling is not None and (value is None or not joined or not spelling.takes(value)):
            found.append((spelling.start, spelling.end, spelling.value))
            spelling = None
        if value is None or (spelling is None and value >= 100):
            continue
        if spelling is None:
            spelling = _Spelling(match.start())
        spelling.add(value)
        spelling.end = after = match.end()
    if spelling is not None:
        found.append((spelling.start, spelling.end, spelling.value))
    if not dozen:
        return found
    apart = [f for f in found if not any(f[0] < end and start < f[1] for start, end, _ in dozen)]
    return sorted([*apart, *dozen])  # 'two dozen' is 24, not 'two' and a word


def spells_a_number(text: str) -> bool:
    """Whether a text holds a number word ("thirteen", "hundred", "a dozen"): most texts hold
    none."""
    return _NUMBER_WORD.search(text) is not None or bool(dozens(text))


def in_digits(text: str, only_spelt: bool = False) -> str:
    """``text`` with each number in words written in digits; ``only_spelt``: its own digits
    masked, so only the numbers it spells are left to judge."""
    if only_spelt:
        text = _DIGIT.sub("#", text)
    pieces, at = [], 0
    for start, end, value in spelt_numbers(text):
        pieces += [text[at:start], str(value)]
        at = end
    return "".join(pieces) + text[at:]
