"""Lines of words flagging each one's outcome, which wpxl refuses as records.

A list of participants by their initials or a name of the analyst's own ('Initials | Office |
Job outcome' over 'JS | Leeds | Yes', 'MK | Bradford | No') holds no figure, and each line is
told apart by its first column, so analyse/record_lines saw a table of words: it went out as it
stood, and how many lines say 'Yes' under 'Job outcome' is the outcome volume (a 'No' on an
office's line says its outcomes are none, an exact count). With 1 or 0 under 'Job outcome'
the plan made it a percentage sheet, 'base too small to show' on each line that had one. A run
of five lines or more under a header naming an outcome over a column of flags alone ('Y', 'N',
'Yes', 'No', a tick, a cross, TRUE, FALSE, 1 or 0), one at least saying yes (or one mark beside
blanks: an 'X' on the lines it marks), lists records, where no line names a measure (a table
of the measures, 'Job outcomes | Yes' under 'Paid as an outcome?', defines them).
"""

from __future__ import annotations

from wpxl.analyse.words import header_measure
from wpxl.model import Measure, Sheet

LEAST_LINES = 5  # lines under the header, as analyse/record_lines reads a run
YES = frozenset(("y", "yes", "\u2713", "\u2714", "true", "achieved"))
FLAGS = YES | frozenset(("n", "no", "\u2717", "\u2718", "x", "false", "not achieved"))
Run = list[tuple[int, tuple[tuple[int, str], ...]]]


def flagged_lines(
    sheet: Sheet, run: Run, measure_words: dict[Measure, tuple[str, ...]]
) -> list[int]:
    """The run's lines under its first (its header) if a column headed by words naming an
    outcome holds only flags, one at least saying yes, on five lines or more."""
    top, lines = run[0][0], [dict(words) for _, words in run[1:]]
    if len(lines) < LEAST_LINES:
        return []
    for col, _ in run[0][1]:
        said = [sheet.cells[(row, col)].value for row, _ in run[1:] if (row, col) in sheet.cells]
        flags = [_flag(value) for value in said if value not in (None, "")]
        if len(flags) < LEAST_LINES or not _marks(flags, blanks=len(flags) < len(lines)):
            continue
        head = sheet.cells[(top, col)].value  # as written: 'JO' is read in its capitals
        measure = header_measure(head, measure_words) if isinstance(head, str) else None
        if measure is not None and measure.is_outcome and not _of_measures(lines, measure_words):
            return [row for row, _ in run[1:]]
    return []


def _flag(value: object) -> str | None:
    """A cell's flag in words ('yes', 'n', a tick; 1 and TRUE read 'yes'), None for none."""
    if isinstance(value, str):
        return " ".join(value.split()).lower()
    if isinstance(value, int | float) and value in (0, 1):
        return "yes" if value else "no"
    return None


def _marks(flags: list[str | None], blanks: bool) -> bool:
    """Whether the flags say yes or no, one at least yes, or are one mark beside blanks (an
    'X' on the lines it marks)."""
    said = set(flags)
    return said <= FLAGS and bool(said & YES or (len(said) == 1 and blanks))


def _of_measures(lines: list[dict[int, str]], measure_words: dict) -> bool:
    """Whether a line names a measure: a table about the measures ('Job outcomes | Yes' under
    'Paid as an outcome?'), not a list of people or places."""
    said = {words for line in lines for words in line.values()}
    return any(header_measure(words, measure_words) is not None for words in said)
