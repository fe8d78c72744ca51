"""Lines of a copy that list records one by one, found by the proof itself.

A line per job outcome ('Leeds | JSA 18-24', again and again, no figure on it) gives the volume
by how many lines there are, though no number in the copy is one. The proof reads each run of
consecutive lines holding two words or more and no figure but a 0, a 1 or a share (a record's
flag, rounded or made a percentage): where lines repeat one above them word for word, they are
records, and the copy is refused.
"""

from __future__ import annotations

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding

SHORTEST_RUN = 5
REPEATED = 2
LISTED = "a line repeating one above it word for word: records listed one by one, their count"


def record_lines(pair: SheetPair) -> list[Finding]:
    """The first repeated line of each run of record lines."""
    lines: dict[int, list[tuple[int, object]]] = {}
    for (row, col), (value, _, _) in pair.cells.items():
        if value is not None and value != "":
            lines.setdefault(row, []).append((col, value))
    found: list[Finding] = []
    run: list[tuple[int, tuple]] = []
    for row in [*sorted(lines), None]:
        words = _words(lines[row]) if row is not None else None
        if words is not None and (not run or run[-1][0] == row - 1):  # type: ignore[operator]
            run.append((row, words))
            continue
        found += _listed(pair, run)
        run = [(row, words)] if words is not None else []
    return found


def _listed(pair: SheetPair, run: list[tuple[int, tuple]]) -> list[Finding]:
    seen: set[tuple] = set()
    repeated = []
    for row, words in run:
        if words in seen:
            repeated.append(row)
        seen.add(words)
    if len(run) < SHORTEST_RUN or len(repeated) < REPEATED:
        return []
    first = min(col for col, _ in next(words for row, words in run if row == repeated[0]))
    return [Finding(pair.where((repeated[0], first)), LISTED)]


def _words(cells: list[tuple[int, object]]) -> tuple | None:
    words = []
    for col, value in sorted(cells, key=lambda c: c[0]):
        if isinstance(value, str):
            words.append((col, " ".join(value.split()).lower()))
        elif isinstance(value, bool) or not (isinstance(value, int | float) and 0 <= value <= 1):
            return None
    return tuple(words) if len(words) >= 2 else None
