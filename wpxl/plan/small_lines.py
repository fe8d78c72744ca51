"""Lines of small counts, and the texts that state a percentage about one.

wpxl shows no percentage of its own on a base below the policy's ``small_base`` (20): on such
a base a whole percentage gives the counts back. The provider's words may hold one: "29% of JSA
Prison Leavers referred were attached", beside their referrals and attachments shown as 0 (so
each below 10), can only be 2 of 7. So a note, title, header or label that states a whole
percentage (0 and 100 say no count) and names a line whose every count is below the small base
(one of them above 0) goes, as one stating a share to a decimal place does
(wpxl.read.precise_shares); the label stating its own line's share ("JSA Prison Leavers (29%)")
too. The lines are those of the text's own sheet, read from its grid, and only on a sheet where
some text states a whole percentage (walking every sheet's cells again would cost a large
workbook a tenth of its time): a row's label is the first text left of its numbers, a column's
the last text above them.
"""

from __future__ import annotations

import re

from wpxl.model import Sheet

_SHARE = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:%|per\s*cent\b)", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_Line = tuple[str | None, list[float]]  # its label (None: numbers came before any), numbers


def states_a_whole_share(text: str) -> bool:
    """Whether ``text`` states a whole percentage other than 0 and 100."""
    if "%" not in text and "cent" not in text.lower():
        return False  # most texts
    return any(0 < int(p) < 100 for p in _SHARE.findall(text))


def small_line_labels(sheet: Sheet, least: int) -> set[str]:
    """The labels (lower case, spaces single) of the sheet's rows and columns whose numbers
    are all whole counts below ``least``, one of them above 0."""
    found: set[str] = set()
    rows: dict[int, _Line] = {}
    cols: dict[int, _Line] = {}
    for (r, c), cell in sorted(sheet.cells.items()):
        value = cell.value
        if isinstance(value, str):
            if value.strip():
                rows.setdefault(r, (value, []))
                _settle(cols.get(c), least, found)
                cols[c] = (value, [])
        elif isinstance(value, int | float) and not isinstance(value, bool):
            rows.setdefault(r, (None, []))[1].append(float(value))
            cols.setdefault(c, (None, []))[1].append(float(value))
    for line in (*rows.values(), *cols.values()):
        _settle(line, least, found)
    return found


def _settle(line: _Line | None, least: int, found: set[str]) -> None:
    if line is None or line[0] is None or not line[1]:
        return
    label = " ".join(line[0].lower().split())
    numbers = line[1]
    if len(label) < 4 or not _LETTER.search(label) or max(numbers) <= 0:
        return
    if all(n.is_integer() and 0 <= n < least for n in numbers):
        found.add(label)


def names_a_line(text: str, labels: set[str]) -> bool:
    """Whether ``text`` holds one of ``labels`` as whole words, in any case."""
    said = " ".join(text.lower().split())
    return any(re.search(rf"(?<![^\W_]){re.escape(label)}(?![^\W_])", said) for label in labels)
