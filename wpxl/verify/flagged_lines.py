"""The proof's own reading of lines of words flagging each one's outcome.

'Initials | Office | Job outcome' over 'JS | Leeds | Yes', 'MK | Bradford | No': no figure, each
line told apart by its first column, yet how many lines say yes under 'Job outcome' is the
outcome volume, and a 'No' says a line's outcomes are none. Five lines or more under a header
naming an outcome over a column of flags alone (yes or no, Y or N, a tick or a cross, TRUE or
FALSE), one at least saying yes, are records, and the copy is refused; lines naming a measure
('Job outcomes | Yes' under 'Paid as an outcome?') define the measures and are no records.
"""

from __future__ import annotations

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.measure_words import Measures

SHORTEST = 5  # lines under the header, as verify/record_lines reads a run
FLAGGED = "lines flagging each one's outcome yes or no: records listed one by one, their count"
_YES = frozenset(("y", "yes", "\u2713", "\u2714", "true", "achieved"))
_FLAGS = _YES | frozenset(("n", "no", "\u2717", "\u2718", "x", "false", "not achieved"))
Run = list[tuple[int, tuple[tuple[int, str], ...]]]


def flagged_lines(pair: SheetPair, run: Run, measures: Measures) -> list[Finding]:
    """A finding at the first line of the run if a column headed by words naming an outcome
    holds only flags on five of its lines or more, one at least saying yes."""
    top, lines = run[0][0], [dict(words) for _, words in run[1:]]
    for col, _ in run[0][1] if len(lines) >= SHORTEST else ():
        said = {line[col] for line in lines if col in line}
        if sum(col in line for line in lines) < SHORTEST or not said <= _FLAGS or not said & _YES:
            continue
        head = pair.cells[(top, col)][0]  # as written: 'JO' is read in its capitals
        named = any(measures.of(words) is not None for line in lines for words in line.values())
        if isinstance(head, str) and measures.of(head) == "outcome" and not named:
            return [Finding(pair.where((run[1][0], col)), FLAGGED)]
    return []
