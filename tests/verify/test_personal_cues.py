"""The proof asks its patterns for people named in notes (verify/named_author) only of texts
holding their cue: what every match of the pattern holds (a name's second word after its first,
a colon or dash before a word, a bracket, a possessive). Most labels hold none ('Council
012-00001', 'JSA 18-24'), and the patterns cost 20 µs a label, every label of a copy: on the
16-sheet benchmark book a tenth of the proof's time.

A cue narrower than its pattern would let a named person through unasked, so these tests hold
each cue to be wider: every phrase the tests of this project write (every string in tests/,
where each hunt for a named person left its shapes) and many made of the patterns' own words,
spaced and joined every way, the pattern finds a person in only where its cue is found too.
"""

from __future__ import annotations

import ast
import random
from functools import cache
from pathlib import Path

import pytest

from wpxl.verify.leaks import personal_kinds
from wpxl.verify.named_author import (
    CUES,
    NAMED_AUTHOR,
    NAMED_BY_FIRST_NAME,
    NAMED_OWNER,
    NAMED_PARTICIPANT,
)

PATTERNS = [NAMED_AUTHOR, NAMED_PARTICIPANT, NAMED_BY_FIRST_NAME, NAMED_OWNER]
# the patterns' own words, names, initials and the marks between them, as notes join them
PIECES = [
    "Prepared by", "prepared by", "contact", "Contact", "Queries", "queries to", "Adviser",
    "adviser", "PA", "Jane", "Smith", "J", "A.", "A", ":", "-", " ", " ", " ", "(", ")", "'s",
    "\u2019s", "v1", "v2.1", "Source", "sources", "Participant", "deceased", "left",
    "Well done to", "whose job", "who started", "tel", "Manager", "MI analyst", ",", "\u2013",
    "\u2014", "\u017f", "Caseworker", "key worker", "and", "Ask", "cc", "J.", "x", "1",
    "Mary Ann", "O'Neil", "D'Arcy", "Jo-Anne", "Smith-Jones", "Ltd", "Team", "North", "\t",
    "e-mail", "Questions", "Enquirie\u017f", "Job coach", "on", "for", "data from", "Sent to",
    "Head of", "See", "J Smith's", "from", "Jane Smith\u2019s", "file", "Includes",
]  # fmt: skip
SHORT = 120  # a cell's or a note's length; a test's docstring is longer


@cache
def _phrases() -> list[str]:
    """Every string the project's tests write as a cell or a note would hold it (not their
    docstrings), and phrases made of ``PIECES``."""
    rng = random.Random(17)
    made = ["".join(rng.choices(PIECES, k=rng.randint(1, 7))) for _ in range(8_000)]
    return [*_test_phrases(), *made]


def _test_phrases() -> set[str]:
    found: set[str] = set()
    for path in Path(__file__).parents[1].rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and len(text) <= SHORT:
                found.add(text)
    return found


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:24])
def test_a_cue_is_found_wherever_its_pattern_finds_a_person(pattern):
    cue = CUES[id(pattern)]
    named = [text for text in _phrases() if pattern.search(text)]
    assert len(named) > 20  # the phrases do name people: the test asks something
    assert [text for text in named if not cue.search(text)] == []


@pytest.mark.parametrize("label", ["Council 012-00001", "JSA 18-24", "Apr 2013", "Total"])
def test_a_plain_label_holds_no_cue(label):
    assert not any(CUES[id(pattern)].search(label) for pattern in PATTERNS)
    assert personal_kinds(label) == []


def test_a_named_person_is_still_found_through_the_cues():
    assert "a participant named" in personal_kinds("Participant Jane Whitfield referred twice")
    assert personal_kinds("Adviser: Jane") == [
        "a member of staff named by first name beside their role"
    ]
    assert "a person named as the workbook's author or contact" in personal_kinds("Queries: Jane")
