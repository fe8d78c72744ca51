"""The proof's own reading of lines of words that no column tells apart: a log's lines.

An outcome log with the participants' references taken out ('Local authority | Payment
group' over 'Leeds | JSA 18-24', 'Bradford | JSA 25+', 'Leeds | ESA Flow' ...) need repeat no
line word for word to list records: every column repeats its words, so nothing names a line
but its being there, and how many lines there are is the count. A table of words names each
line once ('PG1 | JSA 18-24', 'Leeds | West Yorkshire', a glossary's terms): one of its
columns never repeats. Read by verify/record_lines where a measure's name stands over them.
"""

from __future__ import annotations

from wpxl.verify.books import SheetPair

SHORTEST = 5  # lines under the header, as a run of record lines is read


def unkeyed(pair: SheetPair, run: list[tuple[int, tuple[tuple[int, str], ...]]]) -> list[int]:
    """The run's lines under its first (its header) if no column's words all differ and no
    line holds a share (a percentage sheet's keys, 'Leeds | Week 13 | 12%', repeat as a log's
    words do: its lines are the table's, each a share of the outcomes)."""
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
    return [row for row, _ in run[1:]]
