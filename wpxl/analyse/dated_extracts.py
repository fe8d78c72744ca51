"""Extracts listing one line a participant by its dates alone, which wpxl refuses.

A case-management extract ('Office | Start date | Job outcome date' over 'Leeds | 01/04/2013
| 18/10/2013', a line each participant) holds no figure to round or remove and, with one word
on a line or none ('Start date | Job outcome date' alone), no line of words for
analyse/record_lines to read: every line went out as it stood, and how many outcome dates
there are is the outcome volume, how many lines the starts' unrounded. A run of five lines or
more under a header line, each holding at most one word, otherwise only dates and flags (0, 1,
TRUE, FALSE), where the header over a column of dates names a measure ('Job outcome date',
'Referral date'), or says it holds dates ('Start date') with a header naming one over flags
('Outcome achieved' over TRUE and FALSE), lists records; a log of notes by date ('Date |
Comment on job starts') does not. A table of dates keyed by week ('Week commencing' over the
weeks of a blank template) names no measure over its dates and is no extract.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping

from wpxl.analyse.record_lines import DATED, LEAST_LINES
from wpxl.analyse.sheet_texts import Texts
from wpxl.analyse.words import header_measure
from wpxl.model import Cell, Coord, Measure, Sheet

_DATE_HEAD = re.compile(r"\bdates?\b|\bdated\b", re.IGNORECASE)


def listing_dated_records(
    sheet: Sheet, texts: Texts, measure_words: Mapping[Measure, tuple[str, ...]]
) -> list[str]:
    """One sentence for each run of participants' lines held by their dates under a header
    naming a measure, giving its first and last line (1-based, as Excel numbers them)."""
    words = dict(measure_words)
    problems = []
    for row, heads in _header_lines(sheet.cells, texts).items():
        dated = _dated_lines(sheet.cells, row, heads)
        dates = _columns_holding(sheet.cells, dated, heads, _is_date)
        flags = _columns_holding(sheet.cells, dated, heads, _is_flag)
        if len(dated) >= LEAST_LINES and _named(heads, dates, flags, words):
            why = DATED.format(first=dated[0] + 1, last=dated[-1] + 1, own="dated")
            problems.append(f"sheet '{sheet.name}': {why}")
    return problems


def _header_lines(cells: dict[Coord, Cell], texts: Texts) -> dict[int, dict[int, str]]:
    """Lines of two words or more, nothing but words on them, whose next line holds a date:
    the header lines an extract's dated lines may stand under."""
    lines: dict[int, dict[int, str]] = {}
    for (row, col), text in texts:
        if text.strip():
            lines.setdefault(row, {})[col] = text
    return {
        row: heads
        for row, heads in lines.items()
        if len(heads) >= 2
        and any(isinstance(c.value, dt.date) for col in heads if (c := cells.get((row + 1, col))))
    }


def _dated_lines(cells: dict[Coord, Cell], header: int, heads: dict[int, str]) -> list[int]:
    """The lines under the header, while each holds one word at most and nothing else but
    dates and flags in the header's columns, that hold a date."""
    dated, row = [], header + 1
    while True:
        said = [
            cell.value
            for col in heads
            if (cell := cells.get((row, col))) is not None and cell.value not in (None, "")
        ]
        words = sum(isinstance(v, str) for v in said)
        flags = all(isinstance(v, str | dt.date) or v in (0, 1) for v in said)
        if not said or words > 1 or not flags:
            return dated
        if any(isinstance(v, dt.date) for v in said):
            dated.append(row)
        row += 1


def _is_date(value: object) -> bool:
    return isinstance(value, dt.date)


def _is_flag(value: object) -> bool:
    return isinstance(value, int | float) and value in (0, 1)  # TRUE and FALSE too


def _columns_holding(
    cells: dict[Coord, Cell], rows: list[int], heads: dict[int, str], kind: Callable[[object], bool]
) -> set[int]:
    """The header's columns holding a value of the ``kind`` on any of the lines."""
    return {
        col
        for row in rows
        for col in heads
        if (cell := cells.get((row, col))) is not None and kind(cell.value)
    }


def _named(heads: dict[int, str], dates: set[int], flags: set[int], words: dict) -> bool:
    """Whether a header over the dates names a measure ('Job outcome date'), or says it holds
    dates ('Start date') beside a header naming one over flags ('Outcome achieved' over TRUE
    and FALSE); not beside one over words ('Date | Comment on job starts', a log of notes)."""
    over = [heads[col] for col in dates if col in heads]
    if any(header_measure(head, words) is not None for head in over):
        return True
    named = any(header_measure(heads[col], words) is not None for col in flags)
    return named and any(_DATE_HEAD.search(head) for head in over)
