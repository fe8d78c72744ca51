"""The words in labels and headers that tell wpxl what a row or column holds."""

from __future__ import annotations

import re
from functools import lru_cache

from wpxl.analyse import field_names, misspelt
from wpxl.analyse.abbreviations import abbreviation_in, volume_abbreviation_in
from wpxl.analyse.bare_refs import is_bare_ref
from wpxl.analyse.policy_words import MeasureWords, hashable_words
from wpxl.analyse.text_memo import by_text
from wpxl.analyse.work_marks import spans_as_digits, starts_at_a_mark
from wpxl.model import Measure

_TOTAL = re.compile(
    r"^\s*(grand\s+total|totals?|sub-?\s*totals?|all|overall|total\s+for\b.*|all\s+\w.*"
    r"|totals?(?:\s+|\s*[(,:/\u2013\u2014-]\s*)\w.*"  # 'Total (all areas)', 'Total - all'
    r"|.*\bsub-?\s*totals?|.*\btotals?|.*\ball\s+ages\b.*)\s*:?\s*$",
    re.IGNORECASE,
)
_GRAND = re.compile(r"^\s*(grand\s+total|overall|all|all\s+\w.*|totals?)\s*:?\s*$", re.IGNORECASE)
# The word patterns test a word boundary once, before their words, not once a word: read for
# every row label of a sheet, they take a third of the time so.
_RATE = re.compile(
    r"%|\b(?:rates?\b|per\s*cent|pct\b|proportion|ratio\b|share\b|change\b|mean\b|median\b"
    r"|(?<!total/)(?<!total\s/\s)(?:average|avg)\b"  # 'Avg': whole ones were rounded as counts;
    # 'Total/average' heads the counts' totals beside the rates' average, no rates of its own
    r"|conversion\b|per\s+(?:1,?000|10,?000|100,?000|100|thousand|head|capita)\b"
    r"|index(?:ed)?\b.*=\s*100\b)"  # 'Index (Apr 2013 = 100)': a ratio, whole ones no counts
    # a statistic of the other lines, no part of them ('Range': the largest less the smallest)
    r"|^\s*(?:highest|lowest|largest|smallest|max(?:imum)?|min(?:imum)?|range)\s*:?\s*$",
    re.IGNORECASE,
)
# A finance extract's words too ("Revenue", "Invoiced", "Billed", "Total paid", "Reward",
# "Drawdown", "Budget"; "Price", "Grant", "Bonus", "Award", "Settlement", "Balance" only whole: a
# surname in a line of staff, a plain word; "Sales" never, a sector): the programme pays for
# outcomes, so an amount over the published tariff gives their volume back. Not a job start paid
# ("Total paid job starts" is an outcome), nor a person's earnings ("with earnings", "earnings
# threshold" count people), nor a charge (an offence: "In charge ... drink"), nor a reason
# ("Non-payment of rates": the words after it are read).
_MONEY = re.compile(
    r"£|^\s*(?:total\s+)?(?:grants?|bonus(?:es)?|awards?|settlements?|balances?|prices?)\s*:?\s*$"
    r"|\b(?:gbp\b|(?<!non\s)(?<!non-)payments?\b(?!\s+groups?)|payments?\b(?!\s+groups?|\s+of\b)"
    r"|costs?\b|spend\b|amount\b|value\b|fees?\b"
    r"|tariff|income\b|revenues?\b|invoiced?\b|invoices\b|billed\b|billing\b|turnover\b"
    r"|funding\b|receipts\b|remittances?\b|remitted\b|pounds\b|sterling\b|cash\b"
    r"|claw-?backs?\b|recoveries\b|accruals?\b|accrued\b|rewards?\b|drawdowns?\b|drawn\s+down\b"
    r"|proceeds\b|monies\b|profits?\b|budgets?\b"
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


@by_text
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


@by_text  # a label is asked about by several readings, and again on each sheet
def is_total_label(text: str) -> bool:
    text = " ".join(text.split())  # a header's lines ("Mothers all ages\nMaternities") as one
    return bool(_TOTAL.match(text)) and not _RATE.search(text) and not _PERIOD_PART.search(text)


# 'of which' anywhere; opening the line, other words bringing in a part ('of whom aged 18-24',
# 'Of these, ...', 'incl. ESA', 'including 18-24 year olds', 'which includes ...', 'o/w ESA'),
# as 'Total including prison leavers' does not
_SUBSET = re.compile(
    r"\bof\s+which\b|^[\s(\[*-]*(?:of\s+(?:whom|these|those)\b|incl(?:\.|uding\b|udes\b)"
    r"|which\s+includ|o/w\b)",
    re.IGNORECASE,
)


@by_text
def is_subset_words(text: str) -> bool:
    """A line that counts part of the line before it ("of which: households with children",
    "  of whom aged 18-24"): a count, but no part of any total, which would count its people
    twice (read as any other line, the total after it was rounded alone and refused)."""
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


# a header saying only how often ('Per month' after Apr, May, Jun and their Total): the line's
# average per period, rounded as a count it was (160 beside months shown as 140, 160, 160), where
# 'Average per month' was removed; a measure named with it ('Referrals per month') is a count
_PER_PERIOD = re.compile(
    r"^\s*(?:avg\.?\s*)?(?:per|a|/)\s*(?:week|wk|month|mth|quarter|qtr|year|yr|day|annum)\s*:?\s*$",
    re.IGNORECASE,
)


def is_rate_words(text: str) -> bool:
    seen = as_words(text)
    return bool(_RATE.search(seen) or _PER_PERIOD.match(seen))


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


# A count of sustainment payments ('Sustainment payments', 'No. of sustainment payments') or of
# outcome payments counted in words ('Number of outcome payments', 'Outcome payments (no.)'):
# how many were made, an outcome or sustainment volume, not an amount ('Outcome payments'
# alone is money, as a finance extract heads its amounts); '£', 'value' or 'amount' beside it
# still name money. The proof still reads 'payments' as money (wpxl.verify.money_words): an
# outcome figure either way, no count of it may be carried, and its shares may be shown.
_COUNTED_PAYMENTS = re.compile(
    r"\bsustainments?\s+payments?\b"
    r"|\b(?:number|no\.?|count|volume)\s+of\s+(?:job\s+)?outcome\s+payments?\b"
    r"|\b(?:job\s+)?outcome\s+payments?\s*\((?:number|no\.?|count)\)",
    re.IGNORECASE,
)


def is_money_words(text: str) -> bool:
    return bool(_MONEY.search(_COUNTED_PAYMENTS.sub(" ", as_words(text))))


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


_MONEY_TEXT = re.compile(
    r"^\s*\(?\s*-?\s*[£$€]\s?\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn|million|thousand)?\s*\)?\s*$",
    re.IGNORECASE,
)


def is_money_text(text: str) -> bool:
    """A sum of money written as text ('£116,400', '£1.2k'), as a finance extract pastes its
    amounts: money still, whose amount over the tariff is a volume of outcomes. A unit alone
    ('£000', on a units line under the header) states no sum: its figures are in thousands."""
    return _MONEY_TEXT.match(text) is not None and not is_money_unit_words(text)


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


_ROLLING = re.compile(r"\brolling\b|\bmoving\s+(?:annual\s+)?totals?\b", re.IGNORECASE)


def is_rolling_words(text: str) -> bool:
    """A line adding up the last few figures of another at each step ('Rolling 3 months',
    'Moving annual total'): over outcomes, outcome volumes as a cumulative line's are."""
    return bool(_ROLLING.search(as_words(text)))


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


# "Jobs out" ('JOBS OUT', 'Job outs'), analysts' shorthand for job outcomes beside the starts
# ("jobs in"): rounded as the table's measure, they went out; not 'out of work', 'outside'.
_JOBS_OUT = re.compile(r"\bjobs?\s+outs?\b(?!\s+of\b)", re.IGNORECASE)


# Welsh, as a provider in a Welsh contract package area heads its columns: 'Deilliannau', 'Taliadau
# canlyniad', 'Canlyniadau swyddi' ('canlyniadau' alone is any results), 'Taliadau cynnal' or
# 'cynaliadwyedd', 'Swyddi cynaliadwy'. Unread beside the job starts, they went out as starts.
_WELSH = (
    (Measure.JOB_OUTCOMES, re.compile(
        r"\bdeillian(?:t|nau)\b|\bcanlyniad(?:au)?\s+(?:swydd(?:i)?|gwaith|cyflogaeth)\b"
        r"|\btaliad(?:au)?\s+canlyniad(?:au)?\b", re.I)),
    (Measure.SUSTAINMENTS, re.compile(
        r"\btaliad(?:au)?\s+cynnal\b|\bcynaliadwy(?:edd|aeth)\b|\bswyddi?\s+cynaliadwy\b", re.I)),
)  # fmt: skip


def _welsh(text: str) -> Measure | None:
    """The outcome measure a Welsh header names (``_WELSH``), if one."""
    return next((measure for measure, words in _WELSH if words.search(text)), None)


def _time_in_work(text: str) -> Measure | None:
    """The job outcome a start said to have lasted or reached a mark names (work_marks), or
    one said to be a job out."""
    lasted = _TIME_IN_WORK.search(spans_as_digits(text)) or starts_at_a_mark(text)
    return Measure.JOB_OUTCOMES if lasted or _JOBS_OUT.search(text) else None


def measures_named(text: str, measure_words: dict[Measure, tuple[str, ...]]) -> frozenset[str]:
    """Every measure word in ``text`` ("Live births per 1,000 maternities" names "live births"
    and "maternities"), leaving out a word found only inside a longer one found ("births" in
    "live births"): what a rate's header says it divides."""
    return _measures_named(text, hashable_words(measure_words))


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
    return _measure_in(text, hashable_words(measure_words))


def header_measure(text: str, measure_words: dict[Measure, tuple[str, ...]]) -> Measure | None:
    """The measure a header, label, title or sheet name names, its joined words read apart
    ("job_outcomes", "JobOutcomes"). A file's name is read as it stands (``measure_in``):
    "WP_outcomes_30_June_2014.xlsx" names its file, not 30 outcomes."""
    return measure_in(as_words(text), measure_words)


@lru_cache(maxsize=4096)
def _measure_in(text: str, measure_words: MeasureWords) -> Measure | None:
    """Remembered by text: a workbook's sheets repeat their row labels and headers."""
    if (abbreviated := abbreviation_in(text) or _time_in_work(text) or _welsh(text)) is not None:
        return abbreviated
    lowered = " ".join(misspelt.mended(text).lower().split())  # 'Job outcoms', 'JOBOUTCOMES'
    found = next((m for m, p in _measure_patterns(measure_words) if p.search(lowered)), None)
    # a header in capitals naming a reference ('LA REF', 'REF NO') holds codes; 'Leeds REF' counts
    if found is not None or (text.isupper() and is_identifier_words(text)):
        return found
    return volume_abbreviation_in(text)


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


# a header's words explained in a bracket ('Cohort (month referred)'), read without it; not a
# bracket naming what is counted ('Payment group (referrals)') or holding a figure
_EXPLAINED = re.compile(
    r"\s*\((?![^)]*\b(?:numbers?|counts?|totals?|referrals|attachments|starts|outcomes"
    r"|sustainments|people|participants|customers|claimants)\b)[a-z][a-z ]*\)\s*$",
    re.IGNORECASE,
)


def unexplained(header: str) -> str:
    """The header without a bracket explaining its words (``_EXPLAINED``)."""
    return _EXPLAINED.sub("", header) or header
