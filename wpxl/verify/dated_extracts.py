"""The proof's own reading of an extract listing participants by their dates alone.

'Office | Start date | Job outcome date' over 'Leeds | 01/04/2013 | 18/10/2013', a line each
participant, or 'Start date | Job outcome date' alone: with one word on a line or none, no
line is one of words for verify/record_lines, and no figure is a count to judge, yet how many
outcome dates there are is the outcome volume. Five lines or more under a header line, each
holding one word at most and otherwise only dates and flags (0, 1, TRUE, FALSE), where the
header over a column of dates names a measure once its date words are read past ('Job outcome
date', 'Date of referral'), or says it holds dates beside a header naming a measure over
flags ('Outcome achieved' over TRUE and FALSE), list records, and the copy is refused.
"""

from __future__ import annotations

import re

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.measure_words import Measures

SHORTEST_RUN = 5  # dated lines under the header, as verify/record_lines reads a run
LISTED = (
    "lines each holding a date and one word at most, under a header naming a measure: "
    "records listed one by one, their count"
)
_DATE_WORDS = re.compile(r"\bdate(?:s|d)?(?:\s+of)?\b", re.IGNORECASE)
Line = list[tuple[int, object, bool]]  # (column, value, in a date's format)


def dated_extracts(pair: SheetPair, lines: dict[int, Line], measures: Measures) -> list[Finding]:
    """The first dated line of each run of participants' lines under a header naming a
    measure over their dates; ``lines`` are the copy's cells not empty, by row."""
    found = []
    for row, line in lines.items():
        heads = {col: value for col, value, _ in line if isinstance(value, str)}
        if len(heads) < 2 or len(heads) < len(line) or not _dated(lines.get(row + 1, [])):
            continue
        dated, row_at = [], row + 1
        while (below := lines.get(row_at)) is not None and _short(below, heads):
            dated += [row_at] if _dated(below) else []
            row_at += 1
        dates, flags = _columns(lines, dated)
        if len(dated) >= SHORTEST_RUN and _named(heads, dates, flags, measures):
            found.append(Finding(pair.where((dated[0], min(heads))), LISTED))
    return found


def _dated(line: Line) -> bool:
    return any(is_date for _, _, is_date in line)


def _short(line: Line, heads: dict[int, object]) -> bool:
    """Whether the line, in the header's columns, holds one word at most and otherwise only
    dates and flags."""
    said = [(value, is_date) for col, value, is_date in line if col in heads]
    words = sum(isinstance(value, str) for value, _ in said)
    return (
        bool(said)
        and words <= 1
        and all(isinstance(value, str) or is_date or value in (0, 1) for value, is_date in said)
    )


def _columns(lines: dict[int, Line], rows: list[int]) -> tuple[set[int], set[int]]:
    """The columns holding a date, and those holding a flag (0, 1, TRUE, FALSE), on the lines."""
    dates = {col for row in rows for col, _, is_date in lines[row] if is_date}
    flags = {
        col
        for row in rows
        for col, value, is_date in lines[row]
        if not is_date and isinstance(value, int | float) and value in (0, 1)
    }
    return dates, flags


def _named(heads: dict[int, object], dates: set[int], flags: set[int], measures: Measures) -> bool:
    """Whether a header over the dates names a measure past its date words, or says it holds
    dates beside a header naming one over flags (not over words: a log of notes by date)."""
    over = [str(heads[col]) for col in dates if col in heads]
    if any(measures.of(_DATE_WORDS.sub(" ", head)) is not None for head in over):
        return True
    named = any(measures.of(str(heads[col])) is not None for col in flags if col in heads)
    return named and any(_DATE_WORDS.search(head) for head in over)
