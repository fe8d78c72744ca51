"""Invariant 2 for a whole percentage in words about a line of small counts on its sheet.

A percentage to a decimal place in the input's words is never carried (``precise_shares``); a
whole one may be, but not about a line whose counts are all below the small base (policy
``small_base``, 20 by default), the base below which wpxl shows no percentage of its own: "29%
of JSA Prison Leavers referred were attached", beside their referrals and attachments shown as
0 (so each below 10), can only be 2 of 7. Such a text on a sheet (a note, title, header or label
naming the label of one of the sheet's lines, the label itself "JSA Prison Leavers (29%)" too)
must not be in its copy.

The lines are read here from the input sheet's grid alone, and only where the copy states a
whole percentage: a row's label is the first text left of its numbers, a column's the last text
above them; a line is small when every number on it is a whole count below the small base and
one of them is above 0.
"""

from __future__ import annotations

import re

from wpxl.model import Sheet
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof
from wpxl.verify.values import unquoted

SMALL_BASE_SHARE = "a percentage in words about a line of counts under the small base"
_WHOLE_SHARE = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:%|per\s*cent\b)", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_Line = tuple[str | None, list[float]]  # a line's label (None: numbers came first), its numbers


def no_small_base_shares(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Each text of a volume sheet's copy (not its banner) stating a whole percentage (not 0 or
    100) and naming the label of one of the input sheet's small lines."""
    sheet = pair.original or pair.source  # the input sheet, not its regrouping
    if pair.kind != "volume" or sheet is None:
        return []
    stating = pair.stating(proof.base, _states_a_share)
    if not stating:
        return []  # most sheets: their lines are not read
    labels = small_lines(sheet, proof.policy.small_base)
    sheets = set(proof.output.states)  # a sheet of the copy quoted by name ('Sustainments 2 %')
    return [
        Finding(pair.where(coord), SMALL_BASE_SHARE)
        for coord, text in stating
        if _states_a_share(said := unquoted(text, sheets))
        and any(_names(label, " ".join(said.lower().split())) for label in labels)
    ]


def small_lines(sheet: Sheet, least: int) -> set[str]:
    """The labels (lower case, spaces single) of the sheet's rows and columns whose numbers are
    all whole counts below ``least``, one of them above 0."""
    rows: dict[int, _Line] = {}
    cols: dict[int, _Line] = {}
    found: set[str] = set()
    for (r, c), cell in sorted(sheet.cells.items()):
        value = cell.value
        if isinstance(value, str):
            if value.strip():
                if r not in rows:
                    rows[r] = (value, [])
                _close(cols.get(c), least, found)
                cols[c] = (value, [])
        elif isinstance(value, int | float) and not isinstance(value, bool):
            rows.setdefault(r, (None, []))[1].append(float(value))
            cols.setdefault(c, (None, []))[1].append(float(value))
    for line in (*rows.values(), *cols.values()):
        _close(line, least, found)
    return found


def _close(line: _Line | None, least: int, found: set[str]) -> None:
    if line is None or line[0] is None or not line[1]:
        return
    label, numbers = line
    said = " ".join(label.lower().split())
    if len(said) < 4 or not _LETTER.search(said) or not any(n > 0 for n in numbers):
        return
    if all(n.is_integer() and 0 <= n < least for n in numbers):
        found.add(said)


def _states_a_share(text: str) -> bool:
    return any(0 < int(p) < 100 for p in _WHOLE_SHARE.findall(text))


def _names(label: str, text: str) -> bool:
    at = text.find(label)
    while at >= 0:
        end = at + len(label)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            return True
        at = text.find(label, at + 1)
    return False
