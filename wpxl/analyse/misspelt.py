"""Outcome words as hand-typed headers slip on them, or as extracts run them together.

'Job outcoms', 'Job Ouctomes', 'Sustainmnets' and 'JOBOUTCOMES' name outcomes to any reader,
but no measure word, matched at the start of a word, finds them: the column would take its
table's measure and go out as rounded job starts (an outcome volume shown, guidance R2). A
word one slip from 'outcome(s)' or 'sustainment(s)' (a letter left out, added or changed, or
two neighbours swapped), or holding one of them whole ('joboutcomes'), is read as that word.
Words further off ('income', 'outcast', 'sustainable') are what they say. So is a word written
short by leaving letters out, as analysts shorten a header to fit its column ('Outcms', 'Job
outcms', 'Sustmnts', 'Sustnmt'): the target's letters in order, its first three and its last
kept, six letters or more; no English word is so made of them. A word broken over a header's
two lines ('Sustain-' over 'ments', 'Out' over 'comes') is read whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TARGETS = ("outcomes", "outcome", "sustainments", "sustainment")
_WORD = re.compile(r"[A-Za-z]{6,}")
_HELD = re.compile(r"(outcomes?|sustainments?)", re.IGNORECASE)


# a word broken over a header's two lines, typed in two cells to fit a narrow column
# ('Sustain-' over 'ments', 'Out' over 'comes'), the lines joined by a space
_BROKEN = re.compile(r"([A-Za-z]+)[-\u2010\u00ad]?\s+(?=([a-z]+))")


@lru_cache(maxsize=4096)
def mended(text: str) -> str:
    """``text`` with each word that slips on an outcome word, or holds one run into others,
    written as that word (apart from the words around it), and one broken over two lines
    ('Sustain- ments') whole."""
    return _WORD.sub(_mend, _BROKEN.sub(_rejoined, text))


def _rejoined(match: re.Match[str]) -> str:
    """The first part without the break after it where the two parts are an outcome word, or
    slip on one, as one word (the second part is left to follow it)."""
    whole = match.group(1) + match.group(2)
    joined = _mended_word(whole) != whole or whole.lower() in _TARGETS
    return match.group(1) if joined else match.group(0)


def _mend(match: re.Match[str]) -> str:
    return _mended_word(match.group(0))


@lru_cache(maxsize=8192)
def _mended_word(word: str) -> str:
    """Cached by word: labels repeat their words ('Council 001-00001', 'Council 001-00002')."""
    lowered = word.lower()
    if lowered in _TARGETS:
        return word
    if _HELD.search(lowered):
        return _HELD.sub(r" \1 ", lowered).strip()  # 'joboutcomes' -> 'job outcomes'
    return next((t for t in _TARGETS if _one_slip(lowered, t) or _shortened(lowered, t)), word)


def _shortened(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` with letters left out, its first three and last kept."""
    if len(word) >= len(target) or word[:3] != target[:3] or word[-1] != target[-1]:
        return False
    rest = iter(target[3:])
    return all(letter in rest for letter in word[3:])


def _one_slip(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` with one letter left out, added, changed, or two
    neighbouring letters swapped."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diffs = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        first, second = diffs[0], diffs[-1]
        return (
            len(diffs) == 2
            and second == first + 1
            and word[first] == target[second]
            and word[second] == target[first]
        )
    short, long = (word, target) if len(word) < len(target) else (target, word)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
