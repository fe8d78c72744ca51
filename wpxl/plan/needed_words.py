"""What a text must hold for two of a carried text's judgements to find anything in it.

Every header, row label, title and note is judged once per distinct text, and a 1M-cell pack
has tens of thousands of distinct row labels, nearly all a place's name with or without a
code. Two judgements run dozens of patterns over each: whether it states a count of a measure
(``quoting.counted``) and whether it names outcomes, a rate of them or an outcome event
(``quoting.states_an_outcome_amount``). Every one of those patterns needs some word to match:
a measure or people word, an outcome abbreviation, a word of time in work, of payment. One
search for any of those words says cheaply that none can match; a text holding one is judged in
full. The words are taken whole from the policy's measure words and the patterns' own words,
never from what a workbook's labels look like, so the answer is the full judgement's for every
text (tests/plan/test_needed_words.py holds each gate to it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from wpxl.analyse import misspelt
from wpxl.analyse.policy_words import MeasureWords
from wpxl.model import Measure
from wpxl.plan.outcome_events import LENGTH, PAID
from wpxl.policy import OUTCOME_ABBREVIATIONS, OUTCOME_RATE_CAPITALS, OUTCOME_RATE_WORDS

# A number written with an exponent ('1.816E3') is written out before a count is looked for,
# which may put letters a text did not hold ('1e+20'): such a text is judged in full.
_EXPONENT = re.compile(r"\d[eE][+-]?\d")

# The outcome readings of wpxl.analyse.words.measure_in other than the policy's words, each by a
# word its pattern cannot match without: a capital abbreviation, whole or numbered ('JO', 'SP1',
# 'Sust 2', 'S/P', 'MPL': matched as written); a start lasting a time or reaching a mark and
# 'jobs out' ('start', 'in work', 'job'); Welsh outcome words.
_ABBREVIATED = re.compile(
    "|".join(
        re.escape(word)
        for word in (
            *(w for words in OUTCOME_ABBREVIATIONS.values() for w in words),
            "Sus",  # numbered ('Sus3'); the others numbered are abbreviations whole ('SP1')
            *OUTCOME_RATE_CAPITALS,
        )
    )
)
_WORDED = re.compile(
    r"start|work|job|deillian|canlyniad|taliad|cynaliadwy"
    + "".join(f"|{re.escape(word)}" for word in OUTCOME_RATE_WORDS)
    + f"|{LENGTH}|{PAID}",  # what wpxl.plan.outcome_events finds: a time in work, a payment
    re.IGNORECASE,
)


# Whom the measures count ("13 people were referred twice"), in providers' words too
PEOPLE_WORDS = (
    *("people", "person", "participant", "customer", "claimant", "client", "individual"),
    *("entrant", "starter", "joiner", "transfer", "leaver", "candidate", "learner"),
    *("jobseeker", "job seeker", "service user"),  # 'early entrants', 'transfers in'
)


@lru_cache(maxsize=16)
def count_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A number, up to three words, then a measure ("13 duplicate referrals"); or a measure, up
    to three words and a colon, an equals sign, "were" or a change before a number ("Referrals
    withdrawn: 13", "Leeds job starts up 7": a change narrows the rounded months, to one value).
    Measure words are matched at a word's start or after a hyphen ("12 re-referrals")."""
    measure = "|".join(r"\s+".join(map(re.escape, w.split())) for w in (*words, *PEOPLE_WORDS))
    number = r"(?<![\w.,/:#-])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\w/:-]|[.,]\d)"
    between = r"(?:\s+[\w'+&/-]+){0,3}?"
    changed = r"(?:up|down|rose|fell|increased|decreased|grew|dropped)(?:\s+by)?"
    stated = rf"\s*(?:[:=]|\s(?:was|were|is|are|totalled|numbered|{changed})\b)\s*"
    return re.compile(
        rf"{number}{between}[\s-]+(?:{measure})|\b(?:{measure})[\w'-]*{between}{stated}{number}",
        re.IGNORECASE,
    )


def may_count(text: str, words: tuple[str, ...]) -> bool:
    """False only where ``count_pattern(words)`` finds no count in the text ``quoting.counted``
    reads from ``text``: the pattern needs a measure or people word, so the longest word of
    one, which the text holds, as the readings before only put digits and spaces where words
    were (bar a number written with an exponent, written out)."""
    if _EXPONENT.search(text) is not None:
        return True
    return _count_words(words).search(text) is not None


def may_name_outcomes(text: str, measure_words: MeasureWords) -> bool:
    """False only where ``text`` names no outcome (``measure_in``), no rate of them and no
    outcome event (``outcome_events``): it holds no outcome word of the policy (read as
    ``measure_in`` reads them, misspellings mended), nor any word the other readings need."""
    if _ABBREVIATED.search(text) is not None or _WORDED.search(text) is not None:
        return True
    return _outcome_words(measure_words).search(misspelt.mended(text).lower()) is not None


@lru_cache(maxsize=16)
def _count_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return _any_of((_longest(w) for w in (*words, *PEOPLE_WORDS)), re.IGNORECASE)


@lru_cache(maxsize=16)
def _outcome_words(measure_words: MeasureWords) -> re.Pattern[str]:
    outcomes = (w for m, ws in measure_words if Measure(m).is_outcome for w in ws)
    return _any_of((_longest(w.lower()) for w in outcomes), 0)


def _longest(word: str) -> str:
    """The longest of a measure word's words: a text it is in holds that one."""
    return max(word.split(), key=len, default=word)


def _any_of(words: Iterable[str], flags: int) -> re.Pattern[str]:
    """Any of ``words`` anywhere, the longest tried first."""
    return re.compile("|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True)), flags)
