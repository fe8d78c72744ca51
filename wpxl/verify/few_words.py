"""The words that say a count is small with no number in it: 'a single', 'a lone', 'a couple
of', 'a handful of', 'a few'. The proof queues a text holding them for judging (most texts with
no digit are not), and judges it as a count where a measure's word follows
(wpxl.verify.texts ``FEW_COUNTED``).

Typed alone in a cell they are a count too: 'a dozen', 'half a dozen', 'a score', 'a couple'
name the number they mean (``set_number``), read as 'twelve' is (wpxl.verify.spelt), and 'a
few', 'a handful', 'several' in an outcome's place say how many there were (``alone_few``):
'a dozen' typed among the job starts stood unrounded, and among the job outcomes went out
beside the rounded starts, both passing the proof. In a sentence or a label 'a dozen' is the 12
it names (``dozens_in``), read with the numbers spelt in words (wpxl.verify.spelt): 'Leeds: a
dozen referrals withdrawn' passed where 'twelve' did not. Never asked: plan (its own reading
is wpxl.read.idioms)."""

from __future__ import annotations

import re

FEW = re.compile(r"\ba\s+(?:single|lone|sole|solitary|couple|pair|handful|few)(?:\s+of)?\b", re.I)
_TIMES = {"a": 1.0, "one": 1.0, "half a": 0.5, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0}
_SETS = {"dozen": 12, "score": 20}
_TWOS = {"couple": 2, "pair": 2, "single": 1, "lone": 1, "sole": 1}
_SET_NUMBER = re.compile(
    r"(a|one|half\s+a|two|three|four|five)\s+(dozen|score)"
    r"|(?:just\s+)?a\s+(couple|pair|single|lone|sole)(?:\s+one)?",
    re.IGNORECASE,
)
_ALONE_FEW = re.compile(  # 'single figures': under ten, as '<10' bounds it
    r"(?:(?:just|only)\s+)?(?:a\s+(?:few|handful)|several|very\s+few)"
    r"|(?:in\s+)?single\s+(?:figures|digits)",
    re.I,
)


def set_number(text: str) -> float | None:
    """The count a text that is wholly a word for a set number names ('a dozen' 12, 'half a
    dozen' 6, 'a couple' 2); None for any other text."""
    found = _SET_NUMBER.fullmatch(text.strip().rstrip(".").strip())
    if found is None:
        return None
    if found.group(3) is not None:
        return float(_TWOS[found.group(3).lower()])
    return _TIMES[" ".join(found.group(1).lower().split())] * _SETS[found.group(2).lower()]


def alone_few(text: str) -> bool:
    """Whether a text is wholly words saying there are few ('a few', 'a handful', 'several',
    'single figures')."""
    return _ALONE_FEW.fullmatch(text.strip().rstrip(".").strip()) is not None


# in a sentence up to 'six dozen' (72); typed alone in a cell, up to 'five dozen' (``_TIMES``)
_TIMES_A_DOZEN = {**_TIMES, "six": 6.0}
_DOZEN_WORDS = "|".join(words.replace(" ", r"\s+") for words in _TIMES_A_DOZEN)
_DOZEN = re.compile(rf"\b({_DOZEN_WORDS})\s+dozen\b", re.IGNORECASE)


def dozens_in(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of each 'a dozen', 'half a dozen', 'two dozen' ... in ``text``."""
    return [
        (m.start(), m.end(), int(12 * _TIMES_A_DOZEN[" ".join(m.group(1).lower().split())]))
        for m in _DOZEN.finditer(text)
    ]
