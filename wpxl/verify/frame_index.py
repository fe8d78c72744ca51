"""The proof's own reading of pandas' index column in a copy's lines.

``DataFrame.to_excel`` writes 0, 1, 2 ... down the sheet's first column, under a blank corner
beside the header line, unless told not to: each line's own number. Read as a figure on each
line, it hid a log of participants flagged yes or no from the proof's reading of records. Such
a column is read as the lines' references, words, as a 'No.' column is.
"""

from __future__ import annotations

LEAST = 5  # numbered lines, as many as a run of records holds
Lines = dict[int, list[tuple[int, object, bool]]]  # by row: (column, value, in a date's format)


def indexed(lines: Lines) -> Lines:
    """The lines with pandas' index, where the first column holds one, read as words."""
    first = {row: value for row, line in lines.items() for col, value, _ in line if col == 0}
    numbered: set[int] = set()
    for top, value in first.items():
        corner = top - 1 not in first and any(c == 1 for c, _, _ in lines.get(top - 1, []))
        if value != 0 or isinstance(value, bool) or not corner:
            continue
        count = 0
        while first.get(top + count) == count and not isinstance(first[top + count], bool):
            count += 1
        if count >= LEAST:
            numbered.update(range(top, top + count))
    if not numbered:
        return lines
    return {
        row: [(c, f"{v:g}" if c == 0 and row in numbered else v, d) for c, v, d in line]  # type: ignore[str-format]
        for row, line in lines.items()
    }
