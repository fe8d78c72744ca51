"""The words in labels and headers that tell wpxl what a row or column holds."""

from __future__ import annotations

import re
from functools import lru_cache

from wpxl.analyse import field_names, misspelt
from wpxl.analyse.abbreviations import abbreviation_in
from wpxl.analyse.bare_refs import is_bare_ref
from wpxl.analyse.job_endings import JOB_ENDED
from wpxl.analyse.work_marks import names_a_mark, spans_as_digits, starts_at_a_mark
from wpxl.model import Measure

MeasureWords = tuple[tuple[Measure, tuple[str, ...]], ...]  # a policy's words, hashable

_TOTAL = re.compile(
    r"^\s*(grand\s+total|totals?|sub-?\s*totals?|all|overall|total\s+for\b.*|all\s+\w.*"
    r"|totals?\s+\w.*|.*\bsub-?\s*totals?|.*\btotals?|.*\ball\s+ages\b.*)\s*:?\s*$",
    re.IGNORECASE,
)
_GRAND = re.compile(r"^\s*(grand\s+total|overall|all|all\s+\w.*|totals?)\s*:?\s*$", re.IGNORECASE)
# The word patterns test a word boundary once, before their words, not once a word: read for
# every row label of a sheet, they take a third of the time so.
_RATE = re.compile(
    r"%|\b(?:rates?\b|percent|proportion|ratio\b|share\b|change\b|average\b|mean\b|median\b"
    r"|conversion\b|per\s+(?:1,?000|10,?000|100,?000|100|thousand|head|capita)\b)",
    re.IGNORECASE,
)
# A finance extract's words too ("Revenue", "Invoiced", "Billed", "Total paid"): the programme
# pays for outcomes, so an amount over the published tariff gives their volume back. Not a job
# start paid ("Total paid job starts" is an outcome), nor a person's earnings ("with earnings",
# "earnings threshold" count people), nor a charge (an offence: "In charge ... drink"), nor a
# reason ("Non-payment of rates": the words after it are read).
_MONEY = re.compile(
    r"£|\b(?:gbp\b|(?<!non\s)(?<!non-)payments?\b(?!\s+groups?)|payments?\b(?!\s+groups?|\s+of\b)"
    r"|costs?\b|spend\b|amount\b|value\b|fees?\b"
    r"|tariff|income\b|revenues?\b|invoiced?\b|invoices\b|billed\b|billing\b|turnover\b"
    r"|expenditure\b|(?<!with\s)(?<!without\s)(?<!no\s)earnings\b"
    r"(?!\s+(?:disregards?|thresholds?|bands?|conditions?)\b)"
    r"|(?:total|sum|amounts?|value|cash)\s+paid\b"
    r"(?!\s+(?:job|starts?|outcomes?|sustain|jos?\b|sps?\b))|paid\s+(?:to\s+date|out)\b)",
    re.IGNORECASE,
)
# an identifier named last ('LA code', 'Phone number'): 'Phone calls', 'ID checks' count
_IDENT = re.compile(
    r"\b(codes?|ids?|identifiers?|postcodes?|phone|telephone|tel|mobile|fax|ref|reference|urn"
    r"|ukprn)\b(?:\s+(?:numbers?|nos?\.?|codes?|district|sector))?\s*(?:\([^)]*\))?\s*:?\s*$",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"\b(post\s*codes?|phone|telephone|tel|mobile|fax|e-?mail|address)\b", re.IGNORECASE
)
_NOTE = re.compile(
    r"^\s*(sources?|notes?|\*|figures\s+(are|include|exclude|have)|data\s+(are|is|from)|prepared"
    r"|contact)\b",
    re.IGNORECASE,
)


# A database extract's column names join their words ("job_outcomes", "JOB_OUTCOMES",
# "JobOutcomes", "job-outcomes", "sustainment_payments"): no word pattern, each starting at a
# word boundary, finds a measure in them, and the column would take its table's measure.
_JOINS = re.compile(r"_+|(?<=[A-Za-z])-(?=[A-Za-z])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=\d)(?=[A-Z][a-z])")


_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")


@lru_cache(maxsize=4096)
def as_words(text: str) -> str:
    """A header or label with its joined words apart, as measure, money and rate words read it:
    a capital after a small letter starts a word, one after a capital does not ("JOs" stays
    whole, an abbreviation); a hyphen between figures stays ("18-24"). Characters no one sees
    are read as they show: a soft hyphen pasted from a page joins its word ('Out\u00adcomes'),
    a space of no width parts two ('J\u200bOs' is 'J Os')."""
    seen = _ZERO_WIDTH.sub(" ", text.replace("\u00ad", ""))
    return _CAMEL.sub(" ", _JOINS.sub(" ", field_names.capitalised(seen)))  # 'jo_count'


# "Total number for quarter ending 31 March" beside the other quarters is that quarter's count
_PERIOD_PART = re.compile(r"\b(quarter|month|week)\s+(ending|ended|beginning|starting)\b", re.I)


def is_total_label(text: str) -> bool:
    text = " ".join(text.split())  # a header's lines ("Mothers all ages\nMaternities") as one
    return bool(_TOTAL.match(text)) and not _RATE.search(text) and not _PERIOD_PART.search(text)


_SUBSET = re.compile(r"\bof\s+which\b", re.IGNORECASE)


def is_subset_words(text: str) -> bool:
    """A line that counts part of the line before it ("of which: households with children"):
    a count, but no part of any total, which would count its people twice."""
    return bool(_SUBSET.search(text))


def subset_lines(lines: list[int], in_trees: list[int], words: dict[int, str]) -> list[int]:
    """The "of which" lines the trees of totals leave out (their words name a part of the line
    before, not an addition)."""
    kept = set(in_trees)
    return [x for x in lines if x not in kept and is_subset_words(words.get(x, ""))]


def column_name(lines: list[str], words: str) -> str:
    """A column's name for finding totals: its lowest header line when that one says it is a
    total ("Aged 16 to 24" over "Total NEET (thousands)"), else all its header words."""
    return lines[-1] if len(lines) > 1 and is_total_label(lines[-1]) else words


def is_grand_total_label(text: str) -> bool:
    return bool(_GRAND.match(text))


def is_rate_words(text: str) -> bool:
    return bool(_RATE.search(as_words(text)))


_PRECISION = re.compile(
    r"sampling\s+variability|confidence\s+(?:interval|limit)|margin\s+of\s+error"
    r"|standard\s+error|coefficient\s+of\s+variation|\+\s*/\s*-|\u00b1"
    r"|\b(?:lower|upper)\s+(?:bound|limit)|(?:^|\s)conf\.?\s*$",  # NOMIS heads it 'conf'
    re.IGNORECASE,
)


def is_precision_words(text: str) -> bool:
    """A survey estimate's precision (sampling variability, a confidence limit): no count, and
    beside the estimate it could give the unrounded figure back (lower + variability)."""
    return bool(_PRECISION.search(text))


def is_money_words(text: str) -> bool:
    return bool(_MONEY.search(as_words(text)))


_AMOUNT = r"£\s?\d[\d,]*(?:\.\d+)?"
_BAND = re.compile(
    rf"^\s*(?:{_AMOUNT}\s*(?:to|-|\u2013|and\s+under|up\s+to)\s*{_AMOUNT}"
    rf"|{_AMOUNT}\s*(?:\+|or\s+(?:over|more|above|less|under)|and\s+(?:over|above|more))"
    rf"|(?:under|below|less\s+than|up\s+to|over|above|more\s+than)\s+{_AMOUNT}"
    rf"|{_AMOUNT}|no\s+payments?|nil(?:\s+award)?|zero\s+award)\s*$",
    re.IGNORECASE,
)


def is_band_label(text: str) -> bool:
    """A row label naming a band of amounts ("£0.01 to £100.00", "£1500 or over", "No
    payment"): the row counts households or people in that band, it is not itself money."""
    return bool(_BAND.match(text))


_MONEY_UNIT = re.compile(
    r"£\s*(?:millions?|m|bn|billions?|thousands?|000s?|k)\b|\(£\)"
    r"|\b(?:in\s+£|in\s+pounds\b|pounds\s+sterling\b|gbp\b)",
    re.IGNORECASE,
)


def is_money_unit_words(text: str) -> bool:
    """A title or header stating the unit its figures are in ("Figures in £ million", "£000"):
    every figure under it is money, whatever its row or column says."""
    return bool(_MONEY_UNIT.search(text))


_PERIOD = re.compile(  # a year named by what it dates too: ONS's 'Registration year'
    r"^\s*((financial|calendar|academic|(?:job\s+)?start|referral|attachment|registration"
    r"|occurrence|reference"
    r"|survey|census|tax|publication)\s+)?"
    r"(years?|months?|quarters?|weeks?|period|dates?)\b(?:\s+(?:number|no\.?))?(?!\s*\d)"
    r"(?!\s*(?:totals?|sum|all)\b)",
    re.IGNORECASE,
)


def is_period_words(text: str) -> bool:
    """A header naming a period ("Year", "Financial year", "Month"): its values are years; one
    naming a numbered period ("Year 1", "Quarter 2") or a period's total ("Month total", 1987,
    2013) heads counts, however year-like."""
    return bool(_PERIOD.match(text))


def is_identifier_words(text: str) -> bool:
    return bool(_IDENT.search(text)) and not is_bare_ref(text)  # 'Ref' alone: referrals too


def is_contact_words(text: str) -> bool:
    """Postcodes, phone numbers, addresses: details the leak check never lets through. The
    words only say where such details may be; whether a cell holds one is its value's to say
    (a count of births at the "same address" is a count)."""
    return bool(_CONTACT.search(text))


_CUMULATIVE = re.compile(
    r"(\bcumulative\b|\bcum\b|\bto date\b|\bytd\b|\brunning total\b|\bsince start\b)", re.IGNORECASE
)


def is_cumulative_words(text: str) -> bool:
    """Cumulative figures: differencing two of them gives a period's volume back."""
    return bool(_CUMULATIVE.search(as_words(text)))


def is_note_text(text: str) -> bool:
    return bool(_NOTE.match(text))


# A job start said to have lasted a time in work ("Job starts reaching 13 weeks", "13+ wks",
# "26wk", "at 6 months"): an outcome or sustainment, however the table names it; not a period of
# counting ("in the last 13 weeks", "12 months to March"), nor a band of time since attachment.
_TIME_IN_WORK = re.compile(
    r"\b(?:job\s+starts?|starts?|in\s+work)\b.*?"
    r"(?<!the last )(?<!the past )(?<!previous )(?<!preceding )(?<!within )(?<!first )"
    r"(?<![\d.][-\u2013])(?<![\d.] - )(?<!\d to )"  # not a band of time: "6-12 months after"
    r"\b\d+\s?\+?\s?(?:weeks?|wks?|months?|mths?)\b"
    r"(?!\s*(?:after|since|from|of|before)\s+(?:attach|refer)|,?\s+(?:to|ending|ended)\b)",
    re.IGNORECASE,
)


def _time_in_work(text: str) -> Measure | None:
    """The job outcome a start said to have lasted or reached a mark names (work_marks)."""
    lasted = _TIME_IN_WORK.search(spans_as_digits(text)) or starts_at_a_mark(text)
    return Measure.JOB_OUTCOMES if lasted else None


def measures_named(text: str, measure_words: dict[Measure, tuple[str, ...]]) -> frozenset[str]:
    """Every measure word in ``text`` ("Live births per 1,000 maternities" names "live births"
    and "maternities"), leaving out a word found only inside a longer one found ("births" in
    "live births"): what a rate's header says it divides."""
    return _measures_named(text, _hashable(measure_words))


@lru_cache(maxsize=4096)
def _measures_named(text: str, measure_words: MeasureWords) -> frozenset[str]:
    """Remembered by text: the same labels head every sheet of a workbook."""
    lowered = " ".join(as_words(text).lower().split())
    found = {word for word, pattern in _word_patterns(measure_words) if pattern.search(lowered)}
    return frozenset(w for w in found if not any(w != other and w in other for other in found))


def outcome_named(
    texts: list[str], measure_words: dict[Measure, tuple[str, ...]]
) -> Measure | None:
    """The outcome measure any of ``texts`` names, if one does: an outcome named anywhere in a
    table's title or header lines ("Payment group (all job outcomes)" over referrals) makes
    the figures no other words claim outcome volumes, as the proof reads them."""
    for text in texts:
        if (measure := header_measure(text, measure_words)) is not None and measure.is_outcome:
            return measure
    return None


def measure_in(text: str, measure_words: dict[Measure, tuple[str, ...]]) -> Measure | None:
    """The first measure whose words appear in ``text``: an outcome abbreviation first, then
    the words in the policy's order (outcome words are checked first)."""
    return _measure_in(text, _hashable(measure_words))


def header_measure(text: str, measure_words: dict[Measure, tuple[str, ...]]) -> Measure | None:
    """The measure a header, label, title or sheet name names, its joined words read apart
    ("job_outcomes", "JobOutcomes"). A file's name is read as it stands (``measure_in``):
    "WP_outcomes_30_June_2014.xlsx" names its file, not 30 outcomes."""
    return measure_in(as_words(text), measure_words)


def _hashable(measure_words: dict[Measure, tuple[str, ...]]) -> MeasureWords:
    """The policy's words as a key to remember answers by (a caller may give lists)."""
    return tuple((measure, tuple(words)) for measure, words in measure_words.items())


@lru_cache(maxsize=4096)
def _measure_in(text: str, measure_words: MeasureWords) -> Measure | None:
    """Remembered by text: a workbook's sheets repeat their row labels and headers."""
    if (abbreviated := abbreviation_in(text) or _time_in_work(text)) is not None:
        return abbreviated
    lowered = " ".join(misspelt.mended(text).lower().split())  # 'Job outcoms', 'JOBOUTCOMES'
    return next((m for m, pattern in _measure_patterns(measure_words) if pattern.search(lowered)),
                None)  # fmt: skip


@lru_cache(maxsize=16)
def _measure_patterns(measure_words: MeasureWords) -> tuple[tuple[Measure, re.Pattern[str]], ...]:
    """One pattern a measure, any of its words at the start of a word, in the policy's order."""
    return tuple(
        (measure, re.compile("|".join(r"\b" + re.escape(word.lower()) for word in words)))
        for measure, words in measure_words
        if words
    )


@lru_cache(maxsize=16)
def _word_patterns(measure_words: MeasureWords) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (word.lower(), re.compile(r"\b" + re.escape(word.lower())))
        for _, words in measure_words
        for word in words
    )


# A line of job starts by how long the job lasted ("26 weeks or more", "Over 6 months", "26+"
# under "Weeks") or by whether it was paid, claimed or converted ("Paid", "Not yet paid")
# counts outcomes or sustainments, or, beside the starts' total, gives them back by
# difference: the whole breakdown is read as outcomes.
_SPAN = re.compile(r"\b\d+\s?\+?\s?(?:weeks?|wks?|months?|mths?)\b", re.IGNORECASE)
_BARE_BAND = re.compile(  # "26+", "0-12", "13 to 25", "< 13", "Under 13", "26 or more"
    r"^\s*(?:[<>\u2264\u2265]=?\s*\d+|\d+\s*(?:\+|(?:-|\u2013|to)\s*\d+)"
    r"|(?:under|over|less\s+than|more\s+than|up\s+to|at\s+least|below|above)\s+\d+"
    r"|\d+\s+(?:or|and)\s+(?:more|over|above|less|under|fewer))\s*$",
    re.IGNORECASE,
)
# a group header naming a time in work; a unit alone ("Weeks") heads a band of them, not a
# period ("Week", "Months 1-3")
_DURATION_GROUP = re.compile(
    r"\b(?:duration|length\s+of\s+(?:employment|job|time)|how\s+long|lasted|tenure"
    r"|time\s+in\s+(?:work|job|employment|post))\b",
    re.IGNORECASE,
)
_UNIT_GROUP = re.compile(r"\b(?:weeks|wks|months|mths)\b(?!\s*(?:\d|ending|commencing))", re.I)
_DURATION_TITLE = re.compile(
    r"\b(?:(?:weeks|months|time)\s+in\s+(?:work|job|employment|post)|how\s+long"
    r"|lasted|(?:length|duration)\s+of\s+(?:employment|job)|job\s+duration)\b",
    re.IGNORECASE,
)
# a time before the job (since attachment, unemployed, on benefit, an ESA flow's prognosis:
# 'ESA flow 3/6 months'), or of counting ("Last 13 weeks", "Q1 (13 weeks)"), is no time in work
_BEFORE_WORK = re.compile(
    r"\b(?:attach\w*|refer\w*|programme|unemploy\w*|out\s+of\s+work|workless|jobless"
    r"|esa\s+flows?\s*\(?\s*(?:3\s*/\s*6|12)\s*months?\b|prognosis"
    r"|benefits?|claim(?:s|ant\w*)?\b|(?:on|of)\s+(?:jsa|esa|ib)|waiting"
    r"|(?:time|weeks|months)\s+(?:to|before|until)|aged?\b)",
    re.IGNORECASE,
)
_BEFORE_WORK_TITLE = re.compile(
    r"\b(?:weeks?|months?|days?|time|duration|length)\s+(?:\w+\s+){0,2}"
    r"(?:since|from|after|of|on|to|before)\s+(?:the\s+)?(?:attach|refer|programme|start\s+of"
    r"|joining|entry|job\s+start|start\b)|\bunemploy|\bout\s+of\s+work|\bon\s+benefit",
    re.IGNORECASE,
)
_COUNTING_PERIOD = re.compile(
    r"\d{4}|\b(?:quarter|q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ending|ended"
    r"|commencing|beginning|starting|to\s+date|ytd|rolling|last|past|previous|preceding"
    r"|latest|recent|next|within|period|years?|contract)\b",
    re.IGNORECASE,
)
# a start paid, claimed, converted, retained ("Retention") or that triggered a payment (or not
# yet), not paid employment or a benefit claimed before: "Conversions", "Claims" and "Claim
# approved" count the same starts ("Claim duration" is a benefit's), asked of job starts' lines
# only. One yet to reach its payment ("Not yet claimable") or whose job ended counts the rest.
_STATUS = re.compile(
    r"(?<!low\s)(?<!lower\s)(?<!high\s)(?<!higher\s)(?<!well\s)(?<!better\s)(?<!poorly\s)"
    r"(?<!low-)(?<!well-)(?<!best\s)(?<!hourly\s)"
    r"\b(?:(?:un)?(?:paid|claimed|converted)|conversions?|claims|retained|retention|triggered)\b"
    r"(?!\s+(?:employment|work|jobs?\b(?!\s+starts?)|roles?|positions?|posts?|hours|holidays?"
    r"|leave|carers?|staff|volunteer\w*|placements?|jsa|esa|ib\b|is\b|benefits?|uc\b"
    r"|universal|allowance|to\s+attach|to\s+refer))"
    r"|\bclaims?\s+(?:approved|accepted|submitted|made|raised|validated|verified|rejected|lodged)\b"
    r"|\b(?:yet|still|failed|fail|due|waiting)\s+to\s+(?:sustain|convert|claim|trigger)\w*"
    r"|\b(?:un)?(?:claim|pay)able\b|\bunsustained\b"
    # a start whose job ended ("Fell out of work", "Back on JSA": wpxl.analyse.job_endings)
    rf"|{JOB_ENDED}",
    re.IGNORECASE,
)


def is_starts_outcome_line(line: str, group: str, title: str) -> bool:
    """Whether a line of a job-starts table counts starts that lasted, reached a mark or were
    paid, by its own words (``line``), the header's over its group (``group``: the label
    column's for a row, the header rows for a column) or, for a band ("26+"), the title's."""
    line, group = spans_as_digits(as_words(line)), as_words(group)
    if _STATUS.search(line) or _STATUS.search(group) or names_a_mark(line):
        return True
    if _BEFORE_WORK.search(f"{line} {group}") or _BEFORE_WORK_TITLE.search(title):
        return False
    if _COUNTING_PERIOD.search(line):
        return False
    if _SPAN.search(line) or _DURATION_GROUP.search(group):
        return True
    band = bool(_BARE_BAND.match(line))
    return band and bool(_UNIT_GROUP.search(group) or _DURATION_TITLE.search(title))
