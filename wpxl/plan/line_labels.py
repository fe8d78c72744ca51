"""Labels that state a figure of their own line, which the copy rounds or may not show.

A row label's small numbers usually name a group ('JSA 18-24', 'Top 50', 'CPA 12'), so a
label is judged against the workbook's figures only from 100 (``quoting.judged_alone``). But a
label written beside its own line's count ('Leeds - 41', 'Leeds (41)', 'Calderdale - 43
starts') gives that count back whatever its size: 41 job outcomes under a percentage, 43
starts under the rounded 40. Such a label goes wherever the copy shows it (its volume sheet
and the percentage sheet its line moves to). Numbers whose shape names something (bands,
ages, references, numbered places, dates: ``quoting.without_names``) are left alone, as is a
month with the day or two-digit year after it ('Sep-14', 'Sep 14', "Sep '14": the line's
period, a date as the proof reads it, whatever count of 14 the line holds), and a figure under
10: categories are numbered so, and a count under 10 rounds to 0. A label of digits alone left
of its line's figures ('33' under 'Year' or 'Office code', as exports write codes) states
nothing: it names its line, and went (or, kept as a code, had the copy refused) when its
line's count happened to be 33 too. Right of them, digits alone may be a count typed as text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wpxl.model import Coord, SheetAnalysis, Table
from wpxl.plan.quoting import unjoined, without_names
from wpxl.read.quoted_figures import numbers_in_text

LINE_FIGURE = (
    "it states a figure of its own line (an outcome volume, or a count the copy rounds), "
    "which gives that figure back"
)
MIN_LINE_FIGURE = 10
_DIGIT = re.compile(r"\d")
# A numbered place or payment group names its line ('CPA 14', 'Office 3', 'PG 2'), as the
# references ``without_names`` takes out do ('Group 6', 'Week 3')
_PLACES = re.compile(
    r"\b(?:cpa|pg|lot|package|area|office|district|region|ward|site|team|zone|q|v)\s*\d{1,2}\b",
    re.IGNORECASE,
)
# A month and the day or two-digit year written after it: 'Sep-14', 'Sep 14', "Sep '14", 'June 3'
# (a month word itself, not a name starting so: 'Marsden 14' may state its line's 14)
_MONTH_DAY = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ -]?['\u2019]?"
    r"(?:0?[1-9]|[12]\d|3[01])\b(?![.,]\d)",
    re.IGNORECASE,
)


def labels_stating_their_line(
    analysis: SheetAnalysis, texts: list[tuple[Coord, str]], base: int
) -> set[str]:
    """Of a sheet's ``texts``, those on a table's line stating one of the line's figures that
    must not appear: an outcome figure, or a count rounding changes."""
    found = set()
    lines = _lines_of(analysis.tables)
    for (row, col), text in texts:
        if _DIGIT.search(text) is None:  # most texts: words alone
            continue
        table = next((t for t in lines.get(row, ()) if t.area.left <= col <= t.area.right), None)
        if table is None:
            continue
        if text.strip().isdecimal() and col < min(table.body_cols, default=col + 1):
            continue  # a code naming its line, left of its figures
        numbers = _stated(text)
        if numbers and _hidden_figures(table, analysis, row, base).intersection(numbers):
            found.add(text)
    return found


@lru_cache(maxsize=4096)
def _stated(text: str) -> tuple[float, ...]:
    """The numbers a label may state as its line's figure, remembered: a pack repeats its
    labels on sheet after sheet, and reading one runs a dozen patterns."""
    named = unjoined(without_names(_PLACES.sub(" ", _MONTH_DAY.sub(" ", text))))
    return tuple(numbers_in_text(named, least=MIN_LINE_FIGURE))


def _lines_of(tables: list[Table]) -> dict[int, list[Table]]:
    """The tables with a body or total line on each row, in the sheet's order: a look-up per
    label, where a search of each table's lines costs a long sheet's labels its square."""
    lines: dict[int, list[Table]] = {}
    for table in tables:
        for row in dict.fromkeys((*table.body_rows, *table.total_rows)):
            lines.setdefault(row, []).append(table)
    return lines


def _hidden_figures(table: Table, analysis: SheetAnalysis, row: int, base: int) -> set[float]:
    cells, found = analysis.sheet.cells, set()
    for col in (*table.body_cols, *table.total_cols):
        cell = cells.get((row, col))
        value = None if cell is None else cell.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if value % base or table.measure_of((row, col)).is_outcome:
            found.add(float(value))
    return found
