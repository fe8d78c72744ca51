"""The gates of wpxl.plan.needed_words against the full readings they spare most texts.

A gate may only say "nothing here" where the full reading finds nothing: a count of a measure
(``quoting._counted``), an outcome named, a rate of them or an outcome event (``measure_in``,
the rate words, ``says_an_outcome_event``). Texts are made of the patterns' own words (measure
and people words, abbreviations, payment and time words, misspellings, Welsh) mixed with place
names, numbers and punctuation, in any case; and every text of the bundled workbooks, real
layouts and corpus books is held to the same.
"""

from __future__ import annotations

from itertools import chain
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wpxl.analyse.policy_words import hashable_words
from wpxl.model import Measure
from wpxl.plan import quoting
from wpxl.plan.needed_words import PEOPLE_WORDS, may_count, may_name_outcomes
from wpxl.plan.outcome_events import says_an_outcome_event
from wpxl.policy import (
    DEFAULT_MEASURE_WORDS,
    OUTCOME_ABBREVIATIONS,
    OUTCOME_RATE_CAPITALS,
    OUTCOME_RATE_WORDS,
)

REPO = Path(__file__).resolve().parents[2]
# a provider's own words for its measures, as a wpxl.toml may give them
OWN_WORDS: dict[Measure, tuple[str, ...]] = {
    Measure.JOB_OUTCOMES: ("jobs landed", "JO count", "in-work payments"),
    Measure.SUSTAINMENTS: ("kept on",),
    Measure.JOB_STARTS: ("new hires",),
    Measure.REFERRALS: ("sent over",),
}
PATTERN_WORDS = (
    *chain.from_iterable(DEFAULT_MEASURE_WORDS.values()),
    *chain.from_iterable(OWN_WORDS.values()),
    *chain.from_iterable(OUTCOME_ABBREVIATIONS.values()),
    *PEOPLE_WORDS,
    *OUTCOME_RATE_WORDS,
    *OUTCOME_RATE_CAPITALS,
    *(
        "SP1",
        "Sust 2",
        "JO13",
        "S/P 3",
        "Sustain 4",
        "Sus3",
        "J/O 2",
        "jobs out",
        "Job outs",
        "in work",
    ),
    *("paid", "payments", "claimed", "triggered", "fees", "earned", "retained", "converted"),
    *("achieved", "validated", "Income", "revenue", "turnover", "invoice", "tariff", "DWP"),
    *("lasted", "kept", "stayed", "reached", "still working", "weeks", "wks", "months", "mth"),
    *("13 weeks", "26wk", "6m+", "182 days", "one year", "milestone", "earnings threshold"),
    *("Job outcoms", "Ouctomes", "Sustainmnets", "JOBOUTCOMES", "Outcms", "Sustmnts", "Out"),
    *("comes", "Sustain-", "ments", "deilliannau", "taliadau canlyniad", "swyddi cynaliadwy"),
    *("thirteen", "a dozen", "hundred", "per", "n=", "base", "total", "rounded", "c.", "approx"),
)
PLACES = ("Leeds", "Council", "Kirklees North", "Bradford", "St Helens", "Wrexham", "Ynys Môn")
TOKENS = st.one_of(
    st.sampled_from(PATTERN_WORDS + PLACES),
    st.integers(0, 99999).map(str),
    st.sampled_from(("1.8E3", "1e999", "2013/14", "18-24", "001", "£1,200", "45%", "1,377")),
    st.text(alphabet="abcdeJOSPostu/.-'", min_size=1, max_size=8),
)
CASES = st.sampled_from((str, str.lower, str.upper, str.title))
GAPS = st.sampled_from((" ", "", "-", "/", ": ", ", ", "  ", "\n", " (", ") ", "_", "."))


@st.composite
def texts(draw: st.DrawFn) -> str:
    """A label or note made of the patterns' words, places, numbers and punctuation."""
    words = draw(st.lists(st.tuples(TOKENS, CASES, GAPS), min_size=1, max_size=6))
    return "".join(case(token) + gap for token, case, gap in words).strip()


def _same_readings(text: str) -> None:
    for words in (DEFAULT_MEASURE_WORDS, OWN_WORDS):
        flat = tuple(chain.from_iterable(words.values()))
        if not may_count(text, flat):
            assert quoting._counted(text, flat) == [], text
        plain = quoting._unglued(text)  # as states_an_outcome_amount reads it
        if not may_name_outcomes(plain, hashable_words(words)):
            assert not quoting._names_outcomes(plain, words), text
            assert quoting._RATE_WORDS.search(plain) is None, text
            assert not says_an_outcome_event(plain), text


@settings(max_examples=3000, deadline=None)
@given(texts())
def test_gates_shut_only_on_texts_the_full_readings_find_nothing_in(text: str) -> None:
    _same_readings(text)


def _book_texts() -> list[str]:
    books = [
        *sorted((REPO / "sample_workbooks").glob("*.xlsx")),
        *sorted((REPO / "tests/analyse/corpus").glob("*.xlsx")),
        *sorted(Path("/work/shared/real-layouts").glob("*.xlsx")),
    ]
    found: set[str] = set()
    for book in books:
        wb = openpyxl.load_workbook(book, read_only=True)
        found |= set(wb.sheetnames)
        for ws in wb.worksheets:
            found |= {v for row in ws.iter_rows(values_only=True) for v in row if type(v) is str}
        wb.close()
    return sorted(found)


def test_gates_agree_with_the_full_readings_on_every_text_of_the_bundled_books() -> None:
    found = _book_texts()
    assert len(found) > 1000
    for text in found:
        _same_readings(text)


@pytest.mark.parametrize(
    ("text", "counts", "outcomes"),
    [
        ("Council 001-17998", False, False),
        ("Kirklees North", False, False),
        ("13 duplicate referrals removed", True, False),
        ("Customers: 41", True, False),
        ("1.8E3 things", True, False),  # written out, it could read as anything
        ("Job outcoms 41", False, True),  # mended
        ("JOs13", False, True),
        ("Leeds performance 10.9%", False, True),
        ("Paid 41", False, True),
        ("Deilliannau", False, True),
    ],
)
def test_gates_open_on_the_words_their_readings_need(
    text: str, counts: bool, outcomes: bool
) -> None:
    flat = tuple(chain.from_iterable(DEFAULT_MEASURE_WORDS.values()))
    assert may_count(text, flat) is counts
    assert may_name_outcomes(text, hashable_words(DEFAULT_MEASURE_WORDS)) is outcomes
