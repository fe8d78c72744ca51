"""The proof's own reading of lines of words flagging each one's outcome.

'Initials | Office | Job outcome' over 'JS | Leeds | Yes', 'MK | Bradford | No': no figure, each
line told apart by its first column, yet how many lines say yes under 'Job outcome' is the
outcome volume, and a 'No' says a line's outcomes are none. Five lines or more under a header
naming an outcome over a column of flags alone (yes or no, Y or N, a tick or a cross, TRUE or
FALSE, 1 or 0), one at least saying yes (or one mark beside blanks), are records, and the copy
is refused; lines naming a measure ('Job outcomes | Yes' under 'Paid as an outcome?') define
the measures and are no records. So are such lines of a percentage sheet marked 'base too
small to show' on some and blank on others: the mark falls on the lines that held an outcome.
"""

from __future__ import annotations

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.measure_words import Measures

SHORTEST = 5  # lines under the header, as verify/record_lines reads a run
FLAGGED = "lines flagging each one's outcome yes or no: records listed one by one, their count"
_YES = frozenset(("y", "yes", "\u2713", "\u2714", "true", "achieved"))
_FLAGS = _YES | frozenset(("n", "no", "\u2717", "\u2718", "x", "false", "not achieved"))
# a percentage sheet's mark where a share's base is too small, written on the lines that held a
# count and not on those that held none: beside blanks, as telling as a tick
_MARKS = _FLAGS | {"base too small to show"}
Run = list[tuple[int, tuple[tuple[int, str], ...]]]


def flagged_lines(pair: SheetPair, run: Run, measures: Measures) -> list[Finding]:
    """A finding at the first line of the run if a column headed by words naming an outcome
    holds only flags on five of its lines or more, one at least saying yes."""
    top, lines = run[0][0], [dict(words) for _, words in run[1:]]
    for col, _ in run[0][1] if len(lines) >= SHORTEST else ():
        said = [pair.cells[(row, col)][0] for row, _ in run[1:] if (row, col) in pair.cells]
        flags = {_flag(value) for value in said if value not in (None, "")}
        count = sum(value not in (None, "") for value in said)
        one_mark = len(flags) == 1 and count < len(lines)  # an 'X' on the lines it marks
        said_yes = flags <= _FLAGS and bool(flags & _YES)
        if count < SHORTEST or not (said_yes or (one_mark and flags <= _MARKS)):
            continue
        head = pair.cells[(top, col)][0]  # as written: 'JO' is read in its capitals
        named = any(measures.of(words) is not None for line in lines for words in line.values())
        if isinstance(head, str) and measures.of(head) == "outcome" and not named:
            return [Finding(pair.where((run[1][0], col)), FLAGGED)]
    return []


def _flag(value: object) -> str | None:
    """A cell's flag in words ('yes', 'n', a tick; 1 and TRUE read 'yes')."""
    if isinstance(value, str):
        return " ".join(value.split()).lower()
    if isinstance(value, int | float) and value in (0, 1):
        return "yes" if value else "no"
    return None
