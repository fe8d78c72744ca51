"""Counts said with a word for a set number instead of spelt: 'a dozen', 'half a dozen', 'two
dozen', 'a score', 'a couple', 'a pair', 'a single', and the words saying only that a count is
small: 'a few', 'a handful', 'several', 'single figures'.

An analyst types 'a dozen' into a table's cell as readily as 'twelve', and a reader takes it
for the 12 it names; the reading of numbers in words ('twelve', 'one hundred and forty') knew
none of these, so 'a dozen' stood unrounded among the rounded job starts, and 'a dozen' among
the job outcomes (each removed as an outcome volume, 'twelve' too) went out beside them.
Typed alone in a cell among the figures, such a text is the count it names
(``idiom_number``); one saying only that the count is small (``says_few``) states an amount
where only an outcome's share may stand. The plan reads them here; the proof has its own
reading (wpxl/verify/few_words).

In a sentence or a label, 'a dozen' is read as the 12 it names too (``dozens``), with the
numbers spelt in words (wpxl.read.quoted_figures): 'Leeds: a dozen referrals withdrawn' and
'Job starts (of which a dozen early entrants)' stated an unrounded count where 'twelve' was
read as one. 'Dozens of' names no number.
"""

from __future__ import annotations

import re

_HOW_MANY = {"a": 1, "one": 1, "half a": 0.5, "two": 2, "three": 3, "four": 4, "five": 5}
_SET = {"dozen": 12, "score": 20}
_PAIRED = {"couple": 2, "pair": 2, "single": 1, "lone": 1, "sole": 1}
_HOW_MANY_WORDS = "|".join(words.replace(" ", r"\s+") for words in _HOW_MANY)
_IDIOM = re.compile(
    rf"({_HOW_MANY_WORDS})\s+({'|'.join(_SET)})"
    rf"|(?:a|just\s+a)\s+({'|'.join(_PAIRED)})(?:\s+one)?",
    re.IGNORECASE,
)
_FEW = re.compile(  # 'single figures': under ten, as '<10' bounds it
    r"(?:a|just\s+a|only\s+a)\s+(?:few|handful)|several|very\s+few|(?:in\s+)?single\s+(?:figures|digits)",
    re.IGNORECASE,
)


def idiom_number(text: str) -> int | None:
    """The count a text that is wholly such an idiom names ('a dozen' 12, 'half a dozen' 6,
    'a score' 20, 'a couple' 2); None for any other text."""
    found = _IDIOM.fullmatch(text.strip().rstrip(".").strip())
    if found is None:
        return None
    if found.group(3) is not None:
        return _PAIRED[found.group(3).lower()]
    how_many = re.sub(r"\s+", " ", found.group(1).lower())
    return int(_HOW_MANY[how_many] * _SET[found.group(2).lower()])


def says_few(text: str) -> bool:
    """Whether a text is wholly words saying a count is small ('a few', 'a handful',
    'several'), with no number in them."""
    return _FEW.fullmatch(text.strip().rstrip(".").strip()) is not None


# in a sentence up to 'six dozen' (72); typed alone in a cell, up to 'five dozen' (``_HOW_MANY``)
_DOZENS = {words: int(times * _SET["dozen"]) for words, times in {**_HOW_MANY, "six": 6}.items()}
_DOZENS_WORDS = "|".join(words.replace(" ", r"\s+") for words in _DOZENS)
_DOZEN = re.compile(rf"\b({_DOZENS_WORDS})\s+dozen\b", re.IGNORECASE)


def dozens(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of each 'a dozen', 'half a dozen', 'two dozen' in ``text``."""
    return [
        (m.start(), m.end(), _DOZENS[" ".join(m.group(1).lower().split())])
        for m in _DOZEN.finditer(text)
    ]
