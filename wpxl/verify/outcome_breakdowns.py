"""The proof's reading of lines breaking an outcome line down, naming no measure themselves.

Measures down, each over its breakdown indented under it ('Job outcomes (all)' over '- ESA
Flow', '- ESA ex-IB', '- All other'), on a sheet named 'Job starts': read by their own words
(none) and the sheet's name, the breakdown's lines were job starts, and a copy carrying them
rounded passed, their sum the outcomes' volume. A figure on a line whose labels name no measure
counts outcomes when the lines straight above it, each a figure in its column and naming no
measure, run up to a line naming an outcome whose figure there is, to the last digit, the sum
of the run under it (the figure's line, and maybe lines after it, included), or when its line
and every line between says it is part of that line ('of which ESA': such lines need not add
up to it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.model import Cell
from wpxl.verify.total_words import figure

Coord = tuple[int, int]
_OF_WHICH = re.compile(r"\bof\s+which\b|(?<!\w)o/w\b", re.IGNORECASE)
_TOLERANCE = 1e-9


class Breakdowns:
    """Which figures break an outcome line down, asked figure by figure (each heading's run is
    read once per column)."""

    def __init__(
        self,
        cells: dict[Coord, Cell],
        rows: dict[int, list[tuple[int, str]]],
        kind: Callable[[str], str | None],
    ) -> None:
        self._cells, self._rows, self._kind = cells, rows, kind
        self._runs: dict[Coord, set[int]] = {}  # (heading row, column) -> the rows it adds up
        # each line's heading and whether the lines above it up to there are all 'of which'
        self._up: dict[Coord, tuple[int | None, bool]] = {}

    def breaks_down(self, row: int, col: int) -> bool:
        """Whether the figure at (``row``, ``col``), on a line naming no measure, is part of
        the breakdown of an outcome line above it."""
        heading, subsets = self._heading(row, col)
        return heading is not None and (subsets or row in self._run(heading, col))

    def _heading(self, row: int, col: int) -> tuple[int | None, bool]:
        """The outcome line heading the run of lines naming no measure that ``row`` is on (None
        when it is under no such line), and whether every line of the run down to ``row`` says
        it is part of it ('of which'). Read once for each line: a long run is asked of each of
        its figures."""
        path: list[int] = []
        line = row
        while (line, col) not in self._up:
            path.append(line)
            above = line - 1
            labels = self._labels(above, col) if above >= 0 else []
            if not labels or figure(self._cells.get((above, col))) is None:
                self._up[(line, col)] = (None, False)
                break
            kinds = [self._kind(t) for t in labels]
            if any(kinds):
                self._up[(line, col)] = (above if "outcome" in kinds else None, True)
                break
            line = above
        for at in reversed(path):  # from the top of the run down
            if (at, col) not in self._up:
                heading, subsets = self._up[(at - 1, col)]
                self._up[(at, col)] = (heading, subsets and self._of_which(at - 1, col))
        heading, subsets = self._up[(row, col)]
        return heading, subsets and self._of_which(row, col)

    def _run(self, heading: int, col: int) -> set[int]:
        """The lines under ``heading`` naming no measure that add up, with it, to its figure in
        ``col``: up to the last line where the running sum equals it (none if it never does)."""
        key = (heading, col)
        if key not in self._runs:
            whole = figure(self._cells.get(key))
            found: set[int] = set()
            added, line, run = 0.0, heading + 1, []
            while whole is not None:
                value = figure(self._cells.get((line, col)))
                labels = self._labels(line, col)
                if value is None or not labels or any(self._kind(t) for t in labels):
                    break
                added += value
                run.append(line)
                if abs(added - whole) <= _TOLERANCE:
                    found = set(run)
                line += 1
            self._runs[key] = found
        return self._runs[key]

    def _labels(self, row: int, col: int) -> list[str]:
        return [t for c, t in self._rows.get(row, ()) if c < col]

    def _of_which(self, row: int, col: int) -> bool:
        return any(_OF_WHICH.search(t) for t in self._labels(row, col))
