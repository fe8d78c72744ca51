"""The proof's own reading of outcome words typed with a slip or run into others.

A header 'Job outcoms', 'Job Ouctomes', 'Sustainmnets' or 'JOBOUTCOMES' names outcomes: counts
under it carried as another measure's are outcome volumes shown (guidance R2). A word within
one slip of 'outcome(s)' or 'sustainment(s)' (one letter left out, added or changed, or two
neighbours swapped: the optimal string alignment distance), or holding one whole, reads as
that word; 'income', 'outcast' and 'sustainable' do not. A word shortened by letters left out
('Outcms', 'Sustmnts': the word's letters in order, its first three and its last kept, six
letters or more) reads as the word it shortens, and one broken over a header's two lines
('Sustain-' over 'ments') as the word whole (``broken_word``, asked by
wpxl.verify.measure_words). Written apart from the analysis's
reading (wpxl.analyse.misspelt), which the proof may not share.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

_OUTCOME_WORDS = ("outcome", "outcomes", "sustainment", "sustainments")
_LETTERS = re.compile(r"[A-Za-z]+")
_WITHIN = re.compile(r"outcomes?|sustainments?")


@lru_cache(maxsize=4096)
def respelt(text: str) -> str:
    """``text`` with each word near or holding an outcome word written as it (lower case)."""
    return _LETTERS.sub(_respelt_word, text)


_BROKEN = re.compile(r"([A-Za-z]+)[-\u2010\u00ad]?$")  # a line's last word, maybe hyphenated
_GOES_ON = re.compile(r"^([a-z]+)")  # the next line's first, in small letters


def broken_word(line: str, below: str) -> str | None:
    """The word broken over two lines of a header ('Sustain-' over 'ments', 'Out' over
    'comes': typed in two cells to fit a narrow column), whole, if it is one."""
    end, start = _BROKEN.search(line.rstrip()), _GOES_ON.match(below.lstrip())
    return end.group(1) + start.group(1) if end and start else None


def broken_words(texts: Mapping[tuple[int, int], str]) -> list[str]:
    """Each word broken over two lines of a header, one cell over the other, whole, among a
    sheet's ``texts`` by place (its cells holding words, the figures left out unvisited). The
    words under are looked at first: a broken word goes on in small letters, and labels under
    labels ('Council 001-00002') do not, which spares most of a long sheet's labels the patterns."""
    found = []
    for (row, col), text in texts.items():
        below = texts.get((row + 1, col))
        if below is None or not below.lstrip()[:1].islower():
            continue
        if (word := broken_word(text, below)) is not None:
            found.append(word)
    return found


def _respelt_word(match: re.Match[str]) -> str:
    return _respelt(match.group(0))


@lru_cache(maxsize=8192)
def _respelt(word: str) -> str:
    """Cached by word: labels repeat their words ('Council 001-00001', 'Council 001-00002')."""
    low = word.lower()
    if len(low) < 6 or low in _OUTCOME_WORDS:
        return word
    inside = _WITHIN.search(low)
    if inside is not None:
        return f"{low[: inside.start()]} {inside.group(0)} {low[inside.end() :]}".strip()
    near = [w for w in _OUTCOME_WORDS if _distance(low, w) <= 1 or _left_out(low, w)]
    return near[0] if near else word


def _left_out(word: str, full: str) -> bool:
    """Whether ``word`` is ``full`` written short: letters left out, first three and last kept."""
    if len(word) >= len(full) or not (word.startswith(full[:3]) and word.endswith(full[-1])):
        return False
    at = 3
    for letter in word[3:]:
        at = full.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _distance(a: str, b: str) -> int:
    """Edits (insert, delete, change, swap of neighbours) turning ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return 2
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[len(a)][len(b)]
