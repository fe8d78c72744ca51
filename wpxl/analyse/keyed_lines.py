"""Columns and rows a key under their table names as outcomes (or as another measure), where
their own words name none.

A table of job starts may carry a column headed only "Achieved" or "Cumulative*" and say what
it counts in a key under the table: "Achieved = job outcomes in the month", "* Job outcomes to
date", "'Achieved' counts job outcomes". The title names job starts, so the note does not name
the table (wpxl.analyse.notes_below); but the key names that one line, and its figures are
outcome volumes, which rounded as counts would go out. A key may stand anywhere on the sheet
where it heads and labels no figure (under the table, far below it, in a box beside it). A key
to a line starts with the line's
name (its footnote mark taken off) and a separator or linking word ("=", ":", "is", "column",
"shows"), or with the line's footnote mark, or quotes the name; what it says of the line names
an outcome. A comment on the line's own header or label cell ("Achieved", noted "Job outcomes
claimed in the month") is such a key too: it is never carried, but it says what the line counts.
A note that tells how many outcomes a line had ("JSA Prison Leavers: 2 JOs", in a notes column
beside a line of starts) is a remark on that line, not a key: a line of outcomes is not keyed
by a count of its own outcomes, and the line's figures count what its table says. The note
itself states an outcome volume and is not carried (wpxl.plan.carried_words).
The proof reads keys for itself (wpxl.verify.keyed_lines).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wpxl.analyse.words import header_measure
from wpxl.model import Cell, Coord, Measure

# a footnote mark at the end of a header or label: "Cumulative*", "Achieved (1)", "Paid [note 2]"
_MARK = re.compile(
    r"\s*(\*+|[\u2020\u2021]+|\((?:\d{1,2}|[a-z])\)|\[(?:note\s*)?\d{1,2}\]|[\u00b9\u00b2\u00b3])\s*$",
    re.IGNORECASE,
)
# what joins a line's name to what the key says of it
_LINK = (
    r"\s*(?:[:=\u2013\u2014]|-\s|\b(?:is|are|means|shows|counts|column|row|line|figures?"
    r"|includes?)\b)"
)
# a whole number counting the words after it ("2 JOs", "of which three job outcomes"): not a
# length of time ("13 weeks job outcomes"), a share, or a year ("2013 job outcomes")
_COUNT = re.compile(
    r"(?<![\w.,/\u00a3$-])(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve)\s+(?!(?:weeks?|wks?|months?|mths?|days?|years?|yrs?"
    r"|hours?|hrs?|quarters?|per\s*cent|percent)\b)((?:\S+\s+){0,2}\S+)",
    re.IGNORECASE,
)
# the words after which a number is a count, not part of a name
_LEADS = frozenset({
    "which", "incl", "incl.", "including", "includes", "include", "inc", "inc.", "were", "was",
    "had", "has", "have", "with", "plus", "and", "of", "are", "is", "only", "approx", "approx.",
    "about", "around", "c", "c.", "some",
})  # fmt: skip
_QUOTES = ("'", '"', "\u2018", "\u2019", "\u201c", "\u201d")
_LINKED = re.compile(_LINK, re.IGNORECASE)  # read on from a line's name, where the key names it


def key_lines(cells: dict[Coord, Cell], measure_words: dict[Measure, tuple[str, ...]]) -> list[str]:
    """The sheet's words that may key a line: those naming a measure that head and label no
    figure (notes under a table or far below it, a key beside it, titles), not a header or
    label, whose words name their own line. Most name an outcome; one naming another measure
    says what a bare 'Achieved' beside the starts counts ('Achieved = job starts')."""
    last_in_row: dict[int, int] = {}
    last_in_col: dict[int, int] = {}
    texts: list[tuple[Coord, str]] = []
    for (row, col), cell in cells.items():  # a sheet's every cell: no call a number
        value = cell.value
        if isinstance(value, str):
            if value.strip():
                texts.append(((row, col), value))
        elif type(value) is int or (isinstance(value, int | float) and type(value) is not bool):
            if last_in_row.get(row, -1) < col:
                last_in_row[row] = col
            if last_in_col.get(col, -1) < row:
                last_in_col[col] = row
    return [
        text
        for (row, col), text in texts
        if last_in_row.get(row, -1) < col and last_in_col.get(col, -1) < row
        and header_measure(text, measure_words) is not None
    ]  # fmt: skip


class Keys:
    """The sheet's words that may key a line (``key_lines``), what they say of each name read
    once: a stack of blocks repeats its headers and labels in each block, and has a title for
    each that may key them; asked of each name of each block, the titles were read the square
    of the blocks times (975,000 for 285 blocks)."""

    def __init__(self, notes: list[str]) -> None:
        self.notes = notes
        texts = [(" ".join(n.split()), n) for n in notes]
        self._lowered = [(t.isascii(), t.lower(), n) for t, n in texts]
        self._said: dict[str, list[str]] = {}

    def __bool__(self) -> bool:
        return bool(self.notes)

    def said_of(self, name: str) -> list[str]:
        """What each key to the line named ``name`` says of it (``key_to``), in their order."""
        said = self._said.get(name)
        if said is None:
            notes = self._asked(name)
            said = self._said[name] = [s for n in notes if (s := key_to(name, n)) is not None]
        return said

    def _asked(self, name: str) -> list[str]:
        """The notes ``key_to`` may find a key to ``name`` in: where both are ASCII and the
        name carries no footnote mark, those holding its words (``key_to``'s own first test,
        each note's plain lower-case words made once, not once a name)."""
        plain = " ".join(name.split())
        if _MARK.search(name) is not None or not plain.isascii():
            return self.notes
        lowered = plain.lower()
        return [
            note for plain_ascii, text, note in self._lowered if not plain_ascii or lowered in text
        ]


def keyed_measures(
    names: dict[int, str],
    notes: Keys,
    measure_words: dict[Measure, tuple[str, ...]],
    comments: dict[int, list[str]] | None = None,
) -> dict[int, Measure]:
    """By line (a column or row, with its header or label words in ``names``), the measure a
    key among ``notes``, or a comment on the line's own header or label cells (``comments``,
    by line), says the line counts, for the lines whose own words name no measure. Another
    measure than an outcome too: 'Achieved = job starts in the month' says what a column
    headed 'Achieved' beside the starts counts, which its header alone would read as their
    outcomes (wpxl.analyse.starts_lines.achieved_beside_starts)."""
    found: dict[int, Measure] = {}
    comments = comments or {}
    if not notes and not comments:
        return found
    for line, name in names.items():
        # most lines: no key, and their words are not read
        keys = [*notes.said_of(name), *comments.get(line, [])]
        if not keys or not name.strip() or header_measure(name, measure_words) is not None:
            continue
        for said in keys:
            if counts_outcomes(said, measure_words):
                continue
            measure = header_measure(said, measure_words)
            if measure is not None:
                found[line] = measure
                break
    return found


def named_across(names: dict[int, str], measure_words: dict[Measure, tuple[str, ...]]) -> bool:
    """Whether every line crossing the ones a key may name (a column or row, with its header
    or label words in ``names``) names a measure in its own words: 'Job starts' over a table of
    areas. A note opening with an area's name ('Leeds: new office opened in May, job outcomes
    to follow') then remarks on what happened there; the figures on its line count what their
    column says, as the proof reads them (wpxl.verify.outcomes consults a key only for a
    figure whose own lines name no measure). Read as a key, it made Leeds' job starts an
    outcome volume, removed."""
    return bool(names) and all(header_measure(n, measure_words) is not None for n in names.values())


def counts_outcomes(said: str, measure_words: dict[Measure, tuple[str, ...]]) -> bool:
    """Whether ``said`` tells how many outcomes there were ("2 JOs"): a count stands right
    before the words naming them."""
    for count in _COUNT.finditer(said):
        named = header_measure(count.group(1), measure_words)
        if named is not None and named.is_outcome and _leads_a_count(said[: count.start()]):
            return True
    return False


def _leads_a_count(before: str) -> bool:
    """Whether the words before a number let it be a count: none, or a word that brings one in
    ('of which 2', 'includes 2', 'there were 2'); after a name ('PG 1', 'Payment group 6',
    'JSA 18 24') it is part of the name."""
    words = before.split()
    return not words or words[-1].lower().rstrip(":,;") in _LEADS


def key_to(name: str, note: str) -> str | None:
    """What ``note`` says of the line named ``name``, if it is a key to that line."""
    text = " ".join(note.split())
    if (mark := _MARK.search(name)) is not None:
        sign = mark.group(1)
        if re.match(re.escape(sign) + r"(?![*\u2020\u2021])", text, re.IGNORECASE):
            return text[len(sign) :]
        name = name[: mark.start()]
    name = " ".join(name.split())
    if not name:
        return None
    if name.isascii() and text.isascii():
        return _ascii_key_to(name, text)
    linked, quoted = _patterns(name)
    if (start := linked.match(text)) is not None:
        return text[start.end() :]
    said = quoted.search(text)
    return None if said is None else text[: said.start()] + text[said.end() :]


def _ascii_key_to(name: str, text: str) -> str | None:
    """``key_to`` for a name and a note both ASCII, read as its patterns read them, with no
    pattern made for the name: hundreds of names a sheet (MoJ's), each asked of the notes
    holding its words, made a tenth of the sheet's analysis compiling patterns."""
    lowered, wanted = text.lower(), name.lower()
    if wanted not in lowered:
        return None  # most notes name no line
    if lowered.startswith(wanted) and (start := _LINKED.match(text, len(name))) is not None:
        return text[start.end() :]
    at = lowered.find(wanted, 1)
    while at != -1:
        end = at + len(name)
        if text[at - 1] in _QUOTES and end < len(text) and text[end] in _QUOTES:
            return text[: at - 1] + text[end + 1 :]
        at = lowered.find(wanted, at + 1)
    return None


@lru_cache(maxsize=4096)
def _patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A key's patterns for a line's name: made once a name, as ``re``'s own cache of 512
    patterns, asked of each name of a sheet's hundreds of lines against each note holding its
    words, made them again and again (a seventh of the analysis of MoJ's tables)."""
    quoted = "[" + "".join(_QUOTES) + "]"
    return (
        re.compile(re.escape(name) + _LINK, re.IGNORECASE),
        re.compile(quoted + re.escape(name) + quoted, re.IGNORECASE),
    )
