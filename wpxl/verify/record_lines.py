"""Lines of a copy that list records one by one, found by the proof itself.

A line per job outcome ('Leeds | JSA 18-24', again and again, no figure on it) gives the volume
by how many lines there are, though no number in the copy is one. The proof reads each run of
consecutive lines holding two words or more and no figure but a 0, a 1 or a share (a record's
flag, rounded or made a percentage): where lines repeat one above them word for word, read past
a column of each line's own reference if there is one ('C00001', 'C00002': all different, each
with a digit), they are records, and the copy is refused.
"""

from __future__ import annotations

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding

SHORTEST_RUN = 5
REPEATED = 2
LISTED = "a line repeating one above it word for word: records listed one by one, their count"
Line = tuple[tuple[int, str], ...]


def record_lines(pair: SheetPair) -> list[Finding]:
    """The first repeated line of each run of record lines."""
    lines: dict[int, list[tuple[int, object]]] = {}
    for (row, col), (value, _, _) in pair.cells.items():
        if value is not None and value != "":
            lines.setdefault(row, []).append((col, value))
    found: list[Finding] = []
    run: list[tuple[int, Line]] = []
    for row in [*sorted(lines), None]:
        words = _words(lines[row]) if row is not None else None
        if row is not None and words is not None and (not run or run[-1][0] == row - 1):
            run.append((row, words))
            continue
        found += _listed(pair, run)
        run = [(row, words)] if row is not None and words is not None else []
    return found


def _listed(pair: SheetPair, run: list[tuple[int, Line]]) -> list[Finding]:
    if len(run) < SHORTEST_RUN:
        return []
    for past in (None, *_own_references(run)):
        seen: set[Line] = set()
        repeated = []
        for row, words in run:
            said = tuple(w for w in words if w[0] != past)
            if len(said) >= 2 and said in seen:
                repeated.append((row, said[0][0]))
            seen.add(said)
        if len(repeated) >= REPEATED:
            return [Finding(pair.where(repeated[0]), LISTED)]
    return []


def _own_references(run: list[tuple[int, Line]]) -> list[int]:
    """Columns whose words, on every line of the run but its first, all differ and hold a
    digit: each record's own reference."""
    columns = []
    for col in sorted({c for _, words in run for c, _ in words}):
        said = [dict(words).get(col) for _, words in run[1:]]
        numbered = all(w is not None and any(ch.isdigit() for ch in w) for w in said)
        if numbered and len(set(said)) == len(said):
            columns.append(col)
    return columns


def _words(cells: list[tuple[int, object]]) -> Line | None:
    words = []
    for col, value in sorted(cells, key=lambda c: c[0]):
        if isinstance(value, str):
            words.append((col, " ".join(value.split()).lower()))
        elif isinstance(value, bool) or not (isinstance(value, int | float) and 0 <= value <= 1):
            return None
    return tuple(words) if len(words) >= 2 else None
