"""The proof's own reading of lines of words that no column tells apart: a log's lines.

An outcome log with the participants' references taken out ('Local authority | Payment
group' over 'Leeds | JSA 18-24', 'Bradford | JSA 25+', 'Leeds | ESA Flow' ...) need repeat no
line word for word to list records: every column repeats its words, so nothing names a line
but its being there, and how many lines there are is the count. A table of words names each
line once ('PG1 | JSA 18-24', 'Leeds | West Yorkshire', a glossary's terms): one of its
columns never repeats. Read by verify/record_lines where a measure's name stands over them.

Such lines whose input held a figure the copy does not show (a table of payments or of
earnings by area and payment group, its money removed) were a table's, one line to each
group, and are no log: the lines are then records only where they repeat (read by
verify/record_lines as ever). A number under a header naming a record's reference ('Claim
ID', 'No.', '#') is that line's name, and a month's code (201304) or a number under a period
('Week' over 13) says when the line happened: neither is a figure.
"""

from __future__ import annotations

import re

from wpxl.model import Sheet
from wpxl.verify.books import SheetPair
from wpxl.verify.values import is_date_format, is_month_code

SHORTEST = 5  # lines under the header, as a run of record lines is read
# the header over a line's own number or reference ('Claim ID', 'Ref', 'Case no.', '#')
_REFERENCE = re.compile(
    r"\b(?:id|ref|reference|claim|case|record)\b|\b(?:no\.?|number)$|^#$", re.IGNORECASE
)
# the header over when a line happened ('Week', 'Month', 'Week no.'): 13, 201304 are no counts
_PERIOD = re.compile(
    r"^(?:week|wk|month|period|quarter|year|day)s?(?:\s+(?:no\.?|number|code))?$", re.I
)
Run = list[tuple[int, tuple[tuple[int, str], ...]]]


def unkeyed(pair: SheetPair, run: Run) -> list[int]:
    """The run's lines under its first (its header) if no column's words all differ, no line
    holds a share (a percentage sheet's keys, 'Leeds | Week 13 | 12%', repeat as a log's words
    do: its lines are the table's) and the input's lines held no figure."""
    if len(run) <= SHORTEST:
        return []
    lines = [dict(words) for _, words in run[1:]]
    for col in {c for line in lines for c in line}:
        said = [line.get(col) for line in lines]
        if None not in said and len(set(said)) == len(said):
            return []
    rows = {row for row, _ in run}  # read last: few runs get this far
    for (row, _), (value, _, _) in pair.cells.items():
        if row in rows and isinstance(value, float) and 0 < value < 1:
            return []
    if _held_figures(pair, run):
        return []
    return [row for row, _ in run[1:]]


def _held_figures(pair: SheetPair, run: Run) -> bool:
    """Whether the input's lines of the run held a number (not a flag, a date or a line's
    reference under its header) that the copy does not show."""
    if pair.source is None:
        return False
    at = [pair.input_coord((row, words[0][0])) for row, words in run]
    if any(a is None for a in at):
        return False
    head, rows = at[0][0], {a[0] for a in at[1:]}  # type: ignore[index]
    source: Sheet = pair.source
    heads = {col: cell.value for (row, col), cell in source.cells.items() if row == head}
    for (row, col), cell in source.cells.items():
        value = cell.value
        if row not in rows or isinstance(value, bool) or not isinstance(value, int | float):
            continue
        when = is_date_format(cell.style.number_format) or is_month_code(float(value))
        if value in (0, 1) or when:
            continue
        head = " ".join(str(heads.get(col, "")).split())
        if not (_REFERENCE.search(head) or _PERIOD.match(head)):
            return True
    return False
