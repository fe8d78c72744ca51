"""A footnote's number states no figure: 'Non-criminal prisoners(2)' over a note '(2) As a
result of ...' points at the note, though the input holds a count of 2.

A number in brackets is otherwise a figure stated ('ESA flow (3)', 'Buxton (17)':
wpxl.verify.stated_figures), so the proof lets one be only when the input shows both ends, in
its visible cells: a text ending with the number as a marker ('(2)', '(3,4)', '(2)(3)', '[2]',
or raised: '⁽²⁾', '⁽³,⁴⁾') or joining it to a word ('prison(1) population'), and a note opening
with it as its key ('(2) ...', '[2] ...', '2. ...'). The plan judges the same
(wpxl.plan.footnotes); this module does not read it.
"""

from __future__ import annotations

import re
from unicodedata import normalize

from wpxl.verify.proof import Proof

_RAISED = r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2}"
_MARK = (  # bracketed, or raised as a published book has it ('2009⁽²⁾', '⁽³,⁴⁾': wpxl.read.strings)
    r"(?:[(\[]\s*\d{1,2}(?:\s*,\s*\d{1,2})*\s*[)\]]"
    rf"|\u207d{_RAISED}(?:\s*,\s*{_RAISED})*\u207e)"
)
_ENDING = re.compile(rf"(?<=\S)(?:\s*{_MARK})+\s*$")  # markers ending a text
_JOINED = re.compile(rf"(?<=[A-Za-z]){_MARK}")  # one joined to a word: "prison(1) population"
_NUMBER = re.compile(r"\d{1,2}")
_OPENING = re.compile(r"\s*(?:\((\d{1,2})\)|\[(\d{1,2})\]|(\d{1,2})[.)])\s*[A-Za-z(]")  # a key


def footnote_numbers(proof: Proof) -> frozenset[float]:
    """The numbers the input's visible texts carry both as a marker and as a note's key."""
    found = proof.kept.get("footnotes")
    if not isinstance(found, frozenset):
        markers: set[float] = set()
        keys: set[float] = set()
        for text in proof.visible_texts:
            marks = [m.group(0) for m in (_ENDING.search(text), *_JOINED.finditer(text)) if m]
            markers.update(
                float(n) for mark in marks for n in _NUMBER.findall(normalize("NFKC", mark))
            )
            opening = _OPENING.match(text)
            if opening is not None:
                keys.add(float(next(g for g in opening.groups() if g is not None)))
        found = proof.kept["footnotes"] = frozenset(markers & keys)
    return found


def unmarked(text: str, footnotes: frozenset[float]) -> str:
    """``text`` without the markers and the key it carries, when each number of them is one of
    ``footnotes`` (the rest is judged as any text is: '2009(2)' is a year then); else as it
    is."""
    ending = _ENDING.search(text)
    body = text[: ending.start()] if ending is not None else text
    marks = [m.group(0) for m in (ending, *_JOINED.finditer(body)) if m is not None]
    numbers = {float(n) for mark in marks for n in _NUMBER.findall(normalize("NFKC", mark))}
    body = _JOINED.sub("", body)
    opening = _OPENING.match(body)
    if opening is not None:
        numbers.add(float(next(g for g in opening.groups() if g is not None)))
        body = body[opening.end() - 1 :]  # the key's first word stays
    if not numbers or not numbers <= footnotes:
        return text
    return body


def without_marks(text: str) -> str:
    """``text`` without every number it carries in a footnote's shape (a marker, a key), as
    it reads if each were a footnote's: only the whole input tells (``footnote_numbers``)."""
    return unmarked(text, _ANY_NUMBER)


_ANY_NUMBER = frozenset(float(n) for n in range(100))  # a footnote's number: up to two digits
