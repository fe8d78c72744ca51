"""The proof's own reading of numbers, formats and the number tokens inside text.

Written here rather than taken from the analyse stage, so a misreading there (a count taken for
a year, a format taken for a date) cannot also blind the proof that checks its result.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Collection
from functools import lru_cache

from openpyxl.utils.datetime import to_excel

from wpxl.read.numformats import OUTPUT_FORMATS

FIRST_YEAR, LAST_YEAR = 1900, 2100
# A date before this (Excel serial 18264, 1 January 1950) is a count in a date's clothes: MI
# workbooks hold no such dates, and 47 formatted as a date shows "16/02/1900".
EARLIEST_DATE_SERIAL = 18264

# Excel's built-in formats, which a copy may hold by their numbers; with OUTPUT_FORMATS, the
# number formats wpxl writes itself: anything else in a copy came from an input.
FIXED_FORMATS = frozenset(
    {
        "general", "0", "0.0", "0.00", "#,##0", "#,##0.0", "#,##0.00", "0%", "0.0%", "0.00%",
        "0.000%", "0.0000%", "@", "mm-dd-yy", "d-mmm-yy", "d-mmm", "mmm-yy", "m/d/yy h:mm",
        "dd/mm/yyyy", "dd/mm/yy", "d/m/yyyy", "d/m/yy", "yyyy-mm-dd", "mmm yyyy", "mmmm yyyy",
        "d mmmm yyyy", "d mmm yyyy", "dd-mmm-yy", "dd-mmm-yyyy", "mmm-yyyy", "h:mm", "h:mm:ss",
        "hh:mm", "hh:mm:ss", "dd/mm/yyyy hh:mm", "#,##0;-#,##0", "#,##0;[red]-#,##0",
        "0;[red]-0", "#,##0_);(#,##0)", "#,##0_);[red](#,##0)",
    }
)  # fmt: skip

_DATE_PART = re.compile(r"[dmyhs]", re.IGNORECASE)
_FORMAT_NOISE = re.compile(r"\[[^\]]*\]|\"[^\"]*\"|\\.")


def is_fixed_format(code: str) -> bool:
    """One of the formats wpxl writes (wpxl.read.numformats.OUTPUT_FORMATS), or a built-in."""
    return code in OUTPUT_FORMATS or code.strip().lower() in FIXED_FORMATS


@lru_cache(maxsize=1024)
def is_date_format(code: str) -> bool:
    plain = _FORMAT_NOISE.sub("", code).lower()
    return (
        plain != "general"
        and "0" not in plain
        and "#" not in plain
        and bool(_DATE_PART.search(plain))
    )


@lru_cache(maxsize=1024)
def is_percent_format(code: str) -> bool:
    return "%" in _FORMAT_NOISE.sub("", code)


@lru_cache(maxsize=1024)
def hides_values(code: str) -> bool:
    """';;;' and its kin: every section of the format is empty, so no value is ever shown."""
    sections = code.split(";")
    return len(sections) >= 3 and all(not s.strip() for s in sections[:3])


# what a statistics table writes in a suppressed or empty cell ('..', '[c]', 'x', 'n/a')
_MARKER = re.compile(r"^\s*(\.\.|\.|-|\u2013|\u2014|:|\*|~|\[[a-z]{1,3}\]|[xcz]|n/?a)\s*$", re.I)


# wpxl's own pointer where a table it shows as percentages stood, quoting names, not figures
WPXL_POINTER = re.compile(r"^Table \d+ on '.*': shown as percentages on sheets? '.*'\.$")
_QUOTED = re.compile(r"(?<!\w)'([^']+)'(?!\w)")  # not a word's apostrophe: "the source's"


def unquoted(text: str, names: Collection[str]) -> str:
    """``text`` with each quoted one of ``names`` ('Sustainments 2 %', a line's label the
    sheet shows) left out: judged where it stands, not again as the text's own words."""
    return _QUOTED.sub(lambda m: " " if m[1] in names else m[0], text)


def is_marker(text: str) -> bool:
    """Whether a cell's text is a marker standing for a figure, not words."""
    return bool(_MARKER.match(text))


# A small figure bounded in words, as a table writes a suppressed count: "5 or fewer", "n<5"
_BOUND = re.compile(
    r"^\s*(?:(?:fewer|less) than|under|below|up to|at most|no more than|n ?[<\u2264]=?) ?\d[\d,]*"
    r"\s*$|^\s*\d[\d,]* or (?:fewer|less|under|below)\s*$",
    re.IGNORECASE,
)


def is_bound(text: str) -> bool:
    """Whether a cell's text (its spaces made single) bounds a figure in words ("5 or fewer")."""
    return bool(_BOUND.match(text))


# "1 012": thousands apart by a space of any width, as reports print them, are one number
_NUMERIC_TEXT = re.compile(
    r"\s*[+-]?(\d{1,3}(,\d{3})+|\d{1,3}([ \u00a0\u2009\u202f]\d{3})+|\d+)(\.\d+)?\s*"
)
_APART = re.compile(r"[, \u00a0\u2009\u202f]")


def number(value: object) -> float | None:
    """A cell's value as a number (dates as Excel serials, numbers typed as text such as
    " 41 " or "1,234" as the numbers they are), or None for words and errors."""
    kind = value.__class__
    if kind is int or kind is float:
        return float(value)  # type: ignore[arg-type]
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):  # "01234" is a code, not a number
        plain = value.strip()
        if plain[:1] == "0" and len(plain) > 1 and plain[1:2].isdigit():
            return None
        return float(_APART.sub("", value)) if _NUMERIC_TEXT.fullmatch(value) else None
    if isinstance(value, dt.datetime | dt.date):
        return float(to_excel(value))
    return None


def is_year(value: float) -> bool:
    return value.is_integer() and FIRST_YEAR <= value <= LAST_YEAR


def is_month_code(value: float) -> bool:
    """A month written year first, as monthly tabs are named: 201304 (April 2013)."""
    year, month = divmod(value, 100)
    return value.is_integer() and FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12


def is_multiple(value: float, base: int) -> bool:
    return value.is_integer() and value % base == 0


def about(value: float, total: float) -> bool:
    """Whether ``value`` is ``total`` but for float noise: sums added in another order."""
    return abs(value - total) <= 1e-6 * max(1.0, abs(total))


# A number in text: digits not joined to letters or to - / : (PG1, 18-24, 2013/14, 10:30), with
# its separators and decimals, and what follows it (a % sign, "+"). One letter glued after it
# marks the figure ('412r' revised, '412a' a footnote's call), as superscript digits do ('412¹');
# but a 'k' makes thousands ('0.13k': 130), an 's' a plural ('the 1990s', 'in their 30s'), and
# a 'd', 'h', 'm', 'w' or 'y' a length of time ('26w', '6m', '91d'). Raised or lowered, a call
# is any sign Unicode writes so ('412ᵃ', '412₁'), not an ordinal's ('3ʳᵈ')
_RAISED = "".join(
    chr(code)
    for code in range(0x80, 0xAB70)
    if unicodedata.decomposition(chr(code)).startswith(("<super>", "<sub>"))
)
_RAISED_CALL = f"(?!\u02e2\u1d57|\u207f\u1d48|\u02b3\u1d48|\u1d57\u02b0)[{_RAISED}]+"
_TOKEN = re.compile(  # "1,234"; "7 081", its thousands apart by a space of any width; "412r"
    r"(?<![\w.,/:-])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+)(\.\d+)?"
    rf"(?:([kK])(?!\w)|(?:[A-CE-GI-LN-RT-VXZa-ce-gi-ln-rt-vxz]|{_RAISED_CALL})(?!\w))?"
    r"(?![\w/:-]|[.,]\d)(\s*%|\+)?"
)
# 'c157', 'x41', 'Tot.1501', 'n1501', 'Leeds137', 'JO137', 'JS412': a figure glued to 'about',
# 'times', 'total', 'n', a place or a measure (codes are capitals: PG1; SP1-SP20 name payments)
_GLUED = re.compile(
    r"(?<![\w.])(?:(?:c|ca|circa|[Aa]pprox|est|[Tt]ot|x|\u00d7|n)\.?(?=\d)|[A-Z][a-z]{2,}(?=\d{2})"
    r"|(?:JOs?|JOCs?|JOPs?|OPs?|SPs?|JSs?|REFs?|ATTs?)(?=(?:[1-9]\d{2,4}|2[1-9]|[3-9]\d)(?!\d)))"
)
# 'Job starts-1501', 'Total-1501', 'Leeds:412' (a time's colon stands between digits: '10:30')
# '1501-ish', '412-ytd', '412_YTD': a dash or an underscore after a figure joins it to these two
# words only ('13-week point' names a length of time, '29_outcome_counts.xlsx' a file)
_JOINED_TO_WORD = re.compile(r"(?<=[A-Za-z])[-/_:](?=\d)|(?<=\d)[-_](?=(?i:ish|ytd)\b)")
# '1501/yr': so many a year, no length of time ('12/Mar/2014' a date)
_PER_WORD = re.compile(
    r"(?<=\d)/(?=[A-Za-z])(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
# '41JOs', '1501ytd', '412people', '412heads': a figure glued to a word of two letters or more,
# whatever it counts, a figure all the same; '3rd' is an ordinal, and '26wks', '13weeks',
# '6mths', '10am', '512kb' a length, a time or a size, as '26 wks' is
_UNITS = (
    r"(?i:wks?|weeks?|days?|mths?|months?|mos|yrs?|years?|hrs?|hours?|mins?|minutes?|secs?"
    r"|seconds?|am|pm|kb|mb|gb|km|kg|cm|mm|ml)"
)
_GLUED_AFTER = re.compile(rf"(?<=\d)(?=(?!(?:st|nd|rd|th|{_UNITS})\b)[A-Za-z]{{2,}}\b)")
# "30 June", "June 30": a month's own word, not a name that starts so ('Marsden 14', 'Mayfield
# 14' may state a count of 14), with "Sep '14" its year
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY_OF_MONTH = re.compile(rf"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?\s*['\u2019]?$", re.IGNORECASE)
_REFERENCE = re.compile(
    r"\b(table|note|notes|figure|chart|annex|appendix|section|page|part|sheet|tab|step|phase|"
    r"wave|tier|level|stage|version|v|no\.?|number|item|line|row|column|col|year|week|month|"
    r"wk|mth|qtr|"  # 'Wk 13', 'Mth 10': a weekly pack's own headers, written short
    r"quarter|period|q|cohort|group|top|cpa|pg|lot|package|area|office|district|region|ward|"
    r"site|team|zone)\s*$",  # 'CPA 14', 'Office 3': numbered places name a line
    re.IGNORECASE,
)
# a place by its number, to four digits ('Site 101'), as wpxl.read.place_numbers names one
_PLACE = re.compile(
    r"\b(?:office|area|district|region|team|site|centre|jobcentre|zone|cpa|ward)\s*$", re.I
)
# a running total's words ('Year to date', 'Cumulative', 'YTD'): what stands under or beside
# them is a count to date, not a period's own figure
RUNNING_TOTAL = r"\b(?:cumulative|to\s+date|ytd|running\s+totals?)\b"
RUNNING_WORDS = re.compile(RUNNING_TOTAL, re.IGNORECASE)
_STATED = re.compile(r"\b(n|base|total|count|sum)\s*[=:]?\s*$", re.IGNORECASE)
# "Total 2023" heads a year's total column, as "2023 total" does: no count stated, so its
# year-shaped number is judged as any other (a figure if the input's and not shown)
_BARE_TOTAL = re.compile(r"\btotal\s*$", re.IGNORECASE)
# "aged 15", "aged 15 to 44", "under 20": the number after an age word (or its band's end)
_AGE_WORD = re.compile(
    r"\b(aged?|under|over|age band)\s*(?:\d+\s*(?:to|-|\u2013|and)\s*)?$", re.IGNORECASE
)

_MEASURE_UNIT = re.compile(  # and times written short: "Sustained 26 wks", "6 mths"
    r"\s?(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|grams?|kg|kilograms?"
    r"|km|kilometres?|miles?|metres?|cm|mm|litres?|wks?|mths?|yrs?|hrs?|mins?)\b",
    re.IGNORECASE,
)
_PER_CENT = re.compile(r"\s?per\s?cent\b", re.IGNORECASE)
_BAND_START = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})*|\d{4})\s*(?:to|-|\u2013)\s*$")
_OPEN_BAND = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:and|or)\s+(?:over|under|more|older|younger)\b", re.IGNORECASE
)  # "45 and over", "37 weeks or more"
_BAND_END = re.compile(r"\s*(?:to|-|\u2013)\s*(\d{1,3}(?:,\d{3})*|\d{4})(?!\d|[,.]\d)")


# Texts whose numbers are kept once read (a label's are read in the input, in the copy and among
# its words, a sheet apart at most); each answer is a tuple, so no reader changes another's
TEXTS_KEPT = 1 << 14


@lru_cache(maxsize=TEXTS_KEPT)
def number_tokens(text: str) -> tuple[tuple[float, str, str, str], ...]:
    """Each number in ``text``: (value, what came before it, its own suffix, what follows)."""
    found = []
    joined = _PER_WORD.sub(" per ", _JOINED_TO_WORD.sub(" ", text))  # 'Total-1501': 'Total 1501'
    text = _GLUED_AFTER.sub(" ", _GLUED.sub(lambda glued: glued.group() + " ", joined))
    for match in _TOKEN.finditer(text):
        if match.group(1)[0] == "0" and len(match.group(1)) > 1:
            continue  # "01234": a code written with its leading zero, not a figure
        digits, decimals, suffix = match.group(1), match.group(2) or "", match.group(4) or ""
        value = float(_APART.sub("", digits) + decimals + ("e3" if match.group(3) else ""))
        found.append((value, text[: match.start()], suffix.strip(), text[match.end() :]))
    return tuple(found)


# Numbers joined by / - or : with nothing between ("1816/14602", "113-127-119", "137:1234"):
# figures side by side unless the whole is a date, a financial year or a time of day.
_PIECE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_JOINED = re.compile(rf"(?<![\w.,/:-]){_PIECE}(?:[/:-]{_PIECE})+(?![\w/:-]|[.,]\d)(\s*%|\+)?")
_JOINED_PIECE = re.compile(_PIECE)
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})")
_YEAR_MONTH_DAY = re.compile(r"((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[/-](?:19|20)\d\d")
_YEAR_MONTH = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])")  # "2014-04", as extracts write it
_FINANCIAL_YEAR = re.compile(r"((?:19|20)\d\d)[/-](\d\d(?:\d\d)?)")
_TIME = re.compile(r"(\d{1,2}):([0-5]\d)(?::[0-5]\d)?")


@lru_cache(maxsize=TEXTS_KEPT)
def joined_tokens(text: str) -> tuple[tuple[float, str, str, str], ...]:
    """Each number joined to another by / - or : (which ``number_tokens`` leaves out), as
    ``number_tokens`` gives them; none from a date, a financial year or a time of day. Bands
    ("18-24", "25-49") come too: ``token_shape`` reads them as bands, as it does "18 to 24"."""
    found = []
    for match in _JOINED.finditer(text):
        if match.group(1) is None and names_a_moment(match.group(0)):
            continue
        end = match.end(1) if match.group(1) is not None else match.end()
        suffix = (match.group(1) or "").strip()
        pieces = list(_JOINED_PIECE.finditer(text, match.start(), end))
        if any(_padded(piece.group(0)) for piece in pieces):
            continue  # "Council 001-10006", "A-0123": a code, written with its leading zero
        for i, piece in enumerate(pieces):
            digits = piece.group(0)
            last = i == len(pieces) - 1
            found.append(
                (
                    float(digits.replace(",", "")),
                    text[: piece.start()],
                    suffix if last else "",
                    text[end if last else piece.end() :],
                )
            )
    return tuple(found)


def _padded(digits: str) -> bool:
    return digits[0] == "0" and len(digits) > 1 and digits[1].isdigit()


def names_a_moment(joined: str) -> bool:
    """A date ("03/04/2024", "2024-04-03", "04/2024", "2024-04"), a financial year whose
    second year follows its first ("2013/14", "2013-2014") or a time of day ("10:30")."""
    date = _DAY_MONTH_YEAR.fullmatch(joined)
    if date is not None:
        low, high = sorted((int(date.group(1)), int(date.group(3))))
        return 1 <= low <= 12 and high <= 31
    iso = _YEAR_MONTH_DAY.fullmatch(joined)
    if iso is not None:
        return 1 <= int(iso.group(2)) <= 12 and 1 <= int(iso.group(3)) <= 31
    if _MONTH_YEAR.fullmatch(joined) is not None:
        return 1 <= int(joined.split("/")[0].split("-")[0]) <= 12
    if _YEAR_MONTH.fullmatch(joined) is not None:
        return True
    year = _FINANCIAL_YEAR.fullmatch(joined)
    if year is not None:
        first, second = int(year.group(1)), int(year.group(2))
        return second in (first + 1, (first + 1) % 100)
    time = _TIME.fullmatch(joined)
    return time is not None and int(time.group(1)) <= 24


def token_shape(value: float, before: str, suffix: str, after: str) -> str | None:
    """What a number in words is, when its shape says it cannot be a figure: a year, a day of a
    month, an age band, a reference ("Table 3"), or a percentage. None: it could be a figure.
    A count stated as one ("n=47", "base 47") is never exempt."""
    if stated(before, value):
        return None
    if suffix == "%" or _PER_CENT.match(after):
        return "percentage"
    if _MEASURE_UNIT.match(after):
        return "measure"  # "within 42 days", "2,500 grams": a length of time or a size
    if suffix == "+" or _AGE_WORD.search(before):
        return "age band"
    start, end = _BAND_START.search(before), _BAND_END.match(after)
    if (
        (start is not None and is_band(_whole(start.group(1)), value))
        or (end is not None and is_band(value, _whole(end.group(1))))
        or (value < 100 and _OPEN_BAND.match(after))
    ):
        return "age band"  # "Mothers 30 to 34", "45 and over": a band of ages or sizes
    if is_year(value) or _named_year(value, before, after):
        return "year"
    if (
        value.is_integer()
        and 1 <= value <= 31
        and (_DAY_OF_MONTH.match(after) or _MONTH_BEFORE.search(before))
    ):
        return "date"
    if value < 100 and _REFERENCE.search(before):
        return "reference"
    if value < 10000 and value.is_integer() and _PLACE.search(before):
        return "place"  # written with a separator ('Site 1,377') it is a count: the caller asks
    if before.rstrip().endswith(("£", "$", "€")):
        return "money"  # a band of amounts ("£100.01 to £200.00"), not a count of people
    return None


_YEAR_BEFORE = re.compile(
    r"(?:\b(?:since|from|in|for|during|until|before|after|year|census)\s+|\b(?:1[89]\d\d|20\d\d)\s*(?:to|-|\u2013|and)\s*)$",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r"\s*(?:onwards\b|(?:to|-|\u2013|and)\s*(?:1[89]\d\d|20\d\d)\b)", re.I)


def _named_year(value: float, before: str, after: str) -> bool:
    """An older year its words name as one: "1838 onwards", "1938 to 2021", "since 1971"."""
    if not (value.is_integer() and 1800 <= value <= LAST_YEAR):
        return False
    return bool(_YEAR_BEFORE.search(before) or _YEAR_AFTER.match(after))


def _whole(text: str) -> float:
    return float(text.replace(",", ""))


def is_band(low: float, high: float) -> bool:
    """Two numbers that bound a band: small ones ("30 to 34"), or ends on its edges ("2,500 to
    2,999", "15 to 44")."""
    if not low < high:
        return False
    return high < 100 or (low % 5 == 0 and (high + 1) % 5 == 0)


def stated(before: str, value: float) -> bool:
    """Whether the text before a number states it as a count ("n=", "base", "total:")."""
    if _STATED.search(before) is None:
        return False
    return not (is_year(value) and _BARE_TOTAL.search(before))


# A number with a mark around it, as a cell's whole text, shows a figure as plainly as a number:
# "307p", "14 r", "307 [p]", "c.47", "(11)", "23†", "412¹", "412ᵃ", "<5", "1 012" (a space's 000s)
_MARKED = re.compile(
    r"^\s*(?:[^\w\s]{1,2}|c\.|ca\.)?\s*\d(?:[\d,]|[ \u00a0\u2009\u202f](?=\d{3}\b))*(?:\.\d+)?"
    rf"\s*(?:[a-z]{{1,2}}\b|[(\[][a-z]{{1,2}}[)\]]|[^\w\s]{{1,2}}|[{_RAISED}]{{1,2}})?\s*$",
    re.IGNORECASE,
)


def is_marked_number(text: str) -> bool:
    """Whether a cell's text is a number, maybe with a mark before or after it."""
    return bool(_MARKED.match(text))
