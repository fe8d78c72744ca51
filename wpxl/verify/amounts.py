"""Invariant 3 in words: no text of the copy outside its percentage sheets names job outcomes or
sustainments (or a rate of them in the programme's words: "performance", "MPL", "conversion")
and states an amount, a share in words too ("a ninth", "half of job starts").

Any amount said of outcomes may give their volume back: "JSA 18-24: 10.9% of referrals got a
job outcome" beside the rounded referrals, "Only seven job outcomes", "1.8k sustainments". The
proof reads such words itself, from the policy's words for the two outcome measures, the phrasings
wpxl.verify.outcomes knows and the capital abbreviations (wpxl.policy.OUTCOME_ABBREVIATIONS),
not from the plan's judgement. What states no amount is left alone: years, dates, times, lengths
of time ("paid at 13 weeks", "26 wks"), references ("Table 3", "group 1"), ordinals and ages
("JSA 18-24", "aged 25", "50+"); two numbers joined are an age band only where the words say so,
else a range of volumes ("38 to 61 a month").

wpxl's own sentences (the cover, banners, notes on what moved) are not read for amounts: they say
how wpxl worked ("the nearest 5 %", "3 of 8 figures"), never an amount of the input, and the
invariant on numbers in words holds them to that. The input's names they repeat are judged: each
sheet's name where it stands, and the names of sheets the copy leaves out and of the input file,
where the cover quotes them.
"""

from __future__ import annotations

import re
from functools import cache

from wpxl.model import Measure
from wpxl.model.layout import BANNER_ROWS
from wpxl.policy import (
    OUTCOME_ABBREVIATIONS,
    OUTCOME_RATE_CAPITALS,
    OUTCOME_RATE_WORDS,
    Policy,
)
from wpxl.read.numerals import raised_in_digits, roman_in_digits
from wpxl.verify.books import SheetPair
from wpxl.verify.counted_references import parted
from wpxl.verify.leaks import Finding
from wpxl.verify.measure_words import BUILT_IN_OUTCOME_WORDS, as_words
from wpxl.verify.outcome_events import says_an_outcome_event, without_units
from wpxl.verify.proof import Proof
from wpxl.verify.quoted_titles import stating_titles
from wpxl.verify.spelt import COUNTING_WORDS, in_digits, spells_a_number
from wpxl.verify.texts import file_words, package_words
from wpxl.verify.values import WPXL_POINTER, names_a_moment
from wpxl.verify.worded_amounts import states_an_unnumbered_amount
from wpxl.verify.year_counts import counts_a_year

STATED = "an amount stated about outcomes (it could give an outcome volume back)"
NAMED = "a sheet name that states an amount about outcomes"

_NUMBER_WORDS = "|".join(COUNTING_WORDS) + r"|hundreds?|thousands?|millions?|dozens?"
_NUMBER = rf"(?:\d[\d,]*(?:\.\d+)?|\b(?:{_NUMBER_WORDS})(?:[\s-](?:{_NUMBER_WORDS}))*)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIME_UNIT = r"(?:days?|weeks?|wks?|months?|mths?|years?|yrs?|hours?|hrs?|minutes?|mins?)"
_REFERENCE = (
    r"table|notes?|figure|chart|annex|appendix|section|page|part|sheet|tab|step|phase|wave|tier"
    r"|level|stage|version|no\.?|number|item|line|row|column|col|quarter|q|cohort|group|year"
    r"|week|month|period|top"
)
# What names no amount, in the order it is taken out of a text before its amounts are sought.
_NO_AMOUNT = re.compile(
    rf"{_NUMBER}(?:\s*(?:-|to|\u2013|\u2014|and|or)\s*{_NUMBER})?[\s-]?{_TIME_UNIT}\b"  # "13 weeks"
    r"|\b(?:sum|add)s?(?:\s+up)?\s+to\s+100\b"  # "percentages may not sum to 100"
    r"|\bcpa\s?\d+|\bof\s\d{1,2}\b|\b\d\d/\d\d\b"  # "CPA 12", "page 2 of 3", "13/14"
    r"|^\s*(?:sustainment(?:\s+(?:payment|pmt))?|outcome\s+(?:payment|pmt))\s*(?:no\.?\s*)?"
    r"(?:[1-9]|1\d|20)\s*$"  # a label 'Sustainment payment 3' names the third (of 20 at most)
    rf"|\b(?:{_REFERENCE})\s*(?:\d{{1,2}}(?:\.\d{{1,2}})*[a-z]?\b|(?:{_NUMBER_WORDS})\b)"
    r"|\b(?:[12]?\d|3[01])(?:st|nd|rd|th)\b"  # a stage or a day: "the 2nd sustainment payment"
    rf"|\b[0-3]?\d\s+(?:of\s+)?{_MONTH}(?![a-z])|\b{_MONTH}[\s'-]+\d\d?\b"  # "3 June", "Oct-14"
    r"|^\s*\(?\d{1,2}[.)]\s"  # a note's number: "4. Job outcomes are shown as ..."
    r"|\b(?:aged?|ages|under|over|age band|age group)\s*\d+(?:\s*(?:-|to|\u2013|\u2014|and)\s*\d+)?"
    r"|\d+\s*\+|\b\d{1,2}\s*(?:and|or)\s*(?:over|older|under|younger)\b"  # "50+", "65 and over"
    r"|(?<![\d.,])(?:19\d\d|20\d\d|2100)(?![\d%]|[.,]\d|\s*%)",  # a year standing alone
    re.IGNORECASE,
)
_JOINED = re.compile(r"(?<![\w.,])\d+(?:[/.:-]\d+)+(?![\w%]|[.,]\d)")  # "03/04/2024", "2013/14"
# Two small numbers joined ("38 to 61 a month", "(38-61)") are a range of outcome volumes, but
# where the words name an age band: an age word or a benefit's payment group just before it
# ("aged 18 to 24", "JSA 18-24", "ESA/IB 25-49"), or a band before it of that kind, ending one
# below where it starts, with only a comma, "&", "and" or "or" between ("JSA 18-24, 25-49 and
# 50-64"). A text that is only a band ("16-24") is the label of its row.
_PAIR = re.compile(r"(?<![\d,.])(\d{1,2})\s*(?i:to|-|\u2013|\u2014)\s*(\d{1,2})(?![\d%]|[,.]\d)")
_AGE_NAMED_BEFORE = re.compile(
    r"(?:\b(?i:aged?|ages|age\s+bands?|age\s+groups?)|\b(?:JSA|ESA|IB|IS)(?:/(?:JSA|ESA|IB|IS))*)"
    r"\s*$"
)
# or a word naming people, with their age ('Participants 18 to 24', ONS's 'Mothers 20 to 24')
_PEOPLE_NAMED_BEFORE = re.compile(
    r"\b(?i:participants?|people|persons?|customers?|claimants?|clients?|men|women|males?"
    r"|females?|mothers?|fathers?)\s+$"
)
_YOUNGEST = 15  # an age band after a word naming people starts at school-leaving age or later
_LIST_BETWEEN = re.compile(r"\s*(?:,|&|(?i:and|or))\s*")
# A share in words, as plain as a percentage ("a ninth", "two-thirds", "half of job starts",
# "twice the MPL"), but for a part of a year or a day ("first half of 2013", "half-yearly") and
# "a third party".
_SHARE = (
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:half|third|quarter"
    r"|fifth|sixth|seventh|eighth|ninth|tenth)s?\b(?![\s-]+part(?:y|ies)\b)"
    r"|(?<!first )(?<!second )(?<!last )(?<!1st )(?<!2nd )\bhal(?:f|ves)\b(?![\s-]*(?:a\s+)?"
    r"(?:years?|yearly|terms?|days?|months?|hours?|way)\b)|\b(?:twice|thrice)\b"
)
_ONE_OR_TWO = (  # said without a number word: 'a single job outcome', 'a couple of JOs'
    r"\ba\s+(?:single|lone|sole|solitary|couple|pair|handful)\b"
    # bounds said in words, as '<10' is: 'in single figures', 'in the teens', 'several JOs'
    r"|\b(?:single|double|treble|triple|three|four)[\s-]+(?:figures?|digits?)\b"
    r"|\bin\s+the\s+(?:(?:low|mid|high)[\s-]+)?(?:teens|twenties|thirties|forties|fifties"
    r"|sixties|seventies|eighties|nineties)\b"
    r"|\b(?:a\s+few|several)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:(?:job[\s-]+)?outcomes?"
    r"|sustainments?|sustains|(?-i:JOs?|SPs?))\b"
)
_AMOUNT = re.compile(
    rf"(?<![A-Za-z\d])\d|\b(?:{_NUMBER_WORDS})\b|{_SHARE}|{_ONE_OR_TWO}", re.IGNORECASE
)
_WHOLE = re.compile(r"(?<![A-Za-z\d.,])\d[\d,]*(?:\.\d+)?")
MIN_NAMED = 25
_DIGIT_FREE_WORDS = [w for w in BUILT_IN_OUTCOME_WORDS if "\\d" not in w]  # "13 wks" is a time
_NUMBERED_PERCENT_SHEET = re.compile(r"^(.*\S) (\d+) %$")


class OutcomeAmounts:
    """Tells whether a text names job outcomes or sustainments and states an amount."""

    def __init__(self, policy: Policy) -> None:
        words = [
            re.escape(w)
            for measure in (Measure.JOB_OUTCOMES, Measure.SUSTAINMENTS)
            for w in policy.measure_words.get(measure, ())
        ]
        self._words = re.compile(r"\b(?:" + "|".join([*words, *_DIGIT_FREE_WORDS]) + ")", re.I)
        capitals = [re.escape(a) for abbrs in OUTCOME_ABBREVIATIONS.values() for a in abbrs]
        self._capitals = re.compile(r"(?<!\w)(?:" + "|".join(capitals) + r")(?!\w)")
        self._rates = re.compile(
            rf"\b(?i:{'|'.join(map(re.escape, OUTCOME_RATE_WORDS))})"
            rf"|(?<!\w)(?:{'|'.join(map(re.escape, OUTCOME_RATE_CAPITALS))})(?!\w)"
        )

    def names_outcomes(self, text: str) -> bool:
        return bool(self._words.search(text) or self._capitals.search(text))

    def stated(self, text: str) -> bool:
        """Whether ``text`` names outcomes, or a rate of them in the programme's words
        ("performance", "MPL", "conversion rate"), and states any amount: most texts name
        none; one saying how long people stayed in work, or what was paid or claimed, names
        them (wpxl.verify.outcome_events).
        Its joined words are read apart, as an extract writes them ("job_outcomes:
        137"); a name is read as it stands ("29_outcome_counts.xlsx" numbers a file, see
        ``named``), and a rate's words in a name state no rate ("4-hour performance")."""
        text = _GLUED_COUNT.sub(r"\1 ", text)  # 'Leeds (JO37)': 37 job outcomes
        if not self._about_outcomes(as_words(text)):
            return False
        text = roman_in_digits(raised_in_digits(text))  # 'CXL job outcomes' (wpxl.read.numerals)
        plain = without_units(text)  # '£000s' is a unit, no amount
        return states_an_amount(plain) or states_an_unnumbered_amount(as_words(plain))

    def unnumbered(self, text: str) -> bool:
        """Whether ``text`` is about outcomes and says how many with no number ("Wakefield (no
        job outcomes)"): a percentage sheet's numbers are judged apart (percent_words)."""
        words = as_words(text)
        return self._about_outcomes(words) and states_an_unnumbered_amount(words)

    def _about_outcomes(self, words: str) -> bool:
        names = self.names_outcomes(words) or self._rates.search(words) is not None
        return names or says_an_outcome_event(words)

    def named(self, name: str) -> bool:
        """Whether a file's or sheet's name names outcomes with a number of 25 or more: smaller
        numbers in names tell copies and places apart ("Job outcomes (2)", "Outcomes CPA 12").
        A number in words is that number ("Thirty-seven JOs" names 37 as "JOs 37" does, and
        went out where "JOs 37" was refused)."""
        if not self.names_outcomes(name):
            return False
        plain = _plain(in_digits(name)[0] if spells_a_number(name) else name)
        return any(float(n.replace(",", "")) >= MIN_NAMED for n in _WHOLE.findall(plain))


def states_an_amount(text: str) -> bool:
    """A number (a percentage, money, "1.8k" too) or a number word, once what names no amount
    (a year, date, time, length of time, reference, ordinal, age or band of ages) is taken out;
    a count shaped like a year too ("achieved 2012 job outcomes": wpxl.verify.year_counts)."""
    text = _CALL.sub("", text)
    if _RATIO.search(text) is not None:
        return True  # 'job outcomes to starts 1:12'
    return _AMOUNT.search(_plain(text)) is not None or counts_a_year(text)


# Two numbers joined by a colon as a time of day is written ('1:12'), where nothing says it is
# one: no word before it that brings a time in ('at 1:12', 'by', 'from', 'until'), no 'am',
# 'pm' or 'hrs' after it, no seconds, no range of times. About outcomes it is their ratio to
# what is shown beside them ('ratio of job outcomes to starts 1:12'), which gives a volume back.
_RATIO = re.compile(
    r"(?<![\d:.])(?<!\bat\s)(?<!\bby\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\btill\s)"
    r"(?<!\bbefore\s)(?<!\bafter\s)(?<!\baround\s)(?<!-)\d{1,2}:[0-5]\d(?![\d:])"
    r"(?!\s*(?:[ap]\.?m\b|hrs?\b|hours\b|o'clock|-|to\s+\d))",
    re.IGNORECASE,
)


# An outcome's abbreviation in capitals with a count glued on past the numbers a payment point
# is named by ('JO37', 'SPs61'; 'SP1' to 'SP20' name payments), as verify/values reads it: the
# count apart from its measure, so both are read ('Leeds (JO37)' was passed as a label)
_GLUED_COUNT = re.compile(
    r"(?<![\w.])(JOs?|JOCs?|JOPs?|OPs?|SPs?)(?=(?:[1-9]\d{2,4}|2[1-9]|[3-9]\d)(?!\d))"
)


# A footnote's call raised after a word or number ('Job outcomes³', '2013/14¹'): a mark, not a
# letter hiding the year before it; a figure so marked ('412¹') is still read as the figure.
_CALL = re.compile(r"(?<=[^\W\d_]|\d|[)\]])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2}(?!\w)")


def _plain(text: str) -> str:
    return _NO_AMOUNT.sub(" ", _without_age_bands(_JOINED.sub(_unless_moment, parted(text))))


def _unless_moment(match: re.Match[str]) -> str:
    return " " if names_a_moment(match.group(0)) else match.group(0)


def _without_age_bands(text: str) -> str:
    """The text without the pairs its words name as age bands (see _PAIR): every other pair
    stays, to be read as the range of volumes it may be."""
    pairs = list(_PAIR.finditer(text))
    if len(pairs) == 1 and pairs[0].group(0) == text.strip():
        low, high = (int(g) for g in pairs[0].groups())
        return " " if low < high else text
    out, copied, previous = [], 0, None
    for pair in pairs:
        named = _AGE_NAMED_BEFORE.search(text, 0, pair.start()) is not None or (
            int(pair.group(1)) >= _YOUNGEST
            and _PEOPLE_NAMED_BEFORE.search(text, 0, pair.start()) is not None
        )
        listed = (
            previous is not None
            and int(pair.group(1)) == int(previous.group(2)) + 1
            and _LIST_BETWEEN.fullmatch(text, previous.end(), pair.start()) is not None
        )
        if named or listed:
            out.append(text[copied : pair.start()] + " ")
            copied, previous = pair.end(), pair
        else:
            previous = None
    return "".join(out) + text[copied:]


def _amounts(proof: Proof) -> OutcomeAmounts:
    found = proof.kept.get("outcome amounts")
    if not isinstance(found, OutcomeAmounts):
        found = proof.kept["outcome amounts"] = OutcomeAmounts(proof.policy)
    return found


def named_amounts(proof: Proof) -> list[Finding]:
    """Each sheet's name (the cover and reports repeat it) that names outcomes and states an
    amount."""
    amounts, names = _amounts(proof), proof.output.where
    return [
        Finding(f"the name of sheet '{name}'", NAMED)
        for name in names
        if amounts.named(_judged_name(name, tuple(names)))
    ]


def unshown_amounts(proof: Proof) -> list[Finding]:
    """The words of the package outside the sheets' cells (its properties, a shared string no
    cell shows) that name outcomes and state an amount: asked once every sheet is read, as
    only then is it known which shared strings a cell shows (those are judged with their
    cells). Asked before, every shared string of a copy saved again by Excel or LibreOffice,
    which write no string in its cell, was judged as one no cell shows, the cover's lines
    about outcomes among them, and the copy refused."""
    amounts, shown = _amounts(proof), set(proof.output.where)
    return [
        Finding(where, STATED)
        for where, text in package_words(proof)
        if text not in shown and amounts.stated(text)
    ]


@cache
def _judged_name(name: str, names: tuple[str, ...]) -> str:
    """A sheet's name as it is judged: a percentage sheet's without its " %" (the sign of the
    sheet, not of an amount), and without the number wpxl puts before it to tell a second
    sheet of one measure from the first ("Job outcomes 2 %" beside "Job outcomes %")."""
    if not name.endswith(" %"):
        return name
    numbered = _NUMBERED_PERCENT_SHEET.match(name)
    if numbered is not None and _in_turn(numbered.group(1), int(numbered.group(2)), names):
        return numbered.group(1)
    return name.removesuffix(" %")


def _in_turn(stem: str, number: int, names: tuple[str, ...]) -> bool:
    """Whether 'stem N %' is wpxl's numbering: wpxl names a second sheet of one measure
    'stem 2 %', a third 'stem 3 %' and so on (140 outcome blocks stacked on a sheet make
    'Job outcomes 140 %'), so the first sheet ('stem %', or the longer name the stem was cut
    from) and each number from 2 up to N stand too. A number out of turn ('Job outcomes 47 %'
    beside 'Job outcomes %' alone) may be the input's own, quoting an amount."""
    stem = stem.lower()
    lowered = {n.lower() for n in names}
    numbered = {f"{stem} {k} %" for k in range(2, number)}
    first = any(
        n.endswith(" %") and n.startswith(stem) and not _NUMBERED_PERCENT_SHEET.match(n)
        for n in lowered
    )
    return number >= 2 and first and numbered <= lowered


def stated_amounts(pair: SheetPair, proof: Proof) -> list[Finding]:
    """The texts of a sheet that name outcomes and state an amount: a volume sheet's carried
    words (not its banner, nor wpxl's notes on tables moved), on the cover the input's names
    it quotes that do (sheets the copy leaves out, the input file), on the cover and a
    percentage sheet the input's titles wpxl's sentences quote (wpxl.verify.quoted_titles),
    and a percentage sheet's words saying how many with no number ("Wakefield (no job
    outcomes)"): its numbers are judged apart (wpxl.verify.percent_words), and its shares of
    outcomes are what it is for."""
    amounts = _amounts(proof)
    if pair.kind != "volume":
        texts = [(c, t) for c, t in pair.indexed(proof.base).texts if c[0] >= BANNER_ROWS]
        found = stating_titles(((pair.where(c), t) for c, t in texts), amounts.stated, STATED)
        if pair.kind == "cover":
            return found + _cover_quotes(pair, proof, amounts)
        return found + [Finding(pair.where(c), STATED) for c, t in texts if amounts.unnumbered(t)]
    names = tuple(proof.output.where)  # a contents list naming a sheet: judged as its name is
    found = [
        Finding(pair.where(coord), STATED)
        for coord, text in pair.indexed(proof.base).texts
        if coord[0] >= BANNER_ROWS
        and not WPXL_POINTER.match(text)
        and amounts.stated(_judged_name(text, names) if text in names else text)
    ]
    found.extend(
        Finding(f"sheet '{pair.name}' outside its cells", STATED)
        for text in pair.words
        if amounts.stated(text)
    )
    return found


def _cover_quotes(pair: SheetPair, proof: Proof, amounts: OutcomeAmounts) -> list[Finding]:
    shown = set(proof.output.where)
    names = [(e.shown, e.shown) for e in proof.source.survey.entries if e.shown not in shown]
    file = proof.source.survey.path.name
    names.append((file, file_words(file)))  # 'WY_outcomes_149_Q1.xlsx': its words apart
    quoted = [f"'{n}'" for n, read in names if amounts.named(read)]
    if not quoted:
        return []
    return [
        Finding(pair.where(coord), STATED)
        for coord, text in pair.indexed(proof.base).texts
        if any(q in text for q in quoted)
    ]
